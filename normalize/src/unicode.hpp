#pragma once
// Unicode hygiene: NFC, and removal of characters that must never reach the
// XML (controls, noncharacters) or that carry no meaning outside the font
// that drew them (private use). Pure functions; every change is counted.
#include <string>
#include <string_view>

#include "pdf2tei/model.hpp"
#include "pdf2tei/normalize/switches.hpp"
#include "pdf2tei/normalize/normalize.hpp"

namespace pdf2tei::normalize {

// The character classes (is_control, is_private_use, is_noncharacter) are
// in core's text.hpp, shared with the OCR triage.

// TeX's \'\i: a dotless i (or j) under an accent, which Unicode has no
// single letter for and NFC leaves as it is ("tiranı́a", OT1 fonts, dev seed
// 7). Under a mark above (`next`, combining class 230) the dot is the
// accent's place: the letter is i (or j). Any other `c` comes back as is.
// Used on a layer's combining marks (clean_words) and on accents drawn
// apart (compose_spacing_accents).
char32_t dotted_under_mark(char32_t c, char32_t next);

}  // namespace pdf2tei::normalize
