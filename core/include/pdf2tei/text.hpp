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

// Code points of a UTF-8 string; malformed sequences become U+FFFD.
std::u32string utf8_decode(std::string_view s);
void utf8_append(std::string& out, char32_t cp);
std::string utf8_encode(std::u32string_view s);

// True for a code point XML 1.0 allows in character data.
constexpr bool is_xml_char(char32_t c) {
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
           (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

}  // namespace pdf2tei
