#include "ocr_punctuation.hpp"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <algorithm>

#include "pdf2tei/language_table.hpp"
#include "pdf2tei/text.hpp"
#include "word_core.hpp"

namespace pdf2tei::normalize {
namespace {

// The space French sets before `mark`: narrow before ; ! ?, full before :.
const char* space_before(char32_t mark) {
    switch (mark) {
        case U';':
        case U'!':
        case U'?': return "\u202F";
        case U':': return "\u00A0";
        default: return nullptr;
    }
}

// Cuts "religion;" (`t`, decoded) into "religion\u202F" and ";", the
// mark's box a character's share of the word's at its end.
void split_off_mark(std::vector<Word>& words, std::size_t i, const std::u32string& t, const char* space) {
    Word& w = words[i];
    Word mark = w;
    mark.text = utf8_encode(t.substr(t.size() - 1));
    const double share = w.box.width() / static_cast<double>(t.size());
    mark.box.x0 = w.box.x1 - share;
    mark.glyphs.clear();
    w.text = utf8_encode(t.substr(0, t.size() - 1)) + space;
    w.box.x1 = mark.box.x0;
    w.space_after = false;
    w.flags |= kFlagUnicodeRepaired;
    if (!w.glyphs.empty()) w.glyphs.pop_back();
    words.insert(words.begin() + static_cast<std::ptrdiff_t>(i) + 1, std::move(mark));
}

}  // namespace

void space_ocr_high_punctuation(std::vector<Page>& pages, std::string_view language) {
    if (!language_table(language).spaced_high_punctuation) return;
    for (auto& page : pages)
        for (auto& block : page.blocks)
            for (auto& line : block.lines)
                for (std::size_t i = 0; i < line.words.size(); ++i) {
                    const Word& w = line.words[i];
                    if (w.source != Source::Ocr || w.text.empty()) continue;
                    const char* space = space_before(static_cast<unsigned char>(w.text.back()));
                    if (!space) continue;
                    const std::u32string t = utf8_decode(w.text);
                    if (t.size() < 2 || !u_isalpha(static_cast<UChar32>(t[t.size() - 2]))) continue;
                    split_off_mark(line.words, i, t, space);
                    ++page.repairs[kRepairThinSpace];
                    ++i;  // past the mark
                }
}

namespace {

bool is_latin_letter(char32_t c) {
    UErrorCode status = U_ZERO_ERROR;
    return u_isalpha(static_cast<UChar32>(c)) && uscript_getScript(static_cast<UChar32>(c), &status) == USCRIPT_LATIN;
}

bool is_other_script_letter(char32_t c) { return u_isalpha(static_cast<UChar32>(c)) && !is_latin_letter(c); }

bool is_digit(char32_t c) { return u_isdigit(static_cast<UChar32>(c)); }

}  // namespace

void write_ocr_marks_in_script(std::vector<Page>& pages, std::string_view language) {
    const auto& marks = language_table(language).own_marks;
    if (marks.empty()) return;
    for (auto& page : pages)
        for (auto& block : page.blocks) {
            int open_quotes = 0;  // « not yet closed in the block: a » then closes one, and is kept
            for (auto& line : block.lines) {
                std::vector<std::u32string> texts;
                texts.reserve(line.words.size());
                for (const auto& w : line.words) texts.push_back(utf8_decode(w.text));
                const bool script = std::any_of(texts.begin(), texts.end(), [](const std::u32string& t) {
                    return std::any_of(t.begin(), t.end(), is_other_script_letter);
                });
                for (std::size_t k = 0; k < line.words.size(); ++k) {
                    Word& w = line.words[k];
                    std::u32string& t = texts[k];
                    const bool latin = std::any_of(t.begin(), t.end(), is_latin_letter);
                    int changed = 0;
                    for (std::size_t i = 0; i < t.size(); ++i) {
                        if (t[i] == U'\u00AB') ++open_quotes;
                        if (t[i] == U'\u00BB' && open_quotes > 0) {
                            --open_quotes;
                            continue;
                        }
                        if (i == 0 || !script || w.source != Source::Ocr) continue;
                        const auto own = std::find_if(marks.begin(), marks.end(), [&](const auto& m) { return m.first == t[i]; });
                        if (own == marks.end()) continue;
                        if (!is_other_script_letter(t[i - 1]) && !(is_digit(t[i - 1]) && !latin)) continue;
                        t[i] = own->second;
                        ++changed;
                    }
                    if (changed) respell(w, utf8_encode(t), page.repairs, kRepairOcrScriptMark, changed);
                }
            }
        }
}

namespace {

// "الثاني" + "/يناير" or "أيار/" + "مايو": a slash at the join with a
// letter beside it on each side, and none beyond it.
bool slash_spaced_on_one_side(const std::u32string& left, const std::u32string& right) {
    if (left.size() < 2 || right.size() < 2) return false;
    if (right.front() == U'/') return is_letter(left.back()) && is_letter(right[1]);
    if (left.back() == U'/') return is_letter(left[left.size() - 2]) && is_letter(right.front());
    return false;
}

}  // namespace

void join_ocr_slash_spaces(std::vector<Page>& pages) {
    for (auto& page : pages)
        for (auto& block : page.blocks)
            for (auto& line : block.lines) {
                auto& words = line.words;
                for (std::size_t k = 0; k + 1 < words.size(); ++k) {
                    Word& a = words[k];
                    const Word& b = words[k + 1];
                    if (a.source != Source::Ocr || b.source != Source::Ocr || !a.space_after) continue;
                    if (!slash_spaced_on_one_side(utf8_decode(a.text), utf8_decode(b.text))) continue;
                    a.flags |= b.flags;
                    a.confidence = std::min(a.confidence, b.confidence);
                    append_word(a, b);
                    words.erase(words.begin() + static_cast<std::ptrdiff_t>(k) + 1);
                    ++page.repairs[kRepairOcrSlashSpace];
                }
            }
}

void mend_ocr_cjk_paragraph_numbers(std::vector<Line>& lines, RepairCounts& counts) {
    constexpr std::u32string_view kFullWidthComma = U"\uFF0C";
    constexpr std::size_t kMaxDigits = 3;
    for (auto& line : lines) {
        if (line.words.empty() || line.words.front().source != Source::Ocr) continue;
        const std::u32string t = utf8_decode(line.words.front().text);
        std::size_t digits = 0;
        while (digits < t.size() && t[digits] >= U'0' && t[digits] <= U'9') ++digits;
        if (digits == 0 || digits > kMaxDigits) continue;
        std::size_t mark = digits + (digits < t.size() && t[digits] == U'.' ? 1 : 0);
        if (t.compare(mark, kFullWidthComma.size(), kFullWidthComma) != 0) continue;
        const std::u32string rest = t.substr(mark + kFullWidthComma.size());
        const char32_t after = !rest.empty() ? rest.front()
                               : line.words.size() > 1 ? first_code_point(line.words[1].text)
                                                       : U'\0';
        if (!is_cjk(after)) continue;
        Word& number = line.words.front();
        if (!rest.empty()) {
            // The text read against the mark becomes a word of its own, its
            // box a character's share of the word's each.
            Word text = number;
            const double share = number.box.width() / static_cast<double>(t.size());
            text.text = utf8_encode(rest);
            text.box.x0 = number.box.x1 - share * static_cast<double>(rest.size());
            text.glyphs.clear();
            number.box.x1 = number.box.x0 + share * static_cast<double>(digits + 1);
            line.words.insert(line.words.begin() + 1, std::move(text));
        }
        Word& mended = line.words.front();
        mended.text = utf8_encode(t.substr(0, digits)) + ".";
        mended.space_after = true;
        mended.glyphs.clear();
        mended.flags |= kFlagUnicodeRepaired;
        ++counts[kRepairOcrNumberMark];
    }
}

namespace {

constexpr char32_t kFullWidthComma = U'\uFF0C';

// Whether the block is the resolution's opening formula ("大会，"), which
// the language table spells: the UN's own wording, comma and all.
bool is_opening_formula(const Block& block, const LanguageTable& table) {
    if (block.lines.size() != 1) return false;
    std::u32string text = utf8_decode(line_text(block.lines.front()));
    std::replace(text.begin(), text.end(), U',', kFullWidthComma);
    return std::any_of(table.opening_formulas.begin(), table.opening_formulas.end(),
                       [&](std::string_view f) { return utf8_decode(f) == text; });
}

// Calls f(page, word, i, comma, line_end) for each comma after an
// ideograph in the OCR words of the running text's lines but the opening
// formula, code point `i` of the word: `line_end` when it is its line's
// last character.
template <typename F>
void for_each_ocr_cjk_comma(std::vector<Page>& pages, const LanguageTable& table, F&& f) {
    for (auto& page : pages)
        for (auto& block : page.blocks) {
            if (!is_running_text(block.kind)) continue;
            for (auto& line : block.lines) {
                // Decoded only where an OCR word holds a comma: this pass
                // runs on every page of every language.
                if (std::none_of(line.words.begin(), line.words.end(), [](const Word& w) {
                        return w.source == Source::Ocr && w.text.find_first_of(",\xEF") != std::string::npos;
                    }))
                    continue;
                if (is_opening_formula(block, table)) break;
                // The line's character before, across words (a comma may be
                // a word), a note's call aside ("基础¹，").
                char32_t before = 0;
                for (std::size_t k = 0; k < line.words.size(); ++k) {
                    Word& w = line.words[k];
                    if (w.has(kFlagNoteAnchor)) continue;
                    const std::u32string t = utf8_decode(w.text);
                    for (std::size_t i = 0; i < t.size(); ++i) {
                        if (w.source == Source::Ocr && (t[i] == U',' || t[i] == kFullWidthComma) && is_ideograph(before))
                            f(page, w, i, t[i], k + 1 == line.words.size() && i + 1 == t.size());
                        before = t[i];
                    }
                }
            }
        }
}

}  // namespace

void unify_ocr_cjk_line_end_commas(std::vector<Page>& pages, std::string_view language) {
    const LanguageTable& table = language_table(language);
    int ascii = 0, full_width = 0;
    for_each_ocr_cjk_comma(pages, table, [&](Page&, Word&, std::size_t, char32_t comma, bool line_end) {
        if (!line_end) ++(comma == U',' ? ascii : full_width);
    });
    const int inner = ascii + full_width;
    if (inner < kMinInnerCommas) return;
    char32_t style = 0;
    if (full_width <= kMaxOtherCommaShare * inner) style = U',';
    else if (ascii <= kMaxOtherCommaShare * inner) style = kFullWidthComma;
    if (style == 0) return;
    for_each_ocr_cjk_comma(pages, table, [&](Page& page, Word& w, std::size_t i, char32_t comma, bool line_end) {
        if (!line_end || comma == style) return;
        std::u32string t = utf8_decode(w.text);
        t[i] = style;
        respell(w, utf8_encode(t), page.repairs, kRepairOcrCjkComma);
    });
}

}  // namespace pdf2tei::normalize
