#include "pdf2tei/ingest/logical_order.hpp"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <optional>

#include "pdf2tei/text.hpp"

namespace pdf2tei::ingest {
namespace {

bool is_mark(char32_t c) {
    const auto cat = u_charType(static_cast<UChar32>(c));
    return cat == U_NON_SPACING_MARK || cat == U_ENCLOSING_MARK || cat == U_COMBINING_SPACING_MARK;
}

bool is_right_to_left_mark(char32_t c) {
    if (!is_mark(c)) return false;
    // Arabic's harakat are of the Inherited script, as are Latin's accents;
    // the caller asks the word around them for its direction.
    UErrorCode err = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(static_cast<UChar32>(c), &err);
    return U_SUCCESS(err) && (script == USCRIPT_ARABIC || script == USCRIPT_HEBREW || script == USCRIPT_SYRIAC ||
                              script == USCRIPT_THAANA || script == USCRIPT_INHERITED);
}

}  // namespace

bool in_visual_order(const Word& w) {
    if (!may_hold_right_to_left(w.text)) return false;
    const std::u32string cps = utf8_decode(w.text);
    if (w.glyphs.size() != cps.size()) return false;
    // The centres of its right-to-left letters, in text order.
    double first = 0, last = 0;
    int n = 0;
    for (std::size_t i = 0; i < cps.size(); ++i) {
        if (strong_direction(cps[i]) != Direction::RightToLeft || is_mark(cps[i])) continue;
        const double x = (w.glyphs[i].box.x0 + w.glyphs[i].box.x1) / 2;
        if (n++ == 0) first = x;
        last = x;
    }
    // Two letters or more tell the order by where the last stands. One
    // letter has none of its own: the word's other glyphs tell it ("(د-3)."
    // drawn ".(3-د)", dev seed 10), when there are any.
    if (n >= 2) return last > first;
    if (n == 0) return false;
    std::optional<double> head, tail;
    for (std::size_t i = 0; i < cps.size(); ++i) {
        if (is_mark(cps[i])) continue;
        const double x = (w.glyphs[i].box.x0 + w.glyphs[i].box.x1) / 2;
        if (!head) head = x;
        tail = x;
    }
    return head && *tail > *head;
}

bool to_logical_order(Word& w) {
    if (!in_visual_order(w)) return false;
    const std::u32string cps = utf8_decode(w.text);
    // Clusters: a base character and its marks. In visual order the marks
    // come before their letter, as the shaper reversed the whole run: "لمّا"
    // is drawn ا ّ م ل (LibreOffice and XeTeX alike, dev seed 9). Marks after
    // the last letter, which no letter follows, stay on it.
    std::vector<std::pair<std::size_t, std::size_t>> clusters;  // [begin, end), marks first
    std::size_t open = 0;  // where the pending marks begin
    for (std::size_t i = 0; i < cps.size(); ++i) {
        if (is_mark(cps[i])) continue;
        clusters.emplace_back(open, i + 1);
        open = i + 1;
    }
    if (clusters.empty()) return false;
    clusters.back().second = cps.size();
    std::reverse(clusters.begin(), clusters.end());
    // Left-to-right runs (letters and digits, and the neutrals between two
    // of them: "10/2020", "A/75") keep their own order.
    auto ltr = [&](const std::pair<std::size_t, std::size_t>& c) {
        return is_left_to_right_or_digit(cps[c.first]);
    };
    for (std::size_t i = 0; i < clusters.size();) {
        if (!ltr(clusters[i])) { ++i; continue; }
        std::size_t end = i + 1, last_strong = i;
        for (; end < clusters.size(); ++end) {
            if (ltr(clusters[end])) last_strong = end;
            else if (strong_direction(cps[clusters[end].first]) == Direction::RightToLeft) break;
        }
        std::reverse(clusters.begin() + static_cast<std::ptrdiff_t>(i),
                     clusters.begin() + static_cast<std::ptrdiff_t>(last_strong + 1));
        i = last_strong + 1;
    }
    std::u32string out;
    std::vector<Glyph> glyphs;
    out.reserve(cps.size());
    glyphs.reserve(cps.size());
    // Each cluster in logical order: its letter, then its marks.
    for (const auto& [b, e] : clusters) {
        std::size_t base = b;
        while (base < e && is_mark(cps[base])) ++base;
        out.push_back(cps[base]);
        glyphs.push_back(w.glyphs[base]);
        for (std::size_t k = b; k < e; ++k) {
            if (k == base) continue;
            out.push_back(cps[k]);
            glyphs.push_back(w.glyphs[k]);
        }
    }
    w.text = utf8_encode(out);
    w.glyphs = std::move(glyphs);
    return true;
}

std::u32string reverse_clusters(std::u32string_view text) {
    std::vector<std::u32string> clusters;
    for (char32_t c : text) {
        if (!clusters.empty() && is_mark(c)) clusters.back().push_back(c);
        else clusters.emplace_back(1, c);
    }
    std::u32string out;
    for (auto it = clusters.rbegin(); it != clusters.rend(); ++it) out += *it;
    return out;
}

void move_marks_to_their_letters(std::vector<Word>& words) {
    // The words by where they start, for the search below: built when the
    // first trailing mark is met (most pages have none), keyed by the
    // starts as read (a word that gives its marks away keeps its start but
    // for a mark's width; the window is padded for that).
    std::vector<std::pair<double, std::size_t>> by_start;
    for (std::size_t i = 0; i < words.size(); ++i) {
        Word& from = words[i];
        if (from.text.empty()) continue;
        // Cheap test first: most words end in no mark.
        if (!is_right_to_left_mark(last_code_point(from.text))) continue;
        std::u32string cps = utf8_decode(from.text);
        if (from.glyphs.size() != cps.size()) continue;
        std::size_t first_mark = cps.size();
        while (first_mark > 0 && is_right_to_left_mark(cps[first_mark - 1])) --first_mark;
        // A word of marks alone, or one with right-to-left letters.
        bool rtl = first_mark == 0;
        for (std::size_t k = 0; k < first_mark && !rtl; ++k) rtl = strong_direction(cps[k]) == Direction::RightToLeft;
        if (!rtl) continue;
        const Box mark = from.glyphs[first_mark].box;
        const double em = std::max(from.font_size, 1.0);
        // The word that starts nearest right of the marks, on their line.
        if (by_start.empty()) {
            by_start.reserve(words.size());
            for (std::size_t k = 0; k < words.size(); ++k) by_start.emplace_back(words[k].box.x0, k);
            std::sort(by_start.begin(), by_start.end());
        }
        Word* to = nullptr;
        const auto first = std::lower_bound(by_start.begin(), by_start.end(),
                                            std::pair{mark.x0 - (kMarkSlackEm + kMarkSearchPadEm) * em, std::size_t{0}});
        for (auto it = first; it != by_start.end() && it->first <= mark.x0 + (kMaxMarkGapEm + kMarkSearchPadEm) * em;
             ++it) {
            Word& w = words[it->second];
            if (&w == &from || w.glyphs.empty()) continue;
            // A right-to-left word only: a note's raised call beside the
            // word, its box reaching under the mark, was nearer, and the
            // fathatan of "تعسفاً" stayed after the call (dev seed 33
            // ar-33-002.clean, XeLaTeX: the call no longer at its word).
            if (strong_direction(first_code_point(w.text)) != Direction::RightToLeft) continue;
            const double overlap = std::min(w.box.y1, mark.y1) - std::max(w.box.y0, mark.y0);
            if (overlap < kMarkLineOverlap * std::min(w.box.height(), std::max(mark.height(), 1e-9))) continue;
            const double gap = w.box.x0 - mark.x0;
            if (gap < -kMarkSlackEm * em || gap > kMaxMarkGapEm * em) continue;
            if (!to || w.box.x0 < to->box.x0) to = &w;
        }
        if (!to) continue;
        const std::u32string to_cps = utf8_decode(to->text);
        if (to->glyphs.size() != to_cps.size() || strong_direction(to_cps.front()) != Direction::RightToLeft) continue;
        std::u32string moved(cps.begin() + static_cast<std::ptrdiff_t>(first_mark), cps.end());
        std::vector<Glyph> moved_glyphs(from.glyphs.begin() + static_cast<std::ptrdiff_t>(first_mark), from.glyphs.end());
        // Ahead of the word's first letter, where to_logical_order looks
        // for them; after it when that word is one letter alone, which is
        // in no order to undo (LibreOffice with DejaVu Sans sets "لمّا" as
        // four words, the shadda's x inside the meem's; dev seed 9 ar-9-006).
        Word ahead = *to;
        ahead.text = utf8_encode(moved) + to->text;
        ahead.glyphs.insert(ahead.glyphs.begin(), moved_glyphs.begin(), moved_glyphs.end());
        if (in_visual_order(ahead)) {
            *to = std::move(ahead);
        } else {
            std::u32string text = to_cps;
            text.insert(1, moved);
            to->text = utf8_encode(text);
            to->glyphs.insert(to->glyphs.begin() + 1, moved_glyphs.begin(), moved_glyphs.end());
        }
        cps.resize(first_mark);
        from.text = utf8_encode(cps);
        from.glyphs.resize(first_mark);
        if (!from.glyphs.empty()) {
            Box box = from.glyphs.front().box;
            for (const auto& g : from.glyphs) box = box.united(g.box);
            from.box = box;
        }
    }
    std::erase_if(words, [](const Word& w) { return w.text.empty(); });
}

}  // namespace pdf2tei::ingest
