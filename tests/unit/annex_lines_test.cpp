#include <gtest/gtest.h>

#include "pdf2tei/ocr/annex_lines.hpp"
#include "test_helpers.hpp"

namespace pdf2tei::ocr {
namespace {

Word ocr_word(const std::string& text, Box box, bool line_end = false) {
    Word w = pdf2tei::testing::make_word(text, box.x0, box.y0);
    w.box = box;
    w.source = Source::Ocr;
    w.confidence = 0.9f;
    w.space_after = !line_end;
    return w;
}

const std::vector<std::string_view> kAnnex = {"المرفق"};

// Note 1 of dev scan300-30 ar-30-004, "1 A/75/923، المرفق.", as the page
// was read: the number a textline of its own ("ثم"), the symbol's ink
// boxed into the annex word and its last figure ("3"). The row is read
// again, its number's textline with it; a note line with its symbol read
// is not, nor a line without the annex word.
TEST(AnnexLines, ANoteRowWhoseSymbolWasLostIsReadAgain) {
    const std::vector<Word> words = {
        ocr_word("ثم", {509.5, 738.7, 517.2, 745.7}, true),
        ocr_word("3", {491.3, 737.0, 501.6, 749.5}), ocr_word("المرفق.", {429.8, 739.4, 489.5, 748.3}, true),
        ocr_word("A/75/249،", {440, 751, 500, 760}), ocr_word("المرفق.", {400, 751, 438, 760}, true),
        ocr_word("الأمم", {450, 763, 515, 772}), ocr_word("المتحدة.", {400, 763, 445, 772}, true)};
    // The other column's word on the row, a gutter away, is not the row's.
    std::vector<Word> with_column = words;
    with_column.push_back(ocr_word("العامة", {200, 738, 260, 748}, true));
    const auto beside = annex_rows_without_symbol(with_column, kAnnex);
    ASSERT_EQ(beside.size(), 1u);
    EXPECT_EQ(beside[0].others, std::vector<std::size_t>{0});
    const auto rows = annex_rows_without_symbol(words, kAnnex);
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].line.begin, 1u);
    EXPECT_EQ(rows[0].line.end, 3u);
    EXPECT_EQ(rows[0].others, std::vector<std::size_t>{0});
    EXPECT_DOUBLE_EQ(rows[0].region.x1, 517.2);
    // Read as a line: "1 8/75/923, المرفق." holds a symbol (`ocr_un_symbol`
    // reads the 8 as the organ's A) and the annex word; the same read again
    // does not win.
    EXPECT_TRUE(annex_line_reading_wins({ocr_word("1", {509, 738, 517, 746}), ocr_word("8/75/923,", {450, 738, 505, 748}),
                                         ocr_word("المرفق.", {429, 738, 448, 748})},
                                        kAnnex));
    EXPECT_FALSE(annex_line_reading_wins({ocr_word("3", {491, 737, 501, 749}), ocr_word("المرفق.", {429, 739, 489, 748})},
                                         kAnnex));
}

// Two note rows whose words interleave in the page's order: both notes'
// numbers read as textlines of their own before both lines (dev
// ar-30-004). Each line takes its reading and each number goes, whatever
// the order.
TEST(AnnexLines, InterleavedRowsAreReplacedTogether) {
    std::vector<Word> words = {ocr_word("ثم", {509, 738, 517, 746}, true), ocr_word("رم", {509, 750, 517, 758}, true),
                               ocr_word("3", {491, 737, 501, 749}), ocr_word("المرفق.", {429, 739, 489, 748}, true),
                               ocr_word("9", {491, 750, 501, 762}), ocr_word("المرفق.", {429, 752, 489, 761}, true)};
    std::vector<std::pair<WordRun, std::vector<Word>>> read;
    read.emplace_back(WordRun{4, 6}, std::vector<Word>{ocr_word("2", {509, 750, 517, 758}),
                                                       ocr_word("A/75/249،", {440, 750, 505, 760}),
                                                       ocr_word("المرفق.", {429, 750, 438, 760}, true)});
    read.emplace_back(WordRun{2, 4}, std::vector<Word>{ocr_word("1", {509, 738, 517, 746}),
                                                       ocr_word("A/75/923،", {440, 738, 505, 748}),
                                                       ocr_word("المرفق.", {429, 738, 438, 748}, true)});
    EXPECT_EQ(replace_annex_rows(words, std::move(read), {0, 1}), 2);
    std::string text;
    for (const auto& w : words) text += w.text + (w.space_after ? " " : " | ");
    EXPECT_EQ(text, "1 A/75/923، المرفق. | 2 A/75/249، المرفق. | ");
}

}  // namespace
}  // namespace pdf2tei::ocr
