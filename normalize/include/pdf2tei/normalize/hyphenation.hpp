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

#include "pdf2tei/model.hpp"
#include "pdf2tei/normalize/dictionary.hpp"
#include "pdf2tei/normalize/document_spellings.hpp"

namespace pdf2tei::normalize {

inline constexpr const char* kRepairDehyphenated = "dehyphenated";
inline constexpr const char* kRepairCompoundJoined = "line-end-compound-kept";
inline constexpr const char* kRepairSoftHyphen = "soft-hyphen-removed";

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
using DictionaryLoader = std::function<const Dictionary*()>;
LineEndHyphen classify_line_end(std::string_view last, std::string_view next, const DictionaryLoader& dict,
                                const DocumentSpellings* spellings = nullptr);
LineEndHyphen classify_line_end(std::string_view last, std::string_view next, const Dictionary* dict);

// Joins the last word of `line` with the first of `next` when they are one
// word broken at the line end; flags and counts it. True when joined.
bool join_broken_word(Line& line, Line& next, const DictionaryLoader& dict, RepairCounts& repairs,
                      const DocumentSpellings* spellings = nullptr);

// The same at a page break, between the last paragraph of a page and the
// first of the next, which carries it on (running heads and notes between).
// The joined word stays on the first page.
void join_across_page_break(Block& before, Block& after, const DictionaryLoader& dict, RepairCounts& repairs,
                            const DocumentSpellings* spellings = nullptr);

// Joins, within each block of the page, the words broken at line ends, and
// removes soft hyphens (U+00AD). Flags the words and counts in page.repairs.
void join_line_end_hyphens(Page& page, const DictionaryLoader& dict, const DocumentSpellings* spellings = nullptr);

}  // namespace pdf2tei::normalize
