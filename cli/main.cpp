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
#include <chrono>
#include <fstream>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <set>

#include "options.hpp"
#include "pdf2tei/collection.hpp"
#include "pdf2tei/pipeline.hpp"

namespace {

constexpr int kExitOk = 0;
constexpr int kExitError = 2;

using pdf2tei::cli::CliSettings;

void print_error(const std::string& line) { std::cerr << "pdf2tei: " << line << '\n'; }

bool shows_progress(const CliSettings& o) {
    return o.progress == "always" || (o.progress == "auto" && !o.quiet && ::isatty(STDERR_FILENO));
}

// One file's pages, counted on stderr, redrawn in place.
std::function<void(int, int)> page_progress(const CliSettings& o) {
    if (!shows_progress(o)) return {};
    return [](int done, int total) {
        std::fprintf(stderr, "\rpdf2tei: page %d/%d", done, total);
        if (done == total) std::fputs("\r\033[K", stderr);
        std::fflush(stderr);
    };
}

// A batch's files and pages, rate and time left, redrawn in place.
std::function<void(const pdf2tei::BatchProgress&)> batch_progress(const CliSettings& o) {
    if (!shows_progress(o)) return {};
    return [](const pdf2tei::BatchProgress& p) {
        const double rate = p.seconds > 0 ? p.pages_done / p.seconds : 0;
        const double left = p.files_done > 0 ? p.seconds / p.files_done * (p.files_total - p.files_done) : 0;
        std::fprintf(stderr, "\rpdf2tei: %d/%d files, %d pages (%d by OCR), %.0f pages/s, %d:%02d left\033[K",
                     p.files_done, p.files_total, p.pages_done, p.ocr_pages, rate, static_cast<int>(left) / 60,
                     static_cast<int>(left) % 60);
        if (p.files_done == p.files_total) std::fputs("\r\033[K", stderr);
        std::fflush(stderr);
    };
}

// A collection when an input is a directory, with --manifest or --shard,
// or with several inputs: -o names a directory (an existing one, or a new
// one written with a trailing '/'), and the output mirrors the inputs'
// relative paths. Otherwise -o names the one TEI file.
bool is_collection(const CliSettings& o) {
    namespace fs = std::filesystem;
    std::error_code ec;
    return o.inputs.size() != 1 || !o.manifest.empty() || !o.shard.empty() || fs::is_directory(o.inputs[0], ec);
}

std::vector<pdf2tei::FileJob> plan(const CliSettings& o, bool collection) {
    if (!collection) return {{o.inputs.at(0), o.output, o.inputs.at(0), false}};
    namespace fs = std::filesystem;
    std::error_code ec;
    const bool new_dir = !o.output.empty() && o.output.back() == '/' && !fs::exists(o.output, ec);
    if (o.output == "-" || !(fs::is_directory(o.output, ec) || new_dir))
        throw std::invalid_argument(
            "a collection (several inputs, a directory, --manifest or --shard) needs -o DIR: an existing directory, "
            "or a new one ending in '/'");
    auto jobs = pdf2tei::collect_jobs(o.inputs, o.manifest, o.output);
    if (!o.shard.empty()) {
        const pdf2tei::Shard shard = pdf2tei::parse_shard(o.shard);
        std::erase_if(jobs, [&](const pdf2tei::FileJob& j) { return !pdf2tei::in_shard(j.key, shard); });
    }
    if (new_dir && !fs::create_directories(o.output, ec) && ec)
        throw std::invalid_argument("cannot make " + o.output + ": " + ec.message());
    return jobs;
}

// The batch's closing line: how many files of each status, pages, rate.
void print_batch_summary(const std::vector<pdf2tei::FileOutcome>& outcomes, double seconds) {
    int converted = 0, skipped = 0, failed = 0, pages = 0, ocr = 0;
    for (const auto& r : outcomes) {
        converted += r.status == pdf2tei::FileOutcome::Status::Converted;
        skipped += r.status == pdf2tei::FileOutcome::Status::Skipped;
        failed += r.status == pdf2tei::FileOutcome::Status::Failed;
        pages += r.pages;
        ocr += r.pages_ocr;
    }
    std::fprintf(stderr, "pdf2tei: %zu files: %d converted, %d skipped, %d failed; %d pages (%d by OCR) in %.1f s, %.0f pages/s\n",
                 outcomes.size(), converted, skipped, failed, pages, ocr, seconds, seconds > 0 ? pages / seconds : 0.0);
}

int run(CliSettings& o) {
    if (o.timestamp) o.convert.timestamp = std::time(nullptr);
    o.convert.progress = page_progress(o);
    const bool collection = is_collection(o);
    const auto jobs = plan(o, collection);
    std::ofstream report;
    if (!o.report.empty()) {
        report.open(o.report, std::ios::trunc);
        if (!report) throw std::invalid_argument("cannot write the report " + o.report);
    }
    pdf2tei::BatchCallbacks callbacks;
    if (collection) callbacks.progress = batch_progress(o);
    if (report.is_open())
        callbacks.file_done = [&report](const pdf2tei::FileJob& job, const pdf2tei::FileOutcome& r) {
            report << pdf2tei::report_line(job, r) << '\n' << std::flush;  // a killed run keeps its lines
        };
    const auto start = std::chrono::steady_clock::now();
    const auto outcomes = pdf2tei::convert_files(jobs, o.convert, callbacks);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    int status = kExitOk;
    for (std::size_t i = 0; i < jobs.size(); ++i) {  // in input order: stderr is deterministic too
        const auto& r = outcomes[i];
        if (r.error) print_error(r.error->what());
        if (!o.quiet)
            for (const auto& w : r.warnings) print_error(jobs[i].input + ": warning: " + w.to_line());
        if (o.summary && r.status == pdf2tei::FileOutcome::Status::Converted)
            std::cerr << "pdf2tei: " << jobs[i].input << " -> " << (jobs[i].output == "-" ? "stdout" : jobs[i].output)
                      << ": " << r.pages << " pages, " << r.paragraphs << " paragraphs, language " << r.language
                      << ", " << r.pages_ocr << " read by OCR (" << r.pages_rendered << " rendered), "
                      << r.warnings.size() << " warnings\n";
        status = std::max(status, r.exit_status());
    }
    // A collection's closing count, with --summary or under the progress line.
    if (collection && (o.summary || shows_progress(o))) print_batch_summary(outcomes, seconds);
    return status;
}

// Ends the process without tearing down what the run built: Poppler's
// documents, hunspell's tables, ICU's caches, TBB's threads and the
// allocator's arenas. The kernel takes the memory back at once; the
// teardown was 2-3% of a one-page run (issue 18). Every output is written
// and renamed, and the report closed, before run() returns; the streams
// are flushed here.
[[noreturn]] void leave(int status) {
    std::cout.flush();
    std::cerr.flush();
    std::fflush(nullptr);
    std::_Exit(status);
}

}  // namespace

