#pragma once
// How the document itself spells its words, for the line-end hyphen repair.
// A dictionary cannot say whether "cross-|cutting" is "cross-cutting" or
// "crosscutting" (hunspell knows both); the document can, when it writes the
// word elsewhere inside a line. A document's own spelling beats the
// dictionary's: "peace-|keeping" is "peacekeeping" where the text writes it
// so, and a coinage the dictionary lacks is read the way the text uses it.
#include <string>
#include <unordered_set>
#include <vector>

#include "pdf2tei/model.hpp"

namespace pdf2tei::normalize {

class DocumentSpellings {
public:
    // Reads every word of the pages, before any line-end repair: a word with
    // a hyphen between letters that does not end its line is a hyphenated
    // spelling; every word is a whole one. Case is folded.
    static DocumentSpellings of(const std::vector<Page>& pages);

    // Whether the document writes `left` + '-' + `right` inside a line, and
    // whether it writes `left` + `right` as one word (letters only, any case).
    bool writes_hyphenated(const std::u32string& left, const std::u32string& right) const;
    bool writes_whole(const std::u32string& left, const std::u32string& right) const;

private:
    std::unordered_set<std::u32string> hyphenated_, whole_;
};

}  // namespace pdf2tei::normalize
