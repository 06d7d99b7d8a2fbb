#pragma once
// Small builders for model values in tests.
#include <string>
#include <utility>
#include <vector>

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

// An OCR word boxed at `box`, `confidence` sure, ending its textline when
// `line_end` (ends_ocr_textline: no space after).
inline Word make_ocr_word(const std::string& text, Box box, float confidence, bool line_end = false) {
    Word w = make_word(text, box.x0, box.y0);
    w.box = box;
    w.source = Source::Ocr;
    w.confidence = confidence;
    w.space_after = !line_end;
    return w;
}

// A block of the lines, its box theirs.
inline Block block_of(std::vector<Line> lines) {
    Block b;
    for (auto& l : lines) {
        b.box = b.box.united(l.box);
        b.lines.push_back(std::move(l));
    }
    return b;
}

// The words of a text, split at single spaces.
inline std::vector<std::string> words_of(const std::string& text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find(' ', start);
        if (end == std::string::npos) end = text.size();
        out.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

// One page holding one line: the words side by side, 3 points apart, each
// read from the given source (the document-level repairs walk pages).
inline std::vector<Page> one_line_page(const std::vector<std::pair<std::string, Source>>& words) {
    Page p;
    Block b;
    Line l;
    double x = 0;
    for (const auto& [text, source] : words) {
        Word w = make_word(text, x, 0);
        w.source = source;
        x = w.box.x1 + 3;
        l.words.push_back(w);
    }
    b.lines.push_back(l);
    p.blocks.push_back(b);
    return {p};
}

}  // namespace pdf2tei::testing
