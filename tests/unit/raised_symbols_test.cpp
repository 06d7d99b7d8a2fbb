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

// ---- Words read across a wide gap -------------------------------------------
// The Arabic model's "8/75/7231" for note 1's "1  A/75/723،" (dev scan300-32
// ar-32-009, textline 37 px tall): the number 49 px right of the run.
TEST(SplitAtWideGaps, ANoteNumberReadIntoTheLatinRunBesideIt) {
    const std::vector<Symbol> s = {{"8", 2034, 3212, 2066, 3235}, {"/", 2066, 3210, 2076, 3241},
                                   {"7", 2080, 3212, 2094, 3235}, {"5", 2099, 3212, 2112, 3234},
                                   {"/", 2116, 3209, 2126, 3241}, {"7", 2129, 3212, 2143, 3234},
                                   {"2", 2149, 3211, 2162, 3234}, {"3", 2168, 3211, 2181, 3233},
                                   {"1", 2230, 3210, 2239, 3232}};
    const auto parts = split_at_wide_gaps(s, 37);
    EXPECT_EQ(texts(parts), (std::vector<std::string>{"8/75/723", "1"}));
    EXPECT_EQ(parts[1].left, 2230);
    EXPECT_EQ(parts[0].right, 2181);
}

// The same page's "المرفق." (symbols in reading order, right to left, their
// boxes overlapping), and a Latin word's letters a little apart, stay whole.
TEST(SplitAtWideGaps, AWordsOwnLettersStayTogether) {
    const std::vector<Symbol> arabic = {{"\u0627", 2018, 3211, 2019, 3246}, {"\u0644", 2015, 3211, 2019, 3235},
                                        {"\u0645", 1986, 3211, 2011, 3246}, {"\u0631", 1983, 3211, 1997, 3246},
                                        {"\u0641", 1973, 3211, 1984, 3246}, {"\u0642", 1958, 3214, 1986, 3245},
                                        {".", 1948, 3229, 1954, 3236}};
    EXPECT_EQ(split_at_wide_gaps(arabic, 37).size(), 1u);
    const std::vector<Symbol> spaced = {{"N", 100, 0, 130, 40}, {"a", 160, 10, 185, 40}, {"t", 215, 0, 230, 40}};
    EXPECT_EQ(split_at_wide_gaps(spaced, 45).size(), 1u);  // gaps of 30 px under a 45 px line
    EXPECT_EQ(split_at_wide_gaps({}, 37).size(), 0u);
    // A barcode's stars, ordered by the Arabic line: marks alone stay on.
    const std::vector<Symbol> barcode = {{"*", 300, 10, 310, 30}, {"1", 200, 10, 210, 40}, {"7", 212, 10, 222, 40},
                                         {"*", 100, 10, 110, 30}};
    EXPECT_EQ(split_at_wide_gaps(barcode, 37).size(), 1u);
    // A page's mark "— 2" read as "Lo" across its gap: letters stay one word.
    EXPECT_EQ(split_at_wide_gaps({{"L", 357, 3350, 376, 3375}, {"o", 412, 3350, 430, 3375}}, 29).size(), 1u);
}

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
        // One small letter's box says little of the type: a lone "a" boxed
        // 52 px high on a line of x-height 21 (dev seed 14 es-14-006.garbled).
        NoWindow{"one small letter", {{"a", 2000, 2617, 2025, 2669}}},
        NoWindow{"ideograph", {{"\u4eba", 0, 0, 30, 30}}}));

// "权利²。" read "权利" "。" (dev scan 29 zh-29-013, Noto CJK, 300 dpi):
// the ideographs 45-46 px tall on feet at 2031; the figure 24 px tall, its
// foot 24 px up, the stop on the feet; their ink as measured on the page.
std::vector<Symbol> quanli() { return {{"\u6743", 1615, 1986, 1660, 2031}, {"\u5229", 1641, 1985, 1686, 2031}}; }
constexpr Ink kIdeographCall = {1692, 1984, 1708, 2007};
constexpr Ink kWideStop = {1716, 2017, 1734, 2029};

