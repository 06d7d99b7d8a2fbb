#pragma once
// Every command-line option, declared once. The CLI registers its flags from
// this table (so --help is made from it), tools/docgen writes the man page
// and the README's option table from it, and tests/unit/options_test.cpp
// fails when the table, ConvertOptions, --help, the README or the man page
// disagree. To add an option: add a field where it belongs (ConvertOptions
// for the library, CliSettings for the command line only), one row in
// options.cpp, then `scripts/update-docs`.
#include <functional>
#include <string>
#include <vector>

#include "pdf2tei/pipeline.hpp"

namespace CLI {
class App;
}

namespace pdf2tei::cli {

// What the command line sets: the library's options and its own.
struct CliSettings {
    std::vector<std::string> inputs;
    std::string output = "-";
    bool quiet = false;
    bool summary = false;
    std::string progress = "auto";
    bool timestamp = false;
    std::string manifest;  // --manifest: a list of inputs
    std::string report;    // --report: JSON Lines, one per file
    std::string shard;     // --shard K/N or N
    ConvertOptions convert;
};

struct OptionSpec {
    std::string names;       // CLI11 spelling: "-j,--jobs"
    std::string value_name;  // "N"; empty for a flag, which takes no value
    std::string help;        // one line, for --help, the man page and the README
    std::string group;       // "" or "Repairs": a section of --help
    std::vector<std::string> choices;  // the accepted values, if a closed set
    int min = 0, max = 0;              // an integer's range, when max > min
    std::string default_text;          // shown in --help; empty: none shown
    // A value the tests give the option: it must change the settings.
    std::string example;
    // Sets the option; `value` is empty for a flag.
    std::function<void(CliSettings&, const std::string& value)> apply;

    bool is_flag() const { return value_name.empty(); }
    // Each of `names`: {"-j", "--jobs"}.
    std::vector<std::string> each_name() const;
    // "--jobs", the first long name.
    std::string long_name() const;
};

const std::vector<OptionSpec>& option_table();

// Registers every option of the table with `app`, setting `settings` as
// they are parsed.
void add_options(CLI::App& app, CliSettings& settings);

// ConvertOptions fields no option sets, each with why: the drift test
// counts ConvertOptions' fields against the table plus these.
inline constexpr const char* kConvertFieldsWithoutOption[] = {
    "ocr_deadline_ms",  // a library setting; the CLI keeps the default
    "progress",         // set by the CLI from --progress and the terminal
    "timestamp",        // set from --timestamp (a CliSettings flag) at run time
};

// Writers of the documentation generated from the table.
std::string man_page();      // man/pdf2tei.1
std::string readme_table();  // the README's "| option | meaning |" table

}  // namespace pdf2tei::cli
