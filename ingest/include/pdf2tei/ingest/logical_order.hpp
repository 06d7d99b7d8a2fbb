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
#include <string>
#include <string_view>
#include <vector>

#include "pdf2tei/model.hpp"

namespace pdf2tei::ingest {

// True when the word holds right-to-left letters whose glyph boxes run left
// to right, i.e. its characters are in visual order (with one such letter,
// when its first and last glyphs do).
bool in_visual_order(const Word& w);

// Puts a visual-order word in logical order, keeping one glyph per code
// point: its character clusters (a letter and the marks on it) reversed,
// then runs of left-to-right letters and digits inside it ("2020",
// "A/75/262") read left to right again. Returns whether it changed.
bool to_logical_order(Word& w);

// The characters of one glyph, as its ToUnicode map gives them in text
// order ("لأ"), with their clusters (a letter and the marks after it) in
// reverse: the order visual-order reading must find them in.
std::u32string reverse_clusters(std::u32string_view text);

// A mark drawn ahead of its letter in visual order can end the word before
// it: XeTeX sets the fathatan of "عادلاً" in the space before the word's
// alef (x 147.1, the alef from 148.6; dev seed 9 ar-9-003), and Poppler
// hangs it on the word to the left. Such trailing marks of right-to-left
// words (or words of marks alone, which are then dropped) go to the front
// of the word that starts just right of them on their line, where
// to_logical_order puts them on its first letter.
void move_marks_to_their_letters(std::vector<Word>& words);

// Marks within this many em left of the word they move to (their pen
// position may sit inside the letter), or this many em before it.
inline constexpr double kMarkSlackEm = 0.3;
inline constexpr double kMaxMarkGapEm = 0.5;
// ... and overlapping that word's height by this share.
inline constexpr double kMarkLineOverlap = 0.5;
// The search for that word looks this many em wider on each side.
inline constexpr double kMarkSearchPadEm = 1.0;

}  // namespace pdf2tei::ingest