TEST(LostIdeographCallWindow, FindsTheFigureAfterTheLastIdeograph) {
    const auto w = lost_ideograph_call_window(quanli());
    ASSERT_TRUE(w.has_value());
    EXPECT_EQ(w->after, 1u);
    EXPECT_DOUBLE_EQ(w->x_height, kIdeographXHeightShare * 46);
    EXPECT_EQ(w->baseline, 2031);
    EXPECT_EQ(w->left, 1687);
    const auto ink = raised_call_ink(*w, {kIdeographCall, kWideStop});
    ASSERT_TRUE(ink.has_value());
    EXPECT_EQ(ink->left, kIdeographCall.left);
    // A closing quote's tick there is no figure's size.
    EXPECT_FALSE(raised_call_ink(*w, {{1690, 1986, 1696, 1997}, {1699, 1986, 1705, 1997}}).has_value());
    // Nor is the next ideograph, on the feet, any call.
    EXPECT_FALSE(raised_call_ink(*w, {{1690, 1986, 1734, 2031}}).has_value());
}

// "基础¹，" (dev scan 31 zh-31-004): the "1" reaches the ideographs' tops,
// 41 px over their feet; the window reaches over it.
TEST(LostIdeographCallWindow, ReachesOverTheIdeographsTops) {
    const std::vector<Symbol> jichu = {{"\u57fa", 2070, 896, 2108, 934}, {"\u7840", 2110, 896, 2148, 934}};
    const auto w = lost_ideograph_call_window(jichu);
    ASSERT_TRUE(w.has_value());
    EXPECT_EQ(w->top, 934 - static_cast<int>(kIdeographCallWindowRise * 38));
    const auto ink = raised_call_ink(*w, {{2152, 893, 2157, 911}, {2164, 927, 2170, 938}});
    ASSERT_TRUE(ink.has_value());
    EXPECT_EQ(ink->left, 2152);
}

TEST(LostIdeographCallWindow, RunsOverTheStopInTheWord) {
    auto s = quanli();
    s.push_back({"\u3002", 1697, 1983, 1729, 2031});  // "权利。" as one word
    const auto w = lost_ideograph_call_window(s);
    ASSERT_TRUE(w.has_value());
    EXPECT_TRUE(w->closed);
    EXPECT_EQ(w->after, 1u);
    EXPECT_EQ(w->right, 1729);
    EXPECT_FALSE(lost_ideograph_call_window(quanli())->closed);  // the stop a word of its own, if any
}

TEST(LostIdeographCallWindow, NeedsAnIdeographLastAndItsHeight) {
    EXPECT_FALSE(lost_ideograph_call_window(homme_comma()).has_value());
    EXPECT_FALSE(lost_ideograph_call_window({{"\u3002", 1716, 2017, 1734, 2029}}).has_value());
    // An ideograph boxed far taller than its line's says nothing of its
    // feet (zh-31-001.invisible-ocr: "会" 67 px high on a line of 45).
    EXPECT_FALSE(lost_ideograph_call_window({{"\u4f1a", 273, 1174, 312, 1241}}, 45).has_value());
    EXPECT_TRUE(lost_ideograph_call_window({{"\u4f1a", 273, 1196, 312, 1241}}, 45).has_value());
    // One ideograph says its height only with its textline's.
    EXPECT_FALSE(lost_ideograph_call_window({quanli().back()}).has_value());
    const auto w = lost_ideograph_call_window({quanli().back()}, 46);
    ASSERT_TRUE(w.has_value());
    EXPECT_DOUBLE_EQ(w->x_height, 23);
}

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

// "Nations¹." read "Nations?.": the "?" is the call's, boxed over it and
// the full stop (dev seed 14 en-14-000.garbled, x-height 24 px).
std::vector<Symbol> nations_misread() {
    return {{"N", 1941, 2040, 1967, 2075}, {"a", 1960, 2035, 1980, 2076}, {"t", 1973, 2052, 1991, 2076},
            {"i", 1996, 2041, 2020, 2076}, {"o", 2025, 2052, 2047, 2076}, {"n", 2052, 2052, 2069, 2075},
            {"s", 2074, 2052, 2091, 2076}, {"?", 2086, 2035, 2101, 2076}, {".", 2095, 2035, 2120, 2075}};
}

TEST(LostCallWindow, TakesAMarkReadOnTheCall) {
    const auto w = lost_call_window(nations_misread());
    ASSERT_TRUE(w.has_value());
    EXPECT_EQ(w->after, 6u);
    EXPECT_EQ(w->misread, 1u);
    EXPECT_EQ(w->left, 2092);
    const auto ink = raised_call_ink(*w, {{2095, 2035, 2106, 2056}, {2116, 2071, 2119, 2074}});
    ASSERT_TRUE(ink.has_value());
    EXPECT_EQ(ink->left, 2095);
}

