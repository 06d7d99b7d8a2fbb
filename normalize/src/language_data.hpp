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
    std::vector<std::u32string_view> hyphen_keeping_prefixes = {};
    // The n-gram classifier takes letters of the script drawn at random for
    // the language, and is sure of it (dev seed 9 ar-9-005.garbled: a page
    // of scrambled Arabic judged "ar"; held-out seed 1000's Russian and
    // Chinese garbled files, every word Cyrillic or Han soup). Its sure
    // verdict is then checked against the share of the language's common
    // words (common_word_share): a page below this bar is letter soup. 0:
    // the classifier is trusted. The default holds for the Latin-script
    // languages: their running text is 0.19 function words or more a page
    // on dev seeds 7 and 8 (en, fr, es), their letter soup at most 0.06,
    // and Latin soup is sometimes classed, sure, as German (dev seed 8,
    // en-8-006.garbled). A language without function words is trusted.
    double letter_soup_bar = 0.10;
    // Written without spaces (Chinese): the common words are those of two
    // characters or more that ICU's dictionary finds, by share of the
    // script's characters, in place of function words.
    bool words_by_dictionary = false;
    // Words that open with one of these count as common too (Arabic's
    // article), without a dictionary's load.
    std::vector<std::u32string_view> common_prefixes = {};
    // Sets a no-break space before ; ! ? (narrow, U+202F) and : (U+00A0),
    // which OCR reads glued to the word before ("religion;" for "religion
    // ;", dev scan300-7 fr-7-003): French.
    bool spaced_high_punctuation = false;
};

// The table of a BCP 47 primary tag ("en"); an empty one for a language
// without an entry.
const LanguageData& language_data(std::string_view tag);

}  // namespace pdf2tei::normalize
