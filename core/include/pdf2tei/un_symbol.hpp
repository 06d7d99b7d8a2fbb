#pragma once
// UN document symbols ("A/RES/74/173"), as text: what one looks like, and
// OCR's usual slips in one mended. In core because OCR (reading a symbol
// again with the Latin model) and structure (the masthead, running heads)
// both need it.
#include <string>
#include <string_view>

namespace pdf2tei {

// A UN document symbol: "A/RES/74/173", "A/80/590", "S/RES/2719 (2023)",
// "E/CN.15/2021/2", "A/C.3/78/L.5".
bool is_un_symbol(std::string_view text);

// An OCR reading of a UN symbol with OCR's usual slips mended: a slash read
// as "I", "l", "1" or "|" after the leading "A" ("AIRES/73/300"), a space
// after a slash ("A/RES/ 76/196"). Empty when the mended text is no symbol.
std::string ocr_un_symbol(std::string_view text);

// The Latin capital (or figure) a Cyrillic capital of the same shape stands
// for ('А' -> 'A', 'С' -> 'C', 'З' -> '3'), or 0.
char latin_lookalike(char32_t c);

}  // namespace pdf2tei
