#include "pdf2tei/pipeline.hpp"

#include <libxml/xmlversion.h>
#include <poppler/cpp/poppler-version.h>
#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>
#include <tbb/task_group.h>
#include <unicode/uversion.h>

#include <algorithm>
#include <mutex>

#include "pdf2tei/error.hpp"
#include "pdf2tei/ingest/reader.hpp"
#include "pdf2tei/normalize/apostrophes.hpp"
#include "pdf2tei/normalize/capital_accents.hpp"
#include "pdf2tei/normalize/dictionary.hpp"
#include "pdf2tei/normalize/hyphenation.hpp"
#include "pdf2tei/normalize/diacritics.hpp"
#include "pdf2tei/normalize/guillemets.hpp"
#include "pdf2tei/normalize/language.hpp"
#include "pdf2tei/normalize/lost_ligatures.hpp"
#include "pdf2tei/ocr/engine.hpp"
#include "pdf2tei/ocr/languages.hpp"
#include "pdf2tei/normalize/spacing.hpp"
#include "pdf2tei/normalize/split_words.hpp"
#include "pdf2tei/normalize/unicode.hpp"
#include "pdf2tei/output/atomic_file.hpp"
#include "pdf2tei/output/json_writer.hpp"
#include "pdf2tei/output/tei_writer.hpp"
#include "pdf2tei/structure/columns.hpp"
#include "pdf2tei/structure/flow.hpp"
#include "pdf2tei/structure/footnotes.hpp"
#include "pdf2tei/structure/furniture.hpp"
#include "pdf2tei/structure/layout.hpp"
#include "pdf2tei/structure/right_to_left.hpp"
#include "pdf2tei/structure/page_layout.hpp"
#include "pdf2tei/structure/side_by_side.hpp"
#include "pdf2tei/structure/table_heads.hpp"
#include "pdf2tei/structure/un_document.hpp"
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

// What one worker thread owns: its own Poppler documents and, once it has a
// page to read with OCR, its own Tesseract engine.
struct Worker {
    std::unique_ptr<ingest::PageReader> reader;
    std::unique_ptr<ocr::OcrEngine> engine;

    ocr::Binarization binarization = ocr::Binarization::Tesseract;

    ocr::OcrEngine& ocr(const std::string& languages) {
        if (!engine || engine->languages() != languages)
            engine = std::make_unique<ocr::OcrEngine>(languages, binarization);
        return *engine;
    }
};

// Workers not in use. A task takes one (or makes a new one when none is
// free) and gives it back, so no two threads ever share a Poppler document
// or a TessBaseAPI, and there are never more of them than threads.
class WorkerPool {
public:
    WorkerPool(const ingest::PdfSource& src, ingest::ReadOptions opts, ocr::Binarization binarization)
        : src_(src), opts_(std::move(opts)), binarization_(binarization) {}

