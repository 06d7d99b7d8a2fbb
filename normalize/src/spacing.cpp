#include "spacing.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <cmath>
#include <limits>

#include "pdf2tei/language_table.hpp"
#include "pdf2tei/text.hpp"
#include "word_core.hpp"

namespace pdf2tei::normalize {
namespace {

constexpr char32_t kApostrophe = U'\u2019';

bool is_latin_or_digit(char32_t c) { return is_ascii_digit(c) || (c < 0x250 && is_letter(c)); }

// A CJK character against a digit or a Latin letter, either way round
// ("2022" / "年", "第" / "63").
// Asked of every spaced pair of a page: only the two code points that meet
// are decoded.
bool cjk_meets(std::string_view left, std::string_view right, bool (*other)(char32_t)) {
    if (left.empty() || right.empty()) return false;
    const char32_t a = last_code_point(left), b = first_code_point(right);
    return (is_cjk(a) && other(b)) || (other(a) && is_cjk(b));
}
bool cjk_meets_latin(std::string_view left, std::string_view right) { return cjk_meets(left, right, is_latin_or_digit); }
bool cjk_meets_digit(std::string_view left, std::string_view right) { return cjk_meets(left, right, is_ascii_digit); }

// Elided words that end in an apostrophe: l’, d’, qu’, jusqu’... (the
// languages' elided_stems), lower case, capitalised or in capitals.
bool is_elided_word(const std::u32string& t) {
    if (t.size() < 2 || (t.back() != kApostrophe && t.back() != U'\'')) return false;
    const std::u32string stem = t.substr(0, t.size() - 1);
    std::u32string lower = stem;
    for (auto& c : lower) c = static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
    const bool capitalised = std::all_of(stem.begin() + 1, stem.end(), [](char32_t c) { return !u_isupper(static_cast<UChar32>(c)); });
    const bool capitals = std::none_of(stem.begin(), stem.end(), [](char32_t c) { return u_islower(static_cast<UChar32>(c)); });
    if (!capitalised && !capitals) return false;
    return in_any_language(&LanguageTable::elided_stems, lower);
}

// The two words are one at an elision: "d" + "’experts", or "l’" + "Assemblée".
bool is_elision(const std::u32string& left, const std::u32string& right) {
    if (left.empty() || right.empty()) return false;
    if ((right.front() == kApostrophe || right.front() == U'\'') && right.size() > 1 && is_letter(right[1]) &&
        is_letter(left.back()))
        return true;
    return is_elided_word(left) && is_letter(right.front());
}

// "III." + "Net", "etc." + "The": a full stop (or colon, or a label's
// closing bracket) then a capitalised word is a boundary whatever the gap.
// Word sets a list label's tab as a narrow gap ("III. Net cash available",
// A/80/590 p. 23: 0.15 em where the line's spaces are 0.28 em). An
// abbreviation letter-spaced apart ("U." + "S.") is still joined: its right
// side is no lower-case word.
bool is_sentence_boundary(const std::u32string& left, const std::u32string& right) {
    if (left.size() < 2 || right.size() < 2) return false;
    if (std::u32string_view(U".:;!?)").find(left.back()) == std::u32string_view::npos) return false;
    return u_isupper(static_cast<UChar32>(right[0])) && u_islower(static_cast<UChar32>(right[1]));
}

// An OCR word is joined by OCR's own rules (split_words.hpp), unless it
// patches a lossy layer (kFlagOcrPatched): set among the layer's words,
// at their gaps, it was cut from its stem there ("l" + "’homme",
// "collectivi" + "té,": dev seed 21 fr-21-001.no-tounicode). So is an
// earlier OCR layer's: its gaps are OCR's, and one under the line's usual
// space may be a real one ("of life" 0.05 em apart; dev seed 34
// en-34-004.invisible-ocr).
bool layer_placed(const Word& w) { return !read_by_ocr(w) || w.has(kFlagOcrPatched); }

bool joinable(const Word& a, const Word& b) {
    if (!layer_placed(a) || !layer_placed(b)) return false;
    if (a.has(kFlagSuperscript) || b.has(kFlagSuperscript)) return false;
    const double size = std::max({a.font_size, b.font_size, 1.0});
    return std::fabs(a.font_size - b.font_size) <= 0.1 * size;
}

void join(Word& a, Word&& b) {
    // The gap after the whole is b's: its drawn space, if any.
    a.flags = (a.flags & ~kFlagSpaceDrawn) | (b.flags & ~kFlagSyntheticSpace);
    append_word(a, b);
}

// French sets a thin space before ; : ! ? » and after «. It is a space
// (never to be removed), and a narrow no-break one. On UTF-8, since it is
// asked of every spaced pair.
bool is_french_spaced(std::string_view left, std::string_view right) {
    constexpr std::string_view kOpen = "\u00AB", kClose = "\u00BB";  // « »
    if (!right.empty() && (std::string_view(";:!?").find(right.front()) != std::string_view::npos ||
                           right.substr(0, kClose.size()) == kClose))
        return true;
    return left.size() >= kOpen.size() && left.substr(left.size() - kOpen.size()) == kOpen;
}

bool ends_with_narrow_space(std::string_view s) {
    constexpr std::string_view kNarrow = "\u202F";
    return s.size() >= kNarrow.size() && s.substr(s.size() - kNarrow.size()) == kNarrow;
}

bool single_letter(const Word& w) {
    const std::u32string t = utf8_decode(w.text);
    return t.size() == 1 && is_letter(t[0]);
}

// A word set letter-spaced ("D é c l a r a t i o n", a title's style) comes
// out as single letters: a run of at least kMinSpacedLetters of them, whose
// gaps are alike and clearly narrower than the spaces around the run, is
// one word.
void join_letter_spaced(Line& line, RepairCounts& counts) {
    auto& ws = line.words;
    const auto gap = [&](std::size_t i) { return ws[i + 1].box.x0 - ws[i].box.x1; };  // after word i
    for (std::size_t i = 0; i < ws.size(); ++i) {
        std::size_t end = i;
        while (end < ws.size() && single_letter(ws[end]) && (end == i || joinable(ws[end - 1], ws[end]))) ++end;
        if (end - i < kMinSpacedLetters) continue;
        std::vector<double> gaps;
        for (std::size_t k = i; k + 1 < end; ++k) gaps.push_back(gap(k));
        const auto [lowest, highest] = std::minmax_element(gaps.begin(), gaps.end());
        const double lo = *lowest, hi = *highest;
        double around = std::numeric_limits<double>::infinity();
        if (i > 0) around = std::min(around, gap(i - 1));
        if (end < ws.size()) around = std::min(around, gap(end - 1));
        const double em = std::max(ws[i].font_size, 1.0);
        const bool alike = lo > 0 && hi <= kSpacedGapSpread * lo;
        const bool narrower = std::isfinite(around) ? median(gaps) < kSpacedGapShareOfSpace * around &&
                                                          hi < kMaxSpacedGapShareOfSpace * around
                                                    : hi < kMaxSpacedGapEm * em;
        if (!alike || !narrower) {
            i = end - 1;
            continue;
        }
        for (std::size_t k = i + 1; k < end; ++k) join(ws[i], std::move(ws[k]));
        ws[i].flags |= kFlagSpaceRemoved;
        ws.erase(ws.begin() + static_cast<std::ptrdiff_t>(i + 1), ws.begin() + static_cast<std::ptrdiff_t>(end));
        ++counts[kRepairLetterSpacing];
    }
}

void repair_line(Line& line, RepairCounts& counts) {
    if (line.words.size() < 2) return;
    join_letter_spaced(line, counts);
    const double usual_space = usual_word_space(line);

    std::vector<Word> out;
    out.reserve(line.words.size());
    for (auto& w : line.words) {
        if (out.empty() || !out.back().space_after || !joinable(out.back(), w)) {
            out.push_back(std::move(w));
            continue;
        }
        Word& prev = out.back();
        const double em = std::max(prev.font_size, 1.0);
        const double gap = w.box.x0 - prev.box.x1;
        // A line sets its word spaces alike (justification spreads them
        // evenly), so a gap far below the line's usual space is no space.
        if (is_french_spaced(prev.text, w.text)) {
            const bool thin = gap < kMaxThinSpaceEm * em || (usual_space > 0 && gap < kThinSpaceShareOfSpace * usual_space);
            if (thin && !ends_with_narrow_space(prev.text)) {
                prev.text += "\u202F";  // the thin space, as a character
                prev.space_after = false;
                ++counts[kRepairThinSpace];
            }
            out.push_back(std::move(w));
            continue;
        }
        // A space the layer draws is one, however narrow its gap
        // (LibreOffice's justified Arabic: "مرضية كما" 0.4 pt apart).
        const bool letter_gap = !prev.has(kFlagSpaceDrawn) && (usual_space > 0
                                     ? gap < std::min(kLetterGapShareOfSpace * usual_space, kMaxLetterGapInLineEm * em)
                                     : gap < kMaxLetterGapEm * em) &&
                                !is_sentence_boundary(utf8_decode(prev.text), utf8_decode(w.text));
        // A stem a language elides, then the apostrophe that opens the
        // next word ("s" + "’exprimer"), is one word however tight the
        // line: its spaces may be as narrow as the gap (0.22 em among 0.23
        // em, pdfTeX: dev endnotes-14 fr-14-007). A quotation's apostrophe
        // follows a word of its own ("the word ’tis").
        // (Decoded only for a gap an elision may have: most joins are
        // wider, and this is asked at each of them.)
        bool elision = false;
        if (gap < kMaxElisionGapEm * em) {
            const std::u32string left = utf8_decode(prev.text), right = utf8_decode(w.text);
            const bool stem_then_apostrophe = !right.empty() &&
                                              (right.front() == kApostrophe || right.front() == U'\'') &&
                                              is_elided_word(left + right.front());
            elision = (usual_space <= 0 || gap < kElisionGapShareOfSpace * usual_space || stem_then_apostrophe) &&
                      is_elision(left, right);
        }
        if (!letter_gap && !elision) {
            out.push_back(std::move(w));
            continue;
        }
        ++counts[elision ? kRepairElisionJoined : kRepairSpaceRemoved];
        join(prev, std::move(w));
        prev.flags |= kFlagSpaceRemoved;
    }
    line.words = std::move(out);
}

}  // namespace

void mark_drawn_spaces(std::vector<Line>& lines, const std::vector<Box>& drawn_spaces) {
    if (drawn_spaces.empty()) return;
    // By their middle's height, for a search per line.
    std::vector<Box> spaces = drawn_spaces;
    std::sort(spaces.begin(), spaces.end(), [](const Box& a, const Box& b) { return a.center_y() < b.center_y(); });
    for (auto& line : lines) {
        if (line.words.size() < 2) continue;
        const auto from = std::lower_bound(spaces.begin(), spaces.end(), line.box.y0,
                                           [](const Box& s, double y) { return s.center_y() < y; });
        const auto to = std::upper_bound(from, spaces.end(), line.box.y1,
                                         [](double y, const Box& s) { return y < s.center_y(); });
        if (from == to) continue;
        for (std::size_t i = 0; i + 1 < line.words.size(); ++i) {
            Word& a = line.words[i];
            const Word& b = line.words[i + 1];
            // The space's middle in the gap, give or take half its width
            // (a justified line may draw it over a letter's edge).
            const double lo = std::min(a.box.x1, b.box.x0), hi = std::max(a.box.x1, b.box.x0);
            for (auto s = from; s != to; ++s) {
                const double mid = (s->x0 + s->x1) / 2, slack = s->width() / 2;
                if (mid >= lo - slack && mid <= hi + slack) {
                    a.flags |= kFlagSpaceDrawn;
                    break;
                }
            }
        }
    }
}

void repair_spacing(std::vector<Line>& lines, RepairCounts& counts) {
    for (auto& line : lines) repair_line(line, counts);
}

void remove_cjk_spaces(std::vector<Line>& lines, RepairCounts& counts, bool draws_spaces) {
    // Every space this removes has a CJK character beside it: a page
    // without one (most pages) is passed by at once, not pair by pair.
    const auto holds_cjk = [](const Word& w) {
        bool cjk = false;
        if (!all_ascii(w.text)) for_each_code_point(w.text, [&](char32_t c) { cjk = cjk || is_cjk(c); });
        return cjk;
    };
    if (std::none_of(lines.begin(), lines.end(),
                     [&](const Line& l) { return std::any_of(l.words.begin(), l.words.end(), holds_cjk); }))
        return;
    for (auto& line : lines)
        for (std::size_t i = 0; i + 1 < line.words.size(); ++i) {
            Word& w = line.words[i];
            if (!w.space_after) continue;
            const Word& next = line.words[i + 1];
            // Where the layer draws no spaces at all (TeX), a narrow gap
            // between a CJK character and a number is the typesetter's glue
            // (xeCJK's, 0.32 em: "2016 年 11 月"), not a typed space; a
            // paragraph's "1. 人人" is 0.8 em, a title's "132. 世界" 0.46 em.
            // Between OCR's words, wider (kMaxOcrCjkGlueEm), but not after a
            // bare paragraph number opening the line or a caption's word.
            const auto max_glue = [&] {
                const bool ocr = w.source == Source::Ocr && next.source == Source::Ocr;
                const bool paragraph_number = i == 0 && w.text.size() <= 3 && all_ascii_digits(w.text);
                const bool wider = ocr && !paragraph_number &&
                                   !in_any_language(&LanguageTable::table_words, std::string_view(w.text));
                return (wider ? kMaxOcrCjkGlueEm : kMaxCjkGlueEm) * std::max(w.font_size, 1.0);
            };
            const bool glue = !draws_spaces && cjk_meets_digit(w.text, next.text) &&
                              next.box.x0 - w.box.x1 < max_glue();
            // A mark OCR read as a word of its own (";" after "权利") joins
            // by the character before it.
            const bool lone_mark = i > 0 && w.text.size() == 1 && !line.words[i - 1].space_after;
            const std::string left = lone_mark ? line.words[i - 1].text + w.text : w.text;
            if (joins_without_space(left, next.text) || glue ||
                (draws_spaces && !w.has(kFlagSpaceDrawn) && cjk_meets_latin(w.text, next.text))) {
                w.space_after = false;
                w.flags |= kFlagSpaceRemoved;
                ++counts[kRepairCjkSpace];
            }
        }
}

}  // namespace pdf2tei::normalize
