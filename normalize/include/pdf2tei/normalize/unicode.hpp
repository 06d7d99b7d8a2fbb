#pragma once
// Unicode hygiene: NFC, and removal of characters that must never reach the
// XML (controls, noncharacters) or that carry no meaning outside the font
// that drew them (private use). Pure functions; every change is counted.
#include <string>
#include <string_view>

#include "pdf2tei/model.hpp"
#include "pdf2tei/normalize/switches.hpp"

namespace pdf2tei::normalize {

// Repair names, as reported in the TEI header.
inline constexpr const char* kRepairNfc = "unicode-nfc";
inline constexpr const char* kRepairControl = "control-removed";
inline constexpr const char* kRepairPrivateUse = "private-use-removed";
inline constexpr const char* kRepairLigature = "ligature-expanded";
inline constexpr const char* kRepairPresentationForm = "presentation-form-folded";

// The character classes (is_control, is_private_use, is_noncharacter) are
// in core's text.hpp, shared with the OCR triage.

// Cleans one string: removes controls, noncharacters and private-use code
// points, expands Latin ligatures (U+FB00-FB06: "ﬁ" -> "fi"), folds Arabic
// presentation forms (U+FB50-FDFF, U+FE70-FEFE) to letters, then NFC. Adds to `counts` what it changed.
std::string clean_string(std::string_view in, RepairCounts& counts);

// Cleans words (before layout) in place, keeping one glyph box per code
// point, and adds to `counts` what it changed. Words left empty are dropped.
// `on.ligatures`, `on.presentation_forms` and `on.nfc` switch those
// repairs; the removals always
// run.
void clean_words(std::vector<Word>& words, RepairCounts& counts, const RepairSwitches& on = {});

}  // namespace pdf2tei::normalize
