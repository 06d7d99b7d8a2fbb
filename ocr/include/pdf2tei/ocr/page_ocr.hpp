#pragma once
// The OCR stage behind one class: when a page is read again (triage, and a
// band of OCR to settle a borderline layer), in which language, and how
// OCR's words replace or patch the layer's. The pipeline calls judge() on
// every page, choose_languages() once, then read() on the pages judged to
// need it.
//
// Threads: one PageOcr per worker thread. It owns that thread's Tesseract
// engine (made on first use, remade only when the languages change); no
// method may be called from two threads at once. Different PageOcr objects
// run concurrently.
#include <functional>
#include <memory>
#include <string>

#include "pdf2tei/image.hpp"
#include "pdf2tei/model.hpp"
#include "pdf2tei/ocr/engine.hpp"
#include "pdf2tei/ocr/triage.hpp"

namespace pdf2tei::ocr {

// What the caller asks of OCR (ConvertOptions' OCR fields).
struct OcrPolicy {
    OcrMode mode = OcrMode::Auto;
    // BCP 47 ("fr") or Tesseract's ("fra+eng"); empty = detected.
    std::string lang;
    int dpi = 0;  // rendering; 0 = a scan's own (>= kMinNativeDpi), else kDefaultDpi
    int deadline_ms = 120000;  // per page
    Binarization binarization = Binarization::Tesseract;
    bool patch_lossy_layers = true;  // lossy pages: OCR only the words the layer cannot vouch for
};

// Pages to OCR are rendered at the scan's own resolution when it has one
// worth keeping, else at kDefaultDpi; never beyond kMaxDpi.
inline constexpr int kDefaultDpi = 300;
inline constexpr int kMinNativeDpi = 200;
inline constexpr int kMaxDpi = 600;

// The share of a page's height read to tell its language, and how much
// surer (mean word confidence, 0..1) another script's model must read it
// to replace the first guess.
inline constexpr double kLanguageSampleBand = 0.12;
// A band that reads too little to tell a language by (LanguageOracle::
// min_sample, counted in words that hold a letter: a table's figures tell
// none, dev seed 26 fr-26-001.scan) is read again this tall: the middle of
// a page of short articles set wide apart held one heading and one line,
// 79 bytes, and the French page was read by the English model ("à" as "a"
// throughout: dev seed 25 fr-25-000.invisible-ocr, word recall 0.928).
inline constexpr double kWideLanguageSampleBand = 0.36;
// The text of the words that hold a letter, the band's sample measured so:
// a table's figures tell no language (dev seed 26 fr-26-001.scan: the band
// held a table, "Article 6 Article 11 … 18 42 100 250 171: 166", 101
// bytes, 52 of them in words, and the French page was read by the English
// model).
std::string worded_text(const std::vector<Word>& words);
inline constexpr float kSurerSampleConfidence = 0.25f;
// The Latin model's reading of the band settles the language only when it
// is this sure of it (mean word confidence, 0..1).
inline constexpr float kMinLatinProbeConfidence = 0.6f;

// Renders the page being judged or read at a resolution (ingest's
// PageReader::render); an empty image when it cannot.
using PageRenderer = std::function<GrayImage(int dpi)>;

// The resolution `page` is rendered at for OCR.
int render_dpi(const OcrPolicy& policy, const Page& page);

// Once PageOcr::judge() has seen every page: a page with too little text to be
// judged by language follows the document when every page that was
// judged is garbled (its fonts' maps are the same scrambled ones: dev
// seed 9, zh-9-006.garbled, a closing page of 110 characters kept its
// soup). Sets its verdict and needs_ocr, and warns.
void follow_garbled_document(std::vector<IngestedPage>& pages, OcrMode mode);

class PageOcr {
public:
    explicit PageOcr(OcrPolicy policy);
    ~PageOcr();
    PageOcr(const PageOcr&) = delete;
    PageOcr& operator=(const PageOcr&) = delete;

    // Judges the page's text layer (ocr/triage.hpp). A layer close to the
    // dictionary's bar is settled by OCR of a band across the page; a usable
    // layer with large images holding text it lacks is `partial`. Sets
    // in.page.verdict, in.text_images and in.needs_ocr, and warns when a
    // broken layer is thrown away. Renders only for the band.
    void judge(IngestedPage& in, const LanguageOracle& oracle, const PageRenderer& render);

    // The Tesseract languages for every page to OCR, once judge() has seen
    // every page: the policy's; else the language of the layers kept (and
    // partial pages' layers); else from the script of the first page to
    // OCR, which `render` renders, and a sample read of it. Throws
    // Error(Usage) when the policy names a language without a model.
    std::string choose_languages(const std::vector<IngestedPage>& pages, const LanguageOracle& oracle,
                                 const PageRenderer& render);

    // Reads a page judged to need OCR: the whole page, replacing its words;
    // a lossy page's untrusted words only; or a partial page's text images,
    // added to the layer's words in reading order.
    void read(IngestedPage& in, const std::string& languages, const PageRenderer& render);

private:
    OcrEngine& engine(const std::string& languages);
    OcrEngine& engine_in(std::unique_ptr<OcrEngine>& slot, const std::string& languages);
    // A fresh read of a band across the page.
    struct BandReading {
        double agreement = -1;  // band_agreement with the layer; -1: too few words read, or not read
        Box band;
        std::vector<Word> words;
    };
    BandReading read_band(IngestedPage& in, const std::string& language, const PageRenderer& render);
    void arbitrate(IngestedPage& in, Judgement& j, const PageRenderer& render);
    void check_earlier_ocr(IngestedPage& in, Judgement& j, const LanguageOracle& oracle, const PageRenderer& render);
    // How the page's words stand: straightened by `skew_degrees` (0 when
    // they were read for a patch, onto the page as scanned), after
    // `quarter_turns` clockwise turns that made the page upright.
    struct ReadFrame {
        double skew_degrees = 0;
        int quarter_turns = 0;
    };
    ReadFrame read_page(IngestedPage& in, const GrayImage& image, OcrEngine& engine, WarningSink& sink);
    void read_text_images(IngestedPage& in, const GrayImage& image, OcrEngine& engine, WarningSink& sink);
    void reread_latin_runs(IngestedPage& in, const GrayImage& image, const std::string& languages);
    void reread_stretched_lines(IngestedPage& in, const GrayImage& image, const std::string& languages);
    void reread_annex_lines(IngestedPage& in, const GrayImage& image, const std::string& languages);
    void reread_unsure_lines(IngestedPage& in, const GrayImage& image, const std::string& languages, double skew_degrees);
    void reread_slanted_leads(IngestedPage& in, const GrayImage& image, const std::string& languages,
                              double skew_degrees);
    void read_dropped_lines(IngestedPage& in, const GrayImage& image, const std::string& languages, double skew_degrees);

    OcrPolicy policy_;
    std::unique_ptr<OcrEngine> engine_;
    std::unique_ptr<OcrEngine> latin_engine_;  // latin_runs.hpp: made the first time a run is read
};

}  // namespace pdf2tei::ocr
