// Furniture set further in than the usual band (a LaTeX footer 1.2 cm above
// a 3 cm margin, random corpus seed 1 fr-1-001: the job number at 93% of
// the page's height, where UN files have it below 93%): the page's last
// lines, furniture by form, are furniture; text there is not.
#include <gtest/gtest.h>

#include "structure/src/page_layout.hpp"
#include "test_helpers.hpp"

namespace pdf2tei::structure {
namespace {

using pdf2tei::testing::make_word;

constexpr double kPageHeight = 842;

Line line_at(const std::vector<std::string>& words, double top) {
    Line l;
    double x = 72;
    for (const auto& t : words) {
        l.words.push_back(make_word(t, x, top));
        x = l.words.back().box.x1 + 3;
        l.box = l.box.united(l.words.back().box);
    }
    l.baseline = top + 8;
    l.font_size = 10;
    return l;
}

std::vector<Line> page_with_foot(const std::vector<std::string>& foot, double foot_top) {
    std::vector<Line> lines;
    for (int i = 0; i < 20; ++i) lines.push_back(line_at({"Considérant", "que", "la", "reconnaissance", "de"}, 100 + 14 * i));
    lines.push_back(line_at(foot, foot_top));
    return lines;
}


TEST(OuterFurniture, JobNumberAboveTheBandIsFurniture) {
    for (const auto& foot : std::vector<std::vector<std::string>>{{"20-12969", "(F)"}, {"2/3"}, {"*2012969*"}}) {
        const auto blocks = lay_out_page(page_with_foot(foot, 781), kPageHeight, LineSource::TextLayer, {});
        bool furniture = false;
        for (const auto& b : blocks) furniture = furniture || (b.kind == BlockKind::Furniture && b.band == Band::Bottom);
        EXPECT_TRUE(furniture) << foot.front();
    }
}

TEST(OuterFurniture, SymbolThereJoinsTheBand) {
    // A symbol is furniture when it repeats across pages (mark_running_furniture):
    // here it becomes the bottom band's candidate.
    const auto blocks = lay_out_page(page_with_foot({"A/RES/75/12"}, 781), kPageHeight, LineSource::TextLayer, {});
    bool in_band = false;
    for (const auto& b : blocks) in_band = in_band || (b.band == Band::Bottom && block_text(b) == "A/RES/75/12");
    EXPECT_TRUE(in_band);
}

TEST(OuterFurniture, TextThereStaysText) {
    const auto blocks =
        lay_out_page(page_with_foot({"annexe", "de", "la", "présente"}, 781), kPageHeight, LineSource::TextLayer, {});
    for (const auto& b : blocks) EXPECT_NE(b.kind, BlockKind::Furniture);
}

TEST(OuterFurniture, MidPageNumberIsNotFurniture) {
    // A lone number in the page's middle third is text, whatever its form.
    auto lines = page_with_foot({"2/3"}, 420);
    const auto blocks = lay_out_page(std::move(lines), kPageHeight, LineSource::TextLayer, {});
    for (const auto& b : blocks) EXPECT_NE(b.kind, BlockKind::Furniture);
}

}  // namespace
}  // namespace pdf2tei::structure
