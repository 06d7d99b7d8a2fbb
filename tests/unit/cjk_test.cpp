// Chinese: no space between CJK characters, at line ends (the writer, the
// paragraph's text) or between words the extractor or OCR split ("人 人 生
// 而 自由", issue 17); a space next to Latin or digits stays.
#include <gtest/gtest.h>

#include "normalize/src/spacing.hpp"
#include "pdf2tei/normalize/normalize.hpp"
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
                                           JoinCase{"权利", ";", true},           // OCR's mark a word of its own
                                           JoinCase{"权利", ",此项", true},
                                           JoinCase{"2019", ",", false},
                                           JoinCase{"权利", ".A", false},
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

// Tesseract's chi_sim reads a Latin mark as a word of its own, spaced on
// both sides ("权利 ; 此项", dev scan300-7 zh-7-023): no space either side.
TEST(CjkSpaces, OcrMarkBetweenCharactersJoinsBothSides) {
    Line line;
    double x = 0;
    for (const char* t : {"权利", ";", "此项", "2019", ",", "A/77/1"}) {
        line.words.push_back(make_word(t, x, 0));
        x = line.words.back().box.x1 + 12;  // a word space wider than xeCJK's glue
    }
    std::vector<Line> lines{line};
    RepairCounts counts;
    normalize::remove_cjk_spaces(lines, counts);
    EXPECT_EQ(line_text(lines[0]), "权利;此项 2019 , A/77/1");
}

// chi_sim's readings of a paragraph's "3. " at a line's start (dev
// scan300-7 zh-7-000, zh-7-013): mended to "3." and a space when CJK text
// follows; a year, a Latin word or a text layer's word is left alone.
struct NumberMarkCase {
    std::vector<std::string> words;
    Source source;
    const char* expected;
};

class OcrNumberMark : public ::testing::TestWithParam<NumberMarkCase> {};

TEST_P(OcrNumberMark, OnlyANumberBeforeCjkIsMended) {
    const auto& c = GetParam();
    Line line;
    double x = 0;
    for (const auto& t : c.words) {
        line.words.push_back(make_word(t, x, 0));
        line.words.back().source = c.source;
        x = line.words.back().box.x1 + 4;
    }
    std::vector<Line> lines{line};
    RepairCounts counts;
    normalize::mend_ocr_cjk_paragraph_numbers(lines, counts);
    EXPECT_EQ(line_text(lines[0]), c.expected);
    EXPECT_EQ(counts[normalize::kRepairOcrNumberMark], line_text(line) == c.expected ? 0 : 1);
}

INSTANTIATE_TEST_SUITE_P(
    Table, OcrNumberMark,
    ::testing::Values(NumberMarkCase{{"3，", "人人"}, Source::Ocr, "3. 人人"},
                      NumberMarkCase{{"12.，", "人人"}, Source::Ocr, "12. 人人"},
                      NumberMarkCase{{"2，只有经男女双方"}, Source::Ocr, "2. 只有经男女双方"},
                      NumberMarkCase{{"2019，", "大会"}, Source::Ocr, "2019， 大会"},  // a year
                      NumberMarkCase{{"3，", "A/77/1"}, Source::Ocr, "3， A/77/1"},
                      NumberMarkCase{{"3，", "人人"}, Source::TextLayer, "3， 人人"},
                      NumberMarkCase{{"1]A/77/773，附件。"}, Source::Ocr, "1]A/77/773，附件。"}));

// LibreOffice draws a space glyph for each typed space and none for its
// autospacing between scripts (dev seed 9 zh-9-001: "2022年7月19日" reads
// "2022 年 7 月 19 日", its gaps 0.20 em as wide as the typed "表 1").
TEST(CjkSpaces, AutospacingGoesWhereTheLayerDrawsItsSpaces) {
    Line line;
    double x = 0;
    for (const char* t : {"2022", "年", "7", "月", "表", "1", "Distr.:", "General"}) {
        line.words.push_back(make_word(t, x, 0));
        x = line.words.back().box.x1 + 2;
    }
    line.words[4].flags |= kFlagSpaceDrawn;  // "表 1" was typed so
    line.words[6].flags |= kFlagSpaceDrawn;
    std::vector<Line> lines{line};
    RepairCounts counts;
    normalize::remove_cjk_spaces(lines, counts, /*draws_spaces=*/true);
    EXPECT_EQ(line_text(lines[0]), "2022年7月表 1 Distr.: General");
}

// TeX draws no spaces: a gap under kMaxCjkGlueEm between a CJK character
// and a number is xeCJK's glue (0.32 em, dev seed 9 zh-9-004); the title's
// "132. 世界" (0.46 em) is a typed space.
TEST(CjkSpaces, NarrowGlueBeforeANumberGoesOnALayerWithoutSpaces) {
    Line line;
    line.words = {make_word("第", 0, 0, 10.5), make_word("46", 8.55, 0, 10.5), make_word("次全体会议", 22.35, 0, 10.5),
                  make_word("132.", 100, 0, 10.5), make_word("世界", 125.9, 0, 10.5)};
    std::vector<Line> lines{line};
    RepairCounts counts;
    normalize::remove_cjk_spaces(lines, counts);
    EXPECT_EQ(line_text(lines[0]), "第46次全体会议 132. 世界");
}

// OCR's boxes are the ink's: the glue between a CJK character and a
// number measured 0.4-0.9 em (dev scan300-11 zh-11-001: "第 86 次全体会议"
// 0.27 and 0.61, "2017 年 7 月 5 日" 0.44-0.6). Under kMaxOcrCjkGlueEm it
// goes; a table's cell gap (1.2 em here) stays, and so do the space after
// a bare paragraph number at the line's start ("5 家庭", its stop lost,
// 0.5 em here) and a caption's number after its word ("表 1", 0.4 em, dev
// scan300-11 zh-11-011). From a text layer, 0.6 em is a typed space (0.1
// em is glue there too).
TEST(CjkSpaces, WiderGlueGoesBetweenOcrsCharactersAndNumbers) {
    for (const Source source : {Source::Ocr, Source::TextLayer}) {
        const auto line_of = [&](const std::vector<std::pair<const char*, double>>& words) {
            Line line;
            for (const auto& [text, x] : words) {
                line.words.push_back(make_word(text, x, 0, 10));
                line.words.back().source = source;
            }
            return std::vector<Line>{line};
        };
        // Each word 5 points a character: "第" ends at 5, "86" at 16.
        auto date = line_of({{"第", 0}, {"86", 6}, {"次全体会议", 22}, {"118", 60}, {"130", 87}, {"年", 108}});
        auto number = line_of({{"5", 0}, {"家庭", 10}});
        auto caption = line_of({{"表", 0}, {"1", 9}});
        RepairCounts counts;
        normalize::remove_cjk_spaces(date, counts);
        normalize::remove_cjk_spaces(number, counts);
        normalize::remove_cjk_spaces(caption, counts);
        EXPECT_EQ(line_text(caption[0]), "表 1");
        if (source == Source::Ocr) EXPECT_EQ(line_text(date[0]), "第86次全体会议 118 130年");
        else EXPECT_EQ(line_text(date[0]), "第86 次全体会议 118 130 年");
        EXPECT_EQ(line_text(number[0]), "5 家庭");
    }
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
