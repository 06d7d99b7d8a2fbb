#include "ocr_punctuation.hpp"

#include <unicode/uchar.h>

#include "language_data.hpp"
#include "pdf2tei/text.hpp"

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
    if (!language_data(language).spaced_high_punctuation) return;
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

}  // namespace pdf2tei::normalize
