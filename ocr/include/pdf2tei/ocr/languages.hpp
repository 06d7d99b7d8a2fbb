#pragma once
// Language names between BCP 47 (what the TEI and the rest of pdf2tei use)
// and Tesseract's traineddata (what OCR needs).
#include <string>
#include <string_view>
#include <vector>

namespace pdf2tei::ocr {

// "fr" -> "fra", "zh" -> "chi_sim"; "" when Tesseract has none we install.
// A Tesseract spec ("fra+eng") passes through unchanged.
std::string tesseract_languages(const std::string& tag);

// The language to start from for a script named by Tesseract's orientation
// and script detection ("Latin" -> "eng", "Cyrillic" -> "rus+eng", ...).
std::string language_for_script(const std::string& script);

// The models of a Tesseract spec, in order: "fra+eng" -> "fra", "eng"
// (empty parts dropped). Views into `spec`.
std::vector<std::string_view> tesseract_models(std::string_view spec);

// The lead words (LanguageTable's lead_words) of the languages whose
// first model `tesseract_languages` reads with ("chi_sim" -> Chinese's).
std::vector<std::string_view> lead_words_of(std::string_view tesseract_languages);

// The Tesseract models (kUnprocessed in languages.cpp) that read a scan
// better as it is, without Leptonica's background normalisation and
// deskew: Tesseract copes with a scan's skew itself, and Arabic loses to
// the rotation and the normalisation what Latin and Cyrillic gain in
// layout (docs/quality.md, "Arabic and Chinese scans"). True when
// `tesseract_languages` ("ara", "ara+eng") holds one.
bool reads_scans_unprocessed(std::string_view tesseract_languages);

// The models (kUnnormalized in languages.cpp) that read a scan better
// deskewed but with its background as scanned, as the tesseract CLI reads
// it: after Leptonica's background normalisation Chinese's model misread a
// table's cells ("证亲王:" for "第二十二条") and lost characters the CLI
// kept (docs/quality.md, session 30). True when `tesseract_languages` holds
// one and none that reads scans unprocessed.
bool reads_scans_unnormalized(std::string_view tesseract_languages);

}  // namespace pdf2tei::ocr
