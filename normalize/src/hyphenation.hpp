#pragma once
// Line-end hyphens: a word broken across two lines becomes one word again.
// The hyphen goes only when the dictionary knows the joined word and the
// second part starts in lower case ("inten-" + "sifier"); real compounds,
// numbers and ranges keep it ("soixante-quatorzième", "capacity-building",
// "Secretary-General", "2018-2021"). Either way the two parts become one
// word, so no space is left inside it.
//
// Known limit: a compound whose joined form is also a dictionary word loses
// its hyphen ("follow-|up" -> "followup", which en_US knows). Keeping the
// hyphen whenever both halves are words would instead keep it in far more
// common breaks ("inter-|national", "in-|formation"). Hyphenation patterns
// (libhyphen) and UN style are the next arbiters (issue 5).
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "pdf2tei/model.hpp"
#include "dictionary.hpp"
#include "pdf2tei/normalize/normalize.hpp"

namespace pdf2tei::normalize {

// A compound's parts are words of meaning, of this many letters at least
// ("северо-западный", "socio-economic"); a shorter second part is what a
// typesetter's break leaves (patterns allow two letters after a break:
// "неполитическо-|го"), even when the dictionary lists it.
inline constexpr std::size_t kMinCompoundPartLetters = 3;

enum class LineEndHyphen {
    NotOne,  // the line does not end in a broken word
    Drop,    // a word broken by hyphenation: join without the hyphen
    Keep,    // a compound, number or range: join keeping the hyphen
};

// Decides for the last word of a line and the first of the next. Without a
// dictionary, every hyphen is kept (a kept hyphen is a smaller error than a
// joined compound).
// `dict` is asked for only when the decision needs it (a lower-case second
// part), so a document without such a line end never loads a dictionary.
// With `spellings`, the document's own usage decides first: a word it writes
// with its hyphen inside a line (and never whole) keeps it, one it writes
// whole (and never hyphenated) loses it.
LineEndHyphen classify_line_end(std::string_view last, std::string_view next, const DictionaryLoader& dict,
                                const DocumentSpellings* spellings = nullptr);
LineEndHyphen classify_line_end(std::string_view last, std::string_view next, const Dictionary* dict);

// Joins the last word of `line` with the first of `next` when they are one
// word broken at the line end; flags and counts it. True when joined.
bool join_broken_word(Line& line, Line& next, const DictionaryLoader& dict, RepairCounts& repairs,
                      const DocumentSpellings* spellings = nullptr);

// The words the line-end joins of `pages` may ask the dictionary about
// (a superset), for Dictionary::expect.
std::vector<std::string> line_end_questions(const std::vector<Page>& pages);

}  // namespace pdf2tei::normalize
