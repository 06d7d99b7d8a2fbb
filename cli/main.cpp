// pdf2tei: the command line. It parses options, calls the library, and maps
// the outcome to an exit status (qpdf's convention):
//   0  converted, no warning
//   2  error: nothing was written for that file
//   3  converted, with warnings (printed on stderr)
// With several inputs the status is the worst of them.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <set>

#include "options.hpp"
#include "pdf2tei/pipeline.hpp"

namespace {

constexpr int kExitOk = 0;
constexpr int kExitError = 2;

using pdf2tei::cli::CliSettings;

void print_error(const std::string& line) { std::cerr << "pdf2tei: " << line << '\n'; }

// A counter on stderr, redrawn in place, only on a terminal.
std::function<void(int, int)> progress_display(const CliSettings& o) {
    const bool on = o.progress == "always" || (o.progress == "auto" && !o.quiet && ::isatty(STDERR_FILENO));
    if (!on) return {};
    const char* unit = o.inputs.size() == 1 ? "page" : "file";
    return [unit](int done, int total) {
        std::fprintf(stderr, "\rpdf2tei: %s %d/%d", unit, done, total);
        if (done == total) std::fputs("\r\033[K", stderr);
        std::fflush(stderr);
    };
}

// One input: -o names the file. Several: -o names an existing directory,
// and each TEI is DIR/NAME.tei.xml after its PDF.
std::vector<pdf2tei::FileJob> plan(const CliSettings& o) {
    if (o.inputs.size() == 1) return {{o.inputs[0], o.output}};
    namespace fs = std::filesystem;
    if (o.output == "-" || !fs::is_directory(o.output))
        throw std::invalid_argument("with several inputs, -o must name an existing directory");
    std::vector<pdf2tei::FileJob> jobs;
    std::set<std::string> names;
    for (const auto& in : o.inputs) {
        if (in == "-") throw std::invalid_argument("'-' (standard input) cannot be one of several inputs");
        const std::string name = fs::path(in).stem().string() + ".tei.xml";
        if (!names.insert(name).second) throw std::invalid_argument("two inputs would both write " + name);
        jobs.push_back({in, (fs::path(o.output) / name).string()});
    }
    return jobs;
}

int run(CliSettings& o) {
    if (o.timestamp) o.convert.timestamp = std::time(nullptr);
    o.convert.progress = progress_display(o);
    const auto jobs = plan(o);
    const auto outcomes = pdf2tei::convert_files(jobs, o.convert);
    int status = kExitOk;
    for (std::size_t i = 0; i < jobs.size(); ++i) {  // in input order: stderr is deterministic too
        const auto& r = outcomes[i];
        if (r.error) print_error(r.error->what());
        if (!o.quiet)
            for (const auto& w : r.warnings) print_error(jobs[i].input + ": warning: " + w.to_line());
        if (o.summary && !r.error)
            std::cerr << "pdf2tei: " << jobs[i].input << " -> " << (jobs[i].output == "-" ? "stdout" : jobs[i].output)
                      << ": " << r.pages << " pages, " << r.paragraphs << " paragraphs, language " << r.language
                      << ", " << r.pages_ocr << " read by OCR (" << r.pages_rendered << " rendered), "
                      << r.warnings.size() << " warnings\n";
        status = std::max(status, r.exit_status());
    }
    return status;
}

}  // namespace

int main(int argc, char** argv) {
    CliSettings o;
    CLI::App app{"pdf2tei: convert PDFs into TEI P5 XML.\n"
                 "Exit status: 0 done, 2 error (nothing written), 3 done with warnings."};
    app.set_version_flag("--version", "pdf2tei " + pdf2tei::version() + " (" + pdf2tei::engine_versions() + ")");
    app.add_option("input", o.inputs, "PDF(s) to convert ('-' reads standard input)")->required();
    pdf2tei::cli::add_options(app, o);  // every other option, from cli/options.cpp

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        if (e.get_exit_code() == 0) return app.exit(e);  // --help, --version
        print_error(e.what() + std::string(" (see --help)"));
        return kExitError;
    }
    try {
        return run(o);
    } catch (const std::invalid_argument& e) {
        print_error(e.what() + std::string(" (see --help)"));
    } catch (const std::exception& e) {
        print_error(std::string("internal error: ") + e.what());
    }
    return kExitError;
}
