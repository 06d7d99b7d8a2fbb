#pragma once
// Accents Tesseract reads on capitals that the page's ink does not carry.
// Its French model reads a printed "A partir" as "À partir", as a
// sentence so often opens (dev seed 29 fr-29-003.scan-bw,
// fr-29-005.garbled, fr-29-011.scan-bw: "3. A partir de l’âge nubile").
// An accent stands above its letter: a real one's symbol box rises over
// the tops of its row's capitals, figures and ascenders by 1.4-2.9 points
// (0.15-0.3 em: "État", "États", 8 on the dev scans), an unseen one's not
// at all (-0.3 to 0). A Latin capital with marks above whose box rises
// less than kMinAccentRiseEm over the median top of at least
// kMinAccentReferences such letters on its row is written without them.
// Not small letters: Tesseract's box of a small letter leaves its accent
// out now and then ("progrès", "générale", "propriété" rose 0 or less in
// fr-29-011.scan-bw, 8 of its 120), so their boxes prove nothing; the
// model's "où" for a printed "ou" stays (fr-29-000.invisible-ocr).
#include <vector>

#include "pdf2tei/model.hpp"
#include "pdf2tei/ocr/layer_patch.hpp"  // OcrSymbol

namespace pdf2tei::ocr {

inline constexpr double kMinAccentRiseEm = 0.06;
inline constexpr std::size_t kMinAccentReferences = 5;
// A reference letter stands on the accented letter's row: its box's foot
// within this share of the accented letter's height of the accented
// letter's foot.
inline constexpr double kSameRowFootShare = 0.2;

// Drops the unseen accents from `words` (OCR's words, indexed by the
// symbols' `word`); returns how many it dropped.
int drop_unseen_accents(std::vector<Word>& words, const std::vector<OcrSymbol>& symbols);

}  // namespace pdf2tei::ocr
