// Raised digits read into OCR words: split off by their symbol boxes. The
// boxes are those Tesseract gave on the generated 300 dpi scan of
// A/RES/74/173 (pixels, y down).
#include <gtest/gtest.h>

#include "pdf2tei/ocr/raised_symbols.hpp"

namespace pdf2tei::ocr {
namespace {

std::vector<std::string> texts(const std::vector<WordPart>& parts) {
    std::vector<std::string> out;
    for (const auto& p : parts) out.push_back(p.text + (p.raised ? "^" : ""));
    return out;
}

TEST(SplitRaised, ACallAfterAYearAndBeforeAComma) {
    // "20172," : 2017, then call 2 (foot 16 px up), then the comma.
    const std::vector<Symbol> s = {{"2", 0, 1436, 0, 1467}, {"0", 0, 1436, 0, 1468}, {"1", 0, 1436, 0, 1467},
                                   {"7", 0, 1436, 0, 1467}, {"2", 0, 1428, 0, 1451}, {",", 0, 1461, 0, 1475}};
    EXPECT_EQ(texts(split_raised(s)), (std::vector<std::string>{"2017", "2^", ","}));
}

TEST(SplitRaised, ANoteNumberBeforeItsFirstWord) {
    // "3United": note 3 of the page foot.
    const std::vector<Symbol> s = {{"3", 0, 3180, 0, 3197}, {"U", 0, 3187, 0, 3214}, {"n", 0, 3196, 0, 3213},
                                   {"i", 0, 3188, 0, 3213}, {"t", 0, 3190, 0, 3213}, {"e", 0, 3196, 0, 3213},
                                   {"d", 0, 3187, 0, 3213}};
    const auto parts = split_raised(s);
    EXPECT_EQ(texts(parts), (std::vector<std::string>{"3^", "United"}));
    EXPECT_EQ(parts[0].bottom, 3197);
    EXPECT_EQ(parts[1].top, 3187);
}

struct Unsplit {
    const char* name;
    std::vector<Symbol> symbols;
};

class KeptWhole : public ::testing::TestWithParam<Unsplit> {};

TEST_P(KeptWhole, OnePart) {
    const auto parts = split_raised(GetParam().symbols);
    ASSERT_EQ(parts.size(), 1u) << GetParam().name;
    EXPECT_FALSE(parts[0].raised);
}

INSTANTIATE_TEST_SUITE_P(
    Table, KeptWhole,
    ::testing::Values(
        // A year on its baseline, and the comma after it.
        Unsplit{"year", {{"2", 0, 3097, 0, 3122}, {"0", 0, 3097, 0, 3123}, {"1", 0, 3097, 0, 3122},
                         {"7", 0, 3097, 0, 3123}, {",", 0, 3118, 0, 3128}}},
        // An opening quote stands as high as a call: no digit, no cut.
        Unsplit{"quote", {{"\u201C", 0, 2073, 0, 2086}, {"C", 0, 2072, 0, 2106}, {"o", 0, 2084, 0, 2105},
                          {"u", 0, 2084, 0, 2105}, {"n", 0, 2084, 0, 2105}}},
        // A call misread as "?" stays as read.
        Unsplit{"misread", {{"2", 0, 1427, 0, 1458}, {"0", 0, 1428, 0, 1459}, {"1", 0, 1428, 0, 1459},
                            {"7", 0, 1428, 0, 1459}, {"?", 0, 1420, 0, 1443}}},
        // A raised digit alone is the whole word.
        Unsplit{"alone", {{"2", 0, 1428, 0, 1451}}},
        // Digits of one size on one baseline ("m3" set level) stay one word.
        Unsplit{"level", {{"m", 0, 100, 0, 120}, {"3", 0, 92, 0, 120}}}));

}  // namespace
}  // namespace pdf2tei::ocr