TEST(LostCallWindow, FindsNoCallInAQuestionMark) {
    // A true question mark's hook stands over its dot; a mark ending the
    // word opens no window (dev seed 13 ru-13-018.garbled: "и!" is left to
    // the stand-in rules).
    const auto w = lost_call_window(nations_misread());
    ASSERT_TRUE(w.has_value());
    const Ink hook = {2095, 2035, 2106, 2060}, dot = {2098, 2070, 2103, 2076};
    EXPECT_FALSE(raised_call_ink(*w, {hook, dot}).has_value());
    EXPECT_TRUE(raised_call_ink(*w, {hook}).has_value());
    auto question = nations_misread();
    question.pop_back();
    EXPECT_FALSE(lost_call_window(question).has_value());
}

TEST(LostCallWindow, TakesOneLetterAsTallAsItsLine) {
    // One small letter, vouched for by its line's x-height ("и," on a line
    // of x-height 32 px, dev seed 14 ru-14-019.scan's boxes); a lone "a"
    // boxed 52 px high on a line of 21 is not (es-14-006.garbled).
    const std::vector<Symbol> i = {{"\u0438", 1835, 2535, 1862, 2567}, {",", 1868, 2560, 1874, 2575}};
    EXPECT_FALSE(lost_call_window(i).has_value());
    const auto w = lost_call_window(i, 32);
    ASSERT_TRUE(w.has_value());
    EXPECT_EQ(w->baseline, 2567);
    EXPECT_FALSE(lost_call_window({{"a", 2000, 2617, 2025, 2669}}, 21).has_value());
}

TEST(LostCallWindow, LeavesQuotesAndTheTextsOwnMarksAlone) {
    // A closing quote or an apostrophe may stand before a clause's mark
    // ("nations’,", "“right”."); "°" is "n°".
    for (const char* mark : {"\u201D", "\u2019", "'", "\u00B0"}) {
        auto quoted = nations_misread();
        quoted[quoted.size() - 2].text = mark;
        EXPECT_FALSE(lost_call_window(quoted).has_value()) << mark;
    }
    // "*" before a clause mark may be a misread call ("degradantes*."),
    // ending a word it marks a note of its own.
    auto star = nations_misread();
    star[star.size() - 2].text = "*";
    EXPECT_TRUE(lost_call_window(star).has_value());
    star.pop_back();
    EXPECT_FALSE(lost_call_window(star).has_value());
}

TEST(RaisedCallInk, PassesOverASemicolonsDot) {
    // "opresión¹;" read "opresión;" (dev seed 14 es-14-016.scan-bw): the
    // semicolon's dot stands at the x-height, over its comma.
    const std::vector<Symbol> s = {{"o", 1653, 1087, 1670, 1105}, {"p", 1671, 1087, 1690, 1114},
                                   {"r", 1691, 1087, 1704, 1105}, {"e", 1705, 1087, 1720, 1105},
                                   {"s", 1722, 1087, 1734, 1105}, {"i", 1736, 1078, 1745, 1105},
                                   {"\u00F3", 1746, 1078, 1763, 1105}, {"n", 1764, 1087, 1783, 1105},
                                   {";", 1788, 1075, 1805, 1110}};
    const auto w = lost_call_window(s);
    ASSERT_TRUE(w.has_value());
    const Ink call = {1788, 1075, 1792, 1089}, dot = {1799, 1087, 1803, 1090}, comma = {1799, 1101, 1804, 1109};
    const auto ink = raised_call_ink(*w, {call, dot, comma});
    ASSERT_TRUE(ink.has_value());
    EXPECT_EQ(ink->right, call.right);
    // The dot alone, no comma under it: a speck, unsure.
    EXPECT_FALSE(raised_call_ink(*w, {call, dot}).has_value());
}

TEST(RaisedCallInk, IsMeasuredFromTheLettersInk) {
    // "spouses²." boxed a glyph to the left: its last "s" in the "?"'s box,
    // in the window, the call a gap past the "s"'s box but touching its ink
    // (dev seed 14 en-14-000.garbled).
    const std::vector<Symbol> s = {{"s", 260, 2610, 277, 2634}, {"p", 282, 2610, 301, 2643},
                                   {"o", 305, 2610, 327, 2634}, {"u", 318, 2593, 339, 2643},
                                   {"s", 333, 2611, 350, 2634}, {"e", 355, 2610, 372, 2634},
                                   {"s", 375, 2610, 393, 2634}, {"?", 395, 2610, 412, 2634},
                                   {".", 415, 2593, 442, 2633}};
    const auto w = lost_call_window(s);
    ASSERT_TRUE(w.has_value());
    const Ink call = {415, 2593, 428, 2614}, letter = {395, 2610, 411, 2633}, stop = {438, 2629, 441, 2632};
    EXPECT_TRUE(raised_call_ink(*w, {call, letter, stop}).has_value());
    // Without the letter's ink there, the call stands too far from the word.
    EXPECT_FALSE(raised_call_ink(*w, {call, stop}).has_value());
}

