// The Tesseract module (libpdf2tei_tesseract.so): everything that needs
// Tesseract or Leptonica, loaded by engine.cpp only when a page is read by
// OCR, so a born-digital file never maps their thirty libraries.
#include "pdf2tei/ocr/engine.hpp"
#include "pdf2tei/ocr/sample_band.hpp"

#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>
#include <tesseract/resultiterator.h>

#include <dlfcn.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <string_view>
#include <cmath>

#include "engine_backend.hpp"
#include "leptonica.hpp"
#include "pdf2tei/ocr/languages.hpp"
#include "pdf2tei/ocr/raised_symbols.hpp"
#include "pdf2tei/ocr/word_boxes.hpp"
#include "pdf2tei/error.hpp"
#include "pdf2tei/text.hpp"

namespace pdf2tei::ocr {
namespace {

struct TessDeleter {
    void operator()(tesseract::TessBaseAPI* api) const {
        api->End();
        delete api;
    }
};
using TessPtr = std::unique_ptr<tesseract::TessBaseAPI, TessDeleter>;

// A page read with less mean confidence than this may be upside down or
// sideways: orientation detection is asked, and a turned page read again.
constexpr float kOrientationRetryConfidence = 0.6f;
// Tesseract's confidence in a detected orientation must reach this.
constexpr float kMinOrientationConfidence = 2.0f;

// Script detection runs on the page scaled by this, for a quarter of the
// work, but never below kMinScriptDpi: a page of Russian rendered at 100
// dpi is "Latin" to OSD with confidence 13, at 75 dpi "Thai", at 150-300
// dpi "Cyrillic" (dev seed 7 ru-7-006). A 200-dpi scan halved was read by
// English's model as letter soup (dev seed 12 ru-12-002.scan, word recall
// 0.10).
constexpr float kScriptScale = 0.5f;
constexpr int kMinScriptDpi = 150;
// Tesseract's confidence in a detected script must pass this.
constexpr float kMinScriptConfidence = 0.5f;

// An OCR line box spans ascenders to descenders, about 1.2 em.
constexpr double kLineHeightEm = 1.2;
// A digit stands about 0.7 em tall, a small letter without ascender
// ("a", "e", "n") 0.46 em (Times, Arial, Courier: 0.45-0.52).
constexpr double kDigitHeightEm = 0.7;
constexpr double kXHeightEm = 0.46;
// A dropped call is read alone with this many x-heights of margin, as at
// most this many figures.
constexpr double kLostCallPaddingX = 0.6;
constexpr std::size_t kMaxLostCallDigits = 3;
// A line's size is read from its x-height when it has this many small
// letters without ascender or descender; else from its box. Two will do:
// the box of a paragraph's last line "vote." (v, o, e; its "t" short of
// the ascenders) made it 6.4 points for 14, and the line a paragraph of
// its own (dev scan300-7 fr-7-003).
constexpr std::size_t kMinXHeightSamples = 2;

// A Han ideograph's ink stands 0.93-0.96 em tall (Noto Sans and Serif CJK
// at 9-12.5 pt, dev seed 9's Chinese scans). A Chinese line has no small
// letters, and its box, one ideograph high, is no 1.2 em: read from it,
// 12-point type came out at 10.2, its lines 2 "em" apart, and every OCR
// line was a paragraph of its own (zh-9-001.scan).
constexpr double kIdeographHeightEm = 0.93;
// An Arabic word's box, its letters' ascenders and descenders and marks,
// stands about 1 em tall at the median of a line's words (0.9-1.1 for most
// lines of dev seed 10's Amiri and DejaVu scans); the line's box, which
// gathers every word's extremes, ran 1.3-2.5 em, and sizes that jittered
// from line to line cut paragraphs at every line.
constexpr double kArabicWordHeightEm = 1.0;
constexpr std::size_t kMinArabicWordSamples = 3;
// An Arabic word box this close to its textline's height is the line's box,
// not the word's ink: Tesseract gives every word of a line it could not cut
// the line's own height, and a skewed scan's line box grows with its width
// (9-point Amiri under a 1-degree skew, dev scan300-10 ar-10-000: whole
// lines of words 17-19 points tall, read as 17-19-point type, each its own
// paragraph). Such a line takes the size the page's other Arabic words give;
// so does one whose words were boxed in chunks (word_boxes.hpp, chunk_boxed).
constexpr double kLineBoxWordShare = 0.95;

// The LSTM boxes the first letter of an Arabic word (its rightmost) over
// the space before it and into the word before: "يدان" after "لا" came out
// 1880-2070 pixels, its "ي" alone 1943-2070, over "لا" at 1977-2011 (dev
// scan300-10 ar-10-013; the CLI on the same render alike). Layout orders a
// line's words by their boxes and parts lines where boxes run back, so the
// word went to a line of its own or swapped with its neighbour ("على
// المساواة قدم" for "على قدم المساواة"). The iterator's order is right: a
// word that reaches past the left edge of the word before it in that order
// ends there, a space short of it, the space taken as this share of the
// textline's height (a line is ~1.2 em, an Arabic space ~0.2-0.25 em).
constexpr double kArabicSpaceLineShare = 0.2;

// A character of the Arabic block or its supplement (U+0600-06FF,
// U+0750-077F).
bool has_arabic_letter(const std::string& s) {
    const std::u32string cps = utf8_decode(s);
    return std::any_of(cps.begin(), cps.end(),
                       [](char32_t c) { return (c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F); });
}


// The connected components of a binary image's window (image pixels), or
// none when the window falls outside the image.
std::vector<Ink> components_in(PIX* binary, const CallWindow& w) {
    if (!binary) return {};
    const int width = static_cast<int>(pixGetWidth(binary)), height = static_cast<int>(pixGetHeight(binary));
    if (w.left < 0 || w.top < 0 || w.right >= width || w.bottom >= height) return {};
    BOX* box = boxCreate(w.left, w.top, w.right - w.left + 1, w.bottom - w.top + 1);
    PixPtr clip(pixClipRectangle(binary, box, nullptr));
    boxDestroy(&box);
    if (!clip) return {};
    BOXA* boxa = pixConnComp(clip.get(), nullptr, 8);
    std::vector<Ink> out;
    for (l_int32 i = 0; boxa && i < boxaGetCount(boxa); ++i) {
        l_int32 x, y, bw, bh;
        if (boxaGetBoxGeometry(boxa, i, &x, &y, &bw, &bh) == 0)
            out.push_back({w.left + x, w.top + y, w.left + x + bw - 1, w.top + y + bh - 1});
    }
    boxaDestroy(&boxa);
    return out;
}

// A call OCR dropped (raised_symbols.hpp): the word it belongs to (index in
// the read's words), its symbols' split, and its ink.
struct LostCall {
    std::size_t word;
    std::size_t head_symbols;  // how many of its symbols precede the call
    std::size_t misread;       // how many after them OCR read on the call's ink (0 or 1)
    bool leading;              // the word starts with it, no head: a note's number, a call read as a word
    std::string head, tail;
    int head_box[4], tail_box[4];
    Ink ink;
    double x_height;
    bool needs_wide_mark_after = false;  // a Chinese call's: the next word opens with 。，；：
};

// A rectangle of a binary image (`ink`, pixels, inclusive) alone, with a
// white border of `pad` pixels.
PixPtr ink_alone(::Pix* binary, const Ink& ink, int pad) {
    BOX* box = boxCreate(ink.left, ink.top, ink.right - ink.left + 1, ink.bottom - ink.top + 1);
    PixPtr clip(box ? pixClipRectangle(binary, box, nullptr) : nullptr);
    boxDestroy(&box);
    return PixPtr(clip ? pixAddBorder(clip.get(), pad, 0) : nullptr);
}

// The symbols of the iterator's current word, with their boxes; empty when
// they do not spell the word as read (then it is not cut).
std::vector<Symbol> symbols_of(const tesseract::ResultIterator& word_it, const std::string& word) {
    std::vector<Symbol> out;
    tesseract::ResultIterator it(word_it);
    std::string spelled;
    do {
        std::unique_ptr<char[]> c(it.GetUTF8Text(tesseract::RIL_SYMBOL));
        Symbol s;
        if (!c || !it.BoundingBox(tesseract::RIL_SYMBOL, &s.left, &s.top, &s.right, &s.bottom)) return {};
        s.text = c.get();
        spelled += s.text;
        out.push_back(std::move(s));
    } while (!it.IsAtFinalElement(tesseract::RIL_WORD, tesseract::RIL_SYMBOL) && it.Next(tesseract::RIL_SYMBOL));
    return spelled == word ? out : std::vector<Symbol>{};
}

// Where Debian's tesseract-ocr-* packages put the models (TESSDATA_PREFIX
// overrides, as for Tesseract itself).
std::string tessdata_dir() {
    const char* env = std::getenv("TESSDATA_PREFIX");
    return env && *env ? std::string(env) : std::string("/usr/share/tesseract-ocr/5/tessdata");
}

// Tesseract prints its own errors for a missing model; check first, so the
// user gets one line that says which package to install.
void require_models(const std::string& languages) {
    for (std::string_view model : tesseract_models(languages)) {
        const std::string lang(model);
        if (!std::filesystem::exists(tessdata_dir() + "/" + lang + ".traineddata"))
            throw Error(ErrorCode::Usage, Stage::Ocr, "", 0,
                        "no Tesseract model for '" + lang + "' in " + tessdata_dir() + " (install tesseract-ocr-" + lang + ")");
    }
}

// Tesseract parallelises inside a page with OpenMP; pdf2tei already runs
// one page per core, so those threads would only compete. OMP_THREAD_LIMIT
// would need setting before the process starts; instead, with no active
// level allowed, libgomp runs every parallel region on one thread. Looked up
// at run time, so pdf2tei need not link OpenMP; a Tesseract built without
// it has nothing to limit.
//
// Asked of libgomp by name: it came in with Tesseract as this module's
// dependency, and pdf2tei opens the module RTLD_LOCAL, so its symbols are
// not in the global scope RTLD_DEFAULT searches. Looked up there, from
// the day Tesseract moved into this module (3710133) the call was never
// made: every LSTM step ran on a team of four threads, and a two-page
// 1985 scan cost 13.9 s of CPU instead of 3.8 s, a third of it in futex
// calls (1.7 million context switches). Benchmarks set OMP_THREAD_LIMIT=1
// for every command, which hid it.
void* set_max_active_levels_symbol() {
    if (void* gomp = ::dlopen("libgomp.so.1", RTLD_NOW | RTLD_NOLOAD)) {
        void* symbol = ::dlsym(gomp, "omp_set_max_active_levels");
        ::dlclose(gomp);  // the NOLOAD handle's count; Tesseract keeps the library loaded
        if (symbol) return symbol;
    }
    return ::dlsym(RTLD_DEFAULT, "omp_set_max_active_levels");
}

// The setting is libgomp's per thread (an ICV of the thread's data
// environment), and an engine made on one thread may read on another (a
// worker moves between TBB's threads): called before every recognition,
// it sets each thread's once.
void serialise_openmp() {
    using SetLevels = void (*)(int);
    static const auto set = reinterpret_cast<SetLevels>(set_max_active_levels_symbol());
    thread_local bool done = false;
    if (set && !done) set(0);
    done = true;
}

TessPtr make_api(const std::string& languages, tesseract::PageSegMode psm, tesseract::OcrEngineMode oem) {
    require_models(languages);
    TessPtr api(new tesseract::TessBaseAPI());
    if (api->Init(nullptr, languages.c_str(), oem) != 0)
        throw Error(ErrorCode::Internal, Stage::Ocr, "", 0,
                    "Tesseract cannot load '" + languages + "' (is tesseract-ocr-* installed?)");
    api->SetPageSegMode(psm);
    api->SetVariable("debug_file", "/dev/null");  // its warnings are not ours to print
    return api;
}

}  // namespace

// The engine behind ocr::OcrEngine: one TessBaseAPI.
class TesseractEngine final : public EngineBackend {
public:
    TesseractEngine(const std::string& languages, Binarization binarization)
        : binarization_(binarization),
          preparation_(reads_scans_unprocessed(languages)    ? Preparation::AsScanned
                       : reads_scans_unnormalized(languages) ? Preparation::Straightened
                                                             : Preparation::Normalized),
          api_(make_api(languages, tesseract::PSM_AUTO, tesseract::OEM_LSTM_ONLY)) {}
    OcrResult recognize(const GrayImage& page, int deadline_ms, bool straight) override;
    OcrResult recognize_region(const GrayImage& page, const Box& region, int deadline_ms) override;
    OcrResult recognize_line(const GrayImage& page, const Box& region, int deadline_ms) override;
    std::vector<OcrResult> recognize_straight_lines(const GrayImage& page, double skew_degrees,
                                                    const std::vector<Box>& regions, int deadline_ms,
                                                    double slant) override;
    OcrResult sample(const GrayImage& page, double band, bool may_turn) override;

private:
    // The two above, with the preprocessing chosen by the caller: pages and
    // regions as the model reads best (preparation_), language samples
    // always prepared (a raw Arabic read of a French band passed for
    // Arabic: ocr-gt's typewritten page went from 0.76 word recall to 0).
    OcrResult recognize_as(const GrayImage& page, int deadline_ms, Preparation how, bool keep_deskewed,
                           bool may_turn = true, bool page_read = false);
    OcrResult recognize_region_as(const GrayImage& page, const Box& region, int deadline_ms, Preparation how,
                                  bool may_turn = true);
    OcrResult read(::Pix* pix, const GrayImage& page, double skew_degrees, int turns, int deadline_ms,
                   bool keep_deskewed, bool page_read = false);
    // Reads the calls OCR dropped (raised_symbols.hpp) alone, as figures,
    // and splits each out of its word as a raised word of its own.
    template <class ToPage>
    void read_lost_calls(const std::vector<LostCall>& calls, const ToPage& to_page, ::Pix* thresholded, int dpi,
                         OcrResult& out);
    Binarization binarization_;
    Preparation preparation_;  // of pages and regions: by the model (languages.hpp)
    TessPtr api_;
};

namespace {

// Frees the image an engine holds once a call is done with it; the model
// stays loaded.
struct ClearAfter {
    tesseract::TessBaseAPI& api;
    explicit ClearAfter(tesseract::TessBaseAPI& a) : api(a) {}
    ~ClearAfter() { api.Clear(); }
    ClearAfter(const ClearAfter&) = delete;
    ClearAfter& operator=(const ClearAfter&) = delete;
};

// Tesseract's orientation and script detection on an image.
struct Osd {
    bool ok = false;
    int degrees = 0;  // the clockwise rotation the image has
    float orientation_conf = 0;
    std::string script;
    float script_conf = 0;
};

Osd detect_orientation_and_script(PIX* pix, int dpi) {
    // One OSD engine a thread, loaded on first use and kept: its legacy
    // model costs 0.4 s of CPU to load, more than most reads it serves.
    // Made afresh for each call, an Arabic scan whose unsure Latin runs
    // were each asked their orientation spent 56% of its CPU loading it
    // (dev scan300-11 ar-11-003). OSD learns nothing from a page, so the
    // engine kept answers as a new one would.
    thread_local const TessPtr api = make_api("osd", tesseract::PSM_OSD_ONLY, tesseract::OEM_TESSERACT_ONLY);
    const ClearAfter cleared(*api);
    api->SetImage(pix);
    api->SetSourceResolution(dpi);
    Osd out;
    const char* script = nullptr;
    serialise_openmp();
    out.ok = api->DetectOrientationScript(&out.degrees, &out.orientation_conf, &script, &out.script_conf);
    if (script) out.script = script;
    return out;
}

// Quarter turns clockwise that make the page upright, or 0 when unsure.
int upright_turns(PIX* pix, int dpi) {
    const Osd osd = detect_orientation_and_script(pix, dpi);
    if (!osd.ok || osd.orientation_conf < kMinOrientationConfidence) return 0;
    return ((360 - osd.degrees) / 90) % 4;  // turn back the rotation it has
}

}  // namespace

OcrResult TesseractEngine::recognize(const GrayImage& page, int deadline_ms, bool straight) {
    // A whole page's words stay on the straightened page: mapped back onto
    // the skewed scan, a line's words stood higher at one end than the
    // other (5 points across the text at 1.2 degrees), and its baseline,
    // read at its words' middle, jittered with the line's length: a
    // paragraph's short last line came 1.5 points closer to the line above
    // it and farther from the next paragraph (dev scan300-7 fr-7-003).
    return recognize_as(page, deadline_ms, preparation_, /*keep_deskewed=*/straight, /*may_turn=*/true,
                        /*page_read=*/true);
}

OcrResult TesseractEngine::recognize_region(const GrayImage& page, const Box& region, int deadline_ms) {
    return recognize_region_as(page, region, deadline_ms, preparation_);
}

namespace {

// A region of a page in points, as the pixel rectangle it covers in an
// image of `width` x `height` pixels at `dpi`, clamped to the image; empty
// when it covers nothing or is not finite.
struct PixelRect {
    int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    bool empty() const { return x1 <= x0 || y1 <= y0; }
};
PixelRect pixel_rect(const Box& region, int dpi, int width, int height) {
    if (!std::isfinite(region.x0) || !std::isfinite(region.y0) || !std::isfinite(region.x1) || !std::isfinite(region.y1))
        return {};
    const double px_per_pt = dpi / 72.0;
    return {std::clamp(static_cast<int>(std::floor(region.x0 * px_per_pt)), 0, width),
            std::clamp(static_cast<int>(std::floor(region.y0 * px_per_pt)), 0, height),
            std::clamp(static_cast<int>(std::ceil(region.x1 * px_per_pt)), 0, width),
            std::clamp(static_cast<int>(std::ceil(region.y1 * px_per_pt)), 0, height)};
}

// A crop's reading moved from the crop's points into the page's: by the
// crop's corner `at` (pixels at `dpi`).
void move_to_page(OcrResult& r, const PixelRect& at, int dpi) {
    const double px_per_pt = dpi / 72.0;
    const double dx = at.x0 / px_per_pt, dy = at.y0 / px_per_pt;
    const auto shift = [&](Box& b) { b = {b.x0 + dx, b.y0 + dy, b.x1 + dx, b.y1 + dy}; };
    for (auto& w : r.words) {
        shift(w.box);
        if (w.baseline > 0) w.baseline += dy;
    }
    for (auto& sym : r.symbols) shift(sym.box);
}

// A reading of a region sheared upright about its foot (`foot`, points
// from the region's top), its boxes moved back to where the slanted type
// stands: each by its middle's height over the foot times the slant.
void lean_back(OcrResult& r, double foot, double slant) {
    const auto lean = [&](Box& b) {
        const double dx = slant * std::max(0.0, foot - (b.y0 + b.y1) / 2);
        b = {b.x0 + dx, b.y0, b.x1 + dx, b.y1};
    };
    for (auto& w : r.words) lean(w.box);
    for (auto& sym : r.symbols) lean(sym.box);
}

// A page segmentation mode for the reads in a scope: the engine reads pages
// laid out (PSM_AUTO) again afterwards, however those reads end.
struct SegModeFor {
    tesseract::TessBaseAPI& api;
    explicit SegModeFor(tesseract::TessBaseAPI& a, tesseract::PageSegMode mode) : api(a) { api.SetPageSegMode(mode); }
    ~SegModeFor() { api.SetPageSegMode(tesseract::PSM_AUTO); }
    SegModeFor(const SegModeFor&) = delete;
    SegModeFor& operator=(const SegModeFor&) = delete;
};

}  // namespace

OcrResult TesseractEngine::recognize_line(const GrayImage& page, const Box& region, int deadline_ms) {
    const SegModeFor single_block(*api_, tesseract::PSM_SINGLE_BLOCK);
    return recognize_region_as(page, region, deadline_ms, preparation_);
}

std::vector<OcrResult> TesseractEngine::recognize_straight_lines(const GrayImage& page, double skew_degrees,
                                                                 const std::vector<Box>& regions, int deadline_ms,
                                                                 double slant) {
    std::vector<OcrResult> out(regions.size());
    if (page.empty() || page.dpi <= 0 || regions.empty()) return out;
    // Turned once for all the lines, as the page was for its first read,
    // but with its background as scanned: Leptonica's background
    // normalisation, its tiles sized for 300 dpi or less, had washed out
    // the two lines that came back as letter soup on a 400-dpi scan (dev
    // seed 7 en-7-010.scan p. 2); read from the page as scanned they came
    // back whole, 0.95 sure.
    const PixPtr pix = straightened(page, skew_degrees);
    if (!pix) return out;
    const SegModeFor single_block(*api_, tesseract::PSM_SINGLE_BLOCK);
    for (std::size_t k = 0; k < regions.size(); ++k) {
        const PixelRect rect = pixel_rect(regions[k], page.dpi, pixGetWidth(pix.get()), pixGetHeight(pix.get()));
        if (rect.empty()) continue;
        BOX* box = boxCreate(rect.x0, rect.y0, rect.x1 - rect.x0, rect.y1 - rect.y0);
        PixPtr crop(box ? pixClipRectangle(pix.get(), box, nullptr) : nullptr);
        boxDestroy(&box);
        if (!crop) continue;
        // Sheared about its foot, tops to the left: a negative angle in
        // Leptonica's terms, which shoves what is above the line rightwards.
        const int foot = rect.y1 - rect.y0 - 1;
        if (slant != 0) crop.reset(pixHShear(nullptr, crop.get(), foot, static_cast<float>(-std::atan(slant)),
                                             L_BRING_IN_WHITE));
        if (!crop) continue;
        GrayImage geometry;  // the crop's size and resolution, for read()'s arithmetic
        geometry.width = rect.x1 - rect.x0;
        geometry.height = rect.y1 - rect.y0;
        geometry.dpi = page.dpi;
        OcrResult r = read(crop.get(), geometry, 0, 0, deadline_ms, /*keep_deskewed=*/false);
        if (slant != 0) lean_back(r, foot * 72.0 / page.dpi, slant);
        move_to_page(r, rect, page.dpi);
        r.skew_degrees = skew_degrees;
        out[k] = std::move(r);
    }
    return out;
}

OcrResult TesseractEngine::recognize_as(const GrayImage& page, int deadline_ms, Preparation how, bool keep_deskewed,
                                        bool may_turn, bool page_read) {
    OcrResult out;
    if (page.empty()) return out;
    Prepared prep = prepare(page, how);
    if (!prep.pix) return out;
    out = read(prep.pix.get(), page, prep.skew_degrees, 0, deadline_ms, keep_deskewed, page_read);
    if (!may_turn || out.mean_confidence >= kOrientationRetryConfidence || out.timed_out) return out;
    // Perhaps scanned upside down or sideways.
    const int turns = upright_turns(prep.pix.get(), page.dpi);
    if (turns == 0) return out;
    PixPtr turned(pixRotateOrth(prep.pix.get(), turns));
    if (!turned) return out;
    OcrResult again = read(turned.get(), page, prep.skew_degrees, turns, deadline_ms, keep_deskewed, page_read);
    return again.mean_confidence > out.mean_confidence ? again : out;
}

OcrResult TesseractEngine::recognize_region_as(const GrayImage& page, const Box& region, int deadline_ms,
                                               Preparation how, bool may_turn) {
    if (page.empty() || page.dpi <= 0) return {};
    const PixelRect rect = pixel_rect(region, page.dpi, page.width, page.height);
    if (rect.empty()) return {};
    GrayImage crop;
    crop.width = rect.x1 - rect.x0;
    crop.height = rect.y1 - rect.y0;
    crop.dpi = page.dpi;
    crop.pixels.reserve(static_cast<std::size_t>(crop.width) * static_cast<std::size_t>(crop.height));
    for (int y = rect.y0; y < rect.y1; ++y) {
        const auto row = page.pixels.begin() + static_cast<std::ptrdiff_t>(y) * page.width;
        crop.pixels.insert(crop.pixels.end(), row + rect.x0, row + rect.x1);
    }
    OcrResult out = recognize_as(crop, deadline_ms, how, /*keep_deskewed=*/false, may_turn);
    move_to_page(out, rect, page.dpi);
    return out;
}

OcrResult TesseractEngine::read(::Pix* pix, const GrayImage& page, double skew_degrees, int turns, int deadline_ms,
                                bool keep_deskewed, bool page_read) {
    OcrResult out;
    out.skew_degrees = skew_degrees;
    // A page read whole, for its own words: not a lossy layer's patch nor
    // an image's text, which sit among a layer's words sized by their fonts
    // (a patched job number sized by its digits took a page's notes into
    // the body: tests/corpus report-en-2col.no-tounicode).
    const bool whole_page = keep_deskewed;
    if (keep_deskewed) skew_degrees = 0;  // nothing to undo
    out.orientation = turns;
    tesseract::TessBaseAPI& api = *api_;
    PixPtr binary;
    if (binarization_ == Binarization::Sauvola) binary = sauvola(pix, page.dpi);
    api.SetImage(binary ? binary.get() : pix);
    api.SetSourceResolution(page.dpi);
    tesseract::ETEXT_DESC monitor;
    if (deadline_ms > 0) monitor.set_deadline_msecs(deadline_ms);
    serialise_openmp();
    api.Recognize(&monitor);
    out.timed_out = deadline_ms > 0 && monitor.deadline_exceeded();
    // The page as Tesseract binarised it, where dropped calls are looked
    // for: a page read upright only, whole or for a lossy layer's patch.
    // When the patch fails, the page takes these words: read without them,
    // a glyph-id page's note numbers and calls stayed lost (dev seed 33
    // en-33-004.glyph-ids, "²Resolution" read "Resolution": its two notes
    // ran together).
    PixPtr thresholded(page_read && turns == 0 && !out.timed_out ? api.GetThresholdedImage() : nullptr);
    std::vector<LostCall> lost_calls;
    std::vector<Symbol> symbols_before;  // the line's word before, as read

    const double scale = 72.0 / page.dpi;
    const double cx = page.width / 2.0, cy = page.height / 2.0;
    auto to_page = [&](int l, int t, int r, int b) {
        // The four corners back through the turn and the deskew, then to points.
        double xs[4] = {double(l), double(r), double(l), double(r)}, ys[4] = {double(t), double(t), double(b), double(b)};
        Box box{1e18, 1e18, -1e18, -1e18};
        for (int i = 0; i < 4; ++i) {
            unturn_point(turns, page.width, page.height, xs[i], ys[i]);
            unrotate_point(skew_degrees, cx, cy, xs[i], ys[i]);
            box = {std::min(box.x0, xs[i]), std::min(box.y0, ys[i]), std::max(box.x1, xs[i]), std::max(box.y1, ys[i])};
        }
        return Box{box.x0 * scale, box.y0 * scale, box.x1 * scale, box.y1 * scale};
    };
    // The textline's baseline under image column x, in page points; 0 on a
    // page read turned, where it runs down the page.
    auto baseline_at = [&](const tesseract::ResultIterator& at, double x) {
        int x1, y1, x2, y2;
        if (turns != 0 || !at.Baseline(tesseract::RIL_TEXTLINE, &x1, &y1, &x2, &y2)) return 0.0;
        double y = x2 != x1 ? y1 + (y2 - y1) * (x - x1) / (x2 - x1) : (y1 + y2) / 2.0;
        unrotate_point(skew_degrees, cx, cy, x, y);
        return std::max(y * scale, 0.0);
    };
    std::unique_ptr<tesseract::ResultIterator> it(api.GetIterator());
    double conf_sum = 0;
    // The x-heights (pixels) of the current line's small letters, and where
    // its words start in out.words: a line box spans ascenders, descenders
    // and any raised call, so its height says little of the type size
    // (8-point notes and 10-point text read alike); the x-height does.
    // Ideographs' heights likewise, for a line without small letters.
    std::vector<int> x_heights, ideograph_heights, arabic_word_heights, digit_heights;
    // The heights of the line's ideographs boxed past its textline, and
    // the feet of the others (pixels).
    std::vector<int> overboxed_ideograph_heights, ideograph_feet;
    // How many of the others were boxed by their ink, not as their textline.
    std::size_t inked_ideographs = 0;
    // Every Arabic word height of the page, and the lines (first and end
    // word) whose Arabic words were mostly the line's box.
    std::vector<int> page_arabic_word_heights;
    std::vector<std::pair<std::size_t, std::size_t>> unsized_arabic_lines;
    std::size_t line_arabic_words = 0;
    std::size_t line_start = out.words.size();
    const auto median_of = [](std::vector<int> v) {
        std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(v.size() / 2), v.end());
        return v[v.size() / 2];
    };
    // Of an even count, the lower middle: a small letter's box only ever
    // grows (a mark or a neighbour touching it: "nalité" gave 27 and 36
    // pixels, every other line's letters 26-27).
    const auto lower_median_of = [](std::vector<int> v) {
        const auto mid = v.begin() + static_cast<std::ptrdiff_t>((v.size() - 1) / 2);
        std::nth_element(v.begin(), mid, v.end());
        return *mid;
    };
    const auto set_size = [&](std::size_t first, std::size_t end, double size) {
        for (std::size_t k = first; k < end; ++k)
            if (!out.words[k].has(kFlagSuperscript)) out.words[k].font_size = std::max(1.0, size);
    };
    const auto close_line = [&] {
        end_words_at_the_next(out.words, line_start, out.words.size());
        double size = 0;
        if (x_heights.size() >= kMinXHeightSamples) size = lower_median_of(x_heights) * scale / kXHeightEm;
        else if (ideograph_heights.size() + overboxed_ideograph_heights.size() >= kMinIdeographSamples) {
            const bool boxed_alike = ideograph_heights.empty();
            size = median_of(boxed_alike ? overboxed_ideograph_heights : ideograph_heights) * scale / kIdeographHeightEm;
            if (!boxed_alike && !digit_heights.empty()) {
                const double digit_size = median_of(digit_heights) * scale / kDigitHeightEm;
                if (digits_size_the_line(inked_ideographs, digit_heights.size(), size, digit_size)) size = digit_size;
            }
            if (!boxed_alike && !overboxed_ideograph_heights.empty()) {
                const double feet = median_of(ideograph_feet) * scale;
                for (std::size_t k = line_start; k < out.words.size(); ++k)
                    if (has_ideograph(out.words[k].text) && out.words[k].baseline <= 0) out.words[k].baseline = feet;
            }
        }
        else if (arabic_word_heights.size() >= kMinArabicWordSamples && !chunk_boxed(arabic_word_heights))
            size = median_of(arabic_word_heights) * scale / kArabicWordHeightEm;
        else if (whole_page && digit_heights.size() >= kMinDigitSamples && line_arabic_words == 0)
            size = median_of(digit_heights) * scale / kDigitHeightEm;
        else if (line_arabic_words >= kMinArabicWordSamples)
            unsized_arabic_lines.emplace_back(line_start, out.words.size());
        if (size > 0) set_size(line_start, out.words.size(), size);
        x_heights.clear();
        ideograph_heights.clear();
        overboxed_ideograph_heights.clear();
        ideograph_feet.clear();
        inked_ideographs = 0;
        arabic_word_heights.clear();
        digit_heights.clear();
        line_arabic_words = 0;
        line_start = out.words.size();
    };
    if (it) {
        do {
            if (it->Empty(tesseract::RIL_WORD)) continue;
            std::unique_ptr<char[]> text(it->GetUTF8Text(tesseract::RIL_WORD));
            if (!text || std::string_view(text.get()).find_first_not_of(" \t\r\n") == std::string_view::npos) continue;
            int l, t, r, b, ll, lt, lr, lb;
            if (!it->BoundingBox(tesseract::RIL_WORD, &l, &t, &r, &b)) continue;
            it->BoundingBox(tesseract::RIL_TEXTLINE, &ll, &lt, &lr, &lb);
            Word w;
            w.text = trim_ascii_space(text.get());
            w.box = to_page(l, t, r, b);
            // Not an Arabic word's: Tesseract's baselines under Arabic
            // lines jittered more (9.8-11.9 points apart for 11) than the
            // words' feet do (dev scan300-10 ar-10-006); nor a Chinese
            // one's (the CI's random Chinese files lost exact paragraphs).
            if (!has_arabic_letter(w.text) && !has_ideograph(w.text)) w.baseline = baseline_at(*it, (l + r) / 2.0);
            else if (out.words.size() > line_start && has_arabic_letter(w.text)) {
                const Box& before = out.words.back().box;
                if (w.box.x1 > before.x0 && w.box.x0 < before.x0)
                    w.box.x1 = std::max(w.box.x0 + 1.0, before.x0 - kArabicSpaceLineShare * (lb - lt) * scale);
            }
            w.font_size = std::max(1.0, (lb - lt) * scale / kLineHeightEm);
            w.source = Source::Ocr;
            w.confidence = std::clamp(it->Confidence(tesseract::RIL_WORD) / 100.0f, 0.0f, 1.0f);
            w.space_after = !it->IsAtFinalElement(tesseract::RIL_TEXTLINE, tesseract::RIL_WORD);
            conf_sum += w.confidence;
            const std::vector<Symbol> symbols = symbols_of(*it, w.text);
            // The symbols, for patching a lossy layer; each knows its word
            // (a split part is a word of its own), by index in out.words.
            const int first_word = static_cast<int>(out.words.size());
            if (symbols.empty()) out.symbols.push_back({w.text, w.box, w.confidence, first_word});
            for (const auto& s : symbols)
                out.symbols.push_back({s.text, to_page(s.left, s.top, s.right, s.bottom), w.confidence, first_word});
            const bool number_word = std::count_if(w.text.begin(), w.text.end(), [](char c) {
                                         return c >= '0' && c <= '9';
                                     }) >= static_cast<std::ptrdiff_t>(kMinDigitSamples);
            for (const auto& s : symbols) {
                // Each symbol decoded once, for both questions.
                const std::u32string cps = utf8_decode(s.text);
                if (cps.size() != 1) continue;
                if (is_x_height_letter(cps[0])) x_heights.push_back(s.bottom - s.top);
                else if (is_ideograph(cps[0])) {
                    if (s.top < lt - kLineBoxSlackPixels || s.bottom > lb + kLineBoxSlackPixels) {
                        overboxed_ideograph_heights.push_back(s.bottom - s.top);
                    } else {
                        ideograph_heights.push_back(s.bottom - s.top);
                        ideograph_feet.push_back(s.bottom);
                        if (!boxed_as_textline(s.top, s.bottom, lt, lb)) ++inked_ideographs;
                    }
                }
                else if (cps[0] >= U'0' && cps[0] <= U'9' && number_word) digit_heights.push_back(s.bottom - s.top);
            }
            if (has_arabic_letter(w.text)) {
                ++line_arabic_words;
                if (b - t < kLineBoxWordShare * (lb - lt)) {
                    arabic_word_heights.push_back(b - t);
                    page_arabic_word_heights.push_back(b - t);
                }
            }
            const bool line_ends = it->IsAtFinalElement(tesseract::RIL_TEXTLINE, tesseract::RIL_WORD);
            const bool line_starts = it->IsAtBeginningOf(tesseract::RIL_TEXTLINE);
            // The text and box of symbols [from, to).
            const auto span = [&](std::size_t from, std::size_t to, std::string& text, int* box) {
                box[0] = symbols[from].left, box[1] = symbols[from].top;
                box[2] = symbols[from].right, box[3] = symbols[from].bottom;
                for (std::size_t i = from; i < to; ++i) {
                    text += symbols[i].text;
                    box[0] = std::min(box[0], symbols[i].left), box[1] = std::min(box[1], symbols[i].top);
                    box[2] = std::max(box[2], symbols[i].right), box[3] = std::max(box[3], symbols[i].bottom);
                }
            };
            // A call read as a word of its own is the word before's
            // (raised_symbols.hpp); a raised digit read into the word (a note
            // call) becomes a word of its own, sized by its own box, flagged
            // so that the line's size leaves it alone (layout flags it again,
            // by its place).
            if (line_starts) symbols_before.clear();
            const std::size_t call_symbols = call_word_symbols(symbols_before, symbols);
            const bool misread_call = call_symbols > 0 && is_misread_call_mark(symbols.front().text, symbols.size() > 1);
            if (call_symbols > 0) out.words.back().space_after = false;
            symbols_before = symbols;
            auto parts = call_symbols > 0 && !misread_call ? split_call_word(symbols, call_symbols)
                                                            : split_raised(symbols);
            // Two words read as one across a wide gap (raised_symbols.hpp)
            // are two words, a space between them. ASCII words only: an
            // Arabic word's letters stand that far apart where a line is
            // stretched to the margin ("الضمانات" cut in two: dev
            // scan300-32 ar-32-005, whose word recall fell 0.761 -> 0.691).
            bool spaced_parts = false;
            if (parts.size() <= 1 && call_symbols == 0 && all_ascii(w.text)) {
                auto apart = split_at_wide_gaps(symbols, lb - lt);
                spaced_parts = apart.size() > 1;
                if (spaced_parts) parts = std::move(apart);
            }
            // A call OCR misread as symbol `k` of the word (a mark, or an
            // Arabic raised letter): that symbol's ink read again as figures.
            const auto misread_symbol_call = [&](std::size_t k) {
                const Symbol& mark = symbols[k];
                LostCall call{out.words.size(), k, 1, k == 0, "", "", {}, {},
                              Ink{mark.left, mark.top, mark.right, mark.bottom},
                              static_cast<double>(mark.bottom - mark.top)};
                if (k > 0) span(0, k, call.head, call.head_box);
                if (k + 1 < symbols.size()) span(k + 1, symbols.size(), call.tail, call.tail_box);
                lost_calls.push_back(std::move(call));
            };
            if (misread_call) {
                if (thresholded) misread_symbol_call(0);
                out.words.push_back(std::move(w));
            } else if (const auto arabic_call = thresholded && parts.size() <= 1 && has_arabic_letter(w.text)
                                                    ? arabic_misread_call(symbols)
                                                    : std::nullopt) {
                misread_symbol_call(*arabic_call);
                out.words.push_back(std::move(w));
            } else if (parts.size() <= 1) {
                auto window =
                    thresholded ? lost_call_window(symbols, x_heights.empty() ? 0.0 : median_of(x_heights)) : std::nullopt;
                bool ideograph_window = false;
                if (thresholded && !window) {
                    window = lost_ideograph_call_window(symbols,
                                                        ideograph_heights.empty() ? 0.0 : median_of(ideograph_heights));
                    ideograph_window = window.has_value();
                }
                const auto ink = window ? raised_call_ink(*window, components_in(thresholded.get(), *window))
                                        : std::nullopt;
                if (ink) {
                    LostCall call{out.words.size(), window->after + 1, window->misread, false, "", "", {}, {},
                                  *ink, window->x_height, ideograph_window && !window->closed};
                    span(0, window->after + 1, call.head, call.head_box);
                    if (const std::size_t tail = window->after + 1 + window->misread; tail < symbols.size())
                        span(tail, symbols.size(), call.tail, call.tail_box);
                    lost_calls.push_back(std::move(call));
                } else if (const auto before = thresholded && line_starts ? lost_number_window(symbols) : std::nullopt) {
                    if (const auto number = raised_number_ink(*before, components_in(thresholded.get(), *before))) {
                        LostCall call{out.words.size(), 0, 0, true, "", "", {}, {}, *number, before->x_height};
                        span(0, symbols.size(), call.tail, call.tail_box);
                        lost_calls.push_back(std::move(call));
                    }
                }
                out.words.push_back(std::move(w));
            } else {
                std::size_t next_symbol = out.symbols.size() - symbols.size();
                for (const auto& part : parts)
                    for (std::size_t c = 0; c < part.symbols; ++c, ++next_symbol)
                        out.symbols[next_symbol].word = first_word + static_cast<int>(&part - parts.data());
                for (std::size_t k = 0; k < parts.size(); ++k) {
                    Word part = w;
                    part.text = trim_ascii_space(parts[k].text);
                    part.box = to_page(parts[k].left, parts[k].top, parts[k].right, parts[k].bottom);
                    if (parts[k].raised) {
                        part.font_size = std::max(1.0, part.box.height() / kDigitHeightEm);
                        part.flags |= kFlagSuperscript;
                    }
                    part.space_after = k + 1 == parts.size() ? w.space_after : spaced_parts;
                    out.words.push_back(std::move(part));
                }
            }
            if (line_ends) close_line();
        } while (it->Next(tesseract::RIL_WORD));
        close_line();
    }
    if (page_arabic_word_heights.size() >= kMinArabicWordSamples) {
        const double size = median_of(page_arabic_word_heights) * scale / kArabicWordHeightEm;
        for (const auto& [first, end] : unsized_arabic_lines) set_size(first, end, size);
    }
    for (auto& s : out.symbols) s.font_size = out.words[static_cast<std::size_t>(s.word)].font_size;
    if (!out.words.empty()) out.mean_confidence = static_cast<float>(conf_sum / out.words.size());
    if (!lost_calls.empty()) read_lost_calls(lost_calls, to_page, thresholded.get(), page.dpi, out);
    api.Clear();
    return out;
}

