#include <gtest/gtest.h>

#include "pdf2tei/normalize/unicode.hpp"
#include "test_helpers.hpp"

namespace pdf2tei::normalize {
namespace {

struct CleanCase {
    std::string in, out;
    int nfc, control, private_use;
};

class CleanString : public ::testing::TestWithParam<CleanCase> {};

TEST_P(CleanString, CleansAndCounts) {
    const CleanCase& c = GetParam();
    RepairCounts counts;
    EXPECT_EQ(clean_string(c.in, counts), c.out);
    EXPECT_EQ(counts[kRepairNfc], c.nfc);
    EXPECT_EQ(counts[kRepairControl], c.control);
    EXPECT_EQ(counts[kRepairPrivateUse], c.private_use);
}

INSTANTIATE_TEST_SUITE_P(
    Table, CleanString,
    ::testing::Values(
        CleanCase{"d\u2019experts", "d\u2019experts", 0, 0, 0},                 // already clean
        CleanCase{"e\u0301tat", "\u00E9tat", 1, 0, 0},                          // combining acute composes
        CleanCase{"Re\u0301solution", "R\u00E9solution", 1, 0, 0},
        CleanCase{"c\u0327a", "\u00E7a", 1, 0, 0},                              // cedilla
        CleanCase{"\u0418\u0306", "\u0419", 1, 0, 0},                           // Cyrillic short i
        CleanCase{"A\u030A", "\u00C5", 1, 0, 0},
        CleanCase{"\u212B", "\u00C5", 1, 0, 0},                                 // angstrom sign is not NFC
        CleanCase{"ab\x01" "c", "abc", 0, 1, 0},                               // C0 control
        CleanCase{"x\x7F", "x", 0, 1, 0},                                       // DEL
        CleanCase{"\u0085text", "text", 0, 1, 0},                               // C1 control
        CleanCase{"a\uFFFEb", "ab", 0, 1, 0},                                   // noncharacter
        CleanCase{"\uE000lig", "lig", 0, 0, 1},                                 // private use
        CleanCase{"\U000F0001", "", 0, 0, 1},                                   // supplementary private use
        CleanCase{"\u0639\u0631\u0628\u064A", "\u0639\u0631\u0628\u064A", 0, 0, 0},  // Arabic untouched
        CleanCase{"\u4E2D\u6587", "\u4E2D\u6587", 0, 0, 0},                     // Chinese untouched
        CleanCase{"\u0153uvre", "\u0153uvre", 0, 0, 0}));                       // oe is a letter

TEST(CleanWords, KeepsOneGlyphBoxPerCodePointAndDropsEmptyWords) {
    std::vector<Word> words{pdf2tei::testing::make_word("e\u0301t\u00E9", 0, 0),
                            pdf2tei::testing::make_word("\x02", 50, 0)};
    ASSERT_EQ(words[0].glyphs.size(), 4u);
    RepairCounts counts;
    clean_words(words, counts);
    ASSERT_EQ(words.size(), 1u);
    EXPECT_EQ(words[0].text, "\u00E9t\u00E9");
    ASSERT_EQ(words[0].glyphs.size(), 3u);
    EXPECT_EQ(words[0].glyphs[0].code_point, U'\u00E9');
    // The composed letter covers the base and its accent.
    EXPECT_DOUBLE_EQ(words[0].glyphs[0].box.x0, 0);
    EXPECT_DOUBLE_EQ(words[0].glyphs[0].box.x1, 10);
    EXPECT_TRUE(words[0].has(kFlagUnicodeRepaired));
    EXPECT_EQ(counts[kRepairControl], 1);
}

TEST(Classes, PrivateUseNoncharacterControl) {
    EXPECT_TRUE(is_private_use(0xF8FF));
    EXPECT_FALSE(is_private_use(0xFB01));  // a ligature is not private use
    EXPECT_TRUE(is_noncharacter(0x1FFFF));
    EXPECT_TRUE(is_noncharacter(0xFDD0));
    EXPECT_FALSE(is_noncharacter(0xFFFD));
    EXPECT_TRUE(is_control(0x9F));
    EXPECT_FALSE(is_control(0xA0));
}

}  // namespace
}  // namespace pdf2tei::normalize
