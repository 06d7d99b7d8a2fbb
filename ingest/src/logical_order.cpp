#include "pdf2tei/ingest/logical_order.hpp"

#include <unicode/uchar.h>

#include <algorithm>

#include "pdf2tei/text.hpp"

namespace pdf2tei::ingest {
namespace {

bool is_mark(char32_t c) {
    const auto cat = u_charType(static_cast<UChar32>(c));
    return cat == U_NON_SPACING_MARK || cat == U_ENCLOSING_MARK || cat == U_COMBINING_SPACING_MARK;
}

bool is_digit(char32_t c) {
    const auto d = u_charDirection(static_cast<UChar32>(c));
    return d == U_EUROPEAN_NUMBER || d == U_ARABIC_NUMBER;
}

}  // namespace

bool in_visual_order(const Word& w) {
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
    // One letter has no order; two or more tell it by where the last stands.
    return n >= 2 && last > first;
}

bool to_logical_order(Word& w) {
    if (!in_visual_order(w)) return false;
    const std::u32string cps = utf8_decode(w.text);
    // Clusters: a base character and the marks after it.
    std::vector<std::pair<std::size_t, std::size_t>> clusters;  // [begin, end)
    for (std::size_t i = 0; i < cps.size(); ++i) {
        if (!clusters.empty() && is_mark(cps[i])) clusters.back().second = i + 1;
        else clusters.emplace_back(i, i + 1);
    }
    std::reverse(clusters.begin(), clusters.end());
    // Left-to-right runs (letters and digits, and the neutrals between two
    // of them: "10/2020", "A/75") keep their own order.
    auto ltr = [&](const std::pair<std::size_t, std::size_t>& c) {
        const char32_t base = cps[c.first];
        return strong_direction(base) == Direction::LeftToRight || is_digit(base);
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
    for (const auto& [b, e] : clusters)
        for (std::size_t k = b; k < e; ++k) {
            out.push_back(cps[k]);
            glyphs.push_back(w.glyphs[k]);
        }
    w.text = utf8_encode(out);
    w.glyphs = std::move(glyphs);
    return true;
}

}  // namespace pdf2tei::ingest
