#include "pdf2tei/structure/layout.hpp"

#include <algorithm>
#include <cmath>

namespace pdf2tei::structure {
namespace {

double median(std::vector<double> v) {
    if (v.empty()) return 0;
    auto mid = v.begin() + static_cast<std::ptrdiff_t>(v.size() / 2);
    std::nth_element(v.begin(), mid, v.end());
    return *mid;
}

bool continues_line(const Line& line, const Word& w) {
    const Word& prev = line.words.back();
    const double em = std::max(prev.font_size, 1.0);
    if (w.box.x0 < prev.box.x1 - kBackwardStepEm * em) return false;
    const double min_h = std::max(std::min(w.box.height(), line.box.height()), 0.1);
    return w.box.vertical_overlap(line.box) >= kSameLineOverlap * min_h;
}

// Font size and baseline of a line: those of the words holding most of its
// characters, so a superscript or a lone symbol does not set them.
void finish_line(Line& line) {
    std::vector<double> sizes, bottoms;
    for (const auto& w : line.words)
        for (std::size_t i = 0; i < std::max<std::size_t>(w.glyphs.size(), 1); ++i) {
            sizes.push_back(w.font_size);
            bottoms.push_back(w.box.y1);
        }
    line.font_size = median(sizes);
    line.baseline = median(bottoms);
    for (std::size_t i = 0; i + 1 < line.words.size(); ++i) {
        Word& w = line.words[i];
        const double gap = line.words[i + 1].box.x0 - w.box.x1;
        if (!w.space_after && gap > kMinWordGapEm * std::max(w.font_size, 1.0)) {
            w.space_after = true;
            w.flags |= kFlagSyntheticSpace;
        }
    }
    for (auto& w : line.words) {
        const bool smaller = w.font_size < kSuperscriptSizeRatio * line.font_size;
        const bool raised = line.baseline - w.box.y1 > kSuperscriptRiseEm * line.font_size;
        if (smaller && raised) w.flags |= kFlagSuperscript;
    }
}

}  // namespace

std::vector<Line> group_lines(std::vector<Word> words) {
    std::vector<Line> lines;
    for (auto& w : words) {
        if (lines.empty() || !continues_line(lines.back(), w)) lines.emplace_back();
        Line& line = lines.back();
        line.box = line.box.united(w.box);
        line.words.push_back(std::move(w));
    }
    for (auto& line : lines) finish_line(line);
    return lines;
}

double typical_line_pitch(const std::vector<Line>& lines) {
    std::vector<double> pitches;
    for (std::size_t i = 1; i < lines.size(); ++i) {
        const Line& a = lines[i - 1];
        const Line& b = lines[i];
        const double pitch = b.baseline - a.baseline;
        const double em = std::max(a.font_size, 1.0);
        if (std::fabs(a.font_size - b.font_size) <= kFontSizeChange * em && pitch > 0 && pitch <= kMaxLinePitchEm * em)
            pitches.push_back(pitch);
    }
    return pitches.size() >= 2 ? median(pitches) : 0;
}

std::vector<Block> group_paragraphs(std::vector<Line> lines) {
    const double usual_pitch = typical_line_pitch(lines);
    std::vector<Block> blocks;
    for (auto& line : lines) {
        bool new_block = blocks.empty();
        if (!new_block) {
            const Block& b = blocks.back();
            const Line& prev = b.lines.back();
            const double em = std::max(prev.font_size, 1.0);
            const double pitch = line.baseline - prev.baseline;
            const bool size_change = std::fabs(line.font_size - prev.font_size) > kFontSizeChange * em;
            const bool wide_gap = pitch <= 0 || pitch > kMaxLinePitchEm * em ||
                                  (usual_pitch > 0 && pitch > kParagraphPitchFactor * usual_pitch);
            const bool indented = line.box.x0 - prev.box.x0 > kIndentEm * em &&
                                  prev.box.x1 < b.box.x1 - kShortLineEm * em;
            new_block = size_change || wide_gap || indented;
        }
        if (new_block) blocks.emplace_back();
        Block& b = blocks.back();
        b.box = b.box.united(line.box);
        b.lines.push_back(std::move(line));
    }
    return blocks;
}

}  // namespace pdf2tei::structure
