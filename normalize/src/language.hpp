#pragma once
// Language identification of running text, with libexttextcat (the n-gram
// classifier LibreOffice uses) and the fingerprints Debian ships with it.
#include <string>
#include <string_view>
#include <vector>
#include "pdf2tei/normalize/normalize.hpp"

namespace pdf2tei::normalize {

// Only the first this many bytes are classified: n-gram profiles settle
// within a page of text, and classifying costs time after all pages are
// read (16 KiB took 2 ms a document).

// The n-gram classifier's candidates alone (libexttextcat).
std::vector<std::string> ngram_language_candidates(std::string_view utf8_text);

// The language the script alone tells, asked before the classifier: "zh"
// when at least kMinHanShare of the letters are Han ideographs and none is
// kana or hangul; else "".
std::string script_language(std::string_view utf8_text);
inline constexpr double kMinHanShare = 0.6;

// The cheap, sure answer: the language whose commonest function words ("the",
// "de", "и") make up a good share of the text, with several distinct ones,
// and clearly more than any other language's; or "" when no language is
// that clear (too short, tables, letter soup, Chinese). It agrees with the
// n-gram classifier on prose in five languages (unit tests), keeps the
// triage right on every generated page, and costs a hash lookup a word: the triage calls it on every page, where the classifier
// took 8.6% of the born-digital CPU (perf).
std::string function_word_language(std::string_view utf8_text);
// Whether `lower_word` (lower case) is one of the language's function
// words (LanguageTable::function_words).
bool is_function_word(const std::string& language, const std::string& lower_word);
// Its thresholds: words in the text, share of them that are function words,
// distinct function words seen, and the lead over the next language.
inline constexpr std::size_t kMinFunctionWordSample = 40;
inline constexpr double kMinFunctionWordShare = 0.12;
inline constexpr std::size_t kMinDistinctFunctionWords = 6;
inline constexpr double kFunctionWordMargin = 2.0;

}  // namespace pdf2tei::normalize
