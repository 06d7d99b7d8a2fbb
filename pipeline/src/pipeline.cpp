#include "pdf2tei/pipeline.hpp"

#include <libxml/xmlversion.h>
#include <poppler/cpp/poppler-version.h>
#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>
#include <tbb/task_group.h>
#include <unicode/uversion.h>

#include <mutex>
#include <thread>

#include "pdf2tei/error.hpp"
#include "pdf2tei/ingest/reader.hpp"
#include "pdf2tei/normalize/language.hpp"
#include "pdf2tei/normalize/unicode.hpp"
#include "pdf2tei/output/atomic_file.hpp"
#include "pdf2tei/output/tei_writer.hpp"
#include "pdf2tei/structure/layout.hpp"
#include "pdf2tei/text.hpp"
#include "version.hpp"

namespace pdf2tei {
namespace {

// Opening the document for one more worker costs about as much as reading
// a page, so pages are handed out in runs of at least this many: a two-page
// document stays on one thread.
constexpr int kMinPagesPerTask = 4;

// Runs `body` on `jobs` threads, or in the calling arena when jobs is 0.
template <typename F>
void in_arena(unsigned jobs, F&& body) {
    if (jobs == 0) {
        body();
        return;
    }
    tbb::task_arena arena(static_cast<int>(jobs));
    arena.execute(body);
}

// Readers not in use. A task takes one (or opens a new one when none is
// free) and gives it back, so no two threads ever share a Poppler document,
// and there are never more readers than workers.
class ReaderPool {
public:
    ReaderPool(const ingest::PdfSource& src, ingest::ReadOptions opts) : src_(src), opts_(std::move(opts)) {}