template <class ToPage>
void TesseractEngine::read_lost_calls(const std::vector<LostCall>& calls, const ToPage& to_page, ::Pix* thresholded,
                                      int dpi, OcrResult& out) {
    tesseract::TessBaseAPI& api = *api_;
    const tesseract::PageSegMode mode = api.GetPageSegMode();
    // As a line: as a word, a lone "3" under "nationalité³" came back empty
    // (dev seed 13 fr-13-002.mixed; so "pays²", "pacifiques¹").
    api.SetPageSegMode(tesseract::PSM_SINGLE_LINE);
    api.SetVariable("tessedit_char_whitelist", "0123456789");
    // The figures read in `image` (within the rectangle, if `width`), or ""
    // if it reads as anything else.
    const auto figures = [&](::Pix* image, int left, int top, int width, int height) {
        api.SetImage(image);
        api.SetSourceResolution(dpi);
        if (width > 0) api.SetRectangle(left, top, width, height);
        std::unique_ptr<char[]> read(api.GetUTF8Text());
        const std::string digits = read ? std::string(trim_ascii_space(read.get())) : std::string();
        // Its confidence says nothing here: right figures came back 0-94
        // sure (dev seed 13's OCR files, where no false window read a figure).
        const bool number = !digits.empty() && digits.size() <= kMaxLostCallDigits &&
                            std::all_of(digits.begin(), digits.end(), [](char d) { return d >= '0' && d <= '9'; });
        return number ? digits : std::string();
    };
    // Back to front: a word split shifts only the words after it.
    for (auto c = calls.rbegin(); c != calls.rend(); ++c) {
        // Ink the next word holds was read, as something else ("l’homme"
        // "!,": dev seed 13 fr-13-012.scan): a stand-in the structure pairs.
        const Box ink = to_page(c->ink.left, c->ink.top, c->ink.right, c->ink.bottom);
        // A Chinese call's clause mark, a word of its own on the line, which
        // Tesseract boxes over the call's ink: that is no misreading of it.
        const bool before_wide_mark = c->needs_wide_mark_after && c->word + 1 < out.words.size() &&
                                      is_wide_clause_mark_text(out.words[c->word + 1].text) &&
                                      out.words[c->word + 1].box.vertical_overlap(out.words[c->word].box) > 0;
        if (c->needs_wide_mark_after && !before_wide_mark) continue;
        if (!c->leading && !before_wide_mark && c->word + 1 < out.words.size()) {
            const Box& next = out.words[c->word + 1].box;
            if (next.x0 < ink.x1 && next.x1 > ink.x0 && next.vertical_overlap(ink) > 0) continue;
        }
        // The call's ink alone, on white: read in a padded rectangle of the
        // page, the edge of the letter before it came with it, and "Nations¹."
        // was read "2" (dev seed 14 en-14-000.garbled). Where the ink alone
        // reads as nothing, the rectangle still may ("elle⁴.": dev seed 13
        // fr-13-013.scan-bw).
        const int pad = std::max(2, static_cast<int>(kLostCallPaddingX * c->x_height));
        PixPtr alone = ink_alone(thresholded, c->ink, pad);
        std::string digits = alone ? figures(alone.get(), 0, 0, 0, 0) : std::string();
        if (digits.empty()) {
            const int left = std::max(0, c->ink.left - pad), top = std::max(0, c->ink.top - pad);
            digits = figures(thresholded, left, top, c->ink.right + 1 + pad - left, c->ink.bottom + 1 + pad - top);
        }
        if (digits.empty()) continue;
        const Word w = out.words[c->word];
        Word head = w, call = w, tail = w;
        std::vector<Word> parts;
        if (!c->leading) {
            head.text = c->head;
            head.box = to_page(c->head_box[0], c->head_box[1], c->head_box[2], c->head_box[3]);
            // Within the word's box as trimmed (an Arabic word's first
            // letter boxed over the word before it, "الاضطهاد" over "هربا":
            // dev scan300-11 ar-11-002; the head so boxed came before it).
            head.box.x0 = std::max(head.box.x0, w.box.x0);
            head.box.x1 = std::max(head.box.x0, std::min(head.box.x1, w.box.x1));
            head.space_after = false;
            parts.push_back(std::move(head));
        }
        call.text = digits;
        call.box = ink;
        call.font_size = std::max(1.0, call.box.height() / kDigitHeightEm);
        call.flags |= kFlagSuperscript;
        parts.push_back(std::move(call));
        if (!c->tail.empty()) {
            parts.back().space_after = false;
            tail.text = c->tail;
            // The word after a note's number keeps its box. Clause marks
            // after a call reach up to its foot: Tesseract boxed them over
            // its ink, or as their own ink, a comma under the baseline;
            // either way the line was cut before them (continues_line; "2"
            // "," for "nations²,": dev seed 14 fr-14-016.scan-bw).
            // Right to left (Arabic), the tail stands left of the call.
            const bool tail_left_of_call = c->tail_box[2] <= c->ink.left;
            const int tail_left = tail_left_of_call ? c->tail_box[0]
                                                    : std::min(std::max(c->tail_box[0], c->ink.right + 1), c->tail_box[2]);
            const int tail_right =
                tail_left_of_call ? std::max(tail_left, std::min(c->tail_box[2], c->ink.left - 1)) : c->tail_box[2];
            const bool word_after_number = c->leading && c->misread == 0;
            const int tail_top = word_after_number ? c->tail_box[1] : std::min(c->ink.bottom + 1, c->tail_box[3]);
            tail.box = to_page(tail_left, tail_top, tail_right, c->tail_box[3]);
            parts.push_back(std::move(tail));
        }
        // Right to left, the word and its stop reach to the call's ink:
        // Arabic symbols are boxed loosely, and a call boxed by its ink
        // alone stood a gap of a fifth of its size from each, which the
        // spacing repair took for word spaces ("العالم 1 .": dev scan300-13
        // ar-13-010). The call keeps its ink's box (spanning the gaps, it
        // was read again as Latin, "3" as "3]": ar-13-012).
        if (parts.size() == 3 && parts[2].box.x1 <= parts[1].box.x0 && parts[0].box.x0 >= parts[1].box.x1) {
            parts[0].box.x0 = parts[1].box.x1;
            parts[2].box.x1 = parts[1].box.x0;
        }
        const int added = static_cast<int>(parts.size()) - 1;
        const int at = static_cast<int>(c->word);
        const int call_at = at + (c->leading ? 0 : 1);
        // The word's symbols after its head go with its tail; a mark read
        // on the call's ink is the call's.
        std::size_t k = 0;
        for (auto& s : out.symbols) {
            if (s.word > at) s.word += added;
            else if (s.word == at && k++ >= c->head_symbols) {
                if (k <= c->head_symbols + c->misread) s.word = call_at, s.text = digits, s.box = ink;
                else if (!c->tail.empty()) s.word = at + added;
            }
        }
        out.words.erase(out.words.begin() + at);
        out.words.insert(out.words.begin() + at, parts.begin(), parts.end());
    }
    api.SetVariable("tessedit_char_whitelist", "");
    api.SetPageSegMode(mode);
}

