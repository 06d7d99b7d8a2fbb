#pragma once
// Internal: RAII for Leptonica's Pix, and the page preprocessing.
#include <leptonica/allheaders.h>

#include <memory>

#include "pdf2tei/image.hpp"

namespace pdf2tei::ocr {

struct PixDeleter {
    void operator()(PIX* p) const { pixDestroy(&p); }
};
using PixPtr = std::unique_ptr<PIX, PixDeleter>;

// A copy of a grey image as an 8 bpp Pix carrying its resolution.
PixPtr to_pix(const GrayImage& img);

struct Prepared {
    PixPtr pix;
    double skew_degrees = 0;  // rotation applied (clockwise positive)
};

// Below this skew (degrees) a page is left as it is; above kMaxSkew the
// estimate is not trusted.
inline constexpr double kMinSkew = 0.1;
inline constexpr double kMaxSkew = 10.0;
// Leptonica's confidence in a skew estimate must reach this.
inline constexpr double kMinSkewConfidence = 2.5;

// Leptonica's Sauvola binarisation, with a window of about 1/20 inch.
PixPtr sauvola(PIX* gray, int dpi);

// How a page is prepared for Tesseract. Binarisation is left to Tesseract
// (Otsu), which reads the grey image.
enum class Preparation {
    AsScanned,     // the grey page as it is (ocr::reads_scans_unprocessed)
    Straightened,  // deskewed, its background as scanned (ocr::reads_scans_unnormalized)
    Normalized,    // background normalisation (uneven lighting, grey paper), then deskew
};
// The skew is found on the normalised page in both of the last two.
Prepared prepare(const GrayImage& img, Preparation how = Preparation::Normalized);

// The page turned by `skew_degrees` (clockwise positive), as prepare()
// turned it, but with its background as scanned: where the page's words
// are, for lines cut from it and read again (unsure_lines.hpp). Empty on
// failure.
PixPtr straightened(const GrayImage& img, double skew_degrees);

}  // namespace pdf2tei::ocr
