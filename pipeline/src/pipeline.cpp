#include "pdf2tei/pipeline.hpp"

#include <libxml/xmlversion.h>
#include <poppler/cpp/poppler-version.h>
#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>
#include <unicode/uversion.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <mutex>

#include "passes.hpp"
#include "threads.hpp"
#include "pdf2tei/collection.hpp"
#include "pdf2tei/error.hpp"
#include "pdf2tei/ingest/reader.hpp"
#include "pdf2tei/normalize/normalize.hpp"
#include "pdf2tei/ocr/page_ocr.hpp"
#include "pdf2tei/output/atomic_file.hpp"
#include "pdf2tei/output/json_writer.hpp"
#include "pdf2tei/output/tei_writer.hpp"
#include "pdf2tei/text.hpp"
#include "version.hpp"

namespace pdf2tei {
namespace {

using pipeline::ProgressCounter;

// Opening the document for one more worker costs about as much as reading
// a page, so pages are handed out in runs of at least this many: a two-page
// document stays on one thread.
constexpr int kMinPagesPerTask = 4;

// Warnings kept per document; the rest become one summary (Document::cap_warnings).
constexpr std::size_t kMaxDocumentWarnings = 100;

// What one worker thread owns: its own Poppler documents and its own OCR
// (a Tesseract engine, made when it first has a page to read).
struct Worker {
    std::unique_ptr<ingest::PageReader> reader;
    std::unique_ptr<ocr::PageOcr> ocr;

    // Renders page `index` for the OCR stage.
    ocr::PageRenderer renderer(int index) {
        return [this, index](int dpi) { return reader->render(index, dpi); };
    }
};

// The page the OCR languages are chosen on is rendered for it (a band is
// read there) and then read whole: its image is kept between the two, not
// rendered twice. A 300-dpi rendering costs about a tenth of the page's
// OCR, and one file per run pays it on every file (issue 16: CPU a page
// against the bare tesseract CLI's). One image at most is kept.
class KeptRendering {
public:
    // Renders page `index` with `w`, keeping a copy.
    ocr::PageRenderer keeping(Worker& w, int index) {
        return [this, &w, index](int dpi) {
            GrayImage image = w.reader->render(index, dpi);
            index_ = index;
            image_ = image;
            return image;
        };
    }
    // Renders page `index` with `w`, or gives the copy kept of it (once).
    // Only the one thread that reads page `index_` touches the copy.
    ocr::PageRenderer reusing(Worker& w, int index) {
        return [this, &w, index](int dpi) {
            if (index != index_ || image_.dpi != dpi || image_.empty()) return w.reader->render(index, dpi);
            GrayImage image = std::move(image_);
            image_ = GrayImage{};
            return image;
        };
    }

private:
    int index_ = -1;
    GrayImage image_;
};

// Workers not in use. A task takes one (or makes a new one when none is
// free) and gives it back, so no two threads ever share a Poppler document
// or a TessBaseAPI, and there are never more of them than threads.
class WorkerPool {
public:
    WorkerPool(const ingest::PdfSource& src, ingest::ReadOptions opts, ocr::OcrPolicy policy)
        : src_(src), opts_(std::move(opts)), policy_(std::move(policy)) {}

    // A new worker; Poppler's complaints on opening go to the caller's
    // current MessageCapture.
    std::unique_ptr<Worker> open() {
        auto w = std::make_unique<Worker>();
        w->reader = std::make_unique<ingest::PageReader>(src_, opts_);
        w->ocr = std::make_unique<ocr::PageOcr>(policy_);
        return w;
    }

