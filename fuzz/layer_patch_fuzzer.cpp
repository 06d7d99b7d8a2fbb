// Fuzz target: arbitrary bytes as a page's layer words, OCR symbols and
// images, for the geometry that joins the two readings: the lossy-layer
// patch, the search for images holding text, and the arbiter's band
// comparison. Boxes may be anything a hostile file can produce (NaN,
// infinities, huge, inverted); none may crash, and the patch may only
// keep, rewrite or join the layer's words, never add any.
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "pdf2tei/ocr/layer_patch.hpp"
#include "pdf2tei/ocr/triage.hpp"

namespace {

// Reads values off the front of the input; zeros once it runs out.
struct Reader {
    const std::uint8_t* p;
    std::size_t n;
    std::uint8_t byte() {
        if (n == 0) return 0;
        --n;
        return *p++;
    }
    // Mostly small page coordinates; now and then raw bits (NaN, inf, huge).
    double coordinate() {
        const std::uint8_t kind = byte();
        if (kind < 240) return kind * 3.0 + byte() / 100.0;
        double d = 0;
        std::uint8_t raw[sizeof d];
        for (auto& b : raw) b = byte();
        std::memcpy(&d, raw, sizeof d);
        return d;
    }
    pdf2tei::Box box() {
        pdf2tei::Box b;
        b.x0 = coordinate(), b.y0 = coordinate(), b.x1 = coordinate(), b.y1 = coordinate();
        return b;
    }
    std::string text() {
        std::string s;
        for (std::uint8_t len = byte() % 6; len > 0; --len) s.push_back(static_cast<char>(byte()));
        return s;
    }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    Reader in{data, size};
    std::vector<pdf2tei::Word> layer, ocr_words;
    std::vector<pdf2tei::ocr::OcrSymbol> symbols;
    std::vector<pdf2tei::Box> images;
    while (in.n > 0) {
        switch (in.byte() % 4) {
            case 0: {
                pdf2tei::Word w;
                w.text = in.text();
                w.box = in.box();
                w.font_size = in.coordinate();
                layer.push_back(w);
                break;
            }
            case 1: {
                pdf2tei::Word w;
                w.text = in.text();
                w.box = in.box();
                w.font_size = in.coordinate();
                w.confidence = in.byte() / 255.0f;
                ocr_words.push_back(w);
                break;
            }
            case 2: {
                pdf2tei::ocr::OcrSymbol s;
                s.text = in.text();
                s.box = in.box();
                s.confidence = in.byte() / 255.0f;
                // Usually one of the OCR words; sometimes an index out of range.
                s.word = static_cast<int>(in.byte()) - 8;
                s.font_size = in.coordinate();
                symbols.push_back(s);
                break;
            }
            default: images.push_back(in.box());
        }
    }
    const auto patch = pdf2tei::ocr::patch_layer(layer, symbols, ocr_words);
    if (patch.words.size() > layer.size() || patch.agreed > patch.checked) std::abort();
    if (patch.patched + patch.unread > static_cast<int>(layer.size())) std::abort();
    pdf2tei::ocr::images_without_layer_text(layer, images, 595, 842);
    const double agreement = pdf2tei::ocr::band_agreement(layer, ocr_words, {0, 0, 595, 842});
    if (!(agreement == -1 || (agreement >= 0 && agreement <= 1))) std::abort();
    return 0;
}
