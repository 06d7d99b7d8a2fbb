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

#include "pdf2tei/pipeline.hpp"

namespace {

constexpr int kExitOk = 0;
constexpr int kExitError = 2;

struct CliOptions {
    std::vector<std::string> inputs;
    std::string output = "-";
    bool quiet = false;
    bool summary = false;
    std::string progress = "auto";
    bool timestamp = false;
    pdf2tei::ConvertOptions convert;
};

void print_error(const std::string& line) { std::cerr << "pdf2tei: " << line << '\n'; }

// A counter on stderr, redrawn in place, only on a terminal.
std::function<void(int, int)> progress_display(const CliOptions& o) {
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
std::vector<pdf2tei::FileJob> plan(const CliOptions& o) {
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

int run(CliOptions& o) {
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
    CliOptions o;
    CLI::App app{"pdf2tei: convert PDFs into TEI P5 XML.\n"
                 "Exit status: 0 done, 2 error (nothing written), 3 done with warnings."};
    app.set_version_flag("--version", "pdf2tei " + pdf2tei::version() + " (" + pdf2tei::engine_versions() + ")");
    app.add_option("input", o.inputs, "PDF(s) to convert ('-' reads standard input)")->required();
    app.add_option("-o,--output", o.output,
                   "TEI file to write ('-' = standard output); with several inputs, a directory")
        ->capture_default_str();
    app.add_option("--password", o.convert.password, "password of an encrypted PDF");
    app.add_option("-j,--jobs", o.convert.jobs, "worker threads over files and pages (0 = one per core)")
        ->capture_default_str();
    std::string ocr_mode = "auto";
    app.add_option("--ocr", ocr_mode,
                   "which pages to OCR: auto (no usable text layer), redo (also earlier invisible OCR), always, never")
        ->check(CLI::IsMember({"auto", "redo", "always", "never"}))
        ->capture_default_str();
    app.add_option("--lang", o.convert.lang, "OCR language: fr, en, es, ru, ar, zh, or Tesseract's (fra+eng); default: detected");
    app.add_option("--dpi", o.convert.dpi, "OCR rendering resolution (default: the scan's own if >= 200, else 300)")
        ->check(CLI::Range(50, 1200));
    std::string binarize = "tesseract";
    app.add_option("--binarize", binarize, "who binarises pages for OCR: tesseract (its Otsu) or sauvola (Leptonica)")
        ->check(CLI::IsMember({"tesseract", "sauvola"}))
        ->capture_default_str();
    bool no_ocr_patch = false;
    app.add_flag("--no-ocr-patch", no_ocr_patch,
                 "read lossy pages (fonts without ToUnicode) wholly by OCR, not only the words their layer cannot vouch for");
    app.add_option("--format", o.convert.format, "what to write: tei, or json (the document model, with geometry)")
        ->transform(CLI::CheckedTransformer(std::map<std::string, pdf2tei::ConvertOptions::Format>{
            {"tei", pdf2tei::ConvertOptions::Format::Tei}, {"json", pdf2tei::ConvertOptions::Format::Json}}));
    // Repairs, all on by default (control and private-use characters are
    // always removed: they must not reach the XML).
    bool no_repair = false, no_nfc = false, no_diacritics = false, no_ligatures = false, no_spacing = false,
         no_dehyphenation = false, no_apostrophes = false, no_presentation_forms = false;
    app.add_flag("--no-repair", no_repair, "switch every repair off (the TEI says which were off)")->group("Repairs");
    app.add_flag("--no-nfc", no_nfc, "do not compose to Unicode NFC")->group("Repairs");
    app.add_flag("--no-diacritics", no_diacritics, "keep accents drawn as glyphs of their own apart, OCR's capitals read without theirs, and OT1's \u226A \u226B for guillemets")->group("Repairs");
    app.add_flag("--no-ligatures", no_ligatures, "keep ligature characters (U+FB00-FB06)")->group("Repairs");
    app.add_flag("--no-spacing", no_spacing, "keep the extractor's word spaces")->group("Repairs");
    app.add_flag("--no-dehyphenation", no_dehyphenation, "keep line-end and soft hyphens")->group("Repairs");
    app.add_flag("--no-apostrophes", no_apostrophes, "keep OCR's apostrophes as read")->group("Repairs");
    app.add_flag("--no-presentation-forms", no_presentation_forms,
                 "keep Arabic presentation forms (U+FB50-FDFF, U+FE70-FEFE) as the layer gives them")->group("Repairs");
    app.add_flag("--keep-lines", o.convert.keep_lines,
                 "keep the source's line breaks: <lb/> between lines, <lb break=\"no\"/> inside a word joined across one");
    app.add_flag("--salvage", o.convert.salvage, "convert what can be read of a truncated PDF (exit 3)");
    app.add_flag("--timestamp", o.timestamp, "record the conversion time in the TEI (output then differs per run)");
    app.add_option("--progress", o.progress, "counter on stderr")
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->capture_default_str();
    app.add_flag("-q,--quiet", o.quiet, "do not print warnings");
    app.add_flag("--summary", o.summary, "print a one-line summary per file on stderr");

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        if (e.get_exit_code() == 0) return app.exit(e);  // --help, --version
        print_error(e.what() + std::string(" (see --help)"));
        return kExitError;
    }

    o.convert.ocr = ocr_mode == "redo"     ? pdf2tei::ocr::OcrMode::Redo
                    : ocr_mode == "always" ? pdf2tei::ocr::OcrMode::Always
                    : ocr_mode == "never"  ? pdf2tei::ocr::OcrMode::Never
                                           : pdf2tei::ocr::OcrMode::Auto;
    pdf2tei::normalize::RepairSwitches& on = o.convert.repairs;
    if (no_repair) on = pdf2tei::normalize::RepairSwitches::none();
    on.nfc = on.nfc && !no_nfc;
    on.diacritics = on.diacritics && !no_diacritics;
    on.ligatures = on.ligatures && !no_ligatures;
    on.spacing = on.spacing && !no_spacing;
    on.dehyphenation = on.dehyphenation && !no_dehyphenation;
    on.apostrophes = on.apostrophes && !no_apostrophes;
    on.presentation_forms = on.presentation_forms && !no_presentation_forms;
    o.convert.patch_lossy_layers = !no_ocr_patch;
    o.convert.binarize = binarize == "sauvola" ? pdf2tei::ocr::Binarization::Sauvola : pdf2tei::ocr::Binarization::Tesseract;
    try {
        return run(o);
    } catch (const std::invalid_argument& e) {
        print_error(e.what() + std::string(" (see --help)"));
    } catch (const std::exception& e) {
        print_error(std::string("internal error: ") + e.what());
    }
    return kExitError;
}