// Calls set a space after their word, read as words of their own (dev
// seed 14 fr-14-007.invisible-ocr, x-height 18 px): "fondamentales 2,",
// "l’homme |,".
const std::vector<Symbol> kFondamentales = {
    {"f", 1290, 2026, 1303, 2052}, {"o", 1302, 2034, 1319, 2052}, {"n", 1322, 2034, 1337, 2052},
    {"d", 1339, 2026, 1356, 2052}, {"a", 1359, 2034, 1374, 2052}, {"m", 1375, 2034, 1402, 2052},
    {"e", 1394, 2026, 1412, 2052}, {"n", 1404, 2034, 1418, 2052}, {"t", 1421, 2034, 1437, 2052},
    {"a", 1440, 2031, 1465, 2052}, {"l", 1467, 2026, 1474, 2052}, {"e", 1477, 2034, 1491, 2052},
    {"s", 1494, 2035, 1505, 2052}};
const std::vector<Symbol> kHomme = {{"l", 1448, 1366, 1455, 1392}, {"\u2019", 1459, 1366, 1465, 1375},
                                    {"h", 1470, 1366, 1486, 1392}, {"o", 1489, 1374, 1506, 1392},
                                    {"m", 1508, 1374, 1535, 1392}, {"m", 1537, 1374, 1563, 1392},
                                    {"e", 1565, 1374, 1580, 1392}};

TEST(CallWord, IsARaisedFigureAfterAWord) {
    const std::vector<Symbol> two = {{"2", 1514, 2018, 1526, 2038}, {",", 1532, 2048, 1537, 2057}};
    ASSERT_EQ(call_word_symbols(kFondamentales, two), 1u);
    const auto parts = split_call_word(two, 1);
    EXPECT_EQ(texts(parts), (std::vector<std::string>{"2^", ","}));
    // The comma's box reaches up to the call's foot, into the line.
    EXPECT_EQ(parts[1].top, 2039);
    EXPECT_EQ(parts[1].bottom, 2057);
}

TEST(CallWord, IsAMarkReadOnARaisedCall) {
    EXPECT_EQ(call_word_symbols(kHomme, {{"|", 1592, 1359, 1597, 1379}, {",", 1606, 1387, 1612, 1396}}), 1u);
}

TEST(CallWord, IsNoFigureOnTheBaselineNorFarNorAfterAFigure) {
    // "paragraph 2,": the figure on the line's baseline.
    EXPECT_EQ(call_word_symbols(kFondamentales, {{"2", 1514, 2026, 1528, 2052}, {",", 1532, 2048, 1537, 2057}}), 0u);
    // Two spaces on.
    EXPECT_EQ(call_word_symbols(kFondamentales, {{"2", 1545, 2018, 1557, 2038}}), 0u);
    // A word after it, a letter in it, or four figures.
    EXPECT_EQ(call_word_symbols(kFondamentales, {{"2", 1514, 2018, 1526, 2038}, {"a", 1528, 2034, 1540, 2052}}), 0u);
    EXPECT_EQ(call_word_symbols(kFondamentales, {{"2", 1514, 2018, 1526, 2038}, {"0", 1527, 2018, 1539, 2038},
                                                 {"1", 1540, 2018, 1552, 2038}, {"7", 1553, 2018, 1565, 2038}}),
              0u);
    // After a figure, not a letter.
    EXPECT_EQ(call_word_symbols({{"1", 1480, 2026, 1491, 2052}, {"9", 1494, 2026, 1505, 2052}},
                                {{"2", 1514, 2018, 1526, 2038}}),
              0u);
    // A quote is no misread call.
    EXPECT_EQ(call_word_symbols(kHomme, {{"\u201D", 1592, 1359, 1597, 1379}}), 0u);
}

