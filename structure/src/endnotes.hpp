#pragma once
// Endnotes: notes printed together after the text they annotate (at the end
// of a report, as the Human Rights Council's summaries set 160 of them, or
// of a chapter), whose calls stand in the running text as raised numbers no
// footnote answered. Each note is cut from the list and put at its call, as
// a footnote is; Block::type "end" records that it was printed on a later
// page. One printed on its call's page is a footnote the page's note area
// missed (ten notes filled half of A/C.3/80/L.25's page 1): type "".
#include <vector>

#include "pdf2tei/model.hpp"

namespace pdf2tei::structure {

// A list of endnotes is believed when at least this many of its notes find
// their call...
inline constexpr int kMinCalledEndnotes = 2;
// ...and at least this share of them do: a numbered list in small print
// (a table's rows "1 Afghanistan", "2 Albania") after a stray raised digit
// ("km2") is no list of notes.
inline constexpr double kMinCalledEndnoteShare = 0.5;

// The type an endnote's block carries (TEI note/@place).
inline constexpr const char* kEndnotePlace = "end";

}  // namespace pdf2tei::structure
