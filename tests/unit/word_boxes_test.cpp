#include <gtest/gtest.h>

#include "pdf2tei/ocr/word_boxes.hpp"
#include "test_helpers.hpp"

namespace pdf2tei::ocr {
namespace {

using pdf2tei::testing::make_word;

// "2017" boxed over "年3月12日" (Chinese's model, dev scan300-7 zh-7-016)
// ends where "年" starts; words apart, and right-to-left words, keep their
// boxes.
TEST(WordBoxes, AWordEndsWhereTheNextStarts) {
    std::vector<Word> words = {make_word("2017", 444, 75), make_word("年", 473, 70), make_word("3", 486, 70),
                               make_word("月", 494, 70)};
    words[0].box = {444, 75, 528, 85};
    words[1].box = {473, 70, 486, 87};
    words[2].box = {486, 70, 495, 87};
    words[3].box = {494, 70, 504, 87};
    end_words_at_the_next(words, 0, words.size());
    EXPECT_DOUBLE_EQ(words[0].box.x1, 473);
    EXPECT_DOUBLE_EQ(words[1].box.x1, 486);  // touching, not over
    EXPECT_DOUBLE_EQ(words[2].box.x1, 495);  // into its neighbour, not over it: stays (a call set into a word)
    std::vector<Word> number = {make_word("3", 73, 730), make_word("第217", 81, 730), make_word("号", 120, 730)};
    number[0].box = {73, 730, 100, 739};  // over "第217" only: stays (a note's number, zh-7-001)
    number[1].box = {81, 730, 98, 739};
    number[2].box = {120, 730, 130, 739};
    end_words_at_the_next(number, 0, number.size());
    EXPECT_DOUBLE_EQ(number[0].box.x1, 100);
    std::vector<Word> arabic = {make_word("الأمم", 100, 60), make_word("المتحدة", 60, 60)};
    arabic[0].box = {50, 60, 140, 70};  // over its neighbour, as an Arabic word may be
    arabic[1].box = {60, 60, 120, 70};
    end_words_at_the_next(arabic, 0, arabic.size());
    EXPECT_DOUBLE_EQ(arabic[0].box.x1, 140);
}

// Heights alike to the pixel are a chunk's boxes (ar-7-001: 9 of 13
// words); ink varies; too few words say nothing.
TEST(WordBoxes, ChunkBoxedLinesAreToldByHeightsAlike) {
    EXPECT_TRUE(chunk_boxed({61, 61, 61, 61, 61, 61, 61, 61, 61, 47, 46, 46, 46}));
    EXPECT_FALSE(chunk_boxed({44, 52, 38, 44, 60, 41, 47, 52}));
    EXPECT_FALSE(chunk_boxed({61, 61, 61}));
    EXPECT_FALSE(chunk_boxed({50, 50, 41, 42}));  // half is not more than half
}

// The boxes chi_sim gave on dev scan300-7 zh-7-013 (pixels at 300 dpi):
// note line "1 第217 A (III) 号决议。", textline 3067-3112, "决" and "议"
// boxed as the line, "第" by its ink, digits of "217" 31-32 tall; a body
// line's "企" 2866-2912 in its textline 2865-2917.
TEST(WordBoxes, ChineseLinesOfLineBoxedIdeographsAreSizedByTheirDigits) {
    EXPECT_TRUE(boxed_as_textline(3067, 3112, 3067, 3112));
    EXPECT_FALSE(boxed_as_textline(3067, 3108, 3067, 3112));
    EXPECT_FALSE(boxed_as_textline(2866, 2912, 2865, 2917));
    const double px = 72.0 / 300;
    const double ideographs = 45 * px / 0.93, digits = 32 * px / 0.7;  // 11.6 and 11.0 points
    EXPECT_TRUE(digits_size_the_line(1, 3, ideographs, digits));
    EXPECT_FALSE(digits_size_the_line(2, 3, ideographs, digits));   // enough ideographs by their ink
    EXPECT_FALSE(digits_size_the_line(1, 2, ideographs, digits));   // "12": too few digits
    EXPECT_FALSE(digits_size_the_line(0, 4, 11.9, 12.3));           // digits never make a line larger
}

// A figure read as a word of its own inside the word before's box
// ("A/RES/75/5" and "1": dev seed 32 ru-32-009.invisible-ocr) is joined to
// it; a raised call set into a word, figures after a letter, figures beside
// the word's box, and a textline's end stay apart.
TEST(WordBoxes, FiguresBoxedInsideTheWordBeforeAreItsRest) {
    struct Case {
        const char* before;
        Box before_box;
        const char* figures;
        Box figures_box;
        bool line_end;
        const char* expect;
    };
    const Box symbol{449.5, 37.4, 531.4, 48.2};
    for (const Case& c : {Case{"A/RES/75/5", symbol, "1", {524.9, 36.5, 531.8, 52.6}, false, "A/RES/75/51"},
                          Case{"A/RES/75/5", symbol, "1", {524.9, 36.5, 531.8, 52.6}, true, "A/RES/75/5"},
                          Case{"A/RES/75/5", symbol, "1", {526.0, 36.0, 530.0, 42.0}, false, "A/RES/75/5"},
                          Case{"rights", symbol, "1", {524.9, 36.5, 531.8, 52.6}, false, "rights"},
                          Case{"A/RES/75/5", symbol, "1", {533.0, 37.4, 538.0, 48.2}, false, "A/RES/75/5"},
                          Case{"A/RES/75/5", symbol, "1234", {524.9, 36.5, 531.8, 52.6}, false, "A/RES/75/5"}}) {
        std::vector<Word> words = {make_word(c.before, c.before_box.x0, c.before_box.y0),
                                   make_word(c.figures, c.figures_box.x0, c.figures_box.y0)};
        words[0].box = c.before_box;
        words[1].box = c.figures_box;
        for (auto& w : words) {
            w.source = Source::Ocr;
            w.glyphs.clear();
        }
        words[0].space_after = !c.line_end;
        words[1].space_after = false;
        const int joined = join_figures_boxed_inside(words);
        EXPECT_EQ(words.front().text, c.expect) << c.before << " " << c.figures;
        EXPECT_EQ(joined, std::string(c.expect) == c.before ? 0 : 1);
    }
}

}  // namespace
}  // namespace pdf2tei::ocr