// "²Resolution" read "Resolution", the "R" boxed over the "2" (dev seed 14
// en-14-000.garbled, a note's line; x-height 19 px).
std::vector<Symbol> resolution_number() {
    return {{"R", 318, 3020, 360, 3055}, {"e", 363, 3036, 378, 3055}, {"s", 381, 3036, 395, 3055},
            {"o", 397, 3036, 415, 3055}, {"l", 420, 3026, 423, 3055}, {"u", 430, 3037, 444, 3055},
            {"t", 448, 3031, 461, 3055}, {"i", 466, 3027, 470, 3055}, {"o", 474, 3036, 492, 3055},
            {"n", 497, 3036, 512, 3055}};
}
constexpr Ink kNumber = {318, 3020, 330, 3039};  // the "2", its foot 16 px up
constexpr Ink kR = {338, 3026, 359, 3054};

TEST(LostNumber, IsTheRaisedDigitBeforeTheFirstLetter) {
    const auto w = lost_number_window(resolution_number());
    ASSERT_TRUE(w.has_value());
    EXPECT_EQ(w->baseline, 3055);
    EXPECT_LT(w->left, 318);
    EXPECT_EQ(w->right, 360);
    const auto ink = raised_number_ink(*w, {kNumber, kR});
    ASSERT_TRUE(ink.has_value());
    EXPECT_EQ(ink->left, kNumber.left);
    EXPECT_EQ(ink->right, kNumber.right);
}

// "²United" read "United" (dev seed 14 en-14-014.scan, note 2's line):
// the "U" boxed over the "2", and every box after it shifted, the "n"
// boxed as tall as a capital. Its x-height is the "e"'s, 21 px: measured
// 35, the window reached into the note line above ("A/79/730,") and
// found that line's ink, and note 2 ran on in note 1.
TEST(LostNumber, IsMeasuredByTheLettersBoxedNoTallerThanTheyStand) {
    const std::vector<Symbol> united = {{"U", 265, 3092, 304, 3127}, {"n", 297, 3092, 313, 3127},
                                        {"i", 309, 3106, 325, 3126}, {"t", 329, 3099, 346, 3127},
                                        {"e", 347, 3106, 364, 3127}, {"d", 367, 3099, 385, 3127}};
    const auto w = lost_number_window(united);
    ASSERT_TRUE(w.has_value());
    EXPECT_EQ(w->x_height, 21);
    constexpr Ink kLineAbove = {280, 3052, 304, 3079}, kTwo = {265, 3092, 276, 3109}, kU = {282, 3099, 303, 3126};
    EXPECT_GT(w->top, kLineAbove.bottom);
    const auto ink = raised_number_ink(*w, {kTwo, kU});
    ASSERT_TRUE(ink.has_value());
    EXPECT_EQ(ink->left, kTwo.left);
}

TEST(LostNumber, IsNotLookedForBeforeAFigureOrAMark) {
    auto s = resolution_number();
    s.front().text = "2";
    EXPECT_FALSE(lost_number_window(s).has_value());
    s.front().text = "\u201C";
    EXPECT_FALSE(lost_number_window(s).has_value());
}

TEST(LostNumber, NeedsADigitsInkClearOfTheLetter) {
    const auto w = lost_number_window(resolution_number());
    ASSERT_TRUE(w.has_value());
    const std::vector<std::pair<const char*, std::vector<Ink>>> cases = {
        {"letter only", {kR}},
        {"raised ink over the letter (an accent)", {{342, 3010, 352, 3016}, kR}},
        {"speck", {{324, 3030, 328, 3034}, kR}},
        {"cut by the window's edge", {{w->left, 3020, w->left + 10, 3039}, kR}},
        {"from the line above", {{318, w->top, 330, 3039}, kR}},
        {"far from the letter", {{296, 3020, 308, 3039}, {338 + 10, 3026, 359, 3054}}},
        {"no letter on the baseline", {kNumber}},
    };
    for (const auto& [name, ink] : cases) EXPECT_FALSE(raised_number_ink(*w, ink).has_value()) << name;
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
        // A broken letter's end, 0.64 x-heights tall: read alone as figures,
        // it came back "6" (dev seed 13 fr-13-006.invisible-ocr).
        NoInk{"letter's end", {{1807, 1035, 1815, 1048}}},
        NoInk{"digit and accent", {kCall, {1820, 1030, 1828, 1036}}},
        // A capital's height, raised: no footnote-size digit.
        NoInk{"too tall", {{1807, 1000, 1815, 1049}}},
        // Ink from the line above, at the window's top.
        NoInk{"from above", {kCall, {1820, 1066 - static_cast<int>(kCallWindowRiseX * 22), 1828, 1030}}},
        // Set apart from the word: no call.
        NoInk{"far", {{1817, 1033, 1825, 1049}}},
        NoInk{"digits apart", {kCall, {1826, 1033, 1834, 1049}}}));

