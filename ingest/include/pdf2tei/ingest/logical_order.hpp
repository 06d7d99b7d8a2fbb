#pragma once
// Right-to-left words as a text layer gives them, put in logical order.
//
// A PDF draws glyphs where they stand; Poppler reads a word's characters in
// drawing order, which for Arabic set by most producers (XeTeX, and any
// that shape with HarfBuzz) is the visual order, left to right: "الأمم"
// comes out as "ممألا". Archives and search need the logical order.
// Whether a word is in visual order is read from its own glyph boxes, not
// assumed: a producer that draws in logical order (right to left) is left
// as it is. Pure functions.
#include "pdf2tei/model.hpp"

namespace pdf2tei::ingest {

// True when the word holds right-to-left letters whose glyph boxes run left
// to right, i.e. its characters are in visual order.
bool in_visual_order(const Word& w);

// Puts a visual-order word in logical order, keeping one glyph per code
// point: its character clusters (a letter and the marks on it) reversed,
// then runs of left-to-right letters and digits inside it ("2020",
// "A/75/262") read left to right again. Returns whether it changed.
bool to_logical_order(Word& w);

}  // namespace pdf2tei::ingest
