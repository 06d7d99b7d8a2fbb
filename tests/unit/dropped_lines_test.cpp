#include <gtest/gtest.h>

#include <cmath>

#include "pdf2tei/ocr/dropped_lines.hpp"
#include "pdf2tei/ocr/engine.hpp"
#include "pdf2tei/text.hpp"
#include "test_helpers.hpp"

namespace pdf2tei::ocr {
namespace {

// A white page at 72 dpi (a pixel a point), 600 x 800.
GrayImage white_page() {
    GrayImage page;
    page.width = 600;
    page.height = 800;
    page.dpi = 72;
    page.pixels.assign(static_cast<std::size_t>(page.width) * page.height, 255);
    return page;
}

// Ink over a rectangle of the straightened page, set where it lies on the
// page as scanned (skewed by `skew_degrees`, as the module's words map back).
void ink(GrayImage& page, const Box& box, double skew_degrees = 0) {
    for (int y = static_cast<int>(box.y0); y < static_cast<int>(box.y1); ++y)
        for (int x = static_cast<int>(box.x0); x < static_cast<int>(box.x1); ++x) {
            double sx = x, sy = y;
            unrotate_point(skew_degrees, page.width / 2.0, page.height / 2.0, sx, sy);
            const int px = static_cast<int>(std::lround(sx)), py = static_cast<int>(std::lround(sy));
            if (px >= 0 && py >= 0 && px < page.width && py < page.height)
                page.pixels[static_cast<std::size_t>(py) * page.width + px] = 0;
        }
}

// A page of `lines` textlines of five OCR words, 10 points tall, 20
// points apart from the top at 100, each word's ink on the page; the line
// numbered `dropped` has its ink but no words (Tesseract's layout left it
// out). Returns the words.
std::vector<Word> page_of_lines(GrayImage& page, int lines, int dropped = -1, double skew_degrees = 0) {
    std::vector<Word> words;
    for (int l = 0; l < lines; ++l) {
        const double top = 100 + 20.0 * l;
        for (int k = 0; k < 5; ++k) {
            const Box box{70 + 60.0 * k, top, 120 + 60.0 * k, top + 10};
            ink(page, box, skew_degrees);
            if (l == dropped) continue;
            Word w = pdf2tei::testing::make_word("word", box.x0, top);
            w.box = box;
            w.source = Source::Ocr;
            w.confidence = 0.9f;
            w.space_after = k < 4;
            words.push_back(w);
        }
    }
    return words;
}

// Dev scan300-11 ar-11-000: a line between two read lines, with no word
// read over it, is found; its region is padded for Tesseract, which reads
// no line whose ink touches the crop's edge.
TEST(DroppedLines, ALineWithNoWordReadOverItIsFound) {
    GrayImage page = white_page();
    const auto words = page_of_lines(page, 6, 3);
    const auto found = dropped_lines(page, 0, words);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_NEAR(found[0].band.y0, 160, 1);
    EXPECT_NEAR(found[0].band.y1, 170, 1);
    EXPECT_NEAR(found[0].band.x0, 70, 1);
    EXPECT_NEAR(found[0].band.x1, 360, 1);
    EXPECT_LT(found[0].region.y0, found[0].band.y0 - 5);
    EXPECT_GT(found[0].region.y1, found[0].band.y1 + 5);
    EXPECT_LT(found[0].region.x0, found[0].band.x0);
}

// Every line read: nothing to find. A word dropped inside a read line
// (ink level with read words, a word space from them) is no line of its
// own; the same ink two columns' gutter away from a read line is.
TEST(DroppedLines, InkBesideReadWordsIsNoLine) {
    GrayImage page = white_page();
    auto words = page_of_lines(page, 6);
    EXPECT_TRUE(dropped_lines(page, 0, words).empty());
    words.erase(words.begin() + 7);  // the third word of the second line
    EXPECT_TRUE(dropped_lines(page, 0, words).empty());
    GrayImage columns = white_page();
    auto left = page_of_lines(columns, 6);
    ink(columns, {400, 120, 500, 130});  // the right column's line, level with the left's second
    EXPECT_EQ(dropped_lines(columns, 0, left).size(), 1u);
}

// A rule, a speck and a picture are no lines: too thin, too narrow, too tall.
TEST(DroppedLines, RulesSpecksAndPicturesAreNoLines) {
    GrayImage page = white_page();
    const auto words = page_of_lines(page, 6);
    ink(page, {70, 250, 400, 252});  // a rule
    ink(page, {70, 300, 74, 304});   // a speck
    ink(page, {70, 400, 300, 460});  // a picture
    EXPECT_TRUE(dropped_lines(page, 0, words).empty());
}

// A page of few words says nothing of its lines' height.
TEST(DroppedLines, TooFewWordsToMeasureALine) {
    GrayImage page = white_page();
    const auto words = page_of_lines(page, 4, 2);  // 15 words
    EXPECT_TRUE(dropped_lines(page, 0, words).empty());
}

// The words stand on the straightened page; the ink is looked up on the
// page as scanned, skewed.
TEST(DroppedLines, TheInkOfASkewedScanIsReadStraightened) {
    GrayImage page = white_page();
    const auto words = page_of_lines(page, 6, 3, 1.5);
    const auto found = dropped_lines(page, 1.5, words);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_NEAR(found[0].band.y0, 160, 1.5);
    EXPECT_NEAR(found[0].band.y1, 170, 1.5);
    // Looked up unskewed, the same ink runs across 8 points of height more.
    GrayImage again = white_page();
    const auto skewed = page_of_lines(again, 6, 3, 1.5);
    const auto unskewed = dropped_lines(again, 0, skewed);
    ASSERT_EQ(unskewed.size(), 1u);
    EXPECT_GT(unskewed[0].band.height(), 15);
}

Word read_word(const std::string& text, const Box& box, float confidence) {
    Word w = pdf2tei::testing::make_word(text, box.x0, box.y0);
    w.box = box;
    w.source = Source::Ocr;
    w.confidence = confidence;
    return w;
}

// The reading is taken when sure, over its words within the band; bits of
// the lines above and below, caught by the padding, are dropped first.
TEST(DroppedLines, ASureReadingWithinTheBandWins) {
    const DroppedLine line{{70, 160, 350, 170}, {64, 154, 356, 176}};
    std::vector<Word> reading = {read_word("القول", {300, 160, 350, 170}, 0.92f),
                                 read_word("والعقيدة", {200, 160, 290, 170}, 0.87f),
                                 read_word("ــــ", {100, 154, 300, 158}, 0.1f)};
    EXPECT_TRUE(dropped_line_reading_wins(line, reading));
    EXPECT_EQ(reading.size(), 2u);
    std::vector<Word> guess = {read_word("Ze", {70, 160, 90, 170}, 0.4f), read_word("Sjline", {100, 160, 150, 170}, 0.5f)};
    EXPECT_FALSE(dropped_line_reading_wins(line, guess));
    std::vector<Word> figures = {read_word("1234", {70, 160, 120, 170}, 0.95f)};
    EXPECT_FALSE(dropped_line_reading_wins(line, figures));
}

// A line is added after the last textline above it in its column, and
// ends a textline; in a page read left column first, a right column's
// line goes among the right column's.
TEST(DroppedLines, AReadingIsAddedInItsColumn) {
    std::vector<Word> words;
    const auto line = [&](double x, double top) {
        Word a = read_word("a", {x, top, x + 50, top + 10}, 0.9f), b = read_word("b", {x + 60, top, x + 110, top + 10}, 0.9f);
        b.space_after = false;
        words.push_back(a);
        words.push_back(b);
    };
    line(70, 100), line(70, 120), line(70, 140);     // left column
    line(320, 100), line(320, 120), line(320, 140);  // right column
    std::vector<Word> dropped = {read_word("x", {320, 160, 370, 170}, 0.9f), read_word("y", {380, 160, 430, 170}, 0.9f)};
    std::vector<Word> first = {read_word("z", {70, 80, 180, 90}, 0.9f)};
    EXPECT_EQ(insert_lines(words, {dropped, first}), 2);
    ASSERT_EQ(words.size(), 15u);
    EXPECT_EQ(words[0].text, "z");  // before the left column's first line
    EXPECT_TRUE(ends_ocr_textline(words[0]));
    EXPECT_EQ(words[13].text, "x");  // after the right column's last line
    EXPECT_TRUE(words[13].space_after);
    EXPECT_TRUE(ends_ocr_textline(words[14]));
    EXPECT_TRUE(ends_ocr_textline(words[12]));
}

// Dev scan300-7 ar-7-012: the dropped line "5 - لا يجوز القبض …" goes
// after the line above it and after "القانون.", the paragraph's short last
// line read next, at the column's right edge beside it.
TEST(DroppedLines, AReadingGoesAfterTheLinesReadBetween) {
    std::vector<Word> words;
    const auto line = [&](double x0, double x1, double top) {
        Word w = read_word("w", {x0, top, x1, top + 10}, 0.9f);
        w.space_after = false;
        words.push_back(w);
    };
    line(56, 513, 585);   // "4 - لكل شخص الحق …"
    line(515, 542, 601);  // "القانون."
    line(56, 116, 654);   // "الجلسة العامة 84"
    std::vector<Word> dropped = {read_word("5", {304, 628, 513, 638}, 0.9f)};
    EXPECT_EQ(insert_lines(words, {dropped}), 1);
    ASSERT_EQ(words.size(), 4u);
    EXPECT_EQ(words[2].text, "5");
}

TEST(DroppedLines, InkAndPaper) {
    GrayImage page = white_page();
    page.pixels[0] = 127;
    page.pixels[1] = 128;
    const GrayImage bw = ink_and_paper(page);
    EXPECT_EQ(bw.pixels[0], 0);
    EXPECT_EQ(bw.pixels[1], 255);
}

}  // namespace
}  // namespace pdf2tei::ocr