    // A new worker; Poppler's complaints on opening go to the caller's
    // current MessageCapture.
    std::unique_ptr<Worker> open() {
        auto w = std::make_unique<Worker>();
        w->reader = std::make_unique<ingest::PageReader>(src_, opts_);
        w->binarization = binarization_;
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
    ocr::Binarization binarization_;
    std::mutex mutex_;
    std::vector<std::unique_ptr<Worker>> free_;
};

// The triage's view of languages, from normalize: the n-gram classifier,
// and the spelling dictionaries as arbiter.
ocr::LanguageOracle language_oracle() {
    return {[](const std::string& text) { return normalize::language_candidates(text); },
            [](const std::string& lang, const std::vector<std::string>& words) {
                const auto* dict = normalize::Dictionary::for_language(lang);
                return dict ? dict->hit_rate(words) : -1.0;
            }};
}

// Pages to OCR are rendered at the scan's own resolution when it has one
// worth keeping, else at 300 dpi; never beyond 600.
constexpr int kDefaultDpi = 300;
constexpr int kMinNativeDpi = 200;
constexpr int kMaxDpi = 600;

int render_dpi(const ConvertOptions& opts, const Page& page) {
    if (opts.dpi > 0) return std::min(opts.dpi, kMaxDpi);
    const int native = page.text_layer.image_dpi;
    return native >= kMinNativeDpi ? std::min(native, kMaxDpi) : kDefaultDpi;
}

// The warning for a page whose recognition the deadline cut short.
std::string deadline_warning(const ConvertOptions& opts) {
    return "OCR stopped at the deadline (" + std::to_string(opts.ocr_deadline_ms) + " ms); text may be missing";
}

// A layer the dictionary judged close to its bar is settled by OCR of a
// band across the middle of the page (ocr::band_agreement): kept if OCR
// finds the layer's words there, replaced if not. The page is rendered
// for it. Without a model for the language, or with too few words read,
// the dictionary's judgement stands.
void arbitrate(Worker& w, int index, const ConvertOptions& opts, ocr::Judgement& j, ingest::IngestedPage& in) {
    const std::string langs = ocr::tesseract_languages(opts.lang.empty() ? j.language : opts.lang);
    if (langs.empty()) return;
    const GrayImage image = w.reader->render(index, render_dpi(opts, in.page));
    in.page.rendered = true;
    if (image.empty()) return;
    const double band_height = in.page.height * ocr::kArbiterBand;
    const Box band{0, (in.page.height - band_height) / 2, in.page.width, (in.page.height + band_height) / 2};
    const ocr::OcrResult r = w.ocr(langs).recognize_region(image, band, opts.ocr_deadline_ms);
    const double agreement = ocr::band_agreement(in.words, r.words, band);
    if (agreement < 0) return;
    j.layer_usable = agreement >= ocr::kMinArbiterAgreement;
    j.verdict = j.layer_usable ? PageVerdict::Text : PageVerdict::Garbled;
    j.reason = j.layer_usable ? "" : "OCR of a band across the page finds only " +
                                         std::to_string(static_cast<int>(agreement * 100)) + "% of its words in the layer";
}

// A lossy layer is patched by OCR rather than replaced (ocr/layer_patch.hpp),
// unless OCR was asked for every page or the patch is switched off.
bool patches_layer(const ConvertOptions& opts, const Page& page) {
    return opts.patch_lossy_layers && page.verdict == PageVerdict::Lossy &&
           (opts.ocr == ocr::OcrMode::Auto || opts.ocr == ocr::OcrMode::Redo);
}

// Replaces a page's words with what OCR reads on its rendering, or, on a
// lossy page, only the words its layer cannot vouch for.
void ocr_page(Worker& w, int index, const ConvertOptions& opts, const std::string& languages, ingest::IngestedPage& in) {
    Page& page = in.page;
    const GrayImage image = w.reader->render(index, render_dpi(opts, page));
    page.rendered = true;
    WarningSink sink(Stage::Ocr, page.number);
    if (image.empty()) {
        sink.add("page cannot be rendered; its text layer is kept");
    } else {
        ocr::OcrResult r = w.ocr(languages).recognize(image, opts.ocr_deadline_ms);
        if (r.timed_out) sink.add(deadline_warning(opts));
        ocr::LayerPatch patch;
        if (patches_layer(opts, page) && !r.timed_out) patch = ocr::patch_layer(in.words, r.symbols, r.words);
        if (patch.usable) {
            in.words = std::move(patch.words);
            page.ocr_patched = true;
            page.ocr_confidence = patch.confidence;
            if (patch.patched) page.repairs["ocr-patched-word"] += patch.patched;
        } else {
            in.words = std::move(r.words);
            page.source = Source::Ocr;
            page.ocr_confidence = r.mean_confidence;
        }
    }
    for (auto& warning : sink.take()) page.warnings.push_back(std::move(warning));
}

// Where an image's text goes in the layer's reading order: before the
// first word below the image's top that stands over the image's width,
// else at the end.
std::size_t reading_place(const std::vector<Word>& words, const Box& image) {
    for (std::size_t k = 0; k < words.size(); ++k) {
        const Box& b = words[k].box;
        if (b.center_y() > image.y0 && b.x1 > image.x0 && b.x0 < image.x1) return k;
    }
    return words.size();
}

// Reads the text in a partial page's images (triage found them with no
// layer text over them) and adds it to the layer's words. An image where
// OCR finds no text worth the name leaves the page `text`.
void ocr_text_images(Worker& w, int index, const ConvertOptions& opts, const std::string& languages,
                     ingest::IngestedPage& in, const std::vector<Box>& images) {
    Page& page = in.page;
    const GrayImage image = w.reader->render(index, render_dpi(opts, page));
    page.rendered = true;
    WarningSink sink(Stage::Ocr, page.number);
    if (image.empty()) {
        sink.add("page cannot be rendered; the text in its images is not read");
    } else {
        // Each image's words, with the place in the layer's reading order
        // they go: before the first layer word below the image's top.
        std::vector<std::pair<std::size_t, std::vector<Word>>> found;
        double confidence = 0;
        int n = 0;
        for (const Box& region : images) {
            ocr::OcrResult r = w.ocr(languages).recognize_region(image, region, opts.ocr_deadline_ms);
            if (r.timed_out) sink.add(deadline_warning(opts));
            for (const auto& word : r.words) confidence += word.confidence;
            n += static_cast<int>(r.words.size());
            found.emplace_back(reading_place(in.words, region), std::move(r.words));
        }
        if (n >= ocr::kMinTextImageWords && confidence / n >= ocr::kMinTextImageConfidence) {
            page.ocr_patched = true;
            page.ocr_confidence = static_cast<float>(confidence / n);
            page.repairs["ocr-image-word"] += n;
            std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
            std::vector<Word> merged;
            merged.reserve(in.words.size() + static_cast<std::size_t>(n));
            auto next = found.begin();
            for (std::size_t k = 0; k <= in.words.size(); ++k) {
                for (; next != found.end() && next->first == k; ++next)
                    for (auto& word : next->second) merged.push_back(std::move(word));
                if (k < in.words.size()) merged.push_back(std::move(in.words[k]));
            }
            in.words = std::move(merged);
        } else {
            page.verdict = PageVerdict::Text;
        }
    }
    for (auto& warning : sink.take()) page.warnings.push_back(std::move(warning));
}

// The per-page stages after ingest and OCR. The glyph boxes are released at
// the end: later stages work on words.
Page finish_page(ingest::IngestedPage in, const normalize::RepairSwitches& repairs) {
    Page page = std::move(in.page);
    if (repairs.diacritics) {
        normalize::compose_spacing_accents(in.words, page.repairs);
        normalize::restore_guillemets(in.words, page.repairs);  // OT1's other stand-in
    }
    normalize::clean_words(in.words, page.repairs, repairs);
    // Arabic pages are laid out in a mirror (structure/right_to_left.hpp).
    const bool rtl = structure::is_right_to_left(in.words);
    if (rtl) structure::mirror_page(in.words, in.drawings, page.width);
    // OCR finds columns itself; text layers are often read across them.
    if (page.source == Source::TextLayer) structure::order_columns(in.words);
    std::vector<Line> lines = structure::group_lines(std::move(in.words));
    if (repairs.spacing) {
        normalize::repair_spacing(lines, page.repairs);
        normalize::remove_cjk_spaces(lines, page.repairs);
    }
    // Figures are found by the layer's drawings; OCR pages are read without them.
    static const std::vector<Box> kNoDrawings;
    const bool ocr = page.source == Source::Ocr;
    page.blocks = structure::lay_out_page(std::move(lines), page.height,
                                          ocr ? structure::LineSource::Ocr : structure::LineSource::TextLayer,
                                          ocr ? kNoDrawings : in.drawings);
    if (rtl) structure::unmirror_blocks(page.blocks, page.width);
    release_glyphs(page);
    return page;
}


// The share of a page's height read to tell its language.
constexpr double kLanguageSampleBand = 0.12;
// Another script's model must read the sample band this much surer (mean
// word confidence, 0..1) to replace the first guess.
constexpr float kSurerSampleConfidence = 0.25f;

// The Tesseract languages for the pages to OCR: --lang; else the language
// of the pages whose layer is kept; else, with no trusted text at all, the
// script of the first page to OCR (Tesseract's OSD), refined by classifying
// what a first reading in that script's main language finds.
std::string choose_ocr_languages(const ConvertOptions& opts, const std::string& layer_language, Worker& w,
                                 int first_index, const ingest::IngestedPage& first) {
    if (!opts.lang.empty()) {
        const std::string langs = ocr::tesseract_languages(opts.lang);
        if (langs.empty()) throw Error(ErrorCode::Usage, Stage::Ocr, "", 0, "no OCR language for --lang " + opts.lang);
        return langs;
    }
    const std::string from_layer = ocr::tesseract_languages(layer_language);
    if (!from_layer.empty()) return from_layer;
    const GrayImage image = w.reader->render(first_index, render_dpi(opts, first.page));
    const std::string guess = ocr::tesseract_languages(ocr::language_for_script(ocr::detect_script(image)));
    const ocr::OcrResult first_read = w.ocr(guess).sample(image, kLanguageSampleBand);
    const std::string refined = ocr::tesseract_languages(normalize::detect_language(words_text(first_read.words)));
    if (!refined.empty()) return refined;
    // The script was misjudged (OSD on a small bilevel page of Chinese said
    // Latin, and English read letter soup): the band is read again in each
    // other script's main model; one wins when its reading is its own
    // language and clearly surer than the first (a band too short to tell
    // a language, as on Tesseract's phototest, keeps the first model).
    for (const char* script : {"Han", "Arabic", "Cyrillic", "Latin"}) {
        const std::string model = ocr::tesseract_languages(ocr::language_for_script(script));
        if (model.empty() || model == guess) continue;
        const ocr::OcrResult other = w.ocr(model).sample(image, kLanguageSampleBand);
        if (other.mean_confidence < first_read.mean_confidence + kSurerSampleConfidence) continue;
        if (ocr::tesseract_languages(normalize::detect_language(words_text(other.words))) == model) return model;
    }
    return guess;
}

// Language of the whole document, from its running text in page order.
std::string document_language(const std::vector<Page>& pages) {
    std::string sample;
    for (const auto& p : pages) {
        for (const auto& b : p.blocks) {
            if (b.kind != BlockKind::Paragraph) continue;
            sample += block_text(b);
            sample += '\n';
        }
        if (sample.size() >= normalize::kMaxLanguageSample) break;
    }
    return normalize::detect_language(sample);
}

// The cross-page structure: running heads, notes and their calls,
// paragraphs across page breaks (with the words broken there), and the UN
// masthead and divisions.
void analyse_structure(Document& doc, const normalize::DictionaryLoader& dict, bool dehyphenate,
                       const normalize::DocumentSpellings& spellings) {
    structure::mark_running_furniture(doc.pages);
    structure::mark_repeated_column_heads(doc.pages);
    structure::mark_repeated_table_heads(doc.pages);
    structure::join_continued_notes(doc.pages);
    structure::anchor_notes(doc.pages);
    structure::mark_continued_paragraphs(doc.pages);
    for (std::size_t i = 1; i < doc.pages.size(); ++i) {
        Block* after = structure::first_paragraph(doc.pages[i]);
        if (!dehyphenate || !after || !after->continued) continue;
        if (Block* before = structure::last_paragraph(doc.pages[i - 1]))
            normalize::join_across_page_break(*before, *after, dict, doc.pages[i - 1].repairs, &spellings);
    }
    structure::recognise_un_document(doc);
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
    WorkerPool pool(source, read_opts, opts.binarize);
    Document doc;
    {
        // The reader opened for the header is the first worker's too.
        ingest::MessageCapture capture(doc_warnings);
        auto first = pool.open();
        doc.info = first->reader->document_info();
        pool.give_back(std::move(first));
    }
    clean_info(doc.info);
    const int n = doc.info.page_count;
    doc.pages.resize(static_cast<std::size_t>(n));
    std::vector<ingest::IngestedPage> raw(static_cast<std::size_t>(n));
    std::vector<char> to_ocr(static_cast<std::size_t>(n), 0);
    std::vector<std::vector<Box>> text_images(static_cast<std::size_t>(n));  // partial pages: where to read
    const ocr::LanguageOracle oracle = language_oracle();

    std::mutex progress_mutex;
    int done = 0;
    in_arena(opts.jobs, [&] {
        // Work that needs no page runs beside the pages, within the same
        // arena (so --jobs 1 still uses one thread).
        tbb::task_group side;
        side.run([&] { doc.info.sha256 = ingest::sha256_hex(source.data(), source.size()); });

        // Phase A: read and judge every page. Nothing is rendered.
        tbb::parallel_for(tbb::blocked_range<int>(0, n, kMinPagesPerTask), [&](const tbb::blocked_range<int>& range) {
            auto w = pool.take();
            for (int i = range.begin(); i != range.end(); ++i) {
                auto& in = raw[static_cast<std::size_t>(i)];
                in = w->reader->read(i);
                ocr::Judgement j = ocr::judge_page(in.page.text_layer, in.words, oracle);
                if (j.borderline && (opts.ocr == ocr::OcrMode::Auto || opts.ocr == ocr::OcrMode::Redo))
                    arbitrate(*w, i, opts, j, in);
                if (j.verdict == PageVerdict::Text) {
                    auto images = ocr::images_without_layer_text(in.words, in.images, in.page.width, in.page.height);
                    if (!images.empty()) {
                        j.verdict = PageVerdict::Partial;
                        text_images[static_cast<std::size_t>(i)] = std::move(images);
                    }
                }
                in.page.verdict = j.verdict;
                to_ocr[static_cast<std::size_t>(i)] = ocr::needs_ocr(j, opts.ocr);
                // Worth a warning: a layer thrown away because it is broken,
                // not one the user asked to replace (--ocr always, redo).
                if (to_ocr[static_cast<std::size_t>(i)] && !j.layer_usable && j.verdict != PageVerdict::None)
                    in.page.warnings.push_back({Stage::Ocr, in.page.number, "text layer replaced by OCR: " + j.reason});
            }
            pool.give_back(std::move(w));
        });

        // The OCR languages, once, from what phase A found.
        std::string ocr_languages;
        const auto first = std::find(to_ocr.begin(), to_ocr.end(), 1);
        if (first != to_ocr.end()) {
            std::string trusted;
            for (int i = 0; i < n && trusted.size() < normalize::kMaxLanguageSample; ++i)
                if (!to_ocr[static_cast<std::size_t>(i)] || raw[static_cast<std::size_t>(i)].page.verdict == PageVerdict::Partial)
                    trusted += words_text(raw[static_cast<std::size_t>(i)].words);
            auto w = pool.take();
            const int index = static_cast<int>(first - to_ocr.begin());
            ocr_languages = choose_ocr_languages(opts, normalize::detect_language(trusted), *w, index,
                                                 raw[static_cast<std::size_t>(index)]);
            pool.give_back(std::move(w));
        }

        // Phase B: OCR what needs it, then the per-page stages.
        tbb::parallel_for(tbb::blocked_range<int>(0, n, 1), [&](const tbb::blocked_range<int>& range) {
            std::unique_ptr<Worker> w;
            for (int i = range.begin(); i != range.end(); ++i) {
                auto& in = raw[static_cast<std::size_t>(i)];
                if (to_ocr[static_cast<std::size_t>(i)]) {
                    if (!w) w = pool.take();
                    if (in.page.verdict == PageVerdict::Partial && opts.ocr != ocr::OcrMode::Always)
                        ocr_text_images(*w, i, opts, ocr_languages, in, text_images[static_cast<std::size_t>(i)]);
                    else
                        ocr_page(*w, i, opts, ocr_languages, in);
                }
                doc.pages[static_cast<std::size_t>(i)] = finish_page(std::move(in), opts.repairs);
                if (opts.progress) {
                    std::lock_guard lock(progress_mutex);
                    opts.progress(++done, n);
                }
            }
            if (w) pool.give_back(std::move(w));
        });
        side.wait();
    });

    doc.language = document_language(doc.pages);
    // Document-level repairs, now that the language is known.
    const std::string lang = doc.language;
    const normalize::DictionaryLoader dict = [lang] { return normalize::Dictionary::for_language(lang); };
    if (opts.repairs.apostrophes) normalize::unify_ocr_apostrophes(doc.pages);
    if (opts.repairs.diacritics) normalize::restore_capital_accents(doc.pages, dict);
    if (opts.repairs.ligatures)
        for (auto& page : doc.pages) normalize::restore_lost_ligatures(page, dict);
    if (opts.repairs.spacing)
        for (auto& page : doc.pages) normalize::join_split_words(page, dict);
    // The document's own spellings, read before any word is joined.
    const auto spellings = opts.repairs.dehyphenation ? normalize::DocumentSpellings::of(doc.pages)
                                                      : normalize::DocumentSpellings{};
    if (opts.repairs.dehyphenation)
        for (auto& page : doc.pages) normalize::join_line_end_hyphens(page, dict, &spellings);
    analyse_structure(doc, dict, opts.repairs.dehyphenation, spellings);
    doc.repairs_off = opts.repairs.off();
    doc.warnings = doc_warnings.take();
    return doc;
}

std::string to_tei(const Document& doc, const ConvertOptions& opts) {
    return output::write_tei(doc, {version(), engine_versions(), opts.timestamp, opts.keep_lines});
}

std::string render(const Document& doc, const ConvertOptions& opts) {
    return opts.format == ConvertOptions::Format::Json ? output::write_json(doc) : to_tei(doc, opts);
}

namespace {

FileOutcome convert_one(const FileJob& job, ConvertOptions opts) {
    FileOutcome out;
    try {
        opts.jobs = 0;  // share the caller's arena
        const auto source = ingest::PdfSource::read(job.input);
        const Document doc = convert(source, opts);
        output::write_atomically(job.output, render(doc, opts));
        out.warnings = doc.warnings;
        out.pages = static_cast<int>(doc.pages.size());
        for (const auto& p : doc.pages) {
            out.warnings.insert(out.warnings.end(), p.warnings.begin(), p.warnings.end());
            out.paragraphs += p.blocks.size();
            out.pages_rendered += p.rendered;
            out.pages_ocr += p.source == Source::Ocr;
        }
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
    ConvertOptions per_file = opts;
    std::mutex progress_mutex;
    int done = 0;
    const int total = static_cast<int>(jobs.size());
    if (total != 1 && opts.progress) {
        per_file.progress = {};
    }
    in_arena(opts.jobs, [&] {  // 0: the caller's arena, all cores by default
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
