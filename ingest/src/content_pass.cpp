#include "content_pass.hpp"

#include <poppler/Catalog.h>
#include <poppler/DateInfo.h>
#include <poppler/Error.h>
#include <poppler/GfxFont.h>
#include <poppler/GfxState.h>
#include <poppler/GlobalParams.h>
#include <poppler/PDFDoc.h>
#include <poppler/Stream.h>
#include <poppler/TextOutputDev.h>
#include <poppler/UTF.h>
#include <poppler/goo/gmem.h>

#include <algorithm>
#include <cmath>
#include <mutex>
#include <sstream>
#include <string_view>

#include <unicode/uchar.h>

#include "pdf2tei/ingest/logical_order.hpp"
#include "pdf2tei/stats.hpp"
#include "pdf2tei/text.hpp"

namespace pdf2tei::ingest {
namespace {

// Text render mode 3 paints nothing: the mark of an OCR layer laid under a
// scan (and of GlyphLessFont layers). Mode 7 adds the glyph to the clip path
// only, and is just as invisible.
constexpr int kRenderInvisible = 3;
constexpr int kRenderClipOnly = 7;

// A hostile page can paint millions of paths; past this many, the rest are
// not recorded (layout only needs to know where charts and rules are).
constexpr std::size_t kMaxDrawings = 20000;
// Images are kept up to this many a page (a page of tiled image strips
// still reports its coverage).
constexpr std::size_t kMaxImages = 1000;
// A word starting inside a space glyph (from this share of its width
// before it, to kSpaceKeptShare before its end) was drawn over it.
constexpr double kSpaceTakenBackSlack = 0.1;
constexpr double kSpaceKeptShare = 0.25;
// Space glyphs are kept up to this many a page.
constexpr std::size_t kMaxDrawnSpaces = 50000;
// A stroked line has no area; it is kept at least this thick (points).
constexpr double kMinStrokeWidth = 0.5;

// Type 3 fonts have no size of their own: Poppler guesses one from the
// width of the glyph named "m", or else of any one glyph, taken as 0.5 em.
// pdfTeX's bitmap fonts name no glyph "m": one font came out at 6.7
// points, another at 21.1, beside 11.8 for the text (dev seed 7
// en-7-025.no-tounicode, every no-tounicode variant of seed 7): its
// italic "Whereas" made a column of its own, read after the page, and
// "United Nations" / "General Assembly" one line. Each font's letters are
// measured as they are drawn (mean advance, points; digits are wider for
// their size, and a font of note calls holds nothing else); a Type 3
// font without "m" is sized against the page's main font (the one with
// most of them) by the two fonts' advances, where Poppler's sizes disagree
// with that by more than kMaxType3SizeDisagreement (the main font itself
// is sized by its advance over kTextAdvanceEm where its size so
// disagrees): within it, Poppler's guess holds (bold, italic and figures run wider or narrower than text;
// dev seed 7 fr-7-016's call digits, sized 9.1 beside text of 13.7, and
// left so: a font without letters is not measured).
constexpr double kMaxType3SizeDisagreement = 1.25;
// A line of text's mean letter advance (em): 0.44-0.46 in Computer
// Modern and Times, English to Spanish.
constexpr double kTextAdvanceEm = 0.45;

struct FontAdvances {
    Ref font;
    bool type3_without_m = false;
    double advance = 0;  // summed, points
    int glyphs = 0;
    std::vector<double> sizes;  // Poppler's, per word
    double mean() const { return glyphs > 0 ? advance / glyphs : 0; }
};

bool names_an_m(GfxFont& font) {
    auto& simple = static_cast<Gfx8BitFont&>(font);
    char** names = simple.getEncoding();
    for (int code = 0; code < 256; ++code)
        if (names[code] && std::string_view(names[code]) == "m" && simple.getWidth(static_cast<unsigned char>(code)) > 0)
            return true;
    return false;
}

// Poppler's text extractor, plus counters. Images are let through (the
// extractor itself skips them) only to measure their area.
class CountingTextOutputDev final : public TextOutputDev {
public:
    CountingTextOutputDev() : TextOutputDev(nullptr, /*physLayout=*/false, 0, /*rawOrder=*/false, /*append=*/false) {}

