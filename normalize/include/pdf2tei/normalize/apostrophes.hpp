#pragma once
// OCR reads the typographic apostrophe (’) of a printed page now as ’, now
// as ASCII ' ("l'Office" beside "d’experts"). Where a document's own
// elisions are mostly ’, the ASCII ones between two letters in OCR words
// are made ’ too; a document typed with ' keeps it. Text-layer words are
// never touched: their apostrophes are what the PDF says.
#include <vector>

#include "pdf2tei/model.hpp"

namespace pdf2tei::normalize {

inline constexpr const char* kRepairApostrophe = "ocr-apostrophe-unified";

// Changes and counts (in each page's repairs) the ASCII apostrophes of OCR
// words when the document's elisions are mostly typographic.
void unify_ocr_apostrophes(std::vector<Page>& pages);

}  // namespace pdf2tei::normalize
