// Chinese: no space between CJK characters, at line ends (the writer, the
// paragraph's text) or between words the extractor or OCR split ("人 人 生
// 而 自由", issue 17); a space next to Latin or digits stays.
#include <gtest/gtest.h>

#include "normalize/src/spacing.hpp"
#include "pdf2tei/text.hpp"
#include "test_helpers.hpp"

namespace pdf2tei {
namespace {

using testing::make_word;

struct JoinCase {
    const char* left;
    const char* right;
    bool joins;
};

class CjkJoin : public ::testing::TestWithParam<JoinCase> {};

TEST_P(CjkJoin, NoSpaceOnlyBetweenCjk) {
    EXPECT_EQ(joins_without_space(GetParam().left, GetParam().right), GetParam().joins);
}

INSTANTIATE_TEST_SUITE_P(Pairs, CjkJoin,
                         ::testing::Values(JoinCase{"人类的良", "心", true},      // a line end inside a word
                                           JoinCase{"权利。", "大会", true},      // full-width punctuation
                                           JoinCase{"决议，", "回顾", true},
                                           JoinCase{"暴行,", "这些", true},       // a Latin comma after CJK
                                           JoinCase{"2019,", "大会", false},      // ... not after a digit
                                           JoinCase{"第217", "A", false},        // Latin and digits keep theirs
                                           JoinCase{"(III)", "号决议", false},
                                           JoinCase{"United", "Nations", false},
                                           JoinCase{"", "人", false}));

TEST(CjkSpaces, OcrSpacesBetweenCharactersGo) {
    Line line;
    for (const char* t : {"人", "人", "生", "而", "自由", "A/RES/3"}) line.words.push_back(make_word(t, 0, 0));
    std::vector<Line> lines{line};
    RepairCounts counts;
    normalize::remove_cjk_spaces(lines, counts);
    EXPECT_EQ(line_text(lines[0]), "人人生而自由 A/RES/3");
    EXPECT_EQ(counts[normalize::kRepairCjkSpace], 4);
}

TEST(CjkSpaces, BlockLinesJoinWithoutSpace) {
    Block b;
    for (const char* t : {"人类的良", "心，大会"}) {
        Line l;
        l.words.push_back(make_word(t, 0, 0));
        b.lines.push_back(l);
    }
    EXPECT_EQ(block_text(b), "人类的良心，大会");
}

}  // namespace
}  // namespace pdf2tei
