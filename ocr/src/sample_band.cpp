#include "pdf2tei/ocr/sample_band.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>

namespace pdf2tei::ocr {
namespace {

int ink_in_row(const GrayImage& page, int y) {
    const auto* row = page.pixels.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(page.width);
    return static_cast<int>(std::count_if(row, row + page.width, [](std::uint8_t v) { return v < kSampleInkLevel; }));
}

// The row of least ink within `reach` rows of `at`, nearest `at` on ties.
int clearest_row_near(const GrayImage& page, int at, int reach) {
    int best = at, least = std::numeric_limits<int>::max();
    for (int d = 0; d <= reach; ++d)
        for (const int y : {at - d, at + d}) {
            if (y < 0 || y >= page.height) continue;
            if (const int ink = ink_in_row(page, y); ink < least) {
                least = ink;
                best = y;
            }
            if (d == 0) break;  // at - 0 and at + 0 are one row: counted once
        }
    return best;
}

}  // namespace

std::pair<int, int> sample_band_rows(const GrayImage& page, double share) {
    if (page.empty() || page.pixels.size() < static_cast<std::size_t>(page.width) * page.height) return {0, 0};
    const double h = page.height * std::clamp(share, 0.05, 1.0);
    const int top = static_cast<int>(std::lround((page.height - h) / 2));
    const int bottom = static_cast<int>(std::lround((page.height + h) / 2));
    const int reach = static_cast<int>(std::lround(page.height * kSampleEdgeReach));
    const int new_top = clearest_row_near(page, top, reach);
    const int new_bottom = clearest_row_near(page, bottom, reach);
    return new_bottom > new_top ? std::pair{new_top, new_bottom} : std::pair{top, bottom};
}

}  // namespace pdf2tei::ocr
