#pragma once
// Language names between BCP 47 (what the TEI and the rest of pdf2tei use)
// and Tesseract's traineddata (what OCR needs).
#include <string>

namespace pdf2tei::ocr {

// "fr" -> "fra", "zh" -> "chi_sim"; "" when Tesseract has none we install.
// A Tesseract spec ("fra+eng") passes through unchanged.
std::string tesseract_languages(const std::string& tag);

// The language to start from for a script named by Tesseract's orientation
// and script detection ("Latin" -> "eng", "Cyrillic" -> "rus", ...).
std::string language_for_script(const std::string& script);

}  // namespace pdf2tei::ocr
