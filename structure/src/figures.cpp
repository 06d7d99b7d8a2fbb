#include "figures.hpp"

#include <unicode/uchar.h>

#include <algorithm>

#include "layout.hpp"  // drop_taken
#include "pdf2tei/text.hpp"

namespace pdf2tei::structure {
namespace {

Box grown(const Box& b, double by) { return {b.x0 - by, b.y0 - by, b.x1 + by, b.y1 + by}; }

bool overlaps(const Box& a, const Box& b) { return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1; }

bool holds_centre(const Box& region, const Box& b) {
    const double cx = (b.x0 + b.x1) / 2, cy = b.center_y();
    return cx >= region.x0 && cx <= region.x1 && cy >= region.y0 && cy <= region.y1;
}

struct Region {
    Box box;
    bool has_area = false;  // holds a shape with area (see kMinShapeSideEm)
};

// The drawn regions: shapes merged while any two come within `gap`.
std::vector<Region> drawn_regions(const std::vector<Box>& drawings, double gap, double max_height, double min_side) {
    std::vector<Region> regions;
    for (const auto& d : drawings)
        if (d.height() <= max_height) regions.push_back({d, std::min(d.width(), d.height()) >= min_side});
    // Each region absorbs every other it comes near, looking again after
    // each absorption (it has grown); passes repeat until none merges, as a
    // grown region can reach one an earlier region passed by. Each pass is
    // quadratic (the caller bounds the shapes), not each merge.
    for (bool merged = true; merged;) {
        merged = false;
        for (std::size_t i = 0; i < regions.size(); ++i)
            for (std::size_t j = i + 1; j < regions.size();) {
                if (!overlaps(grown(regions[i].box, gap), regions[j].box)) {
                    ++j;
                    continue;
                }
                regions[i].box = regions[i].box.united(regions[j].box);
                regions[i].has_area = regions[i].has_area || regions[j].has_area;
                regions.erase(regions.begin() + static_cast<std::ptrdiff_t>(j));
                merged = true;
                j = i + 1;
            }
    }
    return regions;
}

// Words with letters ("(planned)", "Number"); numbers ("1 500", "2024",
// "–") have none.
int lettered_words(const Line& line) {
    int words = 0;
    for (const auto& w : line.words)
        for (char32_t c : utf8_decode(w.text))
            if (u_isalpha(static_cast<UChar32>(c))) {
                ++words;
                break;
            }
    return words;
}

}  // namespace

std::vector<Block> take_figures(std::vector<Line>& lines, const std::vector<Box>& drawings, double body_size,
                                double page_height) {
    std::vector<Block> figures;
    if (drawings.empty() || lines.empty() || body_size <= 0) return figures;
    // Merging is quadratic in the shapes: a page that paints thousands of
    // paths (a map, a hostile file) is not searched for charts.
    constexpr std::size_t kMaxShapes = 2000;
    if (drawings.size() > kMaxShapes) return figures;
    const double max_height = page_height > 0 ? kMaxFigurePageShare * page_height : 1e300;
    std::vector<char> taken(lines.size(), 0);
    for (const auto& [region, has_area] :
         drawn_regions(drawings, kFigureMergeEm * body_size, max_height, kMinShapeSideEm * body_size)) {
        if (!has_area || region.width() < kMinFigureWidthEm * body_size ||
            region.height() < kMinFigureHeightEm * body_size)
            continue;
        const double margin = kFigureMarginEm * body_size;
        const Box area{region.x0 - margin, region.y0 - kFigureTopMarginEm * body_size, region.x1 + margin,
                       region.y1 + margin};
        std::vector<std::size_t> inside;
        int labels = 0, worded = 0;
        for (std::size_t i = 0; i < lines.size(); ++i) {
            if (taken[i] || !holds_centre(area, lines[i].box)) continue;
            const int words = lettered_words(lines[i]);
            const bool label = words <= kMaxLabelWords;
            if (!label && !holds_centre(region, lines[i].box)) continue;
            inside.push_back(i);
            labels += label ? 1 : 0;
            worded += words > 0 ? 1 : 0;
        }
        const auto n = static_cast<double>(inside.size());
        if (n < kMinFigureLines || labels < kMinFigureLabelShare * n || worded > kMaxFigureWordedShare * n) continue;
        Block figure;
        figure.kind = BlockKind::Figure;
        figure.box = region;
        for (std::size_t i : inside) {
            taken[i] = true;
            figure.box = figure.box.united(lines[i].box);
            figure.lines.push_back(std::move(lines[i]));
        }
        figures.push_back(std::move(figure));
    }
    drop_taken(lines, taken);
    std::sort(figures.begin(), figures.end(), [](const Block& a, const Block& b) { return a.box.y0 < b.box.y0; });
    return figures;
}

}  // namespace pdf2tei::structure
