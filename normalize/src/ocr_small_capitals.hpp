#pragma once
// Tesseract's Russian model reads a word of small letters as capitals
// ("УГОЛОВНОГО", "ДЛЯ", "ЖИЗНЬ", "ДОЛЖНО" inside lower-case sentences: 14
// all-capital words in the 40 Russian OCR-path files of dev seeds 13 and
// 14, none of them so in the source): most of Cyrillic's small letters
// are its capitals' shapes, smaller. The ink tells which: capitals reach
// the cap height, small letters without an ascender stop at the x-height.
// An OCR word of capitals whose ink tops out where the page's small
// letters do, on a line that holds small letters too, is small letters,
// and is written so when the dictionary knows it so. Real capitals
// ("ВОЗ", "ООН") stand 0.13-0.20 em higher (dev seed 14
// ru-14-017.invisible-ocr: small words' tops 0.46 em over the baseline,
// σ 0.04; capitals' 0.59-0.70; "УГОЛОВНОГО" 0.47). Languages opt in by
// their table's `ascending_small_letters` (normalize.hpp:
// lower_ocr_small_capitals).
//
// OCR reads a monospaced small l, whose foot turns right, as a capital L
// ("devant La loi", "tous Les droits", "droits de L’homme": DejaVu Sans
// Mono under noise, dev seed 29 fr-29-000.invisible-ocr; "dans Le
// mariage", dev seed 27 fr-27-008.scan): the same ink from the baseline
// to the ascender, so no height tells them. Inside a sentence (the word
// before ends in a small letter), an L opening one of the language's
// function words before a small letter, or its elided article before a
// small letter, is the small l (lower_ocr_small_l). A name stands before
// a capital ("à La Haye") or is no function word. No source text of the
// dev seeds has such a capital inside a sentence.
#include <cstddef>
#include <string_view>
#include <vector>

#include "pdf2tei/model.hpp"

namespace pdf2tei::normalize {

inline constexpr char32_t kFootedSmallL = U'L';

// Writes such capitals small on OCR pages, counted as
// kRepairOcrSmallCapitals. Run by lower_ocr_small_capitals.
void lower_ocr_small_l(std::vector<Page>& pages, std::string_view language);

// The page's x-height is measured over at least this many OCR words of
// small letters without ascenders ...
inline constexpr std::size_t kMinXHeightWords = 10;
// ... and a word of capitals whose top stands at most this far (em of its
// line) above it is small letters.
inline constexpr double kMaxSmallCapitalRiseEm = 0.06;

}  // namespace pdf2tei::normalize
