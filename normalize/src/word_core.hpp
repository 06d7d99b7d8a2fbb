#pragma once
// Internal to normalize: where a word's letters and digits begin and end,
// without the punctuation around it ("(États," -> "États"), a line's
// usual word space, and which blocks hold running text.
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <string>
#include <utility>
#include <vector>

#include "pdf2tei/model.hpp"
#include "pdf2tei/stats.hpp"

namespace pdf2tei::normalize {

// Whether `block`'s lines are running text a word repair looks at: a
// paragraph, a heading or a note (not a table's cells, nor furniture).
inline bool holds_text(const Block& block) {
    return block.kind == BlockKind::Paragraph || block.kind == BlockKind::Heading || block.kind == BlockKind::Note;
}

// A letter of any script.
inline bool is_letter(char32_t c) { return u_isalpha(static_cast<UChar32>(c)); }

// `b` appended to `a`, as one word: its text, box and glyph boxes, and the
// space after it. Flags and confidence are each join's own to set.
inline void append_word(Word& a, const Word& b) {
    a.text += b.text;
    a.box = a.box.united(b.box);
    a.space_after = b.space_after;
    a.glyphs.insert(a.glyphs.end(), b.glyphs.begin(), b.glyphs.end());
}

// A word given a repair's spelling of its characters: one glyph box per
// code point no longer holds, and the word is flagged and the repair
// counted (`n` changes).
inline void respell(Word& w, std::string text, RepairCounts& counts, const char* repair, int n = 1) {
    w.text = std::move(text);
    w.glyphs.clear();
    w.flags |= kFlagUnicodeRepaired;
    counts[repair] += n;
}

// A block's OCR words with the words around them, in reading order across
// its lines (a repair's context may run over a line's end); empty when it
// holds no OCR word, so that a text layer's blocks cost nothing.
inline std::vector<Word*> words_around_ocr(Block& block) {
    std::vector<Word*> run;
    bool ocr = false;
    for (auto& line : block.lines)
        for (auto& w : line.words) {
            run.push_back(&w);
            ocr = ocr || w.source == Source::Ocr;
        }
    if (!ocr) run.clear();
    return run;
}

// The text in lower case, as the language-neutral Unicode rules have it
// (the function-word lists and the word-slip patterns are so written).
inline std::string lower_case(const std::string& s) {
    std::string out;
    icu::UnicodeString::fromUTF8(s).toLower().toUTF8String(out);
    return out;
}

// [begin, end) of the word's core in `w`; begin == end when it has none.
inline std::pair<std::size_t, std::size_t> core_span(const std::u32string& w) {
    std::size_t b = 0, e = w.size();
    while (b < e && !u_isalnum(static_cast<UChar32>(w[b]))) ++b;
    while (e > b && !u_isalnum(static_cast<UChar32>(w[e - 1]))) --e;
    return {b, e};
}

// A line's usual word space: the median gap where the extractor put one,
// or 0 when it put fewer than three (too few to measure).
inline double usual_word_space(const Line& line) {
    std::vector<double> spaced;
    for (std::size_t i = 0; i + 1 < line.words.size(); ++i)
        if (line.words[i].space_after) spaced.push_back(line.words[i + 1].box.x0 - line.words[i].box.x1);
    return spaced.size() >= 3 ? median(spaced) : 0;
}

// A hyphen as text layers write it: ASCII's, or U+2010.
inline bool is_hyphen(char32_t c) { return c == U'-' || c == 0x2010; }

inline std::u32string core_letters(const std::u32string& w) {
    const auto [b, e] = core_span(w);
    return w.substr(b, e - b);
}

}  // namespace pdf2tei::normalize
