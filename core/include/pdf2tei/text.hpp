#pragma once
// Flattening the model to strings, and small UTF-8 helpers. Pure functions.
#include <string>
#include <string_view>
#include <vector>

#include "pdf2tei/model.hpp"

namespace pdf2tei {

// Words joined by a space where the model says there is one.
std::string line_text(const Line& line);
// Lines joined by a single space (line-end repairs belong to normalize).
std::string block_text(const Block& block);

// Words' texts joined by single spaces (for classifiers and statistics,
// not for output: it ignores the model's spacing).
std::string words_text(const std::vector<Word>& words);

// Code points of a UTF-8 string; malformed sequences become U+FFFD.
std::u32string utf8_decode(std::string_view s);
void utf8_append(std::string& out, char32_t cp);
std::string utf8_encode(std::u32string_view s);

// Character classes that say a text layer is broken, and that must never
// reach the output.
constexpr bool is_control(char32_t c) { return c < 0x20 || (c >= 0x7F && c <= 0x9F); }  // C0, DEL, C1
constexpr bool is_private_use(char32_t c) {
    return (c >= 0xE000 && c <= 0xF8FF) || (c >= 0xF0000 && c <= 0xFFFFD) || (c >= 0x100000 && c <= 0x10FFFD);
}
constexpr bool is_noncharacter(char32_t c) {
    return (c >= 0xFDD0 && c <= 0xFDEF) || (c <= 0x10FFFF && (c & 0xFFFE) == 0xFFFE);
}

// True for a code point XML 1.0 allows in character data.
constexpr bool is_xml_char(char32_t c) {
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
           (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

}  // namespace pdf2tei
