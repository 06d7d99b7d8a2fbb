// Tables: rows of cells found by their gaps and column alignment. Pure
// functions over hand-built lines, laid out as the budget tables of UN
// reports are (label column, right-aligned amounts).
#include <gtest/gtest.h>

#include <optional>

#include "structure/src/page_layout.hpp"
#include "structure/src/tables.hpp"
#include "pdf2tei/text.hpp"
#include "test_helpers.hpp"

namespace pdf2tei {
namespace {

using testing::make_word;

struct CellAt {
    std::string text;  // words one space (0.3 em) apart
    double x;
};

// One line holding the given cells, each starting at its x; words are 0.5 em
// a character, so a cell of n characters is 5n points wide at 10 points.
Line table_line(const std::vector<CellAt>& cells, double top, double size = 10) {
    Line line;
    for (const auto& c : cells) {
        double x = c.x;
        std::size_t start = 0;
        while (start < c.text.size()) {
            std::size_t end = c.text.find(' ', start);
            if (end == std::string::npos) end = c.text.size();
            Word w = make_word(c.text.substr(start, end - start), x, top, size);
            x = w.box.x1 + 0.3 * size;
            line.words.push_back(std::move(w));
            start = end + 1;
        }
    }
    for (const auto& w : line.words) line.box = line.box.united(w.box);
    line.baseline = top + size;
    line.font_size = size;
    return line;
}

Line prose(double top) {
    return table_line({{"The increased requirements were attributable primarily to provisions for the reimbursements",
                        72}},
                      top);
}

// A budget table: column heads on two rows, then amounts under them.
std::vector<Line> budget_table(double top) {
    std::vector<Line> rows;
    rows.push_back(table_line({{"Variance", 400}}, top));
    rows.push_back(table_line({{"Apportionment", 200}, {"Expenditure", 300}, {"Amount", 400}, {"Percentage", 470}},
                              top + 14));
    const std::vector<std::vector<std::string>> data = {
        {"Military contingents", "28 587.8", "42 703.7", "(14 115.9)", "(49.4)"},
        {"United Nations police", "246.7", "147.1", "99.6", "40.4"},
        {"Formed police units", "8 504.5", "5 591.7", "2 912.8", "34.3"},
        {"Subtotal", "37 339.0", "48 442.5", "(11 103.5)", "(29.7)"},
    };
    double y = top + 28;
    for (const auto& r : data) {
        // Amounts right-aligned on their column's right edge.
        const auto right = [](const std::string& s, double edge) { return edge - 5.0 * utf8_decode(s).size(); };
        rows.push_back(table_line({{r[0], 72},
                                   {r[1], right(r[1], 265)},
                                   {r[2], right(r[2], 355)},
                                   {r[3], right(r[3], 445)},
                                   {r[4], right(r[4], 520)}},
                                  y));
        y += 12;
    }
    return rows;
}

std::vector<std::string> cells_of(const Line& row, int columns) {
    std::vector<std::string> cells(static_cast<std::size_t>(columns));
    for (const auto& w : row.words) {
        if (w.column < 0 || w.column >= columns) return {"column out of range: " + w.text};
        auto& c = cells[static_cast<std::size_t>(w.column)];
        if (!c.empty()) c += ' ';
        c += w.text;
    }
    return cells;
}

TEST(SplitCells, WideGapsEndCells) {
    const Line l = table_line({{"Military contingents", 72}, {"28 587.8", 225}, {"42 703.7", 315}}, 100);
    const auto cells = structure::split_cells(l.words);
    ASSERT_EQ(cells.size(), 3u);
    EXPECT_EQ(cells[0].size(), 2u);  // "Military contingents": 0.3 em apart
    EXPECT_EQ(cells[1].size(), 2u);  // "28 587.8": the thousands space
    EXPECT_EQ(structure::split_cells(prose(100).words).size(), 1u);
}

TEST(TakeTables, ABudgetTableBetweenParagraphs) {
    std::vector<Line> lines;
    lines.push_back(prose(100));
    for (auto& r : budget_table(140)) lines.push_back(std::move(r));
    lines.push_back(prose(260));
    const auto tables = structure::take_tables(lines, 10);
    ASSERT_EQ(tables.size(), 1u);
    const Block& t = tables[0];
    EXPECT_EQ(t.kind, BlockKind::Table);
    EXPECT_EQ(t.columns, 5);
    ASSERT_EQ(t.lines.size(), 6u);  // two rows of heads, four of amounts
    EXPECT_EQ(lines.size(), 2u);    // the prose is left for paragraphs
    EXPECT_EQ(cells_of(t.lines[2], 5),
              (std::vector<std::string>{"Military contingents", "28 587.8", "42 703.7", "(14 115.9)", "(49.4)"}));
    EXPECT_EQ(cells_of(t.lines[1], 5),
              (std::vector<std::string>{"", "Apportionment", "Expenditure", "Amount", "Percentage"}));
    EXPECT_EQ(cells_of(t.lines[0], 5), (std::vector<std::string>{"", "", "", "Variance", ""}));
}

// A Chinese table under its caption "表 1" (or "表1"), an article's
// heading and its one-line paragraph set close above (dev seed 10
// zh-10-026, LibreOffice): the caption stops the heads looked for above the
// table, and the article stays text.
TEST(TakeTables, AChineseCaptionStopsTheHeadsAboveTheTable) {
    for (const char* caption : {"表 1", "表1"}) {
        std::vector<Line> lines;
        lines.push_back(table_line({{"第六条", 72}}, 300));
        lines.push_back(table_line({{"2.", 99}, {"人人在任何地方有权被承认在法律前的人格。", 120}}, 328));
        lines.push_back(table_line({{caption, 72}}, 354));
        lines.push_back(table_line({{"条款", 72}, {"规定", 230}, {"报告", 320}, {"审查", 420}}, 375));
        lines.push_back(table_line({{"第七条", 72}, {"140", 240}, {"61", 330}, {"94", 430}}, 404));
        lines.push_back(table_line({{"第八条", 72}, {"198", 240}, {"74", 330}, {"79", 430}}, 433));
        lines.push_back(table_line({{"第九条", 72}, {"153", 240}, {"78", 330}, {"128", 430}}, 461));
        const auto tables = structure::take_tables(lines, 12);
        ASSERT_EQ(tables.size(), 1u) << caption;
        EXPECT_EQ(tables[0].lines.size(), 4u) << caption;
        ASSERT_EQ(lines.size(), 3u) << caption;  // the heading, the paragraph, the caption
        EXPECT_EQ(lines[0].words.front().text, "第六条");
    }
}

// Extractors often cut a row into a label line and an amounts line.
TEST(TakeTables, LinesOnOneBaselineAreOneRow) {
    std::vector<Line> lines;
    for (auto& r : budget_table(140)) {
        if (r.words.size() < 6) {
            lines.push_back(std::move(r));
            continue;
        }
        Line label, amounts;
        for (auto& w : r.words) (w.box.x0 < 150 ? label : amounts).words.push_back(w);
        for (Line* part : {&label, &amounts}) {
            for (const auto& w : part->words) part->box = part->box.united(w.box);
            part->font_size = 10;
            lines.push_back(std::move(*part));
        }
    }
    const auto tables = structure::take_tables(lines, 10);
    ASSERT_EQ(tables.size(), 1u);
    EXPECT_EQ(tables[0].lines.size(), 6u);
    EXPECT_EQ(cells_of(tables[0].lines[5], 5),
              (std::vector<std::string>{"Subtotal", "37 339.0", "48 442.5", "(11 103.5)", "(29.7)"}));
}

TEST(TakeTables, AMissingAmountLeavesItsColumnEmpty) {
    std::vector<Line> lines = budget_table(140);
    lines.push_back(table_line({{"Marine operations", 72}, {"–", 260}, {"40.4", 500}}, 140 + 28 + 48));
    const auto tables = structure::take_tables(lines, 10);
    ASSERT_EQ(tables.size(), 1u);
    EXPECT_EQ(cells_of(tables[0].lines.back(), 5),
              (std::vector<std::string>{"Marine operations", "–", "", "", "40.4"}));
}

// A column of justified monospaced prose (LibreOffice, Liberation Mono, as
// dev seed 8's ru-8-004 sets it): each line spreads its slack over alike
// spaces of 1-4 em, which cut it into "cells" of narrow width. It is prose,
// not a table. A row of the same spacing with capitalised heads stays one.
TEST(TakeTables, JustifiedProseWithWideSpacesIsNoTable) {
    // Monospaced type sets words on a grid, so lines of five-letter words
    // spread alike line up as if in columns.
    const std::vector<std::vector<std::string>> text = {
        {"право", "может", "быть", "иначе"}, {"такое", "право", "всего", "лишь"},
        {"после", "этого", "может", "стать"}, {"ранее", "право", "было", "общим"},
        {"между", "всеми", "этими", "людьми"},
    };
    const auto page = [&](bool heads) {
        std::vector<Line> lines;
        double top = 100;
        for (const auto& words : text) {
            std::vector<CellAt> cells;
            double x = 72;
            for (const auto& t : words) {
                std::string w = t;
                if (heads) w = "X" + w;  // capitalised: column heads, not prose
                cells.push_back({w, x});
                x += 80;  // 5 letters at 9 pt, then an alike 3-4 em space
            }
            lines.push_back(table_line(cells, top, 9));
            top += 13;
        }
        return lines;
    };
    std::vector<Line> prose = page(false), heads = page(true);
    EXPECT_TRUE(structure::take_tables(prose, 9).empty());
    EXPECT_FALSE(structure::take_tables(heads, 9).empty());
}

// A staffing table whose first column wraps: the second line of a label
// is set tight under the first, rows stand further apart.
TEST(TakeTables, AWrappedLabelJoinsItsRow) {
    std::vector<Line> lines;
    double y = 100;
    lines.push_back(table_line({{"Action", 72}, {"Title of post", 200}, {"Category/Level", 380}, {"Number", 480}}, y));
    for (int i = 0; i < 3; ++i) {
        y += 16;
        lines.push_back(
            table_line({{"Redeployment from", 72}, {"Contracts Management Officer", 200}, {"P-3", 380}, {"1", 490}}, y));
        y += 11;  // 1 point under the line above: the label wraps
        lines.push_back(table_line({{"Contracts Management", 72}}, y));
    }
    const auto tables = structure::take_tables(lines, 10);
    ASSERT_EQ(tables.size(), 1u);
    ASSERT_EQ(tables[0].lines.size(), 4u);
    EXPECT_EQ(cells_of(tables[0].lines[1], 4),
              (std::vector<std::string>{"Redeployment from Contracts Management", "Contracts Management Officer", "P-3",
                                        "1"}));
}

// A label whose number wraps under its word in a narrow monospaced column
// ("Статья" / "4", dev endnotes-16 ru-16-007, LibreOffice): the number is
// the label's, though a figure.
TEST(TakeTables, ALabelsNumberWrappedUnderItJoinsItsRow) {
    std::vector<Line> lines;
    double y = 100;
    for (int i = 0; i < 4; ++i) {
        lines.push_back(table_line({{"Статья", 72}, {"224", 150}, {"225", 190}, {"32", 230}}, y, 12));
        lines.push_back(table_line({{std::to_string(4 + i), 72}}, y + 15, 12));  // 3 points under its row
        y += 34;
    }
    const auto tables = structure::take_tables(lines, 12);
    ASSERT_EQ(tables.size(), 1u);
    ASSERT_EQ(tables[0].lines.size(), 4u);
    EXPECT_EQ(cells_of(tables[0].lines[1], 4), (std::vector<std::string>{"Статья 5", "224", "225", "32"}));
    EXPECT_TRUE(lines.empty());
}

// A deliverables table (A/81/6): labels take three quarters of the width
// and wrap onto lines of their own, which end before the number columns.
// Long as they are, those lines are labels, not prose ending the table.
TEST(TakeTables, LongLabelLinesInAWideLabelColumnStayInTheTable) {
    std::vector<Line> lines;
    double y = 100;
    for (int i = 0; i < 3; ++i) {
        lines.push_back(table_line({{"Publications (number of publications)", 72}, {"–", 440}, {"–", 470},
                                    {"3", 500}, {"3", 530}},
                                   y));
        y += 14;
        // 340 points wide: more than 0.6 of the table, but left of the data.
        lines.push_back(
            table_line({{"Thematic reports on the challenges facing the least developed countries", 86}}, y));
        y += 14;
    }
    lines.pop_back();  // the table ends on a row of amounts
    const auto tables = structure::take_tables(lines, 10);
    ASSERT_EQ(tables.size(), 1u);
    EXPECT_TRUE(lines.empty());
    ASSERT_EQ(tables[0].lines.size(), 5u);
    EXPECT_EQ(cells_of(tables[0].lines[1], 5),
              (std::vector<std::string>{"Thematic reports on the challenges facing the least developed countries", "",
                                        "", "", ""}));
}

// A/81/6 p. 20: numbered deliverables ("1.  Meetings of ...") whose label
// runs over two lines, the amounts on the second. The data begin at the
// amounts, not at the text after the number: the first line of a long
// label is a label, and the table runs on over it.
TEST(TakeTables, NumberedLabelsWrappedOverTheirAmountsStayInTheTable) {
    std::vector<Line> lines;
    double y = 100;
    for (int i = 0; i < 3; ++i) {
        lines.push_back(table_line({{std::to_string(2 * i + 1) + ".", 72}, {"Meetings of the Second Committee", 95},
                                    {"3", 440}, {"5", 470}, {"3", 500}, {"4", 530}},
                                   y));
        y += 14;
        // 328 points wide, more than 0.6 of the table, ending left of the amounts.
        lines.push_back(table_line(
            {{std::to_string(2 * i + 2) + ".", 72}, {"Meetings and consultations of the high-level political forum", 95}},
            y));
        y += 10;
        lines.push_back(table_line({{"of the Council", 95}, {"3", 440}, {"3", 470}, {"3", 500}, {"2", 530}}, y));
        y += 14;
    }
    const auto tables = structure::take_tables(lines, 10);
    ASSERT_EQ(tables.size(), 1u);
    EXPECT_TRUE(lines.empty());
}

// A contents page: one figure a line (its page number). Its entries are
// no labels of a data column; a long one is prose, and no table runs over it.
TEST(TakeTables, AContentsEntryOfOneFigureIsNoWrappedLabel) {
    std::vector<Line> lines;
    double y = 100;
    for (int i = 0; i < 3; ++i) {
        lines.push_back(table_line({{"A.", 90}, {"General Assembly . . . . .", 110}, {std::to_string(24 + i), 530}}, y));
        y += 14;
    }
    lines.push_back(table_line({{"of the Advisory Committee on Administrative and Budgetary Questions endorsed by", 110}}, y));
    y += 14;
    for (int i = 0; i < 3; ++i) {
        lines.push_back(table_line({{"B.", 90}, {"Advisory Committee . . . .", 110}, {std::to_string(25 + i), 530}}, y));
        y += 14;
    }
    const auto tables = structure::take_tables(lines, 10);
    ASSERT_EQ(tables.size(), 2u);  // the long entry ends the first
    EXPECT_EQ(lines.size(), 1u);
}

// A/81/6's deliverables table: heads set small over narrow columns, the
// years apart, "planned"/"actual" tight under each and closer together
// than a cell gap; "Category and subcategory" and the group row "A. ..."
// set left of the indented rows. One head row, each year with its word in
// its column, and the group row in the table.
TEST(TakeTables, StackedHeadsOverNarrowColumnsJoinTheirColumns) {
    std::vector<Line> lines;
    const double small = 7.7;  // 3.85 points a character
    lines.push_back(table_line({{"2025", 444.6}, {"2025", 474.6}, {"2026", 504.6}, {"2027", 534.6}}, 100, small));
    lines.push_back(table_line({{"Category and subcategory", 60},
                                {"planned", 433},
                                {"actual", 467.5},
                                {"planned", 493},
                                {"planned", 523}},
                               108, small));
    lines.push_back(table_line({{"A. Facilitation of the process", 60}}, 128, 9.5));
    for (int i = 0; i < 3; ++i)
        lines.push_back(table_line(
            {{"Publications (number of publications)", 74}, {"–", 455}, {"–", 485}, {"3", 515}, {"3", 545}},
            143 + 16 * i, 9.5));
    const auto tables = structure::take_tables(lines, 9.5);
    ASSERT_EQ(tables.size(), 1u);
    EXPECT_TRUE(lines.empty());
    ASSERT_EQ(tables[0].lines.size(), 5u);
    EXPECT_EQ(cells_of(tables[0].lines[0], 5),
              (std::vector<std::string>{"Category and subcategory", "2025 planned", "2025 actual", "2026 planned",
                                        "2027 planned"}));
    EXPECT_EQ(cells_of(tables[0].lines[1], 5),
              (std::vector<std::string>{"A. Facilitation of the process", "", "", "", ""}));
}

struct NotATable {
    const char* name;
    std::vector<Line> lines;
};

class NoTable : public ::testing::TestWithParam<NotATable> {};

TEST_P(NoTable, LinesStayForParagraphs) {
    std::vector<Line> lines = GetParam().lines;
    const std::size_t before = lines.size();
    EXPECT_TRUE(structure::take_tables(lines, 10).empty());
    EXPECT_EQ(lines.size(), before);
}

std::vector<Line> numbered_paragraphs() {  // "12.   Decides ..." : two cells
    std::vector<Line> l;
    for (int i = 0; i < 6; ++i)
        l.push_back(table_line({{std::to_string(i + 1) + ".", 72}, {"Decides to remain seized of the matter;", 108}},
                               100 + 14 * i));
    return l;
}

std::vector<Line> two_columns_of_prose() {  // the lines of both columns share baselines
    std::vector<Line> l;
    for (int i = 0; i < 6; ++i) {
        l.push_back(table_line({{"street crime and organized crime", 72}}, 100 + 12 * i));
        l.push_back(table_line({{"in the region, with the support", 320}}, 100 + 12 * i));
    }
    return l;
}

// OCR of a two-column page: each row a numbered line on the left and a
// line of prose on the right, three cells, two of them lines of prose.
std::vector<Line> two_columns_numbered() {
    std::vector<Line> l;
    for (int i = 0; i < 6; ++i)
        l.push_back(table_line({{std::to_string(i + 3) + ".", 72},
                                {"Data for the period show that the rate", 90},
                                {"lation on cybercrime, on the protection of", 320}},
                               100 + 12 * i));
    return l;
}

std::vector<Line> two_tabular_rows() {
    std::vector<Line> l;
    l.push_back(table_line({{"Posts", 72}, {"12", 260}, {"14", 350}}, 100));
    l.push_back(table_line({{"Travel", 72}, {"3.4", 255}, {"9.8", 345}}, 112));
    l.push_back(prose(124));
    return l;
}

std::vector<Line> rows_far_apart() {  // three tabular lines, each in its own paragraph
    std::vector<Line> l;
    for (int i = 0; i < 3; ++i) l.push_back(table_line({{"Posts", 72}, {"12", 260}, {"14", 350}}, 100 + 60 * i));
    return l;
}

INSTANTIATE_TEST_SUITE_P(Table, NoTable,
                         ::testing::Values(NotATable{"numbered_paragraphs", numbered_paragraphs()},
                                           NotATable{"two_columns_of_prose", two_columns_of_prose()},
                                           NotATable{"two_columns_numbered", two_columns_numbered()},
                                           NotATable{"two_tabular_rows", two_tabular_rows()},
                                           NotATable{"rows_far_apart", rows_far_apart()},
                                           NotATable{"prose", {prose(100), prose(112), prose(124)}}),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(TakeTables, ProseBetweenTwoTablesSplitsThem) {
    std::vector<Line> lines = budget_table(100);
    lines.push_back(prose(100 + 28 + 48 + 4));
    for (auto& r : budget_table(100 + 28 + 48 + 20)) lines.push_back(std::move(r));
    const auto tables = structure::take_tables(lines, 10);
    ASSERT_EQ(tables.size(), 2u);
    EXPECT_EQ(lines.size(), 1u);
    EXPECT_LT(tables[0].box.y1, tables[1].box.y0);
}

// Rows of words in three columns, no figure: a table on a text layer, but
// on an OCR page as like three columns of prose read across (ocr-gt).
std::vector<Line> word_table(double top) {
    std::vector<Line> rows;
    for (const char* label : {"Loops", "Trees", "Traces", "Graphs"})
        rows.push_back(table_line({{label, 72}, {"Geneva Office", 220}, {"Nairobi Office", 380}}, top += 14));
    return rows;
}

int tables_in(std::vector<Line> lines, structure::LineSource source) {
    const auto blocks = structure::lay_out_page(std::move(lines), 842, source);
    return static_cast<int>(std::count_if(blocks.begin(), blocks.end(), [](const Block& b) { return b.kind == BlockKind::Table; }));
}

// The first table of `lines` laid out as an OCR page's, if any.
// The column heads of the generator's Arabic table (article, rules,
// reports, reviews), a cell every 100 points or so, its top at `top`.
Line arabic_table_heads(double top) {
    return table_line({{"المادة", 72}, {"الأحكام", 200}, {"التقارير", 300}, {"الاستعراضات", 400}}, top);
}

std::optional<Block> ocr_table(std::vector<Line> lines) {
    for (auto& l : lines)
        for (auto& w : l.words) w.source = Source::Ocr;
    for (auto& b : structure::lay_out_page(std::move(lines), 842, structure::LineSource::Ocr))
        if (b.kind == BlockKind::Table) return b;
    return std::nullopt;
}

// An OCR page of two columns: a table of figures in the right one, beside
// the left one's prose on the same baselines (dev scan300-10 zh-10-011).
// The strip no row crosses splits them, though the page is too short for
// the running-text tests a text layer's gutter passes: the table keeps to
// its column.
TEST(LayOutPage, AnOcrTableKeepsToItsColumn) {
    std::vector<Line> lines;
    for (int r = 0; r < 10; ++r) {
        lines.push_back(table_line({{"tiene derecho a que se presuma su inocencia", 72}}, 100 + 15 * r));
        if (r >= 4) lines.push_back(table_line({{"Artículo", 310}, {"135", 380}, {"106", 420}, {"100", 460}}, 100 + 15 * r));
        else lines.push_back(table_line({{"las personas tienen derecho a la vida y", 310}}, 100 + 15 * r));
    }
    const auto table = ocr_table(std::move(lines));
    ASSERT_TRUE(table.has_value());
    EXPECT_EQ(table->lines.size(), 6u);
    for (const auto& l : table->lines) EXPECT_GE(l.box.x0, 305) << line_text(l);
}

// Over an OCR table of four rows: an article's heading and a caption OCR
// misread ("表 !1"), each a row of one cell (dev scan300-10 zh-10-026).
// They are no column heads: the table is its four rows.
TEST(LayOutPage, OcrTableHeadsHaveACellAColumn) {
    std::vector<Line> lines;
    lines.push_back(table_line({{"Article 6", 72}}, 100));
    lines.push_back(table_line({{"Tableau !1", 72}}, 118));
    lines.push_back(table_line({{"Article", 200}, {"Rules", 280}, {"Reports", 350}, {"Reviews", 420}}, 136));
    for (int r = 0; r < 3; ++r)
        lines.push_back(table_line({{"Art. " + std::to_string(7 + r), 200}, {"140", 280}, {"61", 350}, {"94", 420}},
                                   150 + 14 * r));
    const auto table = ocr_table(std::move(lines));
    ASSERT_TRUE(table.has_value());
    EXPECT_EQ(table->lines.size(), 4u);
}

TEST(LayOutPage, OcrTablesMustShowFigures) {
    EXPECT_EQ(tables_in(budget_table(140), structure::LineSource::Ocr), 1);
    EXPECT_EQ(tables_in(word_table(140), structure::LineSource::Ocr), 0);
    EXPECT_EQ(tables_in(word_table(140), structure::LineSource::TextLayer), 1);
}

// Numbered Arabic paragraphs in a monospaced font, as an OCR page reads
// them in its mirror: "6" | "- لكل فرد" | words a cell's gap apart, each
// over a wrapped line (dev scan300-27 ar-27-009, LibreOffice). The label's
// dash, text after it, stands for no amount: the rows hold one figure
// each, and the paragraphs are no table. A dash alone in its cell is the
// amount none, as ever.
TEST(LayOutPage, AnArabicParagraphsLabelDashIsNoFigure) {
    for (const bool amounts : {false, true}) {
        std::vector<Line> lines;
        for (int p = 0; p < 3; ++p) {
            const double top = 100 + 40 * p;
            const std::string label = std::to_string(6 + p);
            if (amounts)
                lines.push_back(table_line({{label, 72}, {"-", 100}, {"حرية", 200}, {"النقل", 280}, {"12", 360}, {"-", 440}}, top));
            else
                lines.push_back(table_line({{label, 72}, {"- لكل فرد", 100}, {"حرية", 200}, {"النقل", 280}, {"واختيار", 360}, {"محل", 440}}, top));
            lines.push_back(table_line({{"يحق", 72}, {"له", 150}, {"العودة", 230}, {"إليه.", 310}}, top + 14));
        }
        EXPECT_EQ(ocr_table(std::move(lines)).has_value(), amounts) << amounts;
    }
}

// Justified prose in a monospaced font spreads its words a cell's gap
// apart, and Arabic has no small letters to tell it for prose: on an OCR
// page its lines about a table read as rows too, and with them the table
// had too few rows of figures to stand (dev scan300-22 ar-22-003,
// LibreOffice). The table is its run of rows of figures, under its heads;
// searched from its head row down (the caption over it parts the lines
// above), it ends at its last row of figures, not with the prose under it.
TEST(LayOutPage, AnOcrTableIsItsRunOfFigureRows) {
    const auto spread_prose = [](double top) {
        return table_line({{"لكل", 72}, {"شخص", 150}, {"الحق", 230}, {"في", 310}, {"حرية", 390}, {"التفكير", 470}}, top);
    };
    std::vector<Line> lines;
    double top = 100;
    for (int r = 0; r < 3; ++r) lines.push_back(spread_prose(top += 14));
    lines.push_back(table_line({{"الجدول 1", 72}}, top += 14));
    lines.push_back(arabic_table_heads(top += 14));
    for (int r = 0; r < 4; ++r)
        lines.push_back(
            table_line({{"المادة " + std::to_string(11 + r), 72}, {"107", 200}, {"40", 300}, {"138", 400}}, top += 14));
    for (int r = 0; r < 3; ++r) lines.push_back(spread_prose(top += 14));
    const auto table = ocr_table(std::move(lines));
    ASSERT_TRUE(table.has_value());
    ASSERT_EQ(table->lines.size(), 5u);
    EXPECT_EQ(table->lines.front().words.front().text, "المادة");
    EXPECT_EQ(line_text(table->lines.back()), "المادة 14 107 40 138");
}

// Tesseract reads an OCR table column by column, each cell a line, and
// sizes each by its letters: a row's label at 7.4 points, two figures at
// 11, the last at 6.4 and its middle 2.8 points under the label's (dev
// scan300-23 ar-23-000, whose table came out as a paragraph a cell). A
// line of figures is measured in the em of its row's largest line: one row
// of four cells.
TEST(LayOutPage, AnOcrRowsFiguresSizedByTheirHeightStayInTheRow) {
    std::vector<Line> lines;
    lines.push_back(table_line({{"Article", 72}, {"Rules", 200}, {"Reports", 300}, {"Reviews", 400}}, 100, 10));
    for (int r = 0; r < 4; ++r) {
        const double top = 130 + 30 * r;  // the label's: its middle at top + 3.7
        lines.push_back(table_line({{"Art. " + std::to_string(14 + r), 72}}, top, 7.4));
        lines.push_back(table_line({{"196", 200}}, top + 3.7 + 2.0 - 5.5, 11));
        lines.push_back(table_line({{"90", 300}}, top + 3.7 + 2.0 - 5.5, 11));
        lines.push_back(table_line({{"161", 400}}, top + 3.7 + 2.8 - 3.2, 6.4));
    }
    const auto table = ocr_table(std::move(lines));
    ASSERT_TRUE(table.has_value());
    ASSERT_EQ(table->lines.size(), 5u);
    EXPECT_EQ(line_text(table->lines.back()), "Art. 17 196 90 161");
}

// An Arabic paragraph's last OCR line, its words a cell's gap apart,
// over a table's caption (dev scan300-13 ar-13-014): the caption heads the
// table, and the line over it is the text's.
TEST(LayOutPage, AnOcrTableStartsUnderItsCaption) {
    std::vector<Line> lines;
    lines.push_back(table_line({{"الأساسية", 72}, {"التي يمنحها", 130}, {"له", 220}, {"القانون.", 260}}, 100));
    lines.push_back(table_line({{"الجدول 1", 72}}, 114));
    lines.push_back(arabic_table_heads(128));
    for (int r = 0; r < 4; ++r)
        lines.push_back(table_line({{"المادة " + std::to_string(4 + r), 72}, {"175", 200}, {"34", 300}, {"68", 400}},
                                   142 + 14 * r));
    const auto table = ocr_table(std::move(lines));
    ASSERT_TRUE(table.has_value());
    ASSERT_EQ(table->lines.size(), 5u);
    EXPECT_EQ(line_text(table->lines.front()), "المادة الأحكام التقارير الاستعراضات");
}

// A label's number set a little apart from its word in every row
// ("المادة 4", 6 points apart under 10-point type, under the head
// "المادة": dev scan300-13 ar-13-014): no word crosses the space between
// them, but every row keeps them in one cell. One column, not two.
TEST(LayOutPage, AWordSpaceEveryRowKeepsIsNoGutter) {
    std::vector<Line> lines;
    lines.push_back(arabic_table_heads(128));
    for (int r = 0; r < 4; ++r) {
        Line row = table_line({{"المادة", 72}, {"175", 200}, {"34", 300}, {"68", 400}}, 142 + 14 * r);
        Word number = make_word(std::to_string(4 + r), 108, 142 + 14 * r);
        row.words.insert(row.words.begin() + 1, number);
        row.box = row.box.united(number.box);
        lines.push_back(std::move(row));
    }
    const auto table = ocr_table(std::move(lines));
    ASSERT_TRUE(table.has_value());
    EXPECT_EQ(table->columns, 4);
    const auto& label = table->lines.back().words;
    ASSERT_GE(label.size(), 2u);
    EXPECT_EQ(label[0].column, label[1].column);
}

TEST(LayOutPage, TableStandsBetweenItsParagraphs) {
    std::vector<Line> lines;
    lines.push_back(prose(100));
    for (auto& r : budget_table(140)) lines.push_back(std::move(r));
    lines.push_back(prose(260));
    const auto blocks = structure::lay_out_page(std::move(lines), 842);
    ASSERT_EQ(blocks.size(), 3u);
    EXPECT_EQ(blocks[0].kind, BlockKind::Paragraph);
    EXPECT_EQ(blocks[1].kind, BlockKind::Table);
    EXPECT_EQ(blocks[2].kind, BlockKind::Paragraph);
}

// A/81/6 p. 20: a page that is mostly a table set at 8 points. The lines
// about it, at the 10 points of the running text, are no headings for
// being larger than the page's (the table's) usual size.
TEST(LayOutPage, ParagraphsOnATablePageAreToldAgainstTheText) {
    std::vector<Line> lines;
    lines.push_back(table_line({{"10.59 Table 10.13 lists all deliverables of the subprogramme.", 72}}, 100));
    double y = 130;
    for (int i = 0; i < 12; ++i) {
        lines.push_back(table_line({{"Seminars on private sector involvement", 72}, {"4", 440}, {"5", 470}, {"4", 500},
                                    {"3", 530}},
                                   y, 8));
        y += 11;
    }
    const auto blocks = structure::lay_out_page(std::move(lines), 842);
    ASSERT_EQ(blocks.size(), 2u);
    EXPECT_EQ(blocks[0].kind, BlockKind::Paragraph);
    EXPECT_EQ(blocks[1].kind, BlockKind::Table);
}

}  // namespace
}  // namespace pdf2tei

namespace pdf2tei {
namespace {

// A table set in the right column of two, beside the left column's prose on
// the same baselines (dev seed 8 es-8-000, LibreOffice): found in the
// right column's lines alone, the prose left whole, and placed among the
// right column's blocks. Without the gutter, the prose joins its rows.
TEST(TakeTables, ATableInOneColumnLeavesTheOtherColumnsProse) {
    const auto page = [] {
        std::vector<Line> lines;
        for (int r = 0; r < 6; ++r) {
            lines.push_back(table_line({{"tiene derecho a que se presuma su", 72}}, 100 + 15 * r));
            lines.push_back(table_line({{"Artículo", 310}, {"135", 380}, {"106", 420}, {"100", 460}}, 100 + 15 * r));
        }
        return lines;
    };
    const structure::Gutter gutter{250, 305};
    auto lines = page();
    const auto tables = structure::take_tables(lines, 10, gutter);
    ASSERT_EQ(tables.size(), 1u);
    EXPECT_EQ(tables[0].lines.size(), 6u);
    for (const auto& l : tables[0].lines) EXPECT_GE(l.box.x0, 305) << line_text(l);
    ASSERT_EQ(lines.size(), 6u);
    for (const auto& l : lines) EXPECT_EQ(line_text(l), "tiene derecho a que se presuma su");

    auto across = page();
    const auto without = structure::take_tables(across, 10, std::nullopt);
    ASSERT_EQ(without.size(), 1u);
    EXPECT_LT(without[0].box.x0, 100);  // the prose is in the table

    // A budget table that a "gutter" cuts between its amount columns, its
    // rows read as two lines each: no prose stands beside either part, so
    // the table is found whole.
    std::vector<Line> budget;
    for (auto& r : budget_table(140)) {
        Line left, right;
        for (auto& w : r.words) (w.box.x1 < 270 ? left : right).words.push_back(w);
        for (Line* part : {&left, &right}) {
            if (part->words.empty()) continue;
            for (const auto& w : part->words) part->box = part->box.united(w.box);
            part->font_size = 10;
            budget.push_back(std::move(*part));
        }
    }
    const auto whole = structure::take_tables(budget, 10, structure::Gutter{266, 275});
    ASSERT_EQ(whole.size(), 1u);
    EXPECT_EQ(whole[0].columns, 5);
    EXPECT_EQ(whole[0].lines.size(), 6u);

    // Placed after the left column's blocks, before the right column's
    // block below it.
    std::vector<Block> blocks(3);
    blocks[0].box = {72, 100, 240, 200};  // left column
    blocks[1].box = {72, 210, 240, 300};  // left column, below the table's top
    blocks[2].box = {310, 200, 520, 300};  // right column, below the table
    structure::place_tables(blocks, {tables[0]}, gutter);
    ASSERT_EQ(blocks.size(), 4u);
    EXPECT_EQ(blocks[2].kind, BlockKind::Table);
}

}  // namespace
}  // namespace pdf2tei

namespace pdf2tei {
namespace {

// Two columns of prose (72-240 and 310-520) with a table of four columns
// set in one of them: `left_rows` rows at the left column's foot (its head
// first), `right_rows` atop the right column. `below`: a line of prose
// under the left part too.
std::vector<Line> table_over_two_columns(int left_rows, int right_rows, bool below) {
    std::vector<Line> lines;
    const auto row = [&](int k, double x, double top) {
        lines.push_back(table_line({{"Artículo " + std::to_string(k), x},
                                    {std::to_string(10 + k), x + 90},
                                    {std::to_string(20 + k), x + 125},
                                    {std::to_string(30 + k), x + 160}},
                                   top));
    };
    double y = 100;
    for (int i = 0; i < 8; ++i, y += 15) lines.push_back(table_line({{"tiene derecho a que se presuma su", 72}}, y));
    lines.push_back(table_line({{"Artículo", 72}, {"Inf.", 157}, {"Exám.", 192}, {"Fe.", 230}}, y));
    for (int k = 1; k < left_rows; ++k) row(k, 72, y + 15 * k);
    if (below) lines.push_back(table_line({{"tiene derecho a que se presuma su", 72}}, y + 15 * left_rows + 15));
    for (int k = 0; k < right_rows; ++k) row(left_rows + k, 310, 100 + 15 * k);
    for (int i = right_rows; i < 14; ++i) lines.push_back(table_line({{"tiene derecho a que se presuma su", 310}}, 100 + 15 * i));
    return lines;
}

// A table broken at the left column's foot, its last rows atop the right
// column (dev seed 14 ru-14-000, LibreOffice: "Таблица 1"'s head and three
// rows, then three more): one table, its rows in order. With prose under
// the left part, the two parts are two tables.
TEST(TakeTables, ATableBrokenAtAColumnsFootIsOneTable) {
    const structure::Gutter gutter{250, 305};
    for (const bool below : {false, true}) {
        auto lines = table_over_two_columns(4, 3, below);
        const auto tables = structure::take_tables(lines, 10, gutter);
        ASSERT_EQ(tables.size(), below ? 2u : 1u) << below;
        if (below) continue;
        ASSERT_EQ(tables[0].lines.size(), 7u);
        EXPECT_EQ(line_text(tables[0].lines[0]).substr(0, 14), "Artículo Inf.");
        EXPECT_EQ(line_text(tables[0].lines[6]).substr(0, 11), "Artículo 6");
        EXPECT_LT(tables[0].box.x1, 250);  // where the table starts, for its place in the flow
    }
}

// A table's head row alone at the left column's foot, one of its cells
// wrapped onto a second line, its rows atop the right column (dev
// endnotes-13 es-13-006, LibreOffice: "Artículo  Disposicion|es  Informes
// Exámenes", then articles 3-8): the head is the table's first row, the
// wrap in its cell. Without the rows atop the right column it stays text.
TEST(TakeTables, AHeadRowEndingTheLeftColumnHeadsTheTableAtopTheRight) {
    const structure::Gutter gutter{250, 305};
    for (const int right_rows : {6, 0}) {
        auto lines = table_over_two_columns(1, right_rows, false);
        lines.push_back(table_line({{"es", 160}}, 100 + 8 * 15 + 10));
        const std::size_t before = lines.size();
        const auto tables = structure::take_tables(lines, 10, gutter);
        if (right_rows == 0) {
            EXPECT_TRUE(tables.empty());
            EXPECT_EQ(lines.size(), before);
            continue;
        }
        ASSERT_EQ(tables.size(), 1u);
        ASSERT_EQ(tables[0].lines.size(), 7u);
        const Line& head = tables[0].lines[0];
        EXPECT_EQ(line_text(head), "Artículo Inf. es Exám. Fe.");
        ASSERT_EQ(head.words.size(), 5u);
        EXPECT_EQ(head.words[2].column, 1);
        EXPECT_TRUE(head.words[1].has(kFlagCellLineEnd));
        EXPECT_EQ(lines.size(), before - 8);
    }
}

// Beside a short table in one column, the other column may hold a heading
// alone over its rows' height ("Article 13" beside "Table 1", dev seed 14
// en-14-013, pdfLaTeX): its paragraphs' lines just above and below count
// too, and the table keeps to its column. A narrow column's justified line
// of two words far apart ("установления          обоснованности", dev seed
// 14 ru-14-000) is prose all the same.
TEST(TakeTables, TheProseBesideAShortTableReachesAboveAndBelowIt) {
    const structure::Gutter gutter{250, 305};
    for (const bool spread : {false, true}) {
        std::vector<Line> lines;
        for (int r = 0; r < 4; ++r)
            lines.push_back(table_line({{"Artículo", 72}, {"135", 162}, {"106", 197}, {"100", 230}}, 200 + 15 * r));
        lines.push_back(table_line({{"tiene derecho a que se presuma su", 310}}, 170));
        lines.push_back(table_line({{"tiene derecho a que se presuma su", 310}}, 185));
        lines.push_back(table_line({{"Article 13", 310}}, 215));
        for (const double top : {245.0, 260.0}) {
            if (spread) lines.push_back(table_line({{"установления", 310}, {"обоснованности", 430}}, top));
            else lines.push_back(table_line({{"tiene derecho a que se presuma su", 310}}, top));
        }
        const auto tables = structure::take_tables(lines, 10, gutter);
        ASSERT_EQ(tables.size(), 1u) << spread;
        EXPECT_LT(tables[0].box.x1, 250) << spread;
        EXPECT_EQ(lines.size(), 5u) << spread;
    }
}

// A line from "word@x0-x1 word@x0-x1 ...": the words where the page set
// them, 10 points high from `top`.
Line placed_line(const std::string& spec, double top) {
    Line line;
    for (const std::string& item : testing::words_of(spec)) {
        const std::size_t at = item.rfind('@'), dash = item.rfind('-');
        Word w = make_word(item.substr(0, at), std::stod(item.substr(at + 1, dash - at - 1)), top);
        w.box.x1 = std::stod(item.substr(dash + 1));
        line.box = line.box.united(w.box);
        line.words.push_back(std::move(w));
    }
    line.baseline = top + 10;
    line.font_size = 10;
    return line;
}

// Two narrow columns of justified prose, their baselines apart by less
// than a line here and there, the words of each line spread a cell gap
// apart and more, as LibreOffice sets them (dev endnotes-17 ru-17-001, its
// geometry: the page's lower half was read across as one table, its
// paragraphs cut into cells): no table. With amounts for the right
// column's lines, the same rows make one.
TEST(TakeTables, TwoColumnsOfSpreadProseSideBySideAreNoTable) {
    const structure::Gutter gutter{287, 309};
    const std::vector<std::pair<double, std::string>> left = {
        {448.7, "требований@77-141 справедливости@197-286"},
        {464.9, "независимым@77-152 и@166-173 беспристрастным@187-286"},
        {481.2, "судом.@77-113"},
        {517.9, "Статья@77-124 11@128-144"},
        {541.4, "3.@105-115 Каждый@154-200 человек,@238-286"},
        {557.6, "обвиняемый@77-146 в@179-185 совершении@218-286"},
        {573.9, "преступления,@77-158 имеет@190-223 право@254-286"},
        {590.1, "считаться@77-133 невиновным@140-209 до@217-229 тех@237-255 пор,@263-286"},
        {606.4, "пока@77-103 его@117-135 виновность@150-213 не@227-241 будет@255-286"},
    };
    const std::vector<std::pair<double, std::string>> right = {
        {459.4, "Статья@309-356 12@360-376"},
        {482.8, "5.@338-348 Никто@376-411 не@440-454 может@483-519"},
        {499.1, "подвергаться@309-383 произвольному@434-519"},
        {515.3, "вмешательству@309-394 в@406-412 его@425-443 личную@456-499 и@512-519"},
        {531.6, "семейную@309-365 жизнь,@382-421 произвольным@438-519"},
        {547.8, "посягательствам@309-403 на@506-519"},
        {564.1, "неприкосновенность@309-425 его@438-456 жилища,@469-519"},
        {580.3, "тайну@309-341 его@348-366 корреспонденции@372-472 или@478-499 на@505-519"},
        {596.6, "его@309-327 честь@338-369 и@380-387 репутацию.@397-462 Каждый@473-519"},
    };
    for (const bool amounts : {false, true}) {
        std::vector<Line> lines;
        for (const auto& [top, spec] : left) lines.push_back(placed_line(spec, top));
        for (const auto& [top, spec] : right)
            lines.push_back(placed_line(amounts ? "28@309-330 587.8@335-360 246.7@400-425 (49.4)@480-510" : spec, top));
        const std::size_t before = lines.size();
        const auto tables = structure::take_tables(lines, 10, gutter);
        if (amounts) {
            EXPECT_FALSE(tables.empty());
            EXPECT_LT(lines.size(), before);
            continue;
        }
        EXPECT_TRUE(tables.empty());
        EXPECT_EQ(lines.size(), before);
    }
}

}  // namespace
}  // namespace pdf2tei
