#pragma once
// OCR reads some short words as others of like shape that the dictionary
// knows as well, so no speller can tell them apart; the words around them
// can. A language's table lists such slips as patterns
// (LanguageTable::ocr_word_slips): French's model reads the verb "a" as
// the preposition "à" ("Toute personne à droit à", "il y à lieu", "à été
// proclamé": dev seed 14 fr-14-016.scan-bw, six times on one page; so
// fr-14-006.no-tounicode and fr-14-013.garbled). Text-layer words are never
// touched.
//
// A pattern is words split by spaces; the one OCR misreads stands in
// brackets, and a word may be any of several split by "|": "y [à]", "[à]
// droit à|au|aux". Words are compared by their core (punctuation around
// them left out), the bracketed one exactly, the others in lower case.
#include <string>
#include <vector>

#include "pdf2tei/language_table.hpp"

namespace pdf2tei::normalize {

// Each word of `words` (a run of text in reading order, punctuation kept)
// that a slip's pattern matches, respelt as the slip means (punctuation
// around it kept): the words, with the indices of those changed.
struct MendedSlips {
    std::vector<std::string> words;
    std::vector<std::size_t> changed;
};
MendedSlips mend_word_slips(const std::vector<std::string>& words, const std::vector<WordSlip>& slips);

}  // namespace pdf2tei::normalize
