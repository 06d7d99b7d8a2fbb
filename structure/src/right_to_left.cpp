#include "right_to_left.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <optional>

#include "layout.hpp"
#include "pdf2tei/text.hpp"

namespace pdf2tei::structure {
namespace {

void mirror(Word& w, double width) {
    w.box = w.box.mirrored(width);
    for (auto& g : w.glyphs) g.box = g.box.mirrored(width);
}

bool same_line(const Word& a, const Word& b) {
    const double smaller = std::min(a.box.height(), b.box.height());
    return smaller > 0 && a.box.vertical_overlap(b.box) >= kSameLineOverlap * smaller;
}

// Calls visit(begin, end) for each line of `words`: consecutive words that
// share a baseline band, and that OCR read on one textline
// (ends_ocr_textline). Arabic words stand tall (Amiri's marks), so the last
// word of one line and the first of the next may share half their height;
// sorted as one line, two lines came out word by word in turn (dev seed
// 10's Arabic scans).
template <typename Visit>
void for_each_line(std::vector<Word>& words, Visit visit) {
    for (std::size_t i = 0; i < words.size();) {
        std::size_t end = i + 1;
        while (end < words.size() && !ends_ocr_textline(words[end - 1]) && same_line(words[end - 1], words[end])) ++end;
        visit(i, end);
        i = end;
    }
}

bool is_paired_bracket(char32_t c) {
    return u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_BIDI_PAIRED_BRACKET_TYPE) != U_BPT_NONE;
}

bool is_opening(char32_t c) {
    return u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_BIDI_PAIRED_BRACKET_TYPE) == U_BPT_OPEN;
}

// The last (or first) strong direction in a word's text, digits counting
// as right-to-left, as UAX #9's rule N1 has them act on the neutrals
// beside them.
Direction edge_direction(const std::u32string& cps, bool last) {
    for (std::size_t k = 0; k < cps.size(); ++k) {
        const char32_t c = cps[last ? cps.size() - 1 - k : k];
        if (strong_direction(c) != Direction::Neutral) return strong_direction(c);
        if (is_left_to_right_or_digit(c)) return Direction::RightToLeft;
    }
    return Direction::Neutral;
}

// Positions of a word's text (logical order) that a right-to-left reading
// reversed: all but the neutrals standing between two left-to-right
// letters or digits.
std::vector<bool> reversed_positions(const std::u32string& cps) {
    std::vector<bool> reversed(cps.size(), true);
    std::size_t last_ltr = cps.size();  // none yet
    for (std::size_t k = 0; k < cps.size(); ++k) {
        if (strong_direction(cps[k]) == Direction::RightToLeft) {
            last_ltr = cps.size();
        } else if (is_left_to_right_or_digit(cps[k])) {
            if (last_ltr != cps.size())
                for (std::size_t j = last_ltr; j <= k; ++j) reversed[j] = false;
            reversed[k] = false;
            last_ltr = k;
        }
    }
    return reversed;
}

}  // namespace

bool is_right_to_left(const std::vector<Word>& words) {
    if (std::none_of(words.begin(), words.end(), [](const Word& w) { return may_hold_right_to_left(w.text); }))
        return false;
    long rtl = 0, ltr = 0;
    for (const auto& w : words)
        for_each_code_point(w.text, [&](char32_t c) {
            const Direction d = strong_direction(c);
            if (d == Direction::RightToLeft) ++rtl;
            else if (d == Direction::LeftToRight) ++ltr;
        });
    return rtl > ltr;
}

void mirror_page(std::vector<Word>& words, std::vector<Box>& drawings, double page_width) {
    for (auto& w : words) mirror(w, page_width);
    for (auto& d : drawings) d = d.mirrored(page_width);
    for_each_line(words, [&](std::size_t i, std::size_t end) {
        std::stable_sort(words.begin() + static_cast<std::ptrdiff_t>(i), words.begin() + static_cast<std::ptrdiff_t>(end),
                         [](const Word& a, const Word& b) { return a.box.x0 < b.box.x0; });
    });
}

