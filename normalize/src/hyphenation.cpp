#include "hyphenation.hpp"

#include <algorithm>
#include <optional>

#include <unicode/uchar.h>

#include "hyphenation_patterns.hpp"
#include "pdf2tei/language_table.hpp"
#include "pdf2tei/text.hpp"
#include "word_core.hpp"

namespace pdf2tei::normalize {
namespace {

constexpr char32_t kSoftHyphen = 0x00AD;

}  // namespace

LineEndHyphen classify_line_end(std::string_view last, std::string_view next, const Dictionary* dict) {
    return classify_line_end(last, next, [dict] { return dict; });
}

namespace {

// A word of letters only, one at least.
bool all_letters(const std::u32string& w) {
    return !w.empty() && std::all_of(w.begin(), w.end(), [](char32_t c) { return u_isalpha(static_cast<UChar32>(c)); });
}

// "life- and limb-saving", "pré- ou postnatal", "macro- y micro-": a hyphen
// left hanging before a conjunction stands for the second part of a
// compound that follows. The words are two, with their space. Any
// language's conjunction counts: a quotation may be in another language.
bool is_conjunction(const std::u32string& word) {
    return in_any_language(&LanguageTable::conjunctions, word);
}

}  // namespace

LineEndHyphen classify_line_end(std::string_view last, std::string_view next, const DictionaryLoader& load,
                                const DocumentSpellings* spellings) {
    const std::u32string l = utf8_decode(last), n = utf8_decode(next);
    if (l.size() < 2 || n.empty() || !is_hyphen(l.back())) return LineEndHyphen::NotOne;
    const auto before = static_cast<UChar32>(l[l.size() - 2]);
    const auto first = static_cast<UChar32>(n.front());
    if (!u_isalnum(before) || !u_isalnum(first)) return LineEndHyphen::NotOne;  // a dash, not a broken word
    // Numbers, ranges and capitalised second parts are compounds.
    if (!u_isalpha(before) || !u_islower(first)) return LineEndHyphen::Keep;
    const std::u32string stem = core_letters(l.substr(0, l.size() - 1)), tail = core_letters(n);
    if (spellings) {
        const bool hyphenated = spellings->writes_hyphenated(stem, tail), whole = spellings->writes_whole(stem, tail);
        if (hyphenated && !whole) return LineEndHyphen::Keep;
        if (whole && !hyphenated) return LineEndHyphen::Drop;
    }
    const Dictionary* dict = load ? load() : nullptr;
    // A hanging hyphen stays one, unless the two make a word ("thous-and").
    const LineEndHyphen not_a_word = is_conjunction(tail) ? LineEndHyphen::NotOne : LineEndHyphen::Keep;
    if (!dict) return not_a_word;
    // A prefix the language hyphenates ("non-political") keeps its hyphen.
    std::u32string prefix = stem;
    for (auto& c : prefix) c = static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
    const auto& keeping = language_table(dict->language()).hyphen_keeping_prefixes;
    if (std::find(keeping.begin(), keeping.end(), prefix) != keeping.end()) return LineEndHyphen::Keep;
    const std::u32string joined = stem + tail;
    const std::string joined_utf8 = utf8_encode(joined);
    const HyphenationPatterns* patterns = HyphenationPatterns::for_language(dict->language());
    const bool typesetters_break = !patterns || patterns->allows_break(joined_utf8, stem.size());
    if (!dict->knows(joined_utf8)) {
        // A word the dictionary lacks ("несамоуправляю-щейся": it knows
        // "самоуправляющейся"), broken where the patterns allow (Russian
        // has none), whose halves are no words either: a compound joins
        // words ("северо-западный", "socio-economic"), so the hyphen is the
        // typesetter's (dev seed 7 ru-7-022, ru-7-025).
        // Letters only: a web address's parts ("sro-ea/blue-|future-conference") are no word.
        // A tail too short for a compound's part is no word of its own,
        // though the dictionary lists it ("неполитическо-|го": ru_RU
        // knows "го", the game; dev seed 26 ru-26-006.clean, XeLaTeX).
        const bool halves_words = dict->knows(utf8_encode(stem)) ||
                                  (tail.size() >= kMinCompoundPartLetters && dict->knows(utf8_encode(tail)));
        return typesetters_break && all_letters(joined) && !halves_words ? LineEndHyphen::Drop : not_a_word;
    }
    // The patterns must allow the break where the line ended: a word the
    // dictionary knows, broken where no typesetter would break it, is a
    // compound written with its hyphen. Not in a language that writes
    // almost no known word so: there our patterns are one typesetter's of
    // several.
    if (!typesetters_break && !language_table(dict->language()).hyphenates_few_known_words) return LineEndHyphen::Keep;
    return LineEndHyphen::Drop;
}

namespace {

// `first`, the next line's part of a word, appended to `last` (whose own
// part ends where the line did): the break's place kept (the first, if
// several), the word flagged with `flag` and the repair counted.
void append_broken_part(Word& last, const Word& first, WordFlag flag, const char* repair, RepairCounts& repairs) {
    if (last.line_break < 0) last.line_break = static_cast<int>(last.text.size());  // the first break, if several
    last.text += first.text;
    last.space_after = first.space_after;
    last.glyphs.clear();
    last.flags |= flag;
    last.flags = (last.flags & ~static_cast<std::uint32_t>(kFlagCellLineEnd)) | (first.flags & kFlagCellLineEnd);
    ++repairs[repair];
}

// Joins `first` onto `last` when they are one word broken at a line end
// (dropping the hyphen, or keeping a compound's); flags and counts it.
bool join_if_broken(Word& last, const Word& first, const DictionaryLoader& dict, RepairCounts& repairs,
                    const DocumentSpellings* spellings) {
    const LineEndHyphen kind = classify_line_end(last.text, first.text, dict, spellings);
    if (kind == LineEndHyphen::NotOne) return false;
    if (kind == LineEndHyphen::Drop) {
        std::u32string left = utf8_decode(last.text);
        left.pop_back();
        last.text = utf8_encode(left);
    }
    const bool drop = kind == LineEndHyphen::Drop;
    append_broken_part(last, first, drop ? kFlagDehyphenated : kFlagLineEndCompound,
                       drop ? kRepairDehyphenated : kRepairCompoundJoined, repairs);
    return true;
}

// A narrow cell's word wrapped without a hyphen ("Disposicione" / "s",
// "Положени" / "я", "Disposicion" / "es": LibreOffice, dev seeds 13
// es-13-009, es-13-001 and 14 ru-14-000): the two make one word the
// dictionary knows, and the first part is none, nor a number. Joins them,
// no space between.
// The two words join_if_wrapped_inside asks the dictionary about, for a
// cell's `last` word wrapped before `next`: the first part, and the two
// joined. Only where the first part is all letters, nothing around them,
// and so is the second but for its own punctuation after them.
struct WrapQuestions {
    std::string first_part, joined;
};
std::optional<WrapQuestions> wrap_questions(const std::string& last, std::string_view next) {
    const std::u32string head = utf8_decode(last), tail = core_letters(utf8_decode(next));
    if (!all_letters(head) || !all_letters(tail)) return std::nullopt;
    return WrapQuestions{last, utf8_encode(head + tail)};
}

bool join_if_wrapped_inside(Word& last, const Word& first, const DictionaryLoader& load, RepairCounts& repairs) {
    const auto asked = wrap_questions(last.text, first.text);
    if (!asked) return false;
    const Dictionary* dict = load ? load() : nullptr;
    if (!dict || dict->knows(asked->first_part) || !dict->knows(asked->joined)) return false;
    append_broken_part(last, first, kFlagDehyphenated, kRepairCellWrapJoined, repairs);
    return true;
}

// In a table row, the words of one cell that wrapped at a hyphen, or inside
// a word.
void join_cell_wraps(Line& row, const DictionaryLoader& dict, RepairCounts& repairs,
                     const DocumentSpellings* spellings) {
    auto& words = row.words;
    for (std::size_t i = 0; i + 1 < words.size();) {
        if (words[i].has(kFlagCellLineEnd) && words[i].column == words[i + 1].column &&
            (join_if_broken(words[i], words[i + 1], dict, repairs, spellings) ||
             join_if_wrapped_inside(words[i], words[i + 1], dict, repairs))) {
            words.erase(words.begin() + static_cast<std::ptrdiff_t>(i + 1));
            continue;
        }
        ++i;
    }
}

}  // namespace

bool join_broken_word(Line& line, Line& next, const DictionaryLoader& dict, RepairCounts& repairs,
                      const DocumentSpellings* spellings) {
    if (line.words.empty() || next.words.empty()) return false;
    if (!join_if_broken(line.words.back(), next.words.front(), dict, repairs, spellings)) return false;
    next.words.erase(next.words.begin());
    return true;
}

void join_across_page_break(Block& before, Block& after, const DictionaryLoader& dict, RepairCounts& repairs,
                            const DocumentSpellings* spellings) {
    if (before.lines.empty() || after.lines.empty()) return;
    join_broken_word(before.lines.back(), after.lines.front(), dict, repairs, spellings);
    std::erase_if(after.lines, [](const Line& l) { return l.words.empty(); });
}

namespace {

// The words classify_line_end would ask the dictionary about for `last`
// ending a line before `next` (stem and tail joined, and each), if any. It
// mirrors classify_line_end's exits before the dictionary; asking a word
// too many costs nothing but a larger subset.
void ask_dictionary(std::string_view last, std::string_view next, std::vector<std::string>& questions) {
    const std::u32string l = utf8_decode(last), n = utf8_decode(next);
    if (l.size() < 2 || n.empty() || !is_hyphen(l.back())) return;
    const auto before = static_cast<UChar32>(l[l.size() - 2]);
    if (!u_isalpha(before) || !u_islower(static_cast<UChar32>(n.front()))) return;
    const std::u32string stem = core_letters(l.substr(0, l.size() - 1)), tail = core_letters(n);
    questions.push_back(utf8_encode(stem + tail));
    questions.push_back(utf8_encode(stem));
    questions.push_back(utf8_encode(tail));
}

// The words join_if_wrapped_inside will ask about for a table cell's
// `last` word wrapped before `next`, if any. Unasked, each reloaded
// hunspell on its own: 5 loads of 7 for A/80/590 (docs/benchmarks.md,
// session 55).
void ask_about_cell_wrap(const std::string& last, std::string_view next, std::vector<std::string>& questions) {
    if (auto asked = wrap_questions(last, next)) {
        questions.push_back(std::move(asked->first_part));
        questions.push_back(std::move(asked->joined));
    }
}

}  // namespace

std::vector<std::string> line_end_questions(const std::vector<Page>& pages) {
    std::vector<std::string> questions;
    const auto ask = [&questions](const Word& last, const Word& next) { ask_dictionary(last.text, next.text, questions); };
    for (const auto& page : pages)
        for (const auto& block : page.blocks) {
            if (block.kind == BlockKind::Figure) continue;
            if (block.kind == BlockKind::Table) {
                for (const auto& row : block.lines)
                    for (std::size_t i = 0; i + 1 < row.words.size(); ++i)
                        if (row.words[i].has(kFlagCellLineEnd)) {
                            ask(row.words[i], row.words[i + 1]);
                            ask_about_cell_wrap(row.words[i].text, row.words[i + 1].text, questions);
                        }
                continue;
            }
            for (std::size_t i = 0; i + 1 < block.lines.size(); ++i)
                if (!block.lines[i].words.empty() && !block.lines[i + 1].words.empty())
                    ask(block.lines[i].words.back(), block.lines[i + 1].words.front());
        }
    return questions;
}

void join_line_end_hyphens(std::vector<Page>& pages, const DictionaryLoader& load, const DocumentSpellings* spellings) {
    // Every word the pages' line ends will ask about, asked at once (one
    // hunspell load; see Dictionary::expect).
    const std::vector<std::string> questions = line_end_questions(pages);
    if (!questions.empty())
        if (const Dictionary* dict = load ? load() : nullptr) {
            dict->expect(questions);
            if (const auto* patterns = HyphenationPatterns::for_language(dict->language())) patterns->expect(questions);
        }
    for (auto& page : pages) join_line_end_hyphens(page, load, spellings);
}

void join_line_end_hyphens(Page& page, const DictionaryLoader& dict, const DocumentSpellings* spellings) {
    for (auto& block : page.blocks) {
        for (auto& line : block.lines)
            for (auto& w : line.words) {
                std::u32string t = utf8_decode(w.text);
                const auto removed = std::erase(t, kSoftHyphen);
                if (removed == 0) continue;
                page.repairs[kRepairSoftHyphen] += static_cast<int>(removed);
                w.text = utf8_encode(t);
                w.glyphs.clear();  // one box per code point no longer holds
            }
        if (block.kind == BlockKind::Figure) continue;  // labels, each on its own
        if (block.kind == BlockKind::Table) {  // lines are rows: words break within cells only
            for (auto& row : block.lines) join_cell_wraps(row, dict, page.repairs, spellings);
            continue;
        }
        for (std::size_t i = 0; i + 1 < block.lines.size(); ++i)
            join_broken_word(block.lines[i], block.lines[i + 1], dict, page.repairs, spellings);
        std::erase_if(block.lines, [](const Line& l) { return l.words.empty(); });
    }
}

}  // namespace pdf2tei::normalize
