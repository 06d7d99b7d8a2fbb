#include <gtest/gtest.h>

#include "pdf2tei/ocr/unsure_lines.hpp"
#include "test_helpers.hpp"

namespace pdf2tei::ocr {
namespace {

// A textline of `n` OCR words at `top`, each `confidence` sure, the last
// ending the line.
std::vector<Word> textline(double top, std::size_t n, float confidence) {
    std::vector<Word> line;
    for (std::size_t k = 0; k < n; ++k) {
        Word w = pdf2tei::testing::make_word("word", 70 + 40.0 * static_cast<double>(k), top);
        w.box = {70 + 40.0 * static_cast<double>(k), top, 100 + 40.0 * static_cast<double>(k), top + 9};
        w.source = Source::Ocr;
        w.confidence = confidence;
        w.space_after = k + 1 < n;
        line.push_back(w);
    }
    return line;
}

std::vector<Word> page_of(const std::vector<std::pair<std::size_t, float>>& lines) {
    std::vector<Word> words;
    double top = 100;
    for (const auto& [n, confidence] : lines) {
        const auto line = textline(top, n, confidence);
        words.insert(words.end(), line.begin(), line.end());
        top += 14;
    }
    return words;
}

// Dev seed 7 en-7-010.scan p. 2: among lines read 0.95 sure, one of 13
// words read as letter soup, 0.15 sure, is read again; a two-word line as
// unsure ("a= NAYS)") is a guess too short to judge, and is not.
TEST(UnsureLines, ALineOfLetterSoupAmongSureLines) {
    const auto words = page_of({{12, 0.95f}, {13, 0.15f}, {12, 0.95f}, {2, 0.2f}, {12, 0.95f}, {12, 0.95f}});
    const auto lines = unsure_lines(words);
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_EQ(lines[0].begin, 12u);
    EXPECT_EQ(lines[0].end, 25u);
}

// A sure textline's stretch of unsure words is read again on its own: a
// table's two rows run into one textline with the other column's line and
// read as soup (dev seed 26 en-26-006.invisible-ocr: five words 0.19-0.44
// sure in a textline 0.71 sure on average). Two such words in a row are a
// guess too short to judge, and are not.
TEST(UnsureLines, AStretchOfSoupInASureLine) {
    auto words = page_of({{12, 0.95f}, {12, 0.95f}, {12, 0.95f}, {12, 0.95f}, {12, 0.95f}});
    for (std::size_t k = 13; k < 18; ++k) words[k].confidence = 0.3f;
    auto lines = unsure_lines(words);
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_EQ(lines[0].begin, 13u);
    EXPECT_EQ(lines[0].end, 18u);
    words[15].confidence = 0.9f;  // two and two
    EXPECT_TRUE(unsure_lines(words).empty());
}

// A masthead's symbol across the page, run into the line of "United
// Nations" and read "АЗ", 0.20 sure (dev seed 27 ru-27-000.invisible-ocr):
// one unsure word, set apart by a gap of kMinApartGapEm or more, is read
// again; the same word a word space from the others is not, nor a sure one
// so far apart.
TEST(UnsureLines, AnUnsureWordFarApartInASureLine) {
    for (const double gap : {300.0, 0.0}) {
        for (const float confidence : {0.2f, 0.9f}) {
            auto words = page_of({{4, 0.95f}, {4, 0.95f}, {4, 0.95f}, {4, 0.95f}, {4, 0.95f}});
            words[3].box.x0 += gap;
            words[3].box.x1 += gap;
            words[3].confidence = confidence;
            const auto lines = unsure_lines(words);
            const bool read_again = gap > 0 && confidence < kUnsureLineConfidence;
            ASSERT_EQ(lines.size(), read_again ? 1u : 0u) << gap << " " << confidence;
            if (read_again) {
                EXPECT_EQ(lines[0].begin, 3u);
                EXPECT_EQ(lines[0].end, 4u);
            }
        }
    }
}

// A page unsure throughout is the scan's fault: three unsure lines of
// eight (over kMaxUnsureLineShare) are not read again.
TEST(UnsureLines, APageUnsureThroughoutIsNotReadLineByLine) {
    const auto words = page_of({{10, 0.3f}, {10, 0.95f}, {10, 0.3f}, {10, 0.95f}, {10, 0.3f}, {10, 0.95f},
                                {10, 0.95f}, {10, 0.95f}});
    EXPECT_TRUE(unsure_lines(words).empty());
    const auto two_of_eight = page_of({{10, 0.3f}, {10, 0.95f}, {10, 0.3f}, {10, 0.95f}, {10, 0.95f}, {10, 0.95f},
                                       {10, 0.95f}, {10, 0.95f}});
    EXPECT_EQ(unsure_lines(two_of_eight).size(), 2u);
}

// The reading wins when sure and surer by the margin; bits of the lines
// above and below caught by the region's padding are dropped first, and
// do not count.
TEST(UnsureLines, ASureReadingOfTheLineWins) {
    const auto words = page_of({{12, 0.95f}, {13, 0.15f}, {12, 0.95f}});
    const WordRun run{12, 25};
    auto reading = textline(114, 12, 0.96f);
    Word stray = reading.front();
    stray.box = {70, 107, 75, 110};  // the foot of the line above
    stray.confidence = 0.1f;
    reading.insert(reading.begin(), stray);
    EXPECT_TRUE(unsure_line_reading_wins(words, run, reading));
    EXPECT_EQ(reading.size(), 12u);

    auto unsure_again = textline(114, 12, 0.6f);
    EXPECT_FALSE(unsure_line_reading_wins(words, run, unsure_again));
    // Sure enough, but not surer than the line by the margin.
    const auto fair = page_of({{12, 0.95f}, {13, 0.45f}, {12, 0.95f}});
    auto a_little_surer = textline(114, 12, 0.65f);
    EXPECT_FALSE(unsure_line_reading_wins(fair, run, a_little_surer));
    std::vector<Word> nothing;
    EXPECT_FALSE(unsure_line_reading_wins(words, run, nothing));
}

// Dev seed 7 en-7-010.scan: "28 April 2022" read alone came back 6.45
// points, where the page's words stand at 1.58 points to a point of box
// height and the page's read sized the line 12.9; the middle measure, its
// boxes', is taken, and its raised call keeps its share of the line's size.
TEST(UnsureLines, ALineReadAloneIsSizedByTheMiddleMeasure) {
    auto words = page_of({{12, 0.95f}, {3, 0.15f}, {12, 0.95f}});
    for (auto& w : words) w.font_size = 1.58 * w.box.height();  // 14.2 points to 9 of height
    for (std::size_t k = 12; k < 15; ++k) words[k].font_size = 12.9;
    auto reading = textline(114, 3, 0.96f);
    for (auto& w : reading) w.font_size = 6.45;
    reading.back().text = "2022";
    Word call = reading.back();
    call.text = "1";
    call.flags |= kFlagSuperscript;
    call.font_size = 4.3;
    reading.push_back(call);
    size_as_page(words, {WordRun{12, 15}}, WordRun{12, 15}, reading);
    ASSERT_EQ(reading.size(), 4u);
    EXPECT_NEAR(reading[0].font_size, 12.9, 0.01);
    EXPECT_NEAR(reading[3].font_size, 4.3 * 12.9 / 6.45, 0.01);

    // Dev seed 7 ru-7-018.scan: a note's line, 7 points as read alone and
    // 7.1 as the page's read sized it, whose parentheses stand as tall as
    // 12.6 points of the page's words: 7.1.
    for (std::size_t k = 12; k < 15; ++k) words[k].font_size = 7.1;
    auto note = textline(114, 2, 0.96f);
    for (auto& w : note) {
        w.font_size = 7.0;
        w.box.y1 = w.box.y0 + 8.4;
    }
    for (auto& w : words) w.font_size = w.font_size == 7.1 ? 7.1 : 1.5 * w.box.height();
    size_as_page(words, {WordRun{12, 15}}, WordRun{12, 15}, note);
    EXPECT_NEAR(note[0].font_size, 7.1, 0.01);

    // An Arabic reading on a page of Latin words has nothing to go by.
    auto arabic = textline(114, 3, 0.96f);
    for (auto& w : arabic) {
        w.text = "\u0644\u0643\u0644";
        w.font_size = 6.45;
    }
    size_as_page(words, {WordRun{12, 15}}, WordRun{12, 15}, arabic);
    EXPECT_DOUBLE_EQ(arabic[0].font_size, 6.45);
}

}  // namespace
}  // namespace pdf2tei::ocr
