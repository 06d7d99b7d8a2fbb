#include "text_layer_probe.hpp"

#include <poppler/GfxFont.h>
#include <poppler/GfxState.h>
#include <poppler/GlobalParams.h>
#include <poppler/OutputDev.h>
#include <poppler/PDFDoc.h>
#include <poppler/Stream.h>

#include <algorithm>
#include <cmath>

namespace pdf2tei::ingest {
namespace {

// Text render mode 3 paints nothing: the mark of an OCR layer laid under a
// scan (and of GlyphLessFont layers). Mode 7 adds the glyph to the clip path
// only, and is just as invisible.
constexpr int kRenderInvisible = 3;
constexpr int kRenderClipOnly = 7;

// Counts what is drawn; renders nothing.
class CountingOutputDev final : public OutputDev {
public:
    TextLayerStats stats;
    double page_area = 0;

    bool upsideDown() override { return true; }
    bool useDrawChar() override { return true; }
    bool interpretType3Chars() override { return false; }
    bool needNonText() override { return true; }  // for images

    void drawChar(GfxState* state, double, double, double, double, double, double, CharCode, int,
                  const Unicode*, int uLen) override {
        ++stats.glyphs;
        const int render = state->getRender();
        if (render == kRenderInvisible || render == kRenderClipOnly) ++stats.invisible_glyphs;
        const auto& font = state->getFont();
        if (font && !font->hasToUnicodeCMap()) ++stats.glyphs_without_tounicode;
        if (uLen <= 0) ++stats.unmapped_glyphs;
    }

    void drawImageMask(GfxState* s, Object*, Stream*, int, int, bool, bool, bool) override { add_image(s); }
    void drawImage(GfxState* s, Object*, Stream*, int, int, GfxImageColorMap*, bool, const int*, bool) override {
        add_image(s);
    }
    void drawMaskedImage(GfxState* s, Object*, Stream*, int, int, GfxImageColorMap*, bool, Stream*, int, int, bool,
                         bool) override {
        add_image(s);
    }
    void drawSoftMaskedImage(GfxState* s, Object*, Stream*, int, int, GfxImageColorMap*, bool, Stream*, int, int,
                             GfxImageColorMap*, bool) override {
        add_image(s);
    }

private:
    // An image fills the unit square under the CTM; its device area is the
    // absolute determinant. Overlaps are counted twice, so the share is capped.
    void add_image(GfxState* s) {
        const double* m = s->getCTM();
        image_area_ += std::fabs(m[0] * m[3] - m[1] * m[2]);
        if (page_area > 0) stats.image_coverage = std::min(1.0, image_area_ / page_area);
    }
    double image_area_ = 0;
};

}  // namespace

struct TextLayerProbe::Impl {
    std::unique_ptr<PDFDoc> doc;
};

std::unique_ptr<TextLayerProbe> TextLayerProbe::open(const char* data, std::size_t size, const std::string& password) {
    // globalParams is set up by poppler-cpp, whose document the caller keeps
    // open for as long as this probe lives.
    if (!globalParams) return nullptr;
    auto stream = new MemStream(data, 0, static_cast<Goffset>(size), Object(objNull));  // owned by PDFDoc
    std::optional<GooString> pw;
    if (!password.empty()) pw = GooString(password);
    auto impl = std::make_unique<Impl>();
    impl->doc = std::make_unique<PDFDoc>(stream, pw, pw);
    if (!impl->doc->isOk()) return nullptr;
    return std::unique_ptr<TextLayerProbe>(new TextLayerProbe(std::move(impl)));
}

TextLayerProbe::TextLayerProbe(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
TextLayerProbe::~TextLayerProbe() = default;

TextLayerStats TextLayerProbe::probe(int index) {
    CountingOutputDev dev;
    const int page_no = index + 1;
    if (page_no < 1 || page_no > impl_->doc->getNumPages()) return dev.stats;
    dev.page_area = impl_->doc->getPageCropWidth(page_no) * impl_->doc->getPageCropHeight(page_no);
    impl_->doc->displayPage(&dev, page_no, 72, 72, 0, /*useMediaBox=*/false, /*crop=*/true, /*printing=*/false);
    dev.stats.probed = true;
    return dev.stats;
}

}  // namespace pdf2tei::ingest
