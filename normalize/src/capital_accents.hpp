#pragma once
// OCR reads an accented capital without its accent far more often than an
// accented small letter: the accent over a capital is small and set close
// to the cap line ("Etats" for "États", "Election" for "Élection"; 7 of the
// 8 words OCR missed on the generated French scan). French sets its
// capitals with their accents, and its dictionary knows only those forms.
// An OCR word whose first letter is an unaccented capital, that the
// dictionary does not know, and that it knows with exactly one accent on
// that capital, is given that accent. Text-layer words are never touched:
// their capitals are what the PDF says.
#include <vector>

#include "pdf2tei/model.hpp"
#include "hyphenation.hpp"
#include "pdf2tei/normalize/normalize.hpp"

namespace pdf2tei::normalize {

// The word with its first capital accented, when the dictionary knows that
// form (and only one) but not the word as read; else the word unchanged.
// Punctuation around the word is kept ("(Etats," -> "(États,").
std::string accent_capital(const std::string& word, const Dictionary& dict);

}  // namespace pdf2tei::normalize
