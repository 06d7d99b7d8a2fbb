#pragma once
// The library's front door: PDF in, Document and TEI out. Every stage runs
// from here; the CLI only parses options and maps errors to exit codes.
#include <ctime>
#include <functional>
#include <optional>
#include <string>

#include "pdf2tei/error.hpp"
#include "pdf2tei/ingest/pdf_source.hpp"
#include "pdf2tei/model.hpp"
#include "pdf2tei/normalize/switches.hpp"
#include "pdf2tei/ocr/engine.hpp"
#include "pdf2tei/ocr/triage.hpp"

namespace pdf2tei {

struct ConvertOptions {
    std::string password;        // for encrypted PDFs
    // Worker threads. 0 runs in the calling TBB arena (all cores unless the
    // caller made a smaller one), which lets convert_files share one pool
    // between files and their pages without oversubscribing.
    unsigned jobs = 0;
    bool salvage = false;        // convert a truncated file (with a warning)
    ocr::OcrMode ocr = ocr::OcrMode::Auto;
    // OCR language: BCP 47 ("fr") or Tesseract's ("fra+eng"); empty = from
    // the document's good text layer, else from the script of the page.
    std::string lang;
    int dpi = 0;                 // OCR rendering; 0 = a scan's own (>= 200), else 300
    int ocr_deadline_ms = 120000;  // per page
    ocr::Binarization binarize = ocr::Binarization::Tesseract;
    // Lossy pages keep their layer, with OCR's reading of the words it
    // cannot vouch for; false reads them wholly by OCR (--no-ocr-patch).
    bool patch_lossy_layers = true;
    std::optional<std::time_t> timestamp;  // opt-in conversion time in the TEI
    enum class Format { Tei, Json } format = Format::Tei;  // Json: the model, for debugging
    normalize::RepairSwitches repairs;  // --no-repair, --no-<repair>
    bool keep_lines = false;            // --keep-lines: <lb/> where the source's lines end
    // --resume (convert_files): skip a file whose TEI exists and records
    // the same input SHA-256 and pdf2tei version. Options are not compared.
    bool resume = false;
    // Called with (pages done, total) as pages are done, on the thread that
    // called convert() (which waits meanwhile), never concurrently; counts
    // only grow, and the last call is (total, total).
    std::function<void(int, int)> progress;
};

// Threads: convert() and convert_files() block the calling thread until
// done; pages (and files) run on opts.jobs threads, each worker with its
// own Poppler documents and Tesseract engine (pipeline/src/threads.hpp).
// Several conversions may run at once on different threads.

// Runs ingest and OCR over every page in parallel, then the pass list
// (pipeline/src/passes.cpp): the page passes in parallel, the document
// passes after.
// Throws Error for what makes the input unreadable; damage to single pages
// becomes warnings on those pages.
Document convert(const ingest::PdfSource& source, const ConvertOptions& opts);

// The TEI for a converted document.
std::string to_tei(const Document& doc, const ConvertOptions& opts);
// The output opts.format asks for: TEI, or the model as JSON.
std::string render(const Document& doc, const ConvertOptions& opts);

// One file to convert, and where its TEI goes ("-" = standard output).
struct FileJob {
    std::string input;
    std::string output;
    // Its name within the collection (the path relative to the directory it
    // was found under): what shards are cut by and the report names.
    std::string key;
    // Make the output's folder if missing (a collection's mirrored tree);
    // a single -o FILE in a folder that does not exist is an error.
    bool make_folder = false;
};

// What became of one file. Either `error` is set and nothing was written, or
// the TEI was written (atomically) and `warnings` says what was repaired or
// skipped, or the file was skipped (--resume) because its TEI was done.
struct FileOutcome {
    enum class Status { Converted, Skipped, Failed } status = Status::Converted;
    std::optional<Error> error;
    std::vector<Warning> warnings;  // document-level first, then by page
    int pages = 0;
    int pages_rendered = 0;  // rendered to an image (only for OCR)
    int pages_ocr = 0;       // whose words came from OCR
    std::vector<PageVerdict> verdicts;  // each page's, as the OCR triage judged it
    std::size_t paragraphs = 0;
    std::string language;
    double seconds = 0;  // wall time, reading to writing

    // 0 done (or skipped), 2 error, 3 done with warnings (qpdf's convention).
    int exit_status() const { return error ? 2 : warnings.empty() ? 0 : 3; }
};

// A batch's progress, as the caller's thread sees it.
struct BatchProgress {
    int files_done = 0, files_total = 0;
    int pages_done = 0;  // pages of the files done (converted, not skipped)
    int ocr_pages = 0;   // of those, read by OCR
    double seconds = 0;  // since the batch began
};

// Called on the thread that called convert_files(), never concurrently:
// `progress` as files finish; `file_done` once per file, in the order
// files finish (a report written from it loses nothing when the run is
// killed but the files still running).
struct BatchCallbacks {
    std::function<void(const BatchProgress&)> progress;
    std::function<void(const FileJob&, const FileOutcome&)> file_done;
};

// Converts several files, in parallel over files and over their pages, on
// opts.jobs threads (0 = all cores). Outcomes come back in the order of
// `jobs`, and each file's TEI is the same as convert() alone gives. With a
// single file, opts.progress counts its pages. With opts.resume, a file
// whose TEI records the same input SHA-256 and pdf2tei version is skipped.
std::vector<FileOutcome> convert_files(const std::vector<FileJob>& jobs, const ConvertOptions& opts,
                                       const BatchCallbacks& callbacks = {});

// One line of JSON (no newline) for a batch report: the file, its status,
// exit status, pages, verdicts, OCR pages, warnings (code, page, message),
// the error if any, and seconds.
std::string report_line(const FileJob& job, const FileOutcome& outcome);

// "0.1.0"
std::string version();
// Versions of the engines that shaped the output, e.g. "poppler 22.12.0".
std::string engine_versions();

}  // namespace pdf2tei