int main(int argc, char** argv) {
    CliSettings o;
    CLI::App app{"pdf2tei: convert PDFs into TEI P5 XML.\n"
                 "Exit status: 0 done, 2 error (nothing written), 3 done with warnings."};
    app.set_version_flag("--version", "pdf2tei " + pdf2tei::version() + " (" + pdf2tei::engine_versions() + ")");
    app.add_option("input", o.inputs, "PDF(s) or directories to convert ('-' reads standard input)");
    pdf2tei::cli::add_options(app, o);  // every other option, from cli/options.cpp

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        if (e.get_exit_code() == 0) return app.exit(e);  // --help, --version
        print_error(e.what() + std::string(" (see --help)"));
        return kExitError;
    }
    if (o.inputs.empty() && o.manifest.empty()) {
        print_error("an input (or --manifest) is required (see --help)");
        return kExitError;
    }
    try {
        leave(run(o));
    } catch (const std::invalid_argument& e) {
        print_error(e.what() + std::string(" (see --help)"));
    } catch (const pdf2tei::Error& e) {  // a collection's inputs, manifest or shard
        print_error(e.what() + std::string(e.code() == pdf2tei::ErrorCode::Usage ? " (see --help)" : ""));
    } catch (const std::exception& e) {
        print_error(std::string("internal error: ") + e.what());
    }
    return kExitError;
}
