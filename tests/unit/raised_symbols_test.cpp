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

// ---- Calls OCR dropped ------------------------------------------------------
// "l’homme¹," read "l’homme,": the boxes and ink Tesseract's binarisation
// gave on dev seed 13 fr-13-018.garbled (300 dpi; x-height 22 px, baseline
// 1066), the comma's box reaching up over the call.
std::vector<Symbol> homme_comma() {
    return {{"l", 1650, 1036, 1660, 1066}, {"\u2019", 1662, 1036, 1668, 1046}, {"h", 1670, 1036, 1692, 1066},
            {"o", 1694, 1044, 1714, 1066},  {"m", 1716, 1044, 1748, 1066},       {"m", 1750, 1044, 1780, 1066},
            {"e", 1782, 1044, 1801, 1066},  {",", 1802, 1040, 1830, 1072}};
}
constexpr Ink kCall = {1807, 1033, 1815, 1049};   // the "1", its foot 17 px up
constexpr Ink kComma = {1821, 1061, 1827, 1069};  // the comma, on the baseline

TEST(LostCallWindow, RunsFromTheLastLetterOverTheClauseMark) {
    const auto w = lost_call_window(homme_comma());
    ASSERT_TRUE(w.has_value());
    EXPECT_EQ(w->after, 6u);
    EXPECT_EQ(w->left, 1802);
    EXPECT_EQ(w->right, 1801 + static_cast<int>(kCallWindowWidthX * 22));
    EXPECT_EQ(w->baseline, 1066);
    EXPECT_DOUBLE_EQ(w->x_height, 22);
    EXPECT_LT(w->top, 1033);
    EXPECT_GT(w->bottom, 1072);
}

struct NoWindow {
    const char* name;
    std::vector<Symbol> symbols;
};

class NoCallWindow : public ::testing::TestWithParam<NoWindow> {};

TEST_P(NoCallWindow, IsLookedFor) { EXPECT_FALSE(lost_call_window(GetParam().symbols).has_value()) << GetParam().name; }

INSTANTIATE_TEST_SUITE_P(
    Table, NoCallWindow,
    ::testing::Values(
        // The call was read (as a mark: "pays’.", dev fr-13-018): a stand-in
        // the structure pairs, not ink to look for.
        NoWindow{"read as a mark", {{"p", 0, 10, 20, 40}, {"a", 22, 10, 40, 32}, {"s", 42, 10, 58, 32},
                                    {"\u2019", 60, 0, 70, 12}, {".", 72, 28, 78, 32}}},
        // Ends in a figure; nothing to measure the type by; an ideograph.
        NoWindow{"figure", {{"a", 0, 10, 20, 32}, {"2", 22, 0, 40, 32}}},
        NoWindow{"no small letter", {{"T", 0, 0, 20, 32}, {"V", 22, 0, 40, 32}}},
        NoWindow{"ideograph", {{"\u4eba", 0, 0, 30, 30}}}));

TEST(RaisedCallInk, IsTheDigitOverTheComma) {
    const auto w = lost_call_window(homme_comma());
    ASSERT_TRUE(w.has_value());
    const auto ink = raised_call_ink(*w, {kCall, kComma});
    ASSERT_TRUE(ink.has_value());
    EXPECT_EQ(ink->left, kCall.left);
    EXPECT_EQ(ink->bottom, kCall.bottom);
}

TEST(RaisedCallInk, TwoDigitsSideBySideAreOneCall) {
    const auto w = lost_call_window(homme_comma());
    ASSERT_TRUE(w.has_value());
    const Ink second = {1818, 1033, 1826, 1049};
    const auto ink = raised_call_ink(*w, {kCall, second, kComma});
    ASSERT_TRUE(ink.has_value());
    EXPECT_EQ(ink->left, kCall.left);
    EXPECT_EQ(ink->right, second.right);
}

struct NoInk {
    const char* name;
    std::vector<Ink> components;
};

class NoCallInk : public ::testing::TestWithParam<NoInk> {};

TEST_P(NoCallInk, IsFound) {
    const auto w = lost_call_window(homme_comma());
    ASSERT_TRUE(w.has_value());
    EXPECT_FALSE(raised_call_ink(*w, GetParam().components).has_value()) << GetParam().name;
}

INSTANTIATE_TEST_SUITE_P(
    Table, NoCallInk,
    ::testing::Values(
        // Ink on the baseline only: the comma, the next word ("угнетения; и",
        // dev ru-13-016.scan, where the call was read into a letter).
        NoInk{"baseline ink", {kComma, {1812, 1044, 1830, 1066}}},
        // A speck or an accent's tick: too small for a digit; with a digit
        // beside it, the window is unsure.
        NoInk{"speck", {{1808, 1036, 1812, 1040}}},
        NoInk{"digit and accent", {kCall, {1820, 1030, 1828, 1036}}},
        // A capital's height, raised: no footnote-size digit.
        NoInk{"too tall", {{1807, 1000, 1815, 1049}}},
        // Ink from the line above, at the window's top.
        NoInk{"from above", {kCall, {1820, 1066 - static_cast<int>(kCallWindowRiseX * 22), 1828, 1030}}},
        // Set apart from the word: no call.
        NoInk{"far", {{1817, 1033, 1825, 1049}}},
        NoInk{"digits apart", {kCall, {1826, 1033, 1834, 1049}}}));

}  // namespace
}  // namespace pdf2tei::ocr