    TextLayerStats stats;
    double page_area = 0;

    bool needNonText() override { return true; }

    void drawChar(GfxState* state, double x, double y, double dx, double dy, double ox, double oy, CharCode c,
                  int nBytes, const Unicode* u, int uLen) override {
        ++stats.glyphs;
        const int render = state->getRender();
        if (render == kRenderInvisible || render == kRenderClipOnly) ++stats.invisible_glyphs;
        const auto& font = state->getFont();
        if (font && !font->hasToUnicodeCMap()) ++stats.glyphs_without_tounicode;
        // A CID font's CID 0 is .notdef: a font asked for a letter it lacks
        // (Arabic in DejaVu Sans Oblique, dev seed 9 ar-9-001). It shows an
        // empty box or nothing, so OCR would find no text there either: it
        // is no sign of a lossy layer.
        if (font && font->isCIDFont() && c == 0) ++stats.notdef_glyphs;
        else if (uLen <= 0) ++stats.unmapped_glyphs;
        // Fonts without ToUnicode pass their codes through: OT1's ligatures
        // (0x0B-0x0F) and accents become controls, which the extractor then
        // turns into spaces or drops. Count them while they are visible.
        else if (u[0] < 0x20 || (u[0] >= 0x7F && u[0] <= 0x9F)) ++stats.control_glyphs;
        if (uLen == 1 && u[0] == 0x20) add_space(state, x, y, dx);
        if (font && uLen >= 1 && u_isalpha(static_cast<UChar32>(u[0]))) add_advance(*font, std::hypot(dx, dy));
        // A glyph that stands for several right-to-left characters (the
        // lam-alef ligature: "لأ") is spread by Poppler over its width in
        // text order, left to right; the word is in visual order, which
        // to_logical_order reverses, so its characters are handed over
        // reversed to come out in their own order ("الإعلان", not "اإلعالن";
        // LibreOffice with DejaVu Sans, dev seed 9 ar-9-005).
        if (uLen > 1 && strong_direction(static_cast<char32_t>(u[0])) == Direction::RightToLeft) {
            const std::u32string text(u, u + uLen);
            const std::u32string flipped = reverse_clusters(text);
            const std::vector<Unicode> reversed(flipped.begin(), flipped.end());
            TextOutputDev::drawChar(state, x, y, dx, dy, ox, oy, c, nBytes, reversed.data(), uLen);
            return;
        }
        TextOutputDev::drawChar(state, x, y, dx, dy, ox, oy, c, nBytes, u, uLen);
    }

    // Paths painted: their boxes, for layout to find charts. White fills
    // (page backgrounds, knock-outs) show nothing and are skipped.
    void stroke(GfxState* s) override {
        add_path(s, std::max(kMinStrokeWidth, s->transformWidth(s->getLineWidth())));
        TextOutputDev::stroke(s);
    }
    void fill(GfxState* s) override {
        if (!is_white_fill(s)) add_path(s, 0);
        TextOutputDev::fill(s);
    }
    void eoFill(GfxState* s) override {
        if (!is_white_fill(s)) add_path(s, 0);
        TextOutputDev::eoFill(s);
    }

    std::vector<Box> drawings;
    std::vector<Box> images;
    std::vector<FontAdvances> fonts;  // by first use

    // Every letter drawn passes here: the font of the glyph before is
    // looked up only when the font changes.
    void add_advance(GfxFont& font, double advance) {
        if (&font != last_font_ || fonts[last_index_].font != *font.getID()) {
            auto it = std::find_if(fonts.begin(), fonts.end(), [&](const FontAdvances& f) { return f.font == *font.getID(); });
            if (it == fonts.end()) {
                FontAdvances f;
                f.font = *font.getID();
                f.type3_without_m = font.getType() == fontType3 && !names_an_m(font);
                fonts.push_back(std::move(f));
                it = fonts.end() - 1;
            }
            last_font_ = &font;
            last_index_ = static_cast<std::size_t>(it - fonts.begin());
        }
        fonts[last_index_].advance += advance;
        ++fonts[last_index_].glyphs;
    }
    const GfxFont* last_font_ = nullptr;
    std::size_t last_index_ = 0;
    std::vector<Box> drawn_spaces;

