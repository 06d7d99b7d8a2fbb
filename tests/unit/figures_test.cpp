// Figures: a chart's labels (axis values, years, legends) are found by the
// drawing under them and kept out of the running text. Hand-built lines and
// path boxes, laid out as the performance-measure charts of A/81/6.
#include <gtest/gtest.h>

#include "structure/src/figures.hpp"
#include "structure/src/page_layout.hpp"
#include "test_helpers.hpp"

namespace pdf2tei {
namespace {

using testing::make_word;

Line line_at(const std::string& sentence, double x, double top) {
    Line line;
    for (const std::string& text : testing::words_of(sentence)) {
        Word w = make_word(text, x, top);
        x = w.box.x1 + 3;
        line.box = line.box.united(w.box);
        line.words.push_back(std::move(w));
    }
    line.baseline = top + 10;
    line.font_size = 10;
    return line;
}

std::vector<Line> prose_lines(double top, int n) {
    std::vector<Line> out;
    for (int i = 0; i < n; ++i)
        out.push_back(line_at("the Office will support preparatory and follow-up processes including", 72, top + 12 * i));
    return out;
}

// A bar chart from y 200 to 320: axis values left of the axis, years under
// it; the bars and axes are the drawings.
std::vector<Line> chart_labels() {
    std::vector<Line> out;
    for (int i = 0; i < 5; ++i) out.push_back(line_at(std::to_string(8 - 2 * i), 84, 200 + 24 * i));
    for (int i = 0; i < 3; ++i) out.push_back(line_at(std::to_string(2023 + i), 130 + 80 * i, 322));
    out.push_back(line_at("(actual)", 126, 334));
    return out;
}

std::vector<Box> chart_drawings() {
    return {{99, 200, 100, 318},    // y axis
            {99, 317, 400, 318},    // x axis
            {130, 260, 160, 317},   // bars
            {210, 240, 240, 317},
            {290, 220, 320, 317}};
}

TEST(TakeFigures, AChartsLabelsBecomeOneFigure) {
    std::vector<Line> lines = prose_lines(100, 5);
    for (auto& l : chart_labels()) lines.push_back(std::move(l));
    for (auto& l : prose_lines(400, 3)) lines.push_back(std::move(l));
    const auto figures = structure::take_figures(lines, chart_drawings(), 10, 842);
    ASSERT_EQ(figures.size(), 1u);
    EXPECT_EQ(figures[0].kind, BlockKind::Figure);
    EXPECT_EQ(figures[0].lines.size(), 9u);
    EXPECT_EQ(lines.size(), 8u);  // the prose stays
    for (const auto& l : lines) EXPECT_GT(l.words.size(), 5u);
}

TEST(TakeFigures, LaidOutInItsPlaceBetweenParagraphs) {
    std::vector<Line> lines = prose_lines(100, 5);
    for (auto& l : chart_labels()) lines.push_back(std::move(l));
    for (auto& l : prose_lines(400, 3)) lines.push_back(std::move(l));
    const auto blocks = structure::lay_out_page(lines, 842, structure::LineSource::TextLayer, chart_drawings());
    std::vector<BlockKind> kinds;
    for (const auto& b : blocks) kinds.push_back(b.kind);
    EXPECT_EQ(kinds, (std::vector<BlockKind>{BlockKind::Paragraph, BlockKind::Figure, BlockKind::Paragraph}));
}

TEST(TakeFigures, WithoutDrawingsLabelsStayText) {
    std::vector<Line> lines = chart_labels();
    EXPECT_TRUE(structure::take_figures(lines, {}, 10, 842).empty());
    EXPECT_EQ(lines.size(), 9u);
}

// A performance-measure table drawn with rules only (cell borders 1.5
// points thick): its short lines are cells, not a chart's labels.
TEST(TakeFigures, ATableDrawnWithRulesIsNoFigure) {
    std::vector<Line> lines = chart_labels();
    const std::vector<Box> rules = {{60, 195, 550, 196.5}, {60, 330, 550, 331.5}, {158, 195, 159.5, 331.5},
                                    {257, 195, 258.5, 331.5}};
    EXPECT_TRUE(structure::take_figures(lines, rules, 10, 842).empty());
    EXPECT_EQ(lines.size(), 9u);
}

// Prose in a shaded box: a drawing with area, but its lines are prose.
TEST(TakeFigures, ProseInABoxIsNoFigure) {
    std::vector<Line> lines = prose_lines(200, 6);
    EXPECT_TRUE(structure::take_figures(lines, {{66, 195, 530, 275}}, 10, 842).empty());
    EXPECT_EQ(lines.size(), 6u);
}

// A page-high background or frame is not a figure region: the chart on
// it is still found by its own shapes.
TEST(TakeFigures, APageBackgroundIsIgnored) {
    std::vector<Line> lines = prose_lines(100, 5);
    for (auto& l : chart_labels()) lines.push_back(std::move(l));
    std::vector<Box> drawings = chart_drawings();
    drawings.push_back({0, 0, 595, 842});
    const auto figures = structure::take_figures(lines, drawings, 10, 842);
    ASSERT_EQ(figures.size(), 1u);
    EXPECT_EQ(figures[0].lines.size(), 9u);
}

// Rows of figures under a shaded ground: every row has its label, so it
// is a table's, however short its lines.
TEST(TakeFigures, LabelledRowsOnAShadedGroundAreNoFigure) {
    std::vector<Line> lines;
    for (int i = 0; i < 6; ++i) lines.push_back(line_at("Military contingents 28 587.8 42 703.7", 72, 200 + 14 * i));
    EXPECT_TRUE(structure::take_figures(lines, {{66, 195, 530, 290}}, 10, 842).empty());
    EXPECT_EQ(lines.size(), 6u);
}

// A chart's axis values and years share baselines in wide-set rows, as a
// table's do (A/81/6's figure 10.I was read as a 7-row table): found as a
// figure first, they never reach the table finder.
TEST(TakeFigures, AChartsAxisRowsAreNotATable) {
    std::vector<Line> lines = prose_lines(100, 5);
    for (int i = 0; i < 4; ++i) {
        Line row = line_at(std::to_string(8 - 2 * i), 84, 200 + 24 * i);
        for (int k = 0; k < 3; ++k) {
            Line value = line_at(std::to_string(5 + k + i), 140 + 80 * k, 200 + 24 * i);
            for (auto& w : value.words) row.words.push_back(w);
            row.box = row.box.united(value.box);
        }
        lines.push_back(row);
    }
    Line years = line_at("2023", 130, 322);
    for (int k = 1; k < 3; ++k)
        for (auto& w : line_at(std::to_string(2023 + k), 130 + 80 * k, 322).words) years.words.push_back(w);
    years.box = {130, 322, 310, 332};
    lines.push_back(years);
    const auto blocks = structure::lay_out_page(lines, 842, structure::LineSource::TextLayer, chart_drawings());
    std::vector<BlockKind> kinds;
    for (const auto& b : blocks) kinds.push_back(b.kind);
    EXPECT_EQ(kinds, (std::vector<BlockKind>{BlockKind::Paragraph, BlockKind::Figure}));
    EXPECT_EQ(blocks.back().lines.size(), 5u);
}

// A chart drawn as many small shapes (a heat map: 40 x 30 cells, each
// 4 points square with no gap) is one region, however the shapes come.
TEST(TakeFigures, ManySmallShapesMakeOneRegion) {
    std::vector<Box> cells;
    for (int row = 0; row < 30; ++row)
        for (int col = 0; col < 40; ++col) {
            const int c = (col * 7 + row * 13) % 40;  // not in reading order
            cells.push_back({100.0 + 4 * c, 200.0 + 4 * row, 104.0 + 4 * c, 204.0 + 4 * row});
        }
    std::vector<Line> lines = chart_labels();
    const auto figures = structure::take_figures(lines, cells, 10, 842);
    ASSERT_EQ(figures.size(), 1u);
    EXPECT_LE(figures[0].box.x0, 100.0);
    EXPECT_GE(figures[0].box.x1, 260.0);
}

TEST(TakeFigures, TooFewLinesIsNoFigure) {
    std::vector<Line> lines = {line_at("8", 84, 200), line_at("4", 84, 260)};
    EXPECT_TRUE(structure::take_figures(lines, chart_drawings(), 10, 842).empty());
}

}  // namespace
}  // namespace pdf2tei