    std::unique_ptr<ingest::PageReader> take() {
        {
            std::lock_guard lock(mutex_);
            if (!free_.empty()) {
                auto r = std::move(free_.back());
                free_.pop_back();
                return r;
            }
        }
        WarningSink ignored(Stage::Ingest, 0);  // the first open already reported these
        ingest::MessageCapture capture(ignored);
        return std::make_unique<ingest::PageReader>(src_, opts_);
    }
    void give_back(std::unique_ptr<ingest::PageReader> r) {
        std::lock_guard lock(mutex_);
        free_.push_back(std::move(r));
    }

private:
    const ingest::PdfSource& src_;
    ingest::ReadOptions opts_;
    std::mutex mutex_;
    std::vector<std::unique_ptr<ingest::PageReader>> free_;
};

// One page through every per-page stage. Pure apart from the reader. The
// glyph boxes are released at the end: later stages work on words.
Page process_page(ingest::PageReader& reader, int index) {
    ingest::IngestedPage in = reader.read(index);
    Page page = std::move(in.page);
    normalize::clean_words(in.words, page.repairs);
    page.blocks = structure::group_paragraphs(structure::group_lines(std::move(in.words)));
    release_glyphs(page);
    return page;
}

// Language of the whole document, from its running text in page order.
std::string document_language(const std::vector<Page>& pages) {
    std::string sample;
    for (const auto& p : pages) {
        for (const auto& b : p.blocks) {
            sample += block_text(b);
            sample += '\n';
        }
        if (sample.size() >= normalize::kMaxLanguageSample) break;
    }
    return normalize::detect_language(sample);
}

void clean_info(DocumentInfo& info) {
    RepairCounts ignored;  // metadata repairs are not page repairs
    for (std::string* s : {&info.title, &info.author, &info.subject, &info.keywords, &info.creator, &info.producer})
        *s = normalize::clean_string(*s, ignored);
}

}  // namespace

Document convert(const ingest::PdfSource& source, const ConvertOptions& opts) {
    ingest::install_poppler_message_handler();
    WarningSink doc_warnings(Stage::Input, 0);
    if (!source.looks_complete()) {
        if (!opts.salvage)
            throw Error(ErrorCode::Damaged, Stage::Input, source.name(), 0,
                        "truncated PDF (no %%EOF after the last startxref); --salvage converts what can be read");
        doc_warnings.add("truncated PDF (no %%EOF after the last startxref); converted what could be read");
    }

    const ingest::ReadOptions read_opts{opts.password};
    doc_warnings.set_stage(Stage::Ingest);
    ReaderPool pool(source, read_opts);
    Document doc;
    {
        // The reader opened for the header is the first worker's too.
        ingest::MessageCapture capture(doc_warnings);
        auto first = std::make_unique<ingest::PageReader>(source, read_opts);
        doc.info = first->document_info();
        pool.give_back(std::move(first));
    }
    clean_info(doc.info);
    const int n = doc.info.page_count;
    doc.pages.resize(static_cast<std::size_t>(n));

    std::mutex progress_mutex;
    int done = 0;
    in_arena(opts.jobs, [&] {
        // Work that needs no page runs beside the pages, within the same
        // arena (so --jobs 1 still uses one thread).
        tbb::task_group side;
        side.run([&] { doc.info.sha256 = ingest::sha256_hex(source.data(), source.size()); });
        side.run([] { normalize::prepare_language_detection(); });
        tbb::parallel_for(tbb::blocked_range<int>(0, n, kMinPagesPerTask), [&](const tbb::blocked_range<int>& range) {
            auto reader = pool.take();
            for (int i = range.begin(); i != range.end(); ++i) {
                doc.pages[static_cast<std::size_t>(i)] = process_page(*reader, i);
                if (opts.progress) {
                    std::lock_guard lock(progress_mutex);
                    opts.progress(++done, n);
                }
            }
            pool.give_back(std::move(reader));
        });
        side.wait();
    });

    doc.language = document_language(doc.pages);
    doc.warnings = doc_warnings.take();
    return doc;
}

std::string to_tei(const Document& doc, const ConvertOptions& opts) {
    return output::write_tei(doc, {version(), engine_versions(), opts.timestamp});
}

namespace {

FileOutcome convert_one(const FileJob& job, ConvertOptions opts) {
    FileOutcome out;
    try {
        opts.jobs = 0;  // share the caller's arena
        const auto source = ingest::PdfSource::read(job.input);
        const Document doc = convert(source, opts);
        output::write_atomically(job.output, to_tei(doc, opts));
        out.warnings = doc.warnings;
        for (const auto& p : doc.pages) {
            out.warnings.insert(out.warnings.end(), p.warnings.begin(), p.warnings.end());
            out.paragraphs += p.blocks.size();
        }
        out.pages = static_cast<int>(doc.pages.size());
        out.language = doc.language;
    } catch (const Error& e) {
        out.error = e;
    } catch (const std::bad_alloc&) {
        out.error = Error(ErrorCode::TooLarge, Stage::Input, job.input, 0, "out of memory");
    }
    return out;
}

}  // namespace

std::vector<FileOutcome> convert_files(const std::vector<FileJob>& jobs, const ConvertOptions& opts) {
    std::vector<FileOutcome> outcomes(jobs.size());
    const unsigned threads = opts.jobs ? opts.jobs : std::max(1u, std::thread::hardware_concurrency());
    ConvertOptions per_file = opts;
    std::mutex progress_mutex;
    int done = 0;
    const int total = static_cast<int>(jobs.size());
    if (total != 1 && opts.progress) {
        per_file.progress = {};
    }
    in_arena(threads, [&] {
        tbb::parallel_for(0, total, [&](int i) {
            outcomes[static_cast<std::size_t>(i)] = convert_one(jobs[static_cast<std::size_t>(i)], per_file);
            if (total != 1 && opts.progress) {
                std::lock_guard lock(progress_mutex);
                opts.progress(++done, total);
            }
        });
    });
    return outcomes;
}

std::string version() { return PDF2TEI_VERSION; }

std::string engine_versions() {
    return "poppler " + poppler::version_string() + ", libxml2 " + LIBXML_DOTTED_VERSION + ", ICU " U_ICU_VERSION;
}

}  // namespace pdf2tei
