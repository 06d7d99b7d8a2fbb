#include "right_to_left.hpp"

#include <algorithm>

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

}  // namespace

bool is_right_to_left(const std::vector<Word>& words) {
    long rtl = 0, ltr = 0;
    for (const auto& w : words)
        for (char32_t c : utf8_decode(w.text)) {
            const Direction d = strong_direction(c);
            if (d == Direction::RightToLeft) ++rtl;
            else if (d == Direction::LeftToRight) ++ltr;
        }
    return rtl > ltr;
}

void mirror_page(std::vector<Word>& words, std::vector<Box>& drawings, double page_width) {
    for (auto& w : words) mirror(w, page_width);
    for (auto& d : drawings) d = d.mirrored(page_width);
    for (std::size_t i = 0; i < words.size();) {
        std::size_t end = i + 1;
        while (end < words.size() && same_line(words[end - 1], words[end])) ++end;
        std::stable_sort(words.begin() + static_cast<std::ptrdiff_t>(i), words.begin() + static_cast<std::ptrdiff_t>(end),
                         [](const Word& a, const Word& b) { return a.box.x0 < b.box.x0; });
        i = end;
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
