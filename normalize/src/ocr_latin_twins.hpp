#pragma once
// Russian's model ("rus+eng") reads a short Cyrillic word as Latin letters
// of the same shapes: "BO" for "во", "TO" for "то", "Ha" for "на", "K"
// for "к" (dev seed 14: ru-14-001.invisible-ocr, ru-14-004.glyph-ids,
// ru-14-005.garbled, ru-14-012.garbled, ru-14-017.invisible-ocr; each word
// between Cyrillic words): its small letters have the shapes of Latin
// capitals, smaller. A language's table lists the script's small letters
// each Latin letter may stand for (LanguageTable::latin_twins). An OCR
// word all of whose letters have a twin, with a word of the script on
// each side it has (one at least), is written in the script's small
// letters when the dictionary knows it so, its first a capital where a
// sentence opens (the word before ends in . ! ? or :, or there is none)
// and OCR read one. Real capitals spelt with twins alone ("ООН" read
// "OOH") are not known in small letters, and stay as read.
#include <string>
#include <string_view>

#include "dictionary.hpp"

namespace pdf2tei::normalize {

// `word` (punctuation around it kept) in the script, or "" when it is no
// twin-spelt word the dictionary knows. `opens_sentence`: the word before
// ends a sentence, or there is none.
std::string script_twin_spelling(const std::string& word, std::u32string_view twins, bool opens_sentence,
                                 const Dictionary& dict);

}  // namespace pdf2tei::normalize
