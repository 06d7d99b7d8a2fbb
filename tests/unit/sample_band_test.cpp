// The language sample's band, its edges between lines (ocr/sample_band.hpp).
#include <gtest/gtest.h>

#include "pdf2tei/ocr/sample_band.hpp"

namespace pdf2tei::ocr {
namespace {

// A white page of `height` rows with black lines of text `line` rows tall
// every `pitch` rows from `first`.
GrayImage lined_page(int height, int first, int line, int pitch) {
    GrayImage page;
    page.width = 100, page.height = height, page.dpi = 300;
    page.pixels.assign(static_cast<std::size_t>(page.width) * height, 255);
    for (int top = first; top + line <= height; top += pitch)
        for (int y = top; y < top + line; ++y)
            std::fill_n(page.pixels.begin() + static_cast<std::ptrdiff_t>(y) * page.width, page.width, 0);
    return page;
}

bool inked(const GrayImage& page, int y) { return page.pixels[static_cast<std::size_t>(y) * page.width] < 128; }

TEST(SampleBand, ItsEdgesFallBetweenLines) {
    // 1000 rows; lines 30 rows tall every 40 from row 5: the band's 12%
    // (440 to 560) cuts lines 445-475 and 525-555 in half.
    const GrayImage page = lined_page(1000, 5, 30, 40);
    ASSERT_TRUE(inked(page, 440 + 10));
    const auto [top, bottom] = sample_band_rows(page, 0.12);
    EXPECT_FALSE(inked(page, top));
    EXPECT_FALSE(inked(page, bottom));
    EXPECT_LE(std::abs(top - 440), 20);
    EXPECT_LE(std::abs(bottom - 560), 20);
}

TEST(SampleBand, StaysWhereItFallsOnABlankPageOrWithoutAGapInReach) {
    const GrayImage blank = lined_page(1000, 2000, 1, 1);
    EXPECT_EQ(sample_band_rows(blank, 0.12), (std::pair<int, int>{440, 560}));
    // All ink: no row clearer than another.
    const GrayImage ink = lined_page(1000, 0, 1000, 1000);
    EXPECT_EQ(sample_band_rows(ink, 0.12), (std::pair<int, int>{440, 560}));
    EXPECT_EQ(sample_band_rows(GrayImage{}, 0.12), (std::pair<int, int>{0, 0}));
}

}  // namespace
}  // namespace pdf2tei::ocr
