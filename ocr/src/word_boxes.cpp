#include "pdf2tei/ocr/word_boxes.hpp"

#include <algorithm>
#include <cstdlib>
#include <map>

#include "pdf2tei/text.hpp"

namespace pdf2tei::ocr {

void end_words_at_the_next(std::vector<Word>& words, std::size_t begin, std::size_t end) {
    for (std::size_t k = begin; k + 2 < end && k + 2 < words.size(); ++k) {
        Word& w = words[k];
        const Box& next = words[k + 1].box;
        if (text_direction(w.text) != Direction::RightToLeft && w.box.x0 < next.x0 && w.box.x1 > next.x1 &&
            w.box.x1 > words[k + 2].box.x1)
            w.box.x1 = next.x0;
    }
}

bool chunk_boxed(const std::vector<int>& heights) {
    if (heights.size() < kMinChunkBoxedWords) return false;
    std::map<int, std::size_t> count;
    std::size_t most = 0;
    for (int h : heights) most = std::max(most, ++count[h]);
    return static_cast<double>(most) > kChunkBoxedShare * static_cast<double>(heights.size());
}

bool boxed_as_textline(int top, int bottom, int line_top, int line_bottom) {
    return std::abs(top - line_top) <= kLineBoxSlackPixels && std::abs(bottom - line_bottom) <= kLineBoxSlackPixels;
}

bool digits_size_the_line(std::size_t inked_ideographs, std::size_t digits, double ideograph_size, double digit_size) {
    return inked_ideographs < kMinIdeographSamples && digits >= kMinDigitSamples && digit_size < ideograph_size;
}

int join_figures_boxed_inside(std::vector<Word>& words) {
    const auto figures = [](const std::string& t) { return t.size() <= kMaxSplitFigures && all_ascii_digits(t); };
    int joined = 0;
    std::vector<Word> out;
    out.reserve(words.size());
    for (auto& w : words) {
        if (!out.empty()) {
            Word& before = out.back();
            const bool same_line = before.source == Source::Ocr && before.space_after;
            const bool after_figure = !before.text.empty() && is_ascii_digit(before.text.back());
            const bool inside = w.box.center_x() < before.box.x1 && w.box.x0 > before.box.x0;
            const bool level = w.box.y1 >= before.box.y1 - kMinSplitFigureRaiseShare * before.box.height();
            if (same_line && after_figure && figures(w.text) && inside && level && !w.has(kFlagSuperscript)) {
                before.text += w.text;
                before.box = before.box.united(w.box);
                before.space_after = w.space_after;
                before.confidence = std::min(before.confidence, w.confidence);
                ++joined;
                continue;
            }
        }
        out.push_back(std::move(w));
    }
    words = std::move(out);
    return joined;
}

}  // namespace pdf2tei::ocr
