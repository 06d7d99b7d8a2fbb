#pragma once
// Small builders for model values in tests.
#include <string>

#include "pdf2tei/model.hpp"
#include "pdf2tei/text.hpp"

namespace pdf2tei::testing {

// A word at (x, top) with a width of 0.5 em per code point and a box
// 1 em high; glyph boxes split the width evenly.
inline Word make_word(const std::string& text, double x, double top, double size = 10, bool space_after = true) {
    Word w;
    w.text = text;
    w.font = "Times";
    w.font_size = size;
    w.space_after = space_after;
    const std::u32string cps = utf8_decode(text);
    const double adv = 0.5 * size;
    for (std::size_t i = 0; i < cps.size(); ++i)
        w.glyphs.push_back({cps[i], {x + adv * i, top, x + adv * (i + 1), top + size}});
    w.box = {x, top, x + adv * cps.size(), top + size};
    return w;
}

}  // namespace pdf2tei::testing
