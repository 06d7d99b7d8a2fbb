#pragma once
// What a word's font says about its style, for the layout and heading
// rules alike (a leaf: it includes no other structure header).
#include <string_view>

#include "pdf2tei/model.hpp"

namespace pdf2tei::structure {

// True for a PDF font name of a bold face ("ABCDEF+TimesNewRomanPS-BoldMT").
bool is_bold_font(std::string_view font);

// Every word of the line is bold (false for an empty line); any word is.
bool all_bold(const Line& line);
bool any_bold(const Line& line);

}  // namespace pdf2tei::structure
