#pragma once
// OCR drops the space between two words set close, as a paragraph's lead
// words in italics are ("Noone shall", "Nulne peut", "Anadie": dev seed 14
// en-14-014.scan, en-14-016.garbled, en-14-018.invisible-ocr,
// fr-14-011.scan, es-14-002.scan, es-14-019.invisible-ocr). Such a word,
// a capital then small letters only, is cut in two when the dictionary
// does not know it and exactly one cut leaves two words it knows, one of
// them a function word of the language (LanguageTable::function_words).
// Only a numbered paragraph's first word, after its number ("5."): where
// a UN paragraph's lead words stand in italics. Anywhere else a British
// spelling en_US did not know split so too ("offence" into "of fence",
// dev seed 14 en-14-001.invisible-ocr; English spells with en_GB since),
// a word's line-end half ("tion" into "ti on"), a name ("Leconte" into "Le conte") and an abbreviation
// ("Aug." into "Au g.") opening a paragraph of a typed 1950s page
// (ocr-gt's TapusCorpus pages). Text-layer words are never touched. A glued pair that spells a
// word is kept ("Encaso" for "En caso": the verb "encasar").
#include <optional>
#include <string>
#include <utility>

#include "dictionary.hpp"

namespace pdf2tei::normalize {

// The two words `word` (punctuation around it kept on the outer halves)
// is cut into, or none.
std::optional<std::pair<std::string, std::string>> split_glued_word(const std::string& word,
                                                                    const std::string& language,
                                                                    const Dictionary& dict);

}  // namespace pdf2tei::normalize
