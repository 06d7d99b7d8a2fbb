#pragma once
// Diacritics drawn as glyphs of their own. TeX's OT1 fonts have no "é": an
// acute accent is drawn over an "e", as two glyphs, and a text layer can
// give the accent as a spacing character ("´e", "e´") or as a word of its
// own. Where an accent glyph stands over a letter (their boxes overlap in
// x), the two become the composed letter ("é"), counted and flagged. An
// accent that stands over no letter ("2^3", a quoted "´") is left alone.
#include <vector>

#include "pdf2tei/model.hpp"
#include "pdf2tei/normalize/normalize.hpp"

namespace pdf2tei::normalize {

// An accent stands over a letter when at least this share of its width is
// over the letter's box.
inline constexpr double kMinAccentOverlap = 0.5;
// An accent that is a word of its own, over no letter of the words either
// side, looks back along its line, at most this many words, for the letter
// under it; a word is on its line when their boxes overlap by this share
// of the lower one's height.
inline constexpr std::size_t kMaxAccentLookBack = 60;
inline constexpr double kMinAccentLineOverlap = 0.5;

// The combining mark of a spacing accent (U+00B4 -> U+0301), or 0.
char32_t combining_mark_of(char32_t spacing_accent);

}  // namespace pdf2tei::normalize