OcrResult TesseractEngine::sample(const GrayImage& page, double band, bool may_turn) {
    if (page.empty() || page.dpi <= 0) return {};
    // The band across the page's middle, its edges between lines
    // (sample_band.hpp), read as any region is (prepared: deskewed and
    // binarised). Read raw, a skewed or noisy scan's band came out as
    // letter soup, and the language was never found (a Spanish scan was
    // read as English: word recall 0.92 instead of 0.998).
    const double to_pt = 72.0 / page.dpi;
    const auto [top, bottom] = sample_band_rows(page, band);
    return recognize_region_as(page, Box{0, top * to_pt, page.width * to_pt, bottom * to_pt}, 0,
                               Preparation::Normalized, may_turn);
}

std::string detect_script(const GrayImage& page) {
    if (page.empty()) return "";
    PixPtr full = to_pix(page);
    if (!full) return "";
    const float scale =
        std::min(1.0f, std::max(kScriptScale, static_cast<float>(kMinScriptDpi) / static_cast<float>(page.dpi)));
    PixPtr scaled(scale < 1.0f ? pixScaleGrayLI(full.get(), scale, scale) : nullptr);
    PIX* pix = scale < 1.0f ? scaled.get() : full.get();
    if (!pix) return "";
    const Osd osd = detect_orientation_and_script(pix, static_cast<int>(std::lround(page.dpi * scale)));
    return osd.ok && osd.script_conf > kMinScriptConfidence ? osd.script : std::string();
}

namespace {

std::unique_ptr<EngineBackend> make_engine(const std::string& languages, Binarization binarization) {
    return std::make_unique<TesseractEngine>(languages, binarization);
}

const OcrModule kModule{make_engine, detect_script};

}  // namespace

}  // namespace pdf2tei::ocr

extern "C" __attribute__((visibility("default"))) const pdf2tei::ocr::OcrModule* pdf2tei_ocr_module_v6() {
    return &pdf2tei::ocr::kModule;
}