void order_word_neutrals(std::vector<Word>& words) {
    // Which characters of each word a right-to-left reading reversed: in a
    // word with right-to-left letters (ingest put it in order), all but the
    // neutrals inside its left-to-right runs; in the others, still in
    // drawing order, the edge neutrals moved below.
    std::vector<std::vector<bool>> reversed(words.size());
    for_each_line(words, [&](std::size_t first, std::size_t end) {
        // Each word's text decoded once: its neighbours are read too.
        std::vector<std::u32string> cps;
        std::vector<bool> rtl;
        for (std::size_t i = first; i < end; ++i) {
            cps.push_back(utf8_decode(words[i].text));
            rtl.push_back(std::any_of(cps.back().begin(), cps.back().end(),
                                      [](char32_t c) { return strong_direction(c) == Direction::RightToLeft; }));
        }
        // A line without right-to-left letters is a left-to-right one
        // ("Distr.: General", a job number): its words stand as drawn.
        if (std::none_of(rtl.begin(), rtl.end(), [](bool r) { return r; })) return;
        for (std::size_t i = first; i < end; ++i) {
            Word& w = words[i];
            const std::u32string& t = cps[i - first];
            if (rtl[i - first]) {
                reversed[i] = reversed_positions(t);
                continue;
            }
            if (w.glyphs.size() != t.size()) continue;
            std::size_t core_begin = 0, core_end = t.size();
            while (core_begin < t.size() && !is_left_to_right_or_digit(t[core_begin])) ++core_begin;
            if (core_begin == t.size()) {  // neutrals alone ("(", "-"): one right-to-left run
                w.text = utf8_encode(std::u32string(t.rbegin(), t.rend()));
                std::reverse(w.glyphs.begin(), w.glyphs.end());
                reversed[i].assign(t.size(), true);
                continue;
            }
            while (!is_left_to_right_or_digit(t[core_end - 1])) --core_end;
            // A bracket pair around the core reads the same either way
            // ("(A)", "(A/75/10)" set as a left-to-right run): left alone.
            if (core_begin == 1 && core_end + 1 == t.size() && is_paired_bracket(t.front()) &&
                static_cast<char32_t>(u_charMirror(static_cast<UChar32>(t.front()))) == t.back())
                continue;
            // The neutrals drawn left of the core face the word read after
            // it (the line is mirrored: that is words[i + 1]); those drawn
            // right of it, the word before. They stay on their side only
            // between two left-to-right letters. The neighbours are read as
            // they were drawn: a neighbour already reordered has only moved
            // neutrals, which edge_direction passes over.
            const std::u32string none;
            const std::u32string& next = i + 1 < end ? cps[i + 1 - first] : none;
            const std::u32string& prev = i > first ? cps[i - 1 - first] : none;
            const bool left_stays = strong_direction(t[core_begin]) == Direction::LeftToRight &&
                                    edge_direction(next, false) == Direction::LeftToRight;
            const bool right_stays = strong_direction(t[core_end - 1]) == Direction::LeftToRight &&
                                     edge_direction(prev, true) == Direction::LeftToRight;
            std::vector<std::size_t> order;  // positions of the drawn text, in reading order
            std::vector<bool>& moved = reversed[i];
            if (!right_stays)
                for (std::size_t k = t.size(); k > core_end; --k) order.push_back(k - 1), moved.push_back(true);
            for (std::size_t k = left_stays ? 0 : core_begin; k < (right_stays ? t.size() : core_end); ++k)
                order.push_back(k), moved.push_back(false);
            if (!left_stays)
                for (std::size_t k = core_begin; k > 0; --k) order.push_back(k - 1), moved.push_back(true);
            std::u32string text;
            std::vector<Glyph> glyphs;
            for (std::size_t k : order) {
                text.push_back(t[k]);
                glyphs.push_back(w.glyphs[k]);
            }
            w.text = utf8_encode(text);
            w.glyphs = std::move(glyphs);
        }
    });
    // Whether the producer mapped a mirrored bracket to the character it
    // stands for (LibreOffice: "(A/75/4)." drawn ". ) A/75/4 (") or to the
    // glyph's shape (XeTeX: drawn ". ( A/75/4 )") is read from the page:
    // words holding both brackets of a pair among their reversed characters
    // vote by which comes first. Single brackets cannot tell; they follow.
    int by_shape = 0, by_character = 0;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (reversed[i].empty()) continue;
        const std::u32string cps = utf8_decode(words[i].text);
        std::optional<bool> first_opens;
        bool both = false;
        for (std::size_t k = 0; k < cps.size() && k < reversed[i].size(); ++k) {
            if (!reversed[i][k] || !is_paired_bracket(cps[k])) continue;
            if (!first_opens) first_opens = is_opening(cps[k]);
            else if (*first_opens != is_opening(cps[k])) both = true;
        }
        if (both) ++(*first_opens ? by_character : by_shape);
    }
    if (by_shape <= by_character) return;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (reversed[i].empty()) continue;
        std::u32string cps = utf8_decode(words[i].text);
        bool changed = false;
        for (std::size_t k = 0; k < cps.size() && k < reversed[i].size(); ++k)
            if (reversed[i][k] && is_paired_bracket(cps[k])) {
                cps[k] = static_cast<char32_t>(u_charMirror(static_cast<UChar32>(cps[k])));
                if (words[i].glyphs.size() == cps.size()) words[i].glyphs[k].code_point = cps[k];
                changed = true;
            }
        if (changed) words[i].text = utf8_encode(cps);
    }
}

void order_left_to_right_runs(std::vector<Word>& ws) {
    std::vector<Direction> dir;  // each word's, read once: runs are searched from every word
    dir.reserve(ws.size());
    for (const auto& w : ws) dir.push_back(text_direction(w.text));
    for (std::size_t i = 0; i < ws.size();) {
        if (dir[i] != Direction::LeftToRight) {
            ++i;
            continue;
        }
        std::size_t last = i;
        for (std::size_t k = i + 1; k < ws.size(); ++k) {
            if (dir[k] == Direction::RightToLeft) break;
            if (dir[k] == Direction::LeftToRight) last = k;
        }
        if (last > i) {
            // Gaps: gap[k] follows word k. Inside the run they reverse; the
            // gap after the run stays after it.
            std::vector<bool> gaps;
            for (std::size_t k = i; k < last; ++k) gaps.push_back(ws[k].space_after);
            std::reverse(ws.begin() + static_cast<std::ptrdiff_t>(i), ws.begin() + static_cast<std::ptrdiff_t>(last + 1));
            std::reverse(dir.begin() + static_cast<std::ptrdiff_t>(i), dir.begin() + static_cast<std::ptrdiff_t>(last + 1));
            const bool after = ws[i].space_after;  // the run's old last word, now first
            std::reverse(gaps.begin(), gaps.end());
            for (std::size_t k = i; k < last; ++k) ws[k].space_after = gaps[k - i];
            ws[last].space_after = after;
        }
        i = last + 1;
    }
}

void unmirror_blocks(std::vector<Block>& blocks, double page_width) {
    for (auto& b : blocks) {
        b.box = b.box.mirrored(page_width);
        for (auto& l : b.lines) {
            l.box = l.box.mirrored(page_width);
            for (auto& w : l.words) mirror(w, page_width);
            order_left_to_right_runs(l.words);
        }
    }
}

}  // namespace pdf2tei::structure
