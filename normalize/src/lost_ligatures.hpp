#pragma once
// Ligature glyphs that a font draws without any Unicode mapping vanish from
// the text layer: "efficient" reads "ef cient" (a gap where the glyph was)
// or "efcient", "official" "of cial", "intensifier" "intensier". Poppler
// tells us such glyphs were drawn (TextLayerStats::unmapped_glyphs); on a
// page that has them, a word the dictionary does not know becomes the one
// word it knows with the letters of a ligature (ff, fi, fl, ffi, ffl) put
// back, inside it or between it and the next word.
#include <string>
#include <string_view>

#include "pdf2tei/model.hpp"
#include "hyphenation.hpp"  // DictionaryLoader
#include "pdf2tei/normalize/normalize.hpp"

namespace pdf2tei::normalize {

// What is left of a word around a lost ligature must be this long at least:
// "n" (of "fin") or "ux" (of "flux") could be many words.
inline constexpr std::size_t kMinLettersLeft = 3;

// The one word `dict` knows that `letters` (a word's letters, no
// punctuation) becomes with a ligature's letters put in somewhere; "" when
// none does, or more than one.
std::string restore_in_word(std::string_view letters, const Dictionary& dict);
// The same with the ligature between two words' letters ("ef", "cient").
std::string restore_between(std::string_view left, std::string_view right, const Dictionary& dict);

}  // namespace pdf2tei::normalize