// Arabic calls misread at a word's end, before its full stop, with the
// boxes Tesseract gave on dev scan300-11 ar-11-014 (page pixels).
struct ArabicWord {
    const char* name;
    std::vector<Symbol> symbols;
    std::optional<std::size_t> call;
};

class ArabicMisreadCall : public ::testing::TestWithParam<ArabicWord> {};

TEST_P(ArabicMisreadCall, IsFound) {
    EXPECT_EQ(arabic_misread_call(GetParam().symbols), GetParam().call) << GetParam().name;
}

INSTANTIATE_TEST_SUITE_P(
    Table, ArabicMisreadCall,
    ::testing::Values(
        // "أفسح¹." read "أفسح'.": no apostrophe in Arabic.
        ArabicWord{"apostrophe",
                   {{"أ", 917, 1335, 926, 1372}, {"ف", 899, 1325, 913, 1397}, {"س", 864, 1350, 916, 1393},
                    {"ح", 867, 1325, 886, 1397}, {"'", 855, 1342, 858, 1356}, {".", 840, 1366, 847, 1374}},
                   4},
        ArabicWord{"star",
                   {{"ل", 1462, 1690, 1475, 1755}, {"ل", 1450, 1690, 1463, 1755}, {"ع", 1405, 1711, 1469, 1750},
                    {"م", 1421, 1690, 1434, 1755}, {"ل", 1405, 1690, 1422, 1755}, {"*", 1392, 1705, 1400, 1719},
                    {".", 1381, 1729, 1388, 1736}},
                   5},
        // "لشخصيته²." read "لشخصيتهة.": the "ة" 15 pixels tall, its foot 17
        // over the full stop's.
        ArabicWord{"raised letter",
                   {{"ه", 939, 1517, 953, 1557}, {"ة", 926, 1517, 934, 1532}, {".", 914, 1541, 921, 1549}},
                   1},
        // "البطالة³." read "البطالةة.": the word's own "ة" on the baseline,
        // the second raised.
        ArabicWord{"doubled letter",
                   {{"ل", 827, 1599, 839, 1663}, {"ة", 815, 1622, 834, 1651}, {"ة", 807, 1616, 815, 1630},
                    {".", 795, 1640, 801, 1648}},
                   2},
        // A word's last letter on the baseline, as the full stop: no call.
        ArabicWord{"letter on the baseline",
                   {{"ل", 827, 1599, 839, 1663}, {"ة", 815, 1622, 834, 1651}, {".", 800, 1640, 806, 1648}},
                   std::nullopt},
        // No clause mark after it: nothing to measure the letter by, nor a
        // call's place.
        ArabicWord{"no clause mark", {{"ه", 939, 1517, 953, 1557}, {"ة", 926, 1517, 934, 1532}}, std::nullopt},
        // An Arabic comma's foot says nothing of the baseline.
        ArabicWord{"comma",
                   {{"ه", 939, 1517, 953, 1557}, {"ة", 926, 1517, 934, 1532}, {"\u060C", 914, 1530, 921, 1540}},
                   std::nullopt},
        // A letter's dot boxed alone, under 1.5 stops tall ("خاصتين.", dev
        // scan300-13 ar-13-000), and a mark boxed down to the baseline
        // ("والفاقة!.", ar-13-012): no call read from their ink.
        ArabicWord{"dot",
                   {{"ي", 1230, 2272, 1238, 2276}, {"ن", 1210, 2255, 1213, 2259}, {".", 1189, 2264, 1194, 2269}},
                   std::nullopt},
        ArabicWord{"mark on the baseline",
                   {{"ة", 1241, 975, 1257, 1016}, {"!", 1231, 975, 1242, 1016}, {".", 1215, 975, 1235, 1006}},
                   std::nullopt},
        // A Latin word's apostrophe may be its own ("States'.").
        ArabicWord{"latin",
                   {{"s", 900, 1530, 910, 1549}, {"'", 912, 1517, 915, 1527}, {".", 917, 1541, 921, 1549}},
                   std::nullopt}));

}  // namespace
}  // namespace pdf2tei::ocr
