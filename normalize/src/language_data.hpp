#pragma once
// What the repairs know of a language's writing, as data: one table per
// language (issue 17: language knowledge is data, not literals scattered
// through the passes). A language without an entry gets an empty table.
//
// To teach pdf2tei a convention of a language, add it here with the
// document it came from, and a table case in the pass's unit test.
#include <string_view>
#include <vector>

namespace pdf2tei::normalize {

struct LanguageData {
    // Prefixes whose compounds keep their hyphen when it falls at a line
    // end, though the dictionary knows the closed form: UN English writes
    // "non-political", "non-governmental" (en_US knows "nonpolitical").
    // Lowercase, the whole part before the hyphen.
    std::vector<std::u32string_view> hyphen_keeping_prefixes;
    // The n-gram classifier takes letters of the script drawn at random for
    // the language, and is sure of it (dev seed 9 ar-9-005.garbled: a page
    // of scrambled Arabic judged "ar"). Its sure verdict is then checked
    // against the share of the language's function words
    // (function_words.cpp) and of words that open with one of
    // `common_prefixes` (Arabic's article), without a dictionary's load.
    bool classifier_takes_letter_soup = false;
    std::vector<std::u32string_view> common_prefixes;
};

// The table of a BCP 47 primary tag ("en"); an empty one for a language
// without an entry.
const LanguageData& language_data(std::string_view tag);

}  // namespace pdf2tei::normalize
