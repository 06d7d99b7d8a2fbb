// The drift test of issue 19: the option table (cli/options.cpp) is the one
// declaration of every option; ConvertOptions, the CLI's --help, the README
// and the man page must agree with it.
#include <gtest/gtest.h>

#include <CLI/CLI.hpp>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "options.hpp"

namespace pdf2tei::cli {
namespace {

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// Every setting, by name, as text: what an option changed shows as a
// difference. Adding a field to ConvertOptions makes the field count below
// fail until it is listed here and set by an option (or listed in
// kConvertFieldsWithoutOption).
std::map<std::string, std::string> describe(const CliSettings& s) {
    const ConvertOptions& c = s.convert;
    const auto& r = c.repairs;
    std::map<std::string, std::string> d{
        {"cli.output", s.output},
        {"cli.quiet", std::to_string(s.quiet)},
        {"cli.summary", std::to_string(s.summary)},
        {"cli.progress", s.progress},
        {"cli.timestamp", std::to_string(s.timestamp)},
        {"cli.manifest", s.manifest},
        {"cli.report", s.report},
        {"cli.shard", s.shard},
        {"password", c.password},
        {"jobs", std::to_string(c.jobs)},
        {"salvage", std::to_string(c.salvage)},
        {"ocr", std::to_string(static_cast<int>(c.ocr))},
        {"lang", c.lang},
        {"dpi", std::to_string(c.dpi)},
        {"ocr_deadline_ms", std::to_string(c.ocr_deadline_ms)},
        {"binarize", std::to_string(static_cast<int>(c.binarize))},
        {"patch_lossy_layers", std::to_string(c.patch_lossy_layers)},
        {"timestamp", c.timestamp ? std::to_string(*c.timestamp) : "none"},
        {"format", std::to_string(static_cast<int>(c.format))},
        {"repairs",
         std::to_string(r.nfc) + std::to_string(r.diacritics) + std::to_string(r.ligatures) +
             std::to_string(r.spacing) + std::to_string(r.dehyphenation) + std::to_string(r.apostrophes) +
             std::to_string(r.presentation_forms) + std::to_string(r.kashida)},
        {"keep_lines", std::to_string(c.keep_lines)},
        {"progress", c.progress ? "set" : "none"},
        {"resume", std::to_string(c.resume)},
    };
    return d;
}

// The number of fields of an aggregate, counted by the longest brace
// initialiser it accepts.
struct AnyField {
    template <typename T>
    operator T() const;
};
template <typename T, typename... Fields>
constexpr std::size_t field_count() {
    if constexpr (requires { T{Fields{}..., AnyField{}}; })
        return field_count<T, Fields..., AnyField>();
    else
        return sizeof...(Fields);
}

TEST(Options, EveryConvertOptionsFieldIsDescribed) {
    std::size_t convert_fields = 0;
    for (const auto& [name, value] : describe({}))
        if (name.rfind("cli.", 0) != 0) ++convert_fields;
    EXPECT_EQ(field_count<ConvertOptions>(), convert_fields)
        << "ConvertOptions gained or lost a field: update describe() here, and the option table";
}

TEST(Options, EveryOptionChangesWhatItSays) {
    const auto defaults = describe({});
    std::set<std::string> reached;
    for (const auto& spec : option_table()) {
        CliSettings s;
        spec.apply(s, spec.example);
        const auto after = describe(s);
        bool changed = false;
        for (const auto& [name, value] : after)
            if (defaults.at(name) != value) {
                changed = true;
                reached.insert(name);
            }
        EXPECT_TRUE(changed) << spec.names << " " << spec.example << " changes nothing";
    }
    // Every ConvertOptions field is set by an option, or says why not.
    std::set<std::string> without(std::begin(kConvertFieldsWithoutOption), std::end(kConvertFieldsWithoutOption));
    for (const auto& [name, value] : defaults) {
        EXPECT_TRUE(reached.count(name) || without.count(name)) << name << " is set by no option";
        EXPECT_FALSE(reached.count(name) && without.count(name)) << name << " is set by an option after all";
    }
}

TEST(Options, HelpListsEveryOptionAndParsesItsExample) {
    for (const auto& spec : option_table()) {
        CLI::App app;
        CliSettings s;
        std::vector<std::string> inputs;
        add_options(app, s);
        app.add_option("input", inputs);
        EXPECT_NE(app.help().find(spec.long_name()), std::string::npos) << spec.long_name();
        std::vector<std::string> args{"in.pdf", spec.long_name()};
        if (!spec.is_flag()) args.push_back(spec.example);
        std::reverse(args.begin(), args.end());  // CLI11 parses a vector from its back
        EXPECT_NO_THROW(app.parse(args)) << spec.long_name();
        EXPECT_NE(describe(s), describe({})) << spec.long_name() << " parsed but changed nothing";
    }
}

TEST(Options, ClosedSetsAndRangesRefuseOtherValues) {
    for (const auto& spec : option_table()) {
        if (spec.choices.empty() && spec.max <= spec.min) continue;
        CLI::App app;
        CliSettings s;
        add_options(app, s);
        const std::string bad = spec.choices.empty() ? std::to_string(spec.max + 1) : "nonsense";
        std::vector<std::string> args{bad, spec.long_name()};
        EXPECT_THROW(app.parse(args), CLI::ValidationError) << spec.long_name() << " " << bad;
    }
}

TEST(Options, ManPageIsGeneratedFromTheTable) {
    EXPECT_EQ(read_file(PDF2TEI_SOURCE_DIR "/man/pdf2tei.1"), man_page())
        << "man/pdf2tei.1 has drifted from cli/options.cpp: run scripts/update-docs";
    for (const auto& spec : option_table()) {
        std::string roff_name;
        for (char c : spec.long_name()) roff_name += c == '-' ? std::string("\\-") : std::string(1, c);
        EXPECT_NE(man_page().find(roff_name), std::string::npos) << spec.long_name();
    }
}

TEST(Options, ReadmeTableIsGeneratedFromTheTable) {
    const std::string readme = read_file(PDF2TEI_SOURCE_DIR "/README.md");
    EXPECT_NE(readme.find(readme_table()), std::string::npos)
        << "README.md's option table has drifted from cli/options.cpp: run scripts/update-docs";
}

}  // namespace
}  // namespace pdf2tei::cli
