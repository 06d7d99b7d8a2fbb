#include "pdf2tei/ocr/stretched_lines.hpp"

#include <unicode/uchar.h>

#include <algorithm>

#include "pdf2tei/text.hpp"

namespace pdf2tei::ocr {
namespace {

std::size_t ideographs(const Word& w) {
    const std::u32string t = utf8_decode(w.text);
    return static_cast<std::size_t>(std::count_if(t.begin(), t.end(), is_ideograph));
}

bool stretched_ideographs(const Word& w) {
    const std::size_t n = ideographs(w);
    return w.source == Source::Ocr && n > 0 &&
           w.box.width() > kMaxIdeographHeightsPerChar * w.box.height() * static_cast<double>(utf8_decode(w.text).size());
}

}  // namespace

std::vector<WordRun> stretched_ideograph_lines(const std::vector<Word>& words) {
    std::vector<WordRun> lines = ocr_textlines(words);
    std::erase_if(lines, [&](const WordRun& line) {
        return std::none_of(words.begin() + static_cast<std::ptrdiff_t>(line.begin),
                            words.begin() + static_cast<std::ptrdiff_t>(line.end), stretched_ideographs);
    });
    return lines;
}

bool line_reading_wins(const std::vector<Word>& words, const WordRun& run, const std::vector<Word>& reading) {
    if (reading.empty()) return false;
    std::size_t mine = 0, theirs = 0, characters = 0;
    for (std::size_t k = run.begin; k < run.end; ++k) mine += ideographs(words[k]);
    double confidence = 0;
    for (const auto& w : reading) {
        theirs += ideographs(w);
        confidence += w.confidence;
        for (char32_t c : utf8_decode(w.text)) {
            if (c < 0x80 && u_isalpha(static_cast<UChar32>(c))) return false;  // Latin letters: noise read as text
            ++characters;
        }
    }
    confidence /= static_cast<double>(reading.size());
    return theirs > mine && confidence >= kLineRereadConfidence &&
           static_cast<double>(theirs) >= kMinLineRereadIdeographShare * static_cast<double>(characters);
}

}  // namespace pdf2tei::ocr