    // Each forwards to OutputDev's version, which skips inline image data.
    void drawImageMask(GfxState* s, Object* ref, Stream* str, int w, int h, bool inv, bool interp,
                       bool inl) override {
        add_image(s, w);
        TextOutputDev::drawImageMask(s, ref, str, w, h, inv, interp, inl);
    }
    void drawImage(GfxState* s, Object* ref, Stream* str, int w, int h, GfxImageColorMap* cm, bool interp,
                   const int* mask, bool inl) override {
        add_image(s, w);
        TextOutputDev::drawImage(s, ref, str, w, h, cm, interp, mask, inl);
    }
    void drawMaskedImage(GfxState* s, Object* ref, Stream* str, int w, int h, GfxImageColorMap* cm, bool interp,
                         Stream* ms, int mw, int mh, bool minv, bool minterp) override {
        add_image(s, w);
        TextOutputDev::drawMaskedImage(s, ref, str, w, h, cm, interp, ms, mw, mh, minv, minterp);
    }
    void drawSoftMaskedImage(GfxState* s, Object* ref, Stream* str, int w, int h, GfxImageColorMap* cm,
                             bool interp, Stream* ms, int mw, int mh, GfxImageColorMap* mcm, bool minterp) override {
        add_image(s, w);
        TextOutputDev::drawSoftMaskedImage(s, ref, str, w, h, cm, interp, ms, mw, mh, mcm, minterp);
    }

private:
    static bool is_white_fill(GfxState* s) {
        GfxRGB rgb;
        s->getFillRGB(&rgb);
        return rgb.r == gfxColorComp1 && rgb.g == gfxColorComp1 && rgb.b == gfxColorComp1;
    }

    // The path's device box, grown to `thickness` where it is thinner.
    void add_path(GfxState* s, double thickness) {
        if (drawings.size() >= kMaxDrawings) return;
        const GfxPath* path = s->getPath();
        if (!path) return;
        Box b{1e300, 1e300, -1e300, -1e300};
        for (int i = 0; i < path->getNumSubpaths(); ++i) {
            const GfxSubpath* sub = path->getSubpath(i);
            for (int k = 0; k < sub->getNumPoints(); ++k) {
                double x, y;
                s->transform(sub->getX(k), sub->getY(k), &x, &y);
                b = {std::min(b.x0, x), std::min(b.y0, y), std::max(b.x1, x), std::max(b.y1, y)};
            }
        }
        if (b.x1 < b.x0) return;  // no points
        if (b.width() < thickness) b.x0 -= thickness / 2, b.x1 += thickness / 2;
        if (b.height() < thickness) b.y0 -= thickness / 2, b.y1 += thickness / 2;
        if (!b.empty()) drawings.push_back(b);
    }

    // A space glyph's box in device space: its advance along the baseline,
    // the font's size above it. Upright text only (a rotated page's spaces
    // are not needed to judge its gaps).
    void add_space(GfxState* s, double x, double y, double dx) {
        if (drawn_spaces.size() >= kMaxDrawnSpaces) return;
        double x0, y0, w, h;
        s->transform(x, y, &x0, &y0);
        s->transformDelta(dx, 0, &w, &h);
        const double size = s->getTransformedFontSize();
        if (!(size > 0) || std::fabs(h) > 0.1 * std::fabs(w) + 1e-6) return;
        drawn_spaces.push_back({std::min(x0, x0 + w), y0 - size, std::max(x0, x0 + w), y0 + 0.2 * size});
    }

