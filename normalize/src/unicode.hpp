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

}  // namespace pdf2tei::normalize
