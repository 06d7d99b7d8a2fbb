#include "pdf2tei/ocr/dropped_lines.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

#include "pdf2tei/ocr/engine.hpp"
#include "pdf2tei/ocr/latin_runs.hpp"
#include "pdf2tei/stats.hpp"
#include "pdf2tei/text.hpp"

namespace pdf2tei::ocr {
namespace {

// A run of rows [top, end) of unread ink, and its ink's columns [left, right].
struct Band {
    int top = 0, end = 0, left = 0, right = 0;
};

// The median height (pixels) of the page's lettered words' boxes; 0 when
// too few.
double line_height_pixels(const std::vector<Word>& words, double pixels_per_point) {
    std::vector<double> heights;
    for (const auto& w : words)
        if (w.box.height() > 0 && has_letter(w.text)) heights.push_back(w.box.height() * pixels_per_point);
    return heights.size() >= kMinDroppedLinePageWords ? median(heights) : 0.0;
}

// Whether a read word stands level with the band (over half its height)
// within `gap` pixels of it across.
bool level_with_read_word(const Band& b, const std::vector<Word>& words, double pixels_per_point, double gap) {
    const double top = b.top / pixels_per_point, end = b.end / pixels_per_point;
    const double left = (b.left - gap) / pixels_per_point, right = (b.right + 1 + gap) / pixels_per_point;
    return std::any_of(words.begin(), words.end(), [&](const Word& w) {
        const double overlap = std::min(end, w.box.y1) - std::max(top, w.box.y0);
        return overlap > 0.5 * (end - top) && w.box.x1 > left && w.box.x0 < right;
    });
}

}  // namespace

std::vector<DroppedLine> dropped_lines(const GrayImage& image, double skew_degrees, const std::vector<Word>& words) {
    if (image.empty() || image.dpi <= 0 || image.pixels.size() < static_cast<std::size_t>(image.width) * image.height)
        return {};
    const double s = image.dpi / 72.0;  // pixels a point
    const double line = line_height_pixels(words, s);
    if (line <= 0) return {};
    const int w = image.width, h = image.height;
    // What the read words cover, on the straightened page.
    std::vector<unsigned char> covered(static_cast<std::size_t>(w) * h, 0);
    for (const auto& word : words) {
        const int x0 = std::max(0, static_cast<int>(word.box.x0 * s - kReadWordReachX * line));
        const int x1 = std::min(w, static_cast<int>(std::ceil(word.box.x1 * s + kReadWordReachX * line)));
        const int y0 = std::max(0, static_cast<int>(word.box.y0 * s - kReadWordReachY * line));
        const int y1 = std::min(h, static_cast<int>(std::ceil(word.box.y1 * s + kReadWordReachY * line)));
        for (int y = y0; y < y1; ++y)
            std::fill_n(covered.begin() + static_cast<std::ptrdiff_t>(y) * w + x0, std::max(0, x1 - x0), 1);
    }
    // Each straightened row's unread ink, looked up on the page as scanned.
    const double cx = w / 2.0, cy = h / 2.0;
    std::vector<int> row_ink(static_cast<std::size_t>(h), 0), row_left(h, w), row_right(h, -1);
    for (int y = 0; y < h; ++y) {
        // A straightened row runs straight across the scan: its first
        // pixel's place there, and the step from one pixel to the next.
        double x0 = 0, y0 = y, x1 = 1, y1 = y;
        unrotate_point(skew_degrees, cx, cy, x0, y0);
        unrotate_point(skew_degrees, cx, cy, x1, y1);
        const double dx = x1 - x0, dy = y1 - y0;
        for (int x = 0; x < w; ++x) {
            if (covered[static_cast<std::size_t>(y) * w + x]) continue;
            const int px = static_cast<int>(std::lround(x0 + x * dx)), py = static_cast<int>(std::lround(y0 + x * dy));
            if (px < 0 || py < 0 || px >= w || py >= h) continue;
            if (image.pixels[static_cast<std::size_t>(py) * w + px] >= kInkGreyLevel) continue;
            ++row_ink[y];
            row_left[y] = std::min(row_left[y], x);
            row_right[y] = std::max(row_right[y], x);
        }
    }
    const int min_ink = std::max(1, static_cast<int>(kMinRowInkPerLine * line));
    const int max_gap = static_cast<int>(kMaxBandGapLines * line);
    std::vector<Band> bands;
    for (int y = 0; y < h; ++y) {
        if (row_ink[y] < min_ink) continue;
        if (!bands.empty() && y - bands.back().end <= max_gap) {
            Band& b = bands.back();
            b.end = y + 1;
            b.left = std::min(b.left, row_left[y]);
            b.right = std::max(b.right, row_right[y]);
        } else {
            bands.push_back({y, y + 1, row_left[y], row_right[y]});
        }
    }
    std::vector<DroppedLine> found;
    const double pad = kBandPaddingLines * line;
    for (const auto& b : bands) {
        const double height = b.end - b.top, width = b.right + 1 - b.left;
        if (height < kMinBandHeightLines * line || height > kMaxBandHeightLines * line) continue;
        if (width < kMinBandWidthLines * line) continue;
        if (level_with_read_word(b, words, s, kLevelWordGapLines * line)) continue;
        found.push_back({Box{b.left / s, b.top / s, (b.right + 1) / s, b.end / s},
                         Box{std::max(0.0, b.left - pad) / s, std::max(0.0, b.top - pad) / s,
                             std::min<double>(w, b.right + 1 + pad) / s, std::min<double>(h, b.end + pad) / s}});
    }
    return found;
}

GrayImage ink_and_paper(const GrayImage& image) {
    GrayImage out = image;
    for (auto& p : out.pixels) p = p < kInkGreyLevel ? 0 : 255;
    return out;
}

bool dropped_line_reading_wins(const DroppedLine& line, std::vector<Word>& reading) {
    keep_words_within_rows(reading, line.band.y0, line.band.y1);
    if (!std::any_of(reading.begin(), reading.end(), [](const Word& w) { return has_letter(w.text); })) return false;
    return mean_confidence(reading.begin(), reading.end()) >= kSureDroppedLineConfidence;
}

int insert_lines(std::vector<Word>& words, std::vector<std::vector<Word>> readings) {
    int added = 0;
    for (auto& reading : readings) {
        if (reading.empty()) continue;
        Box box = reading.front().box;
        for (const auto& w : reading) box = box.united(w.box);
        for (auto& w : reading) {
            w.source = Source::Ocr;
            w.space_after = true;
        }
        reading.back().space_after = false;
        const std::vector<WordRun> lines = ocr_textlines(words);
        std::vector<Box> boxes;
        boxes.reserve(lines.size());
        for (const auto& l : lines) boxes.push_back(run_box(words, l));
        const auto middle_of = [](const Box& b) { return (b.y0 + b.y1) / 2; };
        const double middle = middle_of(box);
        // After the last textline above it in its column, and after the
        // lines read next that stand between the two (a paragraph's short
        // last line at the column's edge: "القانون." beside a dropped "5 -
        // لا يجوز القبض …", dev scan300-7 ar-7-012, had come after it); else
        // before the first below it; else last.
        std::size_t at = words.size();
        std::optional<std::size_t> after, before;
        for (std::size_t k = 0; k < lines.size(); ++k) {
            if (boxes[k].x1 <= box.x0 || boxes[k].x0 >= box.x1) continue;
            if (middle_of(boxes[k]) < middle) after = k;
            else if (!before) before = k;
        }
        if (after) {
            std::size_t k = *after;
            const double above = middle_of(boxes[k]);
            while (k + 1 < lines.size() && middle_of(boxes[k + 1]) > above && middle_of(boxes[k + 1]) < middle) ++k;
            at = lines[k].end;
        } else if (before) {
            at = lines[*before].begin;
        }
        if (at > 0 && at <= words.size()) words[at - 1].space_after = false;
        words.insert(words.begin() + static_cast<std::ptrdiff_t>(at), std::make_move_iterator(reading.begin()),
                     std::make_move_iterator(reading.end()));
        ++added;
    }
    return added;
}

}  // namespace pdf2tei::ocr
