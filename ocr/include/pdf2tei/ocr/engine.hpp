#pragma once
// OCR with Tesseract (LSTM) after Leptonica preprocessing. Tesseract and
// Leptonica live in a module of their own (libpdf2tei_tesseract.so), loaded
// the first time an engine is made or a script detected: a run that reads
// no page by OCR never loads them. One engine per worker thread: Tesseract is thread-safe only with one TessBaseAPI per
// thread. Tesseract's own OpenMP threads are switched off when the first
// engine is made (see serialise_openmp): pdf2tei runs one page per core.
#include <memory>
#include <string>
#include <vector>

#include "pdf2tei/image.hpp"
#include "pdf2tei/model.hpp"
#include "pdf2tei/ocr/layer_patch.hpp"

namespace pdf2tei::ocr {

// Who turns the grey page into black and white. Chosen by measurement
// (docs/quality.md): Tesseract's own global Otsu, or Leptonica's local
// Sauvola, which copes better with uneven backgrounds in principle.
enum class Binarization { Tesseract, Sauvola };

// Tesseract's own result for a page.
struct OcrResult {
    std::vector<Word> words;      // reading order, boxes in page points
    std::vector<OcrSymbol> symbols;  // every symbol of those words (a word whose
                                     // symbols do not spell it: the word), page points
    float mean_confidence = -1;   // mean word confidence, 0..1
    double skew_degrees = 0;      // the skew corrected before recognition
    int orientation = 0;          // quarter turns clockwise that made the page upright
    bool timed_out = false;       // the deadline cut recognition short
};

struct EngineBackend;  // ocr/src/engine_backend.hpp

class OcrEngine {
public:
    // `languages` in Tesseract's form ("fra", "fra+eng"). Throws
    // Error(Internal) if its traineddata cannot be loaded.
    explicit OcrEngine(const std::string& languages, Binarization binarization = Binarization::Tesseract);
    ~OcrEngine();
    OcrEngine(const OcrEngine&) = delete;
    OcrEngine& operator=(const OcrEngine&) = delete;

    const std::string& languages() const;

    // Reads a rendered page. `deadline_ms` bounds recognition (0 = none).
    // `straight`: a skewed scan's words stay on the straightened page
    // (`skew_degrees` says how far it was turned); else they come back
    // onto the page, as a lossy layer's patch needs them.
    OcrResult recognize(const GrayImage& page, int deadline_ms, bool straight = true);

    // Reads one region of a rendered page (`region` in page points), as a
    // page of its own; boxes come back in the page's points.
    OcrResult recognize_region(const GrayImage& page, const Box& region, int deadline_ms);

    // Reads a region known to hold one line of text (a run of words on one
    // textline, padded, so with bits of the lines above and below): as one
    // block, not laid out as a page. Tesseract's layout analysis found
    // "A/RES/71/207" in such a region but was unsure of it (0.46, and a
    // stray "a" from the next line), read as one block: sure (0.92).
    OcrResult recognize_line(const GrayImage& page, const Box& region, int deadline_ms);

    // Reads each region as a line (one block), cut from the page as
    // recognize(straight) read it: prepared the same way and turned by its
    // `skew_degrees`, so `regions` and the words that come back are in the
    // coordinates of that read's words. Lines of a skewed page cut from the
    // page as scanned stand askew in their regions, and their ends fall
    // outside. With `slant` (the run across of the type's slope per unit of
    // its height, as a slanted face leans right), each region is sheared
    // upright about its foot before it is read, and the words' boxes come
    // back sheared as on the page (slanted_leads.hpp).
    std::vector<OcrResult> recognize_straight_lines(const GrayImage& page, double skew_degrees,
                                                    const std::vector<Box>& regions, int deadline_ms,
                                                    double slant = 0);

    // The reading of a horizontal band across the middle of the page (a
    // share `band` of its height), read as a region (deskewed, binarised):
    // enough lines to tell the language, at a fraction of a page's cost,
    // with its words' mean confidence (0..1). Read unsure, it is read again
    // turned as OSD says the band stands, unless `may_turn` is false (a
    // probe of the Latin model on another script: its letter soup is
    // unsure whichever way up).
    OcrResult sample(const GrayImage& page, double band, bool may_turn = true);

private:
    std::string languages_;
    std::unique_ptr<EngineBackend> impl_;  // in the Tesseract module
};

// The script of a page by Tesseract's orientation and script detection
// ("Latin", "Cyrillic", "Arabic", "Han"...), or "" when unsure.
std::string detect_script(const GrayImage& page);

// Maps a point of an image turned `quarters` quarter turns clockwise (as
// Leptonica's pixRotateOrth does) back to the image before the turn, of
// size `width` x `height`. Exposed for its test.
void unturn_point(int quarters, int width, int height, double& x, double& y);

// Maps a point of an image rotated by `degrees` about its centre (as
// Leptonica's pixRotate does, clockwise positive) back to the unrotated
// image. Exposed for its test.
void unrotate_point(double degrees, double cx, double cy, double& x, double& y);

}  // namespace pdf2tei::ocr