    std::unique_ptr<Worker> take() {
        {
            std::lock_guard lock(mutex_);
            if (!free_.empty()) {
                auto w = std::move(free_.back());
                free_.pop_back();
                return w;
            }
        }
        WarningSink ignored(Stage::Ingest, 0);  // the first open already reported these
        ingest::MessageCapture capture(ignored);
        return open();
    }
    void give_back(std::unique_ptr<Worker> w) {
        std::lock_guard lock(mutex_);
        free_.push_back(std::move(w));
    }

private:
    const ingest::PdfSource& src_;
    ingest::ReadOptions opts_;
    ocr::OcrPolicy policy_;
    std::mutex mutex_;
    std::vector<std::unique_ptr<Worker>> free_;
};

// The OCR triage's view of languages, from normalize: the n-gram
// classifier, and the spelling dictionaries as arbiter.
ocr::LanguageOracle language_oracle() {
    return {[](const std::string& text) { return normalize::language_candidates(text); },
            [](const std::string& lang, const std::vector<std::string>& words) {
                return normalize::dictionary_hit_rate(lang, words);
            },
            [](const std::string& lang, const std::vector<std::string>& words) {
                return normalize::common_word_share(lang, words);
            },
            [](const std::string& lang) { return normalize::letter_soup_bar(lang); },
            normalize::kMaxLanguageSample, normalize::kMinLanguageSample};
}

ocr::OcrPolicy ocr_policy(const ConvertOptions& opts) {
    return {opts.ocr, opts.lang, opts.dpi, opts.ocr_deadline_ms, opts.binarize, opts.patch_lossy_layers};
}

// For each text layer's page that may be too short to judge its own
// columns, the gutter of the nearest page before it set in two columns,
// else of the nearest after it; each page's gutter found once, when asked.
std::vector<std::optional<structure::Gutter>> neighbours_gutters(const std::vector<IngestedPage>& raw) {
    const std::size_t n = raw.size();
    std::vector<std::optional<structure::Gutter>> out(n);
    if (n < 2) return out;
    std::vector<std::optional<std::optional<structure::Gutter>>> found(n);
    const auto gutter_of = [&](std::size_t k) -> const std::optional<structure::Gutter>& {
        if (!found[k]) found[k] = raw[k].needs_ocr ? std::nullopt : structure::columns_gutter(raw[k].words, raw[k].drawings);
        return *found[k];
    };
    for (std::size_t i = 0; i < n; ++i) {
        if (raw[i].needs_ocr || !structure::may_be_too_short_for_columns(raw[i].words)) continue;
        for (std::size_t k = i; k-- > 0 && !out[i];) out[i] = gutter_of(k);
        for (std::size_t k = i + 1; k < n && !out[i]; ++k) out[i] = gutter_of(k);
    }
    return out;
}

// convert(), in the calling arena; the pages done go to `pages`. `sha256`:
// the input's hash when the caller has it already (--resume did), else empty.
Document convert_pages(const ingest::PdfSource& source, const ConvertOptions& opts, ProgressCounter& pages,
                       std::string sha256 = {}) {
    WarningSink doc_warnings(Stage::Input, 0);
    if (!source.looks_complete()) {
        if (!opts.salvage)
            throw Error(ErrorCode::Damaged, Stage::Input, source.name(), 0,
                        "truncated PDF (no %%EOF after the last startxref); --salvage converts what can be read");
        doc_warnings.add(warning_code::kTruncated, "truncated PDF (no %%EOF after the last startxref); converted what could be read");
    }

    const ingest::ReadOptions read_opts{opts.password};
    doc_warnings.set_stage(Stage::Ingest);
    WorkerPool pool(source, read_opts, ocr_policy(opts));
    Document doc;
    {
        // The reader opened for the header is the first worker's too.
        ingest::MessageCapture capture(doc_warnings);
        auto first = pool.open();
        doc.info = first->reader->document_info();
        pool.give_back(std::move(first));
    }
    const int n = doc.info.page_count;
    doc.pages.resize(static_cast<std::size_t>(n));
    std::vector<IngestedPage> raw(static_cast<std::size_t>(n));
    const ocr::LanguageOracle oracle = language_oracle();

    pages.total = n;
    // On the calling thread: a task beside the pages would wake a second
    // thread for a millisecond of hashing, which a one-page run pays for
    // in thread start-up (issue 18).
    doc.info.sha256 = sha256.empty() ? ingest::sha256_hex(source.data(), source.size()) : std::move(sha256);
    {
        // Phase A: read every page, and judge its layer. Nothing is
        // rendered but the band that settles a borderline layer.
        pipeline::for_each_range(opts.jobs, n, kMinPagesPerTask, [&](const tbb::blocked_range<int>& range) {
            auto w = pool.take();
            for (int i = range.begin(); i != range.end(); ++i) {
                auto& in = raw[static_cast<std::size_t>(i)];
                in = w->reader->read(i);
                w->ocr->judge(in, oracle, w->renderer(i));
            }
            pool.give_back(std::move(w));
        });

        ocr::follow_garbled_document(raw, opts.ocr);
        // Before any page's words are read again or laid out.
        const auto gutters = neighbours_gutters(raw);
        // The OCR languages, once, from what phase A found.
        std::string ocr_languages;
        KeptRendering kept;
        const auto first = std::find_if(raw.begin(), raw.end(), [](const IngestedPage& in) { return in.needs_ocr; });
        if (first != raw.end()) {
            auto w = pool.take();
            ocr_languages = w->ocr->choose_languages(raw, oracle, kept.keeping(*w, static_cast<int>(first - raw.begin())));
            pool.give_back(std::move(w));
        }

        // Phase B: OCR what needs it, a page a thread. Then the document's
        // OCR text size, which a page whose notes outnumber its text is
        // laid out by.
        if (first != raw.end())
            pipeline::for_each_range(opts.jobs, n, 1, [&](const tbb::blocked_range<int>& range) {
                std::unique_ptr<Worker> w;
                for (int i = range.begin(); i != range.end(); ++i) {
                    auto& in = raw[static_cast<std::size_t>(i)];
                    if (!in.needs_ocr) continue;
                    if (!w) w = pool.take();
                    w->ocr->read(in, ocr_languages, kept.reusing(*w, i));
                    ++pages.done;  // what a page costs is its OCR
                }
                if (w) pool.give_back(std::move(w));
            });
        std::vector<const std::vector<Word>*> ocr_pages;
        for (const auto& in : raw)
            if (in.page.source == Source::Ocr) ocr_pages.push_back(&in.words);
        const double ocr_text_size = ocr_pages.empty() ? 0 : structure::ocr_document_text_size(ocr_pages);
        // Phase C: the page passes, in runs (a page's passes cost less than
        // waking a worker).
        pipeline::for_each_range(opts.jobs, n, kMinPagesPerTask, [&](const tbb::blocked_range<int>& range) {
            for (int i = range.begin(); i != range.end(); ++i) {
                auto& in = raw[static_cast<std::size_t>(i)];
                const bool counted = in.needs_ocr;
                pipeline::PageWork work{std::move(in), {}, false, opts.repairs, gutters[static_cast<std::size_t>(i)],
                                        ocr_text_size};
                pipeline::run_page_passes(work);
                doc.pages[static_cast<std::size_t>(i)] = std::move(work.in.page);
                if (!counted) ++pages.done;
            }
        });
    }

    // The document passes, on the caller's thread.
    pipeline::DocumentWork work{doc, opts.repairs, {}, {}};
    pipeline::run_document_passes(work);
    doc.repairs_off = opts.repairs.off();
    doc.warnings = doc_warnings.take();
    doc.cap_warnings(kMaxDocumentWarnings);
    return doc;
}

}  // namespace

Document convert(const ingest::PdfSource& source, const ConvertOptions& opts) {
    ProgressCounter pages;
    Document doc;
    pipeline::run_reporting(opts.jobs, [&] { doc = convert_pages(source, opts, pages); }, opts.progress, pages);
    return doc;
}

std::string to_tei(const Document& doc, const ConvertOptions& opts) {
    return output::write_tei(doc, {version(), engine_versions(), opts.timestamp, opts.keep_lines});
}

std::string render(const Document& doc, const ConvertOptions& opts) {
    return opts.format == ConvertOptions::Format::Json ? output::write_json(doc) : to_tei(doc, opts);
}

namespace {

// Whether `job`'s TEI is already done: it records the same input and
// version. The input's hash, when it had to be computed, is left in `sha256`
// for the conversion that follows (it was computed twice).
bool already_done(const FileJob& job, const ingest::PdfSource& source, std::string& sha256) {
    if (job.output == "-") return false;
    const auto done = read_provenance(job.output);
    if (!done || done->version != version()) return false;
    sha256 = ingest::sha256_hex(source.data(), source.size());
    return done->sha256 == sha256;
}

FileOutcome convert_one(const FileJob& job, const ConvertOptions& opts, ProgressCounter& pages) {
    FileOutcome out;
    const auto start = std::chrono::steady_clock::now();
    try {
        const auto source = ingest::PdfSource::read(job.input);
        std::string sha256;
        if (opts.resume && opts.format == ConvertOptions::Format::Tei && already_done(job, source, sha256)) {
            out.status = FileOutcome::Status::Skipped;
        } else {
            const Document doc = convert_pages(source, opts, pages, std::move(sha256));
            if (job.make_folder && job.output != "-") {
                // A collection's mirrored tree: make the folder the TEI goes in.
                const auto folder = std::filesystem::path(job.output).parent_path();
                std::error_code ec;
                if (!folder.empty()) std::filesystem::create_directories(folder, ec);
            }
            output::write_atomically(job.output, render(doc, opts));
            out.warnings = doc.warnings;
            out.pages = static_cast<int>(doc.pages.size());
            for (const auto& p : doc.pages) {
                out.warnings.insert(out.warnings.end(), p.warnings.begin(), p.warnings.end());
                out.paragraphs += p.blocks.size();
                out.pages_rendered += p.rendered;
                out.pages_ocr += p.source == Source::Ocr;
                out.verdicts.push_back(p.verdict);
            }
            out.language = doc.language;
        }
    } catch (const Error& e) {
        out.error = e;
    } catch (const std::bad_alloc&) {
        out.error = Error(ErrorCode::TooLarge, Stage::Input, job.input, 0, "out of memory");
    }
    if (out.error) out.status = FileOutcome::Status::Failed;
    out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return out;
}

}  // namespace

std::vector<FileOutcome> convert_files(const std::vector<FileJob>& jobs, const ConvertOptions& opts,
                                       const BatchCallbacks& callbacks) {
    std::vector<FileOutcome> outcomes(jobs.size());
    const int total = static_cast<int>(jobs.size());
    const auto start = std::chrono::steady_clock::now();
    // One file: opts.progress counts its pages. Several: the callbacks
    // hear of each file as it finishes, through this queue.
    ProgressCounter pages, ignored;
    std::mutex finished_mutex;
    std::vector<std::size_t> finished;  // indices not yet handed to the callbacks
    BatchProgress progress;
    progress.files_total = total;
    const bool batch_callbacks = callbacks.progress || callbacks.file_done;
    std::function<void()> poll;
    if (batch_callbacks)
        poll = [&] {
            std::vector<std::size_t> now;
            {
                std::lock_guard lock(finished_mutex);
                now.swap(finished);
            }
            for (std::size_t k : now) {
                const FileOutcome& o = outcomes[k];
                ++progress.files_done;
                progress.pages_done += o.pages;
                progress.ocr_pages += o.pages_ocr;
                if (callbacks.file_done) callbacks.file_done(jobs[k], o);
            }
            progress.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            if (callbacks.progress && !now.empty()) callbacks.progress(progress);
        };
    else if (total == 1)
        poll = pipeline::progress_poll(opts.progress, pages);
    pipeline::run_polling(
        opts.jobs,
        [&] {
            pipeline::for_each_range(opts.jobs, total, 1, [&](const tbb::blocked_range<int>& range) {
                for (int i = range.begin(); i != range.end(); ++i) {
                    const auto k = static_cast<std::size_t>(i);
                    outcomes[k] = convert_one(jobs[k], opts, total == 1 ? pages : ignored);
                    if (batch_callbacks) {
                        std::lock_guard lock(finished_mutex);
                        finished.push_back(k);
                    }
                }
            });
        },
        poll);
    return outcomes;
}

std::string report_line(const FileJob& job, const FileOutcome& o) {
    using nlohmann::ordered_json;
    static constexpr const char* kStatus[] = {"converted", "skipped", "failed"};
    ordered_json line{{"input", job.input}, {"key", job.key}, {"output", job.output},
                      {"status", kStatus[static_cast<int>(o.status)]}, {"exit", o.exit_status()},
                      {"pages", o.pages}};
    ordered_json verdicts = ordered_json::array();
    for (PageVerdict v : o.verdicts) verdicts.push_back(to_string(v));
    line["verdicts"] = verdicts;
    line["ocr_pages"] = o.pages_ocr;
    ordered_json warnings = ordered_json::array();
    for (const auto& w : o.warnings) warnings.push_back({{"code", w.code}, {"page", w.page}, {"message", w.message}});
    line["warnings"] = warnings;
    if (o.error) line["error"] = o.error->what();
    line["seconds"] = std::round(o.seconds * 1000) / 1000;
    return line.dump(-1, ' ', false, ordered_json::error_handler_t::replace);
}

std::string version() { return PDF2TEI_VERSION; }

std::string engine_versions() {
    return "poppler " + poppler::version_string() + ", libxml2 " + LIBXML_DOTTED_VERSION + ", ICU " U_ICU_VERSION;
}

}  // namespace pdf2tei
