#include <gtest/gtest.h>

#include "pdf2tei/ocr/stretched_lines.hpp"
#include "test_helpers.hpp"

namespace pdf2tei::ocr {
namespace {

using pdf2tei::testing::make_ocr_word;

// "人" boxed over 178 points of a line whose stretch it stands for (dev
// scan300-7 zh-7-003): its textline is read again; the line above, each
// character boxed as wide as tall, is not.
TEST(StretchedLines, ALineWithAnIdeographBoxedOverAStretch) {
    const std::vector<Word> words = {
        make_ocr_word("6.", {110, 346, 118, 353}, 0.9f), make_ocr_word("人人", {126, 345, 145, 354}, 0.9f),
        make_ocr_word("迫害。", {300, 345, 330, 354}, 0.9f, true),
        make_ocr_word("人", {91, 357, 269, 378}, 0.5f), make_ocr_word("合国的", {280, 357, 307, 366}, 0.9f, true)};
    const auto lines = stretched_ideograph_lines(words);
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_EQ(lines[0].begin, 3u);
    EXPECT_EQ(lines[0].end, 5u);
    // More ideographs, sure: wins; as few, or unsure: the line stays.
    const std::vector<Word> reading = {make_ocr_word("7.", {91, 357, 99, 366}, 0.9f),
                                       make_ocr_word("在真正由于非政治性的罪行或违背联合国的", {101, 357, 307, 366}, 0.88f)};
    EXPECT_TRUE(line_reading_wins(words, lines[0], reading));
    EXPECT_FALSE(line_reading_wins(words, lines[0], {make_ocr_word("人合国的", {91, 357, 307, 366}, 0.9f)}));
    EXPECT_FALSE(line_reading_wins(words, lines[0], {make_ocr_word("在真正由于非政治性的罪行", {91, 357, 307, 366}, 0.5f)}));
    // Ink read as noise, however sure (zh-7-009): Latin letters, or too
    // few ideographs among its characters.
    EXPECT_FALSE(line_reading_wins(words, lines[0], {make_ocr_word("人二生生二证大全", {91, 357, 200, 366}, 0.9f),
                                                     make_ocr_word("LI-", {201, 357, 220, 366}, 0.9f)}));
    EXPECT_FALSE(line_reading_wins(words, lines[0], {make_ocr_word("人二生“一-上/[口]", {91, 357, 200, 366}, 0.9f)}));
}

}  // namespace
}  // namespace pdf2tei::ocr
