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

namespace {

// The grey pixBackgroundNormSimple brings a page's background to (its
// default, adaptmap.c's DEFAULT_BG_VAL).
constexpr l_uint8 kNormalizedBackground = 200;

PixPtr normalized_background(PixPtr pix) {
    PixPtr normalized(pixBackgroundNormSimple(pix.get(), nullptr, nullptr));
    return normalized ? std::move(normalized) : std::move(pix);
}

// The page turned by `skew_degrees` (clockwise positive); empty on failure.
PixPtr turned(PIX* pix, double skew_degrees) {
    return PixPtr(pixRotate(pix, static_cast<l_float32>(skew_degrees * M_PI / 180.0), L_ROTATE_AREA_MAP,
                            L_BRING_IN_WHITE, 0, 0));
}

// A normalised page turned, the corners it brings in in its background's
// grey: brought in white, they were the page's lightest pixels, and on a
// page of a few lines Tesseract's threshold fell between them and the
// background, which it read as ink (dev seed 32 en-32-002.scan, p. 2, a
// 150-dpi scan skewed 0.94°: no word read; the bare CLI read it whole).
PixPtr turned_normalized(PIX* pix, double skew_degrees) {
    if (pixGetDepth(pix) != 8 || pixGetColormap(pix)) return turned(pix, skew_degrees);
    return PixPtr(pixRotateAMGray(pix, static_cast<l_float32>(skew_degrees * M_PI / 180.0), kNormalizedBackground));
}

}  // namespace

Prepared prepare(const GrayImage& img, Preparation how) {
    Prepared out;
    PixPtr pix = to_pix(img);
    if (!pix) return out;
    if (how == Preparation::AsScanned) {
        out.pix = std::move(pix);
        return out;
    }
    // The skew is found on the normalised page; the page turned is that one
    // or, Straightened, the page as scanned (a clone shares its pixels).
    PixPtr normalized = normalized_background(PixPtr(pixClone(pix.get())));
    PixPtr binary(pixConvertTo1(normalized.get(), 160));
    if (how == Preparation::Normalized) pix = std::move(normalized);
    l_float32 angle = 0, conf = 0;
    if (binary && pixFindSkew(binary.get(), &angle, &conf) == 0 && conf >= kMinSkewConfidence &&
        std::fabs(angle) >= kMinSkew && std::fabs(angle) <= kMaxSkew) {
        if (PixPtr rotated = how == Preparation::Normalized ? turned_normalized(pix.get(), angle)
                                                            : turned(pix.get(), angle)) {
            pix = std::move(rotated);
            out.skew_degrees = angle;
        }
    }
    out.pix = std::move(pix);
    return out;
}

PixPtr straightened(const GrayImage& img, double skew_degrees) {
    PixPtr pix = to_pix(img);
    if (!pix || skew_degrees == 0) return pix;
    return turned(pix.get(), skew_degrees);
}

}  // namespace pdf2tei::ocr
