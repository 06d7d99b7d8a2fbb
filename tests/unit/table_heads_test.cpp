// Heading rows that Word repeats at the top of each page a table runs on
// to. Pages after A/81/6 pp. 10-11 and 20-21: the deliverables table's
// heads "Category and subcategory | 2025 planned | 2025 actual | ...".
#include <gtest/gtest.h>

#include "structure/src/table_heads.hpp"
#include "test_helpers.hpp"

namespace pdf2tei::structure {
namespace {

using pdf2tei::testing::make_word;

// A line of the given words, 3 points apart, at `top`.
Line line_of(const std::vector<std::string>& words, double top) {
    Line l;
    double x = 60;
    for (const auto& t : words) {
        Word w = make_word(t, x, top);
        x = w.box.x1 + 3;
        l.words.push_back(w);
        l.box = l.box.united(w.box);
    }
    return l;
}

Block block(BlockKind kind, const std::vector<std::vector<std::string>>& lines, double top) {
    Block b;
    b.kind = kind;
    for (const auto& words : lines) {
        b.lines.push_back(line_of(words, top));
        b.box = b.box.united(b.lines.back().box);
        top += 12;
    }
    return b;
}

const std::vector<std::string> kHeads = {"Category", "and", "subcategory", "2025", "planned", "2025", "actual"};

Block deliverables_table(double top, std::vector<std::string> first_row = kHeads) {
    return block(BlockKind::Table, {first_row, {"Publications", "2", "–", "1"}, {"Technical", "4", "1", "4"}}, top);
}

Block running_head() {
    Block b = block(BlockKind::Furniture, {{"Part", "IV"}}, 20);
    b.type = "header";
    b.band = Band::Top;
    return b;
}

// Page 1: a caption, then the table with its heads.
Page first_page() {
    Page p;
    p.blocks = {running_head(), block(BlockKind::Paragraph, {{"Table", "10.1", "Deliverables"}}, 80),
                deliverables_table(100)};
    return p;
}

TEST(RepeatedTableHeads, TheHeadRowOfAContinuedTableIsFurniture) {
    std::vector<Page> pages{first_page(), Page{}};
    pages[1].blocks = {running_head(), deliverables_table(80)};
    EXPECT_EQ(mark_repeated_table_heads(pages), 1);
    // Page 1 keeps its heads in the table.
    EXPECT_EQ(pages[0].blocks[2].lines.size(), 3u);
    // Page 2: the row out of the table, before it, as fw.
    ASSERT_EQ(pages[1].blocks.size(), 3u);
    EXPECT_EQ(pages[1].blocks[1].kind, BlockKind::Furniture);
    EXPECT_EQ(pages[1].blocks[1].type, kColumnHeadType);
    EXPECT_EQ(pages[1].blocks[1].lines[0].words[0].text, "Category");
    ASSERT_EQ(pages[1].blocks[2].kind, BlockKind::Table);
    ASSERT_EQ(pages[1].blocks[2].lines.size(), 2u);
    EXPECT_EQ(pages[1].blocks[2].lines[0].words[0].text, "Publications");
    EXPECT_GE(pages[1].blocks[2].box.y0, pages[1].blocks[2].lines[0].box.y0);  // the box shrank to its rows
}

TEST(RepeatedTableHeads, HeadsReadAsParagraphsInAnyOrderAreFurniture) {
    // A/81/6 p. 21: the continuation has too few rows to be a table; the
    // head's lines came out as paragraphs, the years before the words.
    std::vector<Page> pages{first_page(), Page{}};
    pages[1].blocks = {running_head(),
                       block(BlockKind::Paragraph, {{"2025", "2025"}, {"planned", "actual"}}, 80),
                       block(BlockKind::Paragraph, {{"Category", "and", "subcategory"}}, 92),
                       block(BlockKind::Heading, {{"C.", "Substantive", "deliverables"}}, 120)};
    EXPECT_EQ(mark_repeated_table_heads(pages), 1);
    EXPECT_EQ(pages[1].blocks[1].kind, BlockKind::Furniture);
    EXPECT_EQ(pages[1].blocks[2].kind, BlockKind::Furniture);
    EXPECT_EQ(pages[1].blocks[2].type, kColumnHeadType);
    EXPECT_EQ(pages[1].blocks[3].kind, BlockKind::Heading);
}

TEST(RepeatedTableHeads, HeadsSplitBetweenAParagraphAndTheTable) {
    // A/81/6 p. 16: the years came out as a line of their own over a table
    // whose first row has the rest.
    std::vector<Page> pages{first_page(), Page{}};
    pages[1].blocks = {block(BlockKind::Paragraph, {{"2025", "2025"}}, 80),
                       deliverables_table(92, {"Category", "and", "subcategory", "planned", "actual"})};
    EXPECT_EQ(mark_repeated_table_heads(pages), 1);
    ASSERT_EQ(pages[1].blocks.size(), 3u);
    EXPECT_EQ(pages[1].blocks[0].kind, BlockKind::Furniture);
    EXPECT_EQ(pages[1].blocks[1].kind, BlockKind::Furniture);
    EXPECT_EQ(pages[1].blocks[2].lines.size(), 2u);
}

TEST(RepeatedTableHeads, EveryContinuationPageIsKnownByTheFirstHeads) {
    std::vector<Page> pages{first_page(), Page{}, Page{}};
    pages[1].blocks = {deliverables_table(80)};
    pages[2].blocks = {deliverables_table(80)};
    EXPECT_EQ(mark_repeated_table_heads(pages), 2);
    EXPECT_EQ(pages[2].blocks[0].kind, BlockKind::Furniture);
}

TEST(RepeatedTableHeads, ANewTableUnderItsCaptionKeepsItsHeads) {
    std::vector<Page> pages{first_page(), first_page()};
    EXPECT_EQ(mark_repeated_table_heads(pages), 0);
    EXPECT_EQ(pages[1].blocks[2].lines.size(), 3u);
}

TEST(RepeatedTableHeads, OtherWordsOrTooFewWordsAreNoRepeat) {
    // More words than the heads: a paragraph that starts with them.
    std::vector<Page> pages{first_page(), Page{}};
    std::vector<std::string> longer = kHeads;
    longer.push_back("more");
    pages[1].blocks = {block(BlockKind::Paragraph, {longer}, 80)};
    EXPECT_EQ(mark_repeated_table_heads(pages), 0);
    EXPECT_EQ(pages[1].blocks[0].kind, BlockKind::Paragraph);

    // Heads of fewer than kMinHeadWords words are too common to tell.
    const std::vector<std::string> short_heads = {"Item", "Amount", "Per cent"};
    std::vector<Page> short_pages{Page{}, Page{}};
    short_pages[0].blocks = {deliverables_table(100, short_heads)};
    short_pages[1].blocks = {deliverables_table(80, short_heads)};
    EXPECT_EQ(mark_repeated_table_heads(short_pages), 0);
}

}  // namespace
}  // namespace pdf2tei::structure
