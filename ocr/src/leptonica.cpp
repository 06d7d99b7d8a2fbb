#include "leptonica.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <mutex>

namespace pdf2tei::ocr {

void silence_leptonica() {
    // Leptonica prints its errors on stderr; pdf2tei reports what matters
    // itself, in one line. Process-wide, set once.
    static std::once_flag once;
    std::call_once(once, [] { setMsgSeverity(L_SEVERITY_NONE); });
}

PixPtr to_pix(const GrayImage& img) {
    silence_leptonica();
    PixPtr pix(pixCreate(img.width, img.height, 8));
    if (!pix) return pix;
    pixSetResolution(pix.get(), img.dpi, img.dpi);
    l_uint32* data = pixGetData(pix.get());
    const l_int32 wpl = pixGetWpl(pix.get());
    for (int y = 0; y < img.height; ++y)
        std::memcpy(data + static_cast<std::ptrdiff_t>(y) * wpl, img.pixels.data() + static_cast<std::ptrdiff_t>(y) * img.width,
                    static_cast<std::size_t>(img.width));
    // Leptonica keeps bytes in big-endian order within 32-bit words.
    pixEndianByteSwap(pix.get());
    return pix;
}

PixPtr sauvola(PIX* gray, int dpi) {
    PIX* binary = nullptr;
    const l_int32 half_window = std::max(8, dpi / 20);
    if (pixSauvolaBinarizeTiled(gray, half_window, 0.34f, 1, 1, nullptr, &binary) != 0) return PixPtr();
    return PixPtr(binary);
}

Prepared prepare(const GrayImage& img, bool straighten) {
    Prepared out;
    PixPtr pix = to_pix(img);
    if (!pix) return out;
    if (!straighten) {
        out.pix = std::move(pix);
        return out;
    }
    PixPtr normalized(pixBackgroundNormSimple(pix.get(), nullptr, nullptr));
    if (normalized) pix = std::move(normalized);
    PixPtr binary(pixConvertTo1(pix.get(), 160));
    l_float32 angle = 0, conf = 0;
    if (binary && pixFindSkew(binary.get(), &angle, &conf) == 0 && conf >= kMinSkewConfidence &&
        std::fabs(angle) >= kMinSkew && std::fabs(angle) <= kMaxSkew) {
        PixPtr rotated(pixRotate(pix.get(), static_cast<l_float32>(angle * M_PI / 180.0), L_ROTATE_AREA_MAP,
                                 L_BRING_IN_WHITE, 0, 0));
        if (rotated) {
            pix = std::move(rotated);
            out.skew_degrees = angle;
        }
    }
    out.pix = std::move(pix);
    return out;
}

}  // namespace pdf2tei::ocr
