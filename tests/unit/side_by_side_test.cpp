// Two-column tables of prose (request | action taken) read row by row.
// Geometry after A/80/590 p. 26: body 10 pt, left column 66-297, right
// column 312-549, heads at y 80.
#include <gtest/gtest.h>

#include "structure/src/side_by_side.hpp"
#include "test_helpers.hpp"

namespace pdf2tei::structure {
namespace {

using pdf2tei::testing::make_word;

// A paragraph of `lines` lines of the text `text` (each line one word, as
// wide as its column), its first line's top at `top`.
Block para(const std::string& text, double x0, double x1, double top, int lines = 1) {
    Block b;
    for (int i = 0; i < lines; ++i) {
        Line l;
        Word w = make_word(text, x0, top + 12.0 * i);
        w.box.x1 = x1;
        l.words.push_back(w);
        l.box = w.box;
        b.lines.push_back(l);
        b.box = b.box.united(l.box);
    }
    return b;
}

Block head(const std::string& text, double x0, double x1, double top) {
    Block b;
    Line l;
    double x = x0;
    std::size_t start = 0;
    while (start < text.size()) {  // one word per space-separated token
        const std::size_t end = std::min(text.find(' ', start), text.size());
        Word w = make_word(text.substr(start, end - start), x, top);
        x = w.box.x1 + 3;
        l.words.push_back(w);
        start = end + 1;
    }
    l.words.back().box.x1 = std::max(l.words.back().box.x1, x1);
    for (const auto& w : l.words) l.box = l.box.united(w.box);
    b.lines.push_back(l);
    b.box = l.box;
    return b;
}

std::vector<std::string> first_words(const std::vector<Block>& blocks) {
    std::vector<std::string> out;
    for (const auto& b : blocks) out.push_back(b.lines.front().words.front().text);
    return out;
}

// The order two columns are read in: every left block, then every right.
std::vector<Block> request_action_page() {
    return {head("Request/recommendation", 60, 137, 80),  // left column
            para("R1", 66, 297, 100, 6),
            para("R2", 66, 297, 428, 9),
            head("Action taken to implement request/recommendation", 313, 471, 80),  // right column
            para("A1a", 312, 549, 100, 5),
            para("A1b", 312, 549, 168, 8),
            para("A2", 312, 549, 428, 25)};
}

TEST(SideBySide, ATableOfProseReadsRowByRow) {
    auto blocks = request_action_page();
    EXPECT_EQ(order_side_by_side_rows(blocks, 10), 2);
    EXPECT_EQ(first_words(blocks),
              (std::vector<std::string>{"Request/recommendation", "Action", "R1", "A1a", "A1b", "R2", "A2"}));
}

// Two columns of running text in sections (dev seed 7 fr-7-011,
// LibreOffice; the same rows in A/80/590's geometry): "Article 15" beside
// "Article 18", and paragraphs starting on one line in both columns half
// the time. Each column holds another heading below its first: sections,
// read column by column as the columns pass ordered them. The same page
// without the headings below is a table, read row by row.
TEST(SideBySide, ColumnsOfSectionsAreNoTable) {
    for (const bool sections : {true, false}) {
        std::vector<Block> blocks{head("Article 15", 60, 137, 80), para("L1", 66, 297, 100, 2),
                                  head("Article 16", 60, 137, 140), para("L2", 66, 297, 160, 3),
                                  head("Article 18", 313, 390, 80), para("R1", 312, 549, 100, 4),
                                  head("Article 19", 313, 390, 160), para("R2", 312, 549, 180, 2)};
        for (auto& b : blocks)
            if (b.lines.front().words.front().text == "Article") b.kind = BlockKind::Heading;
        if (!sections) blocks[2].kind = blocks[6].kind = BlockKind::Paragraph;
        const auto before = first_words(blocks);
        const int rows = order_side_by_side_rows(blocks, 10);
        EXPECT_EQ(rows == 0, sections) << sections;
        EXPECT_EQ(first_words(blocks) == before, sections) << sections;
    }
}

// A table's caption in the left column beside a heading in the right one
// (dev endnotes-14 en-14-013, pdflatex: left column 65-282, right 303-530,
// body 9 pt): "Table 1" heads the table under it, not a column of prose,
// though paragraphs under both start on one line. Read as a table of
// prose, the right column's article 13 had come before the left's table,
// and the left column's last line after the page's notes.
TEST(SideBySide, ATablesCaptionIsNoColumnHead) {
    std::vector<Block> blocks{head("Table 1", 65, 95, 398), para("L1", 65, 282, 502, 1), para("L2", 84, 282, 532, 2),
                              head("Article 13", 303, 351, 400), para("R1", 321, 530, 429, 2),
                              para("R2", 321, 530, 461, 2), para("R3", 303, 530, 506, 1)};
    Block table = para("T", 76, 281, 434, 4);
    table.kind = BlockKind::Table;
    blocks.insert(blocks.begin() + 1, table);
    blocks[5].kind = BlockKind::Heading;
    const auto before = first_words(blocks);
    EXPECT_EQ(order_side_by_side_rows(blocks, 9), 0);
    EXPECT_EQ(first_words(blocks), before);
}

// The same halfway down the page (dev seed 7 es-7-021, pdflatex: left
// column 65-293, right 303-530, body 9.5 pt): "Artículo 17" beside
// "Artículo 21", the paragraphs under them starting on one line, and
// sections above them in both columns: columns running on from higher up,
// no table. Set under a paragraph across the page, the same heads start a
// table: what stands above that paragraph is no column of theirs.
TEST(SideBySide, ColumnsOfSectionsAboveTheHeadsAreNoTable) {
    for (const bool across_above : {false, true}) {
        std::vector<Block> blocks{head("Artículo 15", 65, 139, 206), para("L1", 65, 293, 240, 4),
                                  head("Artículo 16", 65, 139, 323), para("L2", 65, 293, 356, 12),
                                  head("Artículo 17", 65, 139, 534), para("L6", 65, 293, 568, 2),
                                  para("L7", 65, 293, 599, 2),
                                  head("Artículo 19", 303, 376, 267), para("R9", 303, 530, 302, 6),
                                  head("Artículo 20", 303, 376, 411), para("R10", 303, 530, 446, 2),
                                  head("Artículo 21", 303, 376, 535), para("R12", 303, 530, 570, 3),
                                  para("R13", 303, 530, 614, 3)};
        for (auto& b : blocks)
            if (b.lines.front().words.front().text == "Artículo") b.kind = BlockKind::Heading;
        if (across_above) blocks.insert(blocks.begin() + 4, para("Across", 65, 530, 510));
        const auto before = first_words(blocks);
        const int rows = order_side_by_side_rows(blocks, 9.5);
        EXPECT_EQ(rows > 0, across_above) << across_above;
        EXPECT_EQ(first_words(blocks) == before, !across_above) << across_above;
    }
}

// Headings side by side at the top of two columns of running text, the
// right column holding one section only, so that no heading stands below
// its head: dev seed 7 zh-7-027 (XeLaTeX: "第六条" over articles 6-10 on
// the left, 77-293; "第十一条" over its two paragraphs on the right,
// 303-518) and es-7-012 (pdfTeX: "Artículo 5" and "Artículo 6" left,
// 91-293; "Artículo 8" right, 303-505). Either side of the running text's
// gutter, with a heading below in one column, they head sections, and the
// columns keep their order; with no gutter found, the same blocks are a
// table's. A/80/590's request/action table in such a gutter, no heading
// under its heads, stays a table.
TEST(SideBySide, HeadingsEitherSideOfTheRunningTextsGutterHeadSections) {
    struct Page {
        std::vector<Block> blocks;
        Gutter gutter;
    };
    std::vector<Page> pages{
        {{head("第六条", 77, 120, 209), para("1.", 77, 282, 242, 2), head("第七条", 77, 120, 296),
          para("2.", 77, 292, 329, 4), head("第十一条", 303, 360, 209), para("6.", 303, 515, 242, 3),
          para("7.", 303, 518, 292, 4)},
         Gutter{293, 303}},
        {{head("Artículo 5", 91, 165, 220), para("1.", 91, 293, 255, 3), head("Artículo 6", 91, 165, 336),
          para("2.", 91, 293, 371, 3), head("Artículo 8", 303, 377, 220), para("4.", 303, 505, 252, 5)},
         Gutter{293, 302}}};
    for (auto& page : pages)
        for (auto& b : page.blocks)
            if (b.lines.size() == 1 && b.lines.front().words.size() <= 2 && b.box.width() < 80)
                b.kind = BlockKind::Heading;
    for (const bool gutter_found : {true, false})
        for (const auto& page : pages) {
            auto blocks = page.blocks;
            const auto before = first_words(blocks);
            const int rows = order_side_by_side_rows(blocks, 10.5,
                                                     gutter_found ? std::optional<Gutter>(page.gutter) : std::nullopt);
            EXPECT_EQ(rows == 0, gutter_found) << before.front();
            EXPECT_EQ(first_words(blocks) == before, gutter_found) << before.front();
        }
    auto table = request_action_page();
    EXPECT_EQ(order_side_by_side_rows(table, 10, Gutter{297, 312}), 2);
}

// A paragraph's last line at the top of the right column, beside a
// heading (dev seed 7 zh-7-007, LibreOffice: "应有平等的权利。" beside
// "第十三条"), ends a sentence: no column head, and the columns keep their
// order. The same line without its full stop heads a table, as a label
// with its number's does ("Item 7.", mandate-pipeline A/C.3/80/L.60).
TEST(SideBySide, ALineEndingASentenceHeadsNoColumn) {
    for (const bool full_stop : {true, false}) {
        std::vector<Block> blocks{head("Item 7.", 60, 137, 80), para("L1", 66, 297, 100, 6), para("L2", 66, 297, 428, 9),
                                  head(full_stop ? "equal rights." : "equal rights", 313, 400, 80),
                                  para("A1a", 312, 549, 100, 5), para("A2", 312, 549, 428, 25)};
        const auto before = first_words(blocks);
        EXPECT_EQ(order_side_by_side_rows(blocks, 10) == 0, full_stop) << full_stop;
        EXPECT_EQ(first_words(blocks) == before, full_stop) << full_stop;
    }
}

TEST(SideBySide, BlocksAboveAndBelowTheTableStayPut) {
    auto blocks = request_action_page();
    blocks.insert(blocks.begin(), para("Title", 60, 549, 40));
    blocks.push_back(para("After", 60, 549, 760));  // across both columns: the table ends above it
    EXPECT_EQ(order_side_by_side_rows(blocks, 10), 2);
    EXPECT_EQ(first_words(blocks), (std::vector<std::string>{"Title", "Request/recommendation", "Action", "R1",
                                                             "A1a", "A1b", "R2", "A2", "After"}));
}

TEST(SideBySide, PlainTwoColumnTextKeepsItsColumnOrder) {
    // No heads: paragraphs that happen to start on one line are not rows.
    std::vector<Block> blocks = {para("L1", 66, 297, 100, 10), para("L2", 66, 297, 232, 10),
                                 para("C1", 312, 549, 100, 10), para("C2", 312, 549, 232, 10)};
    EXPECT_EQ(order_side_by_side_rows(blocks, 10), 0);
    EXPECT_EQ(first_words(blocks), (std::vector<std::string>{"L1", "L2", "C1", "C2"}));
}

TEST(SideBySide, HeadsWithNothingUnderOneOfThemAreNoTable) {
    std::vector<Block> blocks = {head("Objective", 60, 137, 80), para("L1", 66, 297, 100, 10),
                                 head("Indicator", 313, 400, 80)};
    EXPECT_EQ(order_side_by_side_rows(blocks, 10), 0);
    EXPECT_EQ(first_words(blocks), (std::vector<std::string>{"Objective", "L1", "Indicator"}));
}

TEST(SideBySide, HeadsAloneWithoutAlignedCellsChangeNothing) {
    // Cells never start on one line: no row to read across.
    std::vector<Block> blocks = {head("Request/recommendation", 60, 137, 80), para("R1", 66, 297, 100, 6),
                                 head("Action taken", 313, 400, 80), para("A1", 312, 549, 200, 5)};
    EXPECT_EQ(order_side_by_side_rows(blocks, 10), 0);
    EXPECT_EQ(first_words(blocks), (std::vector<std::string>{"Request/recommendation", "R1", "Action", "A1"}));
}

TEST(SideBySide, APageOfTooManyBlocksIsLeftAsItIs) {
    auto blocks = request_action_page();
    while (blocks.size() <= kMaxSideBySideBlocks) blocks.push_back(para("x", 66, 80, 780));
    EXPECT_EQ(order_side_by_side_rows(blocks, 10), 0);
    EXPECT_EQ(blocks[1].lines[0].words[0].text, "R1");
}

TEST(SideBySide, HeadsRepeatedOnTheNextPageAreFurniture) {
    std::vector<Page> pages(3);
    for (auto& p : pages) {
        p.blocks = request_action_page();
        order_side_by_side_rows(p.blocks, 10);
    }
    // Page 3's table has heads of its own.
    pages[2].blocks[0].lines[0].words[0].text = "Recommendation";
    EXPECT_EQ(mark_repeated_column_heads(pages), 2);
    EXPECT_EQ(pages[0].blocks[0].kind, BlockKind::Paragraph);
    EXPECT_EQ(pages[0].blocks[1].kind, BlockKind::Paragraph);
    EXPECT_EQ(pages[1].blocks[0].kind, BlockKind::Furniture);
    EXPECT_EQ(pages[1].blocks[0].type, "column-head");
    EXPECT_EQ(pages[1].blocks[1].kind, BlockKind::Furniture);
    EXPECT_EQ(pages[2].blocks[0].kind, BlockKind::Paragraph);
    EXPECT_EQ(pages[1].blocks[2].kind, BlockKind::Paragraph);  // the cells stay text
}

TEST(SideBySide, EqualHeadsOfASecondTableOnThePageAreKept) {
    // Two tables with the same heads on one page, the second under a title.
    std::vector<Page> pages(1);
    auto& blocks = pages[0].blocks;
    blocks = request_action_page();
    blocks.push_back(para("Budget", 60, 549, 740));
    for (auto b : request_action_page()) {
        b.box.y0 += 680, b.box.y1 += 680;
        blocks.push_back(b);
    }
    order_side_by_side_rows(blocks, 10);
    EXPECT_EQ(mark_repeated_column_heads(pages), 0);
}

}  // namespace
}  // namespace pdf2tei::structure
