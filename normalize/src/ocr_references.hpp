#pragma once
// OCR's slips in the references a UN text cites, mended on OCR words and
// on an earlier OCR layer's (a text layer's are what the PDF says):
// - a document symbol read with Russian's model, its Latin capitals as the
//   Cyrillic ones of the same shape ("(А/78/51)." for "(A/78/51).", dev
//   seed 13 ru-13-008.scan: every symbol of its notes), or with the slips
//   ocr_un_symbol knows ("A/RE9/74/301"): a word whose core (without its
//   brackets and clause mark) ocr_un_symbol reads as a symbol takes it;
// - a session's Roman numeral in brackets with its I read as "l" or "1"
//   ("resolution 217 A (Ill)", dev seed 13 en-13-006.scan);
// - the letter of a resolution's number read as a Cyrillic capital before
//   such a numeral ("Резолюция 217 А (III)", ru-13-008.scan).
// Symbols and resolution numbers are what users search a UN archive by: a
// Cyrillic "А" in one hides the document from every search.
#include <string>
#include <string_view>
#include <vector>

#include "pdf2tei/model.hpp"
#include "pdf2tei/normalize/normalize.hpp"

namespace pdf2tei::normalize {

// The most characters a session's Roman numeral has ("LXXVIII").
inline constexpr std::size_t kMaxRomanNumeralLength = 7;

// The word's text with its reference mended, or "" when it holds none to
// mend. `before` and `after` are the words around it on its line ("" at
// the line's ends): a resolution's letter is told by them.
std::string mended_ocr_reference(std::string_view word, std::string_view before, std::string_view after);

}  // namespace pdf2tei::normalize
