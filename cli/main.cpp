// pdf2tei: the command line. It parses options, calls the library, and maps
// the outcome to an exit status (qpdf's convention):
//   0  converted, no warning
//   2  error: nothing was written
//   3  converted, with warnings (printed on stderr)
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <ctime>
#include <iostream>

#include "pdf2tei/error.hpp"
#include "pdf2tei/output/atomic_file.hpp"
#include "pdf2tei/pipeline.hpp"

namespace {

constexpr int kExitOk = 0;
constexpr int kExitError = 2;
constexpr int kExitWarnings = 3;

struct CliOptions {
    std::string input;
    std::string output = "-";
    bool quiet = false;
    bool summary = false;
    std::string progress = "auto";
    bool timestamp = false;
    pdf2tei::ConvertOptions convert;
};

void print_error(const std::string& line) { std::cerr << "pdf2tei: " << line << '\n'; }

// A one-line page counter on stderr, redrawn in place, only on a terminal.
std::function<void(int, int)> progress_display(const CliOptions& o) {
    const bool on = o.progress == "always" || (o.progress == "auto" && !o.quiet && ::isatty(STDERR_FILENO));
    if (!on) return {};
    return [](int done, int total) {
        std::fprintf(stderr, "\rpdf2tei: page %d/%d", done, total);
        if (done == total) std::fputs("\r\033[K", stderr);
        std::fflush(stderr);
    };
}

int run(CliOptions& o) {
    if (o.timestamp) o.convert.timestamp = std::time(nullptr);
    o.convert.progress = progress_display(o);
    const auto source = pdf2tei::ingest::PdfSource::read(o.input);
    const pdf2tei::Document doc = pdf2tei::convert(source, o.convert);
    pdf2tei::output::write_atomically(o.output, pdf2tei::to_tei(doc, o.convert));

    const std::size_t warnings = doc.warning_count();
    if (!o.quiet) {
        for (const auto& w : doc.warnings) print_error(o.input + ": warning: " + w.to_line());
        for (const auto& p : doc.pages)
            for (const auto& w : p.warnings) print_error(o.input + ": warning: " + w.to_line());
    }
    if (o.summary) {
        std::size_t paragraphs = 0;
        for (const auto& p : doc.pages) paragraphs += p.blocks.size();
        std::cerr << "pdf2tei: " << o.input << " -> " << (o.output == "-" ? "stdout" : o.output) << ": "
                  << doc.pages.size() << " pages, " << paragraphs << " paragraphs, language " << doc.language
                  << ", " << warnings << " warnings\n";
    }
    return warnings ? kExitWarnings : kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
    CliOptions o;
    CLI::App app{"pdf2tei: convert a PDF into TEI P5 XML.\n"
                 "Exit status: 0 done, 2 error (nothing written), 3 done with warnings."};
    app.set_version_flag("--version", "pdf2tei " + pdf2tei::version() + " (" + pdf2tei::engine_versions() + ")");
    app.add_option("input", o.input, "PDF to convert ('-' reads standard input)")->required();
    app.add_option("-o,--output", o.output, "TEI file to write ('-' = standard output)")->capture_default_str();
    app.add_option("--password", o.convert.password, "password of an encrypted PDF");
    app.add_option("-j,--jobs", o.convert.jobs, "worker threads (0 = one per core)")->capture_default_str();
    app.add_flag("--salvage", o.convert.salvage, "convert what can be read of a truncated PDF (exit 3)");
    app.add_flag("--timestamp", o.timestamp, "record the conversion time in the TEI (output then differs per run)");
    app.add_option("--progress", o.progress, "page counter on stderr")
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->capture_default_str();
    app.add_flag("-q,--quiet", o.quiet, "do not print warnings");
    app.add_flag("--summary", o.summary, "print a one-line summary on stderr");

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        if (e.get_exit_code() == 0) return app.exit(e);  // --help, --version
        print_error(e.what() + std::string(" (see --help)"));
        return kExitError;
    }

    try {
        return run(o);
    } catch (const pdf2tei::Error& e) {
        print_error(e.what());
    } catch (const std::bad_alloc&) {
        print_error(o.input + ": out of memory");
    } catch (const std::exception& e) {
        print_error(o.input + ": internal error: " + e.what());
    }
    return kExitError;
}
