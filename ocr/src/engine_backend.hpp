#pragma once
// The seam between ocr::OcrEngine (engine.cpp, in the library) and the
// Tesseract module (tesseract_module.cpp, libpdf2tei_tesseract.so), which
// the library loads with dlopen the first time a page is read by OCR. Both
// sides are built from this tree by one compiler: C++ types cross it.
#include <memory>
#include <string>
#include <vector>

#include "pdf2tei/ocr/engine.hpp"

namespace pdf2tei::ocr {

// One Tesseract engine: what OcrEngine forwards to.
struct EngineBackend {
    virtual ~EngineBackend() = default;
    virtual OcrResult recognize(const GrayImage& page, int deadline_ms, bool straight) = 0;
    virtual OcrResult recognize_region(const GrayImage& page, const Box& region, int deadline_ms) = 0;
    virtual OcrResult recognize_line(const GrayImage& page, const Box& region, int deadline_ms) = 0;
    virtual std::vector<OcrResult> recognize_straight_lines(const GrayImage& page, double skew_degrees,
                                                            const std::vector<Box>& regions, int deadline_ms,
                                                            double slant) = 0;
    virtual OcrResult sample(const GrayImage& page, double band, bool may_turn) = 0;
};

// What the module gives: `pdf2tei_ocr_module_v6()` returns it. A change to
// this struct or EngineBackend changes the _v6 in the name.
struct OcrModule {
    std::unique_ptr<EngineBackend> (*make_engine)(const std::string& languages, Binarization binarization);
    std::string (*detect_script)(const GrayImage& page);
};

}  // namespace pdf2tei::ocr

extern "C" const pdf2tei::ocr::OcrModule* pdf2tei_ocr_module_v6();