    // An image fills the unit square under the CTM; its device area is the
    // absolute determinant. Overlaps are counted twice, so the share is capped.
    // The largest image's resolution is kept: a scan's native dpi.
    void add_image(GfxState* s, int width_px) {
        if (images.size() < kMaxImages) {  // the unit square's device box
            Box b{1e300, 1e300, -1e300, -1e300};
            for (const auto& [ux, uy] : {std::pair{0.0, 0.0}, {1.0, 0.0}, {0.0, 1.0}, {1.0, 1.0}}) {
                double x, y;
                s->transform(ux, uy, &x, &y);
                b = {std::min(b.x0, x), std::min(b.y0, y), std::max(b.x1, x), std::max(b.y1, y)};
            }
            if (!b.empty()) images.push_back(b);
        }
        const double* m = s->getCTM();
        const double area = std::fabs(m[0] * m[3] - m[1] * m[2]);
        image_area_ += area;
        if (page_area > 0) stats.image_coverage = std::min(1.0, image_area_ / page_area);
        const double width_pt = std::hypot(m[0], m[1]);
        if (area > largest_ && width_pt > 0) {
            largest_ = area;
            stats.image_dpi = static_cast<int>(std::lround(width_px * 72.0 / width_pt));
        }
    }
    double image_area_ = 0;
    double largest_ = 0;
};

// The font of `tw`'s first character among `fonts`, or null.
FontAdvances* font_of(const TextWord& tw, std::vector<FontAdvances>& fonts) {
    const TextFontInfo* info = tw.getLength() > 0 ? tw.getFontInfo(0) : nullptr;
    if (!info) return nullptr;
    for (auto& f : fonts)
        if (info->matches(&f.font)) return &f;
    return nullptr;
}

// Whether a size is off by more than kMaxType3SizeDisagreement either way
// (`off`: the size its advances give over Poppler's).
bool disagrees(double off) { return off > kMaxType3SizeDisagreement || off < 1 / kMaxType3SizeDisagreement; }

// Per font, the factor its Type 3 size is off by (see
// kMaxType3SizeDisagreement): 1 for every font Poppler sized by itself.
// Empty on a page without a Type 3 font lacking "m": then no word need
// look its font up.
std::vector<double> type3_corrections(TextWordList& list, std::vector<FontAdvances>& fonts) {
    if (std::none_of(fonts.begin(), fonts.end(), [](const FontAdvances& f) { return f.type3_without_m; })) return {};
    std::vector<double> corrections(fonts.size(), 1.0);
    for (int i = 0; i < list.getLength(); ++i) {
        const TextWord& tw = *list.get(i);
        if (FontAdvances* f = font_of(tw, fonts); f && tw.getRotation() == 0) f->sizes.push_back(tw.getFontSize());
    }
    const auto main = std::max_element(fonts.begin(), fonts.end(),
                                       [](const FontAdvances& a, const FontAdvances& b) { return a.glyphs < b.glyphs; });
    if (main->sizes.empty() || main->mean() <= 0) return corrections;
    // The main font's own size: Poppler's, unless its advances disagree
    // (en-7-025's text came out 18.2 points, its advances 10-point ones).
    const double main_poppler = median(main->sizes), main_by_advance = main->mean() / kTextAdvanceEm;
    const double main_off = main_by_advance / main_poppler;
    const bool main_wrong = main->type3_without_m && disagrees(main_off);
    const double main_size = main_wrong ? main_by_advance : main_poppler;
    if (main_wrong) corrections[static_cast<std::size_t>(main - fonts.begin())] = main_off;
    for (std::size_t k = 0; k < fonts.size(); ++k) {
        const FontAdvances& f = fonts[k];
        if (!f.type3_without_m || &f == &*main || f.sizes.empty() || f.mean() <= 0) continue;
        const double poppler = median(f.sizes), by_advance = main_size * f.mean() / main->mean();
        if (const double off = by_advance / poppler; disagrees(off)) corrections[k] = off;
    }
    return corrections;
}

// y scaled by `c` about the baseline.
double about_baseline(double y, double baseline, double c) { return baseline + (y - baseline) * c; }

// `c`: the factor the word's Type 3 font size is off by (type3_corrections);
// its boxes are scaled with it about the baseline, on an upright word.
Word to_word(const TextWord& tw, double c) {
    if (tw.getRotation() != 0) c = 1;
    Word w;
    std::unique_ptr<GooString> text(tw.getText());
    if (text) w.text = text->toStr();
    tw.getBBox(&w.box.x0, &w.box.y0, &w.box.x1, &w.box.y1);
    w.font_size = tw.getFontSize();
    const double baseline = tw.getBaseline();
    if (c != 1) {
        w.font_size *= c;
        w.box.y0 = about_baseline(w.box.y0, baseline, c);
        w.box.y1 = about_baseline(w.box.y1, baseline, c);
    }
    w.space_after = tw.hasSpaceAfter();
    if (tw.getLength() > 0 && tw.getFontInfo(0) && tw.getFontName(0)) w.font = tw.getFontName(0)->toStr();
    // One box per character; the UTF-8 text has one code point per character
    // (Poppler's TextWord keeps one Unicode value each).
    const std::u32string cps = utf8_decode(w.text);
    if (static_cast<int>(cps.size()) == tw.getLength()) {
        w.glyphs.reserve(cps.size());
        for (int i = 0; i < tw.getLength(); ++i) {
            Glyph g{cps[static_cast<std::size_t>(i)], {}};
            tw.getCharBBox(i, &g.box.x0, &g.box.y0, &g.box.x1, &g.box.y1);
            if (c != 1) {
                g.box.y0 = about_baseline(g.box.y0, baseline, c);
                g.box.y1 = about_baseline(g.box.y1, baseline, c);
            }
            w.glyphs.push_back(g);
        }
    }
    return w;
}

// Every message Poppler raises, in this process: with its offset in the
// file when it has one, as poppler-cpp wrote them ("error (1234): ...").
void forward_error(ErrorCategory, Goffset pos, const char* msg) {
    if (pos < 0) {
        route_poppler_message(msg);
        return;
    }
    std::ostringstream line;
    line << "error (" << pos << "): " << msg;
    route_poppler_message(line.str());
}

// A PDF text string in UTF-8: UTF-16 after a byte-order mark, else
// PDFDocEncoding (Poppler's TextStringToUCS4 reads both).
std::string text_string(const GooString* s) {
    if (!s) return "";
    Unicode* ucs4 = nullptr;
    const int n = TextStringToUCS4(s->toStr(), &ucs4);
    std::string out;
    for (int i = 0; i < n; ++i) utf8_append(out, static_cast<char32_t>(ucs4[i]));
    gfree(ucs4);
    return out;
}

std::optional<std::time_t> info_date(PDFDoc& doc, const char* key) {
    const std::unique_ptr<GooString> value = doc.getDocInfoStringEntry(key);
    if (!value) return std::nullopt;
    const std::time_t t = dateStringToTime(value.get());
    if (t == static_cast<std::time_t>(-1)) return std::nullopt;
    return t;
}

// The space glyphs whose advance the page keeps: a word that starts inside
// one was drawn over it, and no space shows there. Word sets "Non-
// Proliferation" and "10–14" with a space the next letter is moved back
// over (A/C.1/80/L.26, A/RES/78/153; pdftotext prints the space); a space
// that a word ends inside stays (LibreOffice stretches justified Arabic
// over it: "مرضية كما").
std::vector<Box> spaces_kept(std::vector<Box> spaces, const std::vector<Word>& words) {
    if (spaces.empty()) return spaces;
    std::vector<const Word*> by_height;
    by_height.reserve(words.size());
    for (const auto& w : words) by_height.push_back(&w);
    std::sort(by_height.begin(), by_height.end(),
              [](const Word* a, const Word* b) { return a->box.center_y() < b->box.center_y(); });
    std::erase_if(spaces, [&](const Box& s) {
        const auto from = std::lower_bound(by_height.begin(), by_height.end(), s.y0,
                                           [](const Word* w, double y) { return w->box.center_y() < y; });
        for (auto it = from; it != by_height.end() && (*it)->box.center_y() <= s.y1; ++it) {
            const double x0 = (*it)->box.x0;
            if (x0 > s.x0 - kSpaceTakenBackSlack * s.width() && x0 < s.x1 - kSpaceKeptShare * s.width())
                return true;
        }
        return false;
    });
    return spaces;
}

}  // namespace

struct ContentPass::Impl {
    std::unique_ptr<PDFDoc> doc;
};

std::unique_ptr<ContentPass> ContentPass::open(const char* data, std::size_t size, const std::string& password,
                                               Opened& why) {
    // Poppler's global parameters (fonts, encodings), made once and kept
    // for the life of the process, as poppler-cpp's documents would.
    static std::once_flag once;
    std::call_once(once, [] { static GlobalParamsIniter params(forward_error); });
    auto* stream = new MemStream(data, 0, static_cast<Goffset>(size), Object(objNull));  // PDFDoc owns it
    std::optional<GooString> pw;
    if (!password.empty()) pw = GooString(password);
    auto impl = std::make_unique<Impl>();
    impl->doc = std::make_unique<PDFDoc>(stream, pw, pw);
    if (!impl->doc->isOk()) {
        why = impl->doc->getErrorCode() == errEncrypted ? Opened::Locked : Opened::Damaged;
        return nullptr;
    }
    why = Opened::Ok;
    return std::unique_ptr<ContentPass>(new ContentPass(std::move(impl)));
}

ContentPass::ContentPass(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
ContentPass::~ContentPass() = default;

int ContentPass::page_count() const { return impl_->doc->getNumPages(); }

std::optional<PageFrame> ContentPass::frame(int index) const {
    PDFDoc& doc = *impl_->doc;
    if (index < 0 || index >= doc.getNumPages()) return std::nullopt;
    ::Page* page = doc.getPage(index + 1);  // Poppler's page, not ours
    if (!page) return std::nullopt;
    PageFrame f;
    GooString label;
    if (doc.getCatalog()->indexToLabel(index, &label)) f.label = text_string(&label);
    const int rotate = page->getRotate();
    f.rotation = rotate == 90 || rotate == 180 || rotate == 270 ? rotate : 0;
    const PDFRectangle* crop = page->getCropBox();
    f.crop_width = crop->x2 - crop->x1;
    f.crop_height = crop->y2 - crop->y1;
    return f;
}

DocumentInfo ContentPass::document_info() const {
    PDFDoc& doc = *impl_->doc;
    DocumentInfo info;
    info.pdf_major = doc.getPDFMajorVersion();
    info.pdf_minor = doc.getPDFMinorVersion();
    info.page_count = doc.getNumPages();
    info.encrypted = doc.isEncrypted();
    const auto entry = [&doc](const char* key) { return text_string(doc.getDocInfoStringEntry(key).get()); };
    info.title = entry("Title");
    info.author = entry("Author");
    info.subject = entry("Subject");
    info.keywords = entry("Keywords");
    info.creator = entry("Creator");
    info.producer = entry("Producer");
    info.created = info_date(doc, "CreationDate");
    info.modified = info_date(doc, "ModDate");
    return info;
}

PageContent ContentPass::read(int index) {
    PageContent out;
    const int page_no = index + 1;
    PDFDoc& doc = *impl_->doc;
    if (page_no < 1 || page_no > doc.getNumPages()) return out;
    CountingTextOutputDev dev;
    if (!dev.isOk()) return out;
    dev.page_area = doc.getPageCropWidth(page_no) * doc.getPageCropHeight(page_no);
    // The same call poppler-cpp's page::text_list() makes.
    doc.displayPageSlice(&dev, page_no, 72, 72, 0, /*useMediaBox=*/false, /*crop=*/false, /*printing=*/false,
                         -1, -1, -1, -1);
    std::unique_ptr<TextWordList> list = dev.makeWordList();
    if (list) {
        const std::vector<double> corrections = type3_corrections(*list, dev.fonts);
        out.words.reserve(static_cast<std::size_t>(list->getLength()));
        for (int i = 0; i < list->getLength(); ++i) {
            const TextWord& tw = *list->get(i);
            const FontAdvances* f = corrections.empty() ? nullptr : font_of(tw, dev.fonts);
            out.words.push_back(to_word(tw, f ? corrections[static_cast<std::size_t>(f - dev.fonts.data())] : 1.0));
        }
        move_marks_to_their_letters(out.words);
        for (auto& w : out.words) to_logical_order(w);  // right-to-left words come in visual order
    }
    out.stats = dev.stats;
    out.stats.probed = true;
    out.drawings = std::move(dev.drawings);
    out.drawn_spaces = spaces_kept(std::move(dev.drawn_spaces), out.words);
    out.images = std::move(dev.images);
    return out;
}

}  // namespace pdf2tei::ingest
