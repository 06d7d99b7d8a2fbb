// The masthead of a text layer's first page: fields the extractor sets
// close together, and an adoption line that wraps inside its date.
#include <gtest/gtest.h>

#include <algorithm>

#include "structure/src/page_layout.hpp"
#include "structure/src/un_document.hpp"
#include "test_helpers.hpp"

namespace pdf2tei {
namespace {

using testing::block_of;
using testing::make_word;
using testing::words_of;

// One text-layer line of `text`, its words `space` points apart from x.
Line layer_line(const std::string& text, double x, double top, double space = 3) {
    Line l;
    for (const auto& t : words_of(text)) {
        l.words.push_back(make_word(t, x, top));
        x = l.words.back().box.x1 + space;
        l.box = l.box.united(l.words.back().box);
    }
    l.font_size = 10;
    l.baseline = top + 10;
    return l;
}

// A first page of the given blocks, then two lines of running text.
Document recognised(std::vector<Block> blocks) {
    Page page;
    page.number = 1;
    page.width = 595;
    page.height = 842;
    page.blocks = std::move(blocks);
    page.blocks.push_back(block_of({layer_line("Considérant que la reconnaissance de la dignité inhérente à tous", 85, 320),
                                    layer_line("les membres de la famille humaine.", 85, 334)}));
    Document doc;
    doc.pages.push_back(std::move(page));
    structure::recognise_un_document(doc);
    return doc;
}

// The UN's name runs up to the symbol, a word space apart (DejaVu Sans:
// dev seed 28 ru-28-007, LibreOffice, whose masthead and title were lost):
// the line is the two fields. A line that only ends in a symbol is not.
TEST(Masthead, TheUnsNameRightBesideTheSymbolIsTwoFields) {
    const Document doc = recognised({block_of({layer_line("Nations Unies A/RES/72/326", 72, 60)}),
                                     block_of({layer_line("Assemblée générale", 72, 74)}),
                                     block_of({layer_line("72/326. Déclaration universelle des droits de l’homme", 72, 200)})});
    EXPECT_EQ(doc.un.symbols, std::vector<std::string>{"A/RES/72/326"});
    EXPECT_EQ(doc.un.organ, "Assemblée générale");
    const Document not_one = recognised({block_of({layer_line("Voir le document A/RES/72/326", 72, 60)}),
                                         block_of({layer_line("Assemblée générale", 72, 74)})});
    EXPECT_TRUE(not_one.un.symbols.empty());
}

// The adoption line wraps inside its date ("… le 14" / "février 2018",
// dev seed 28 ru-28-007; fr-27-006): the second line is the adoption's
// too, not the body's first heading. A line under an adoption line that
// holds its date already is not.
TEST(Masthead, AnAdoptionLineWrappedInsideItsDateTakesItsEnd) {
    const auto adoption = [](const char* first, const char* second) {
        return recognised({block_of({layer_line("Nations Unies", 72, 60), layer_line("A/RES/72/326", 450, 60, 3)}),
                           block_of({layer_line(first, 72, 150), layer_line(second, 72, 164)}),
                           block_of({layer_line("72/326. Déclaration universelle des droits de l’homme", 72, 200)})})
            .un.adoption;
    };
    EXPECT_EQ(adoption("Résolution adoptée par l’Assemblée générale le 14", "février 2018"),
              "Résolution adoptée par l’Assemblée générale le 14 février 2018");
    EXPECT_EQ(adoption("Résolution adoptée par l’Assemblée générale le 14 février 2018", "sans vote 2019"),
              "Résolution adoptée par l’Assemblée générale le 14 février 2018");
}

// The masthead's fields under the symbol, on the right of a two-column
// page whose right column holds nothing else, come from the layer after the
// left column's text (dev seed 29 fr-29-006, XeLaTeX: "Distr. générale"
// and the date stood at the end of the body). Laid out, they go where they
// stand, and the masthead holds them. A date atop a right column, read
// after the left column's running text beside it, stays.
TEST(Masthead, FieldsTheLayerGivesAfterTheTextGoWhereTheyStand) {
    std::vector<Line> lines = {layer_line("Nations Unies", 91, 56),         layer_line("A/76/899", 459, 56),
                               layer_line("Assemblée générale", 91, 68),    layer_line("Soixante-seizième session", 91, 104),
                               layer_line("Point 135 de l’ordre du jour", 91, 118)};
    for (int k = 0; k < 6; ++k)
        lines.push_back(layer_line("Considérant que la reconnaissance de la dignité", 91, 200 + 14 * k));
    lines.push_back(layer_line("Distr. générale", 449, 71));
    lines.push_back(layer_line("3 décembre 2021", 439, 85));
    Page page;
    page.number = 1;
    page.width = 595;
    page.height = 842;
    page.blocks = structure::lay_out_page(lines, page.height, structure::LineSource::TextLayer);
    std::vector<std::string> order;
    for (const auto& b : page.blocks)
        for (const auto& l : b.lines) order.push_back(line_text(l));
    const auto at = [&](const char* text) { return std::find(order.begin(), order.end(), text) - order.begin(); };
    EXPECT_LT(at("Assemblée générale"), at("Distr. générale"));
    EXPECT_EQ(at("Distr. générale") + 1, at("3 décembre 2021"));
    EXPECT_EQ(at("3 décembre 2021") + 1, at("Soixante-seizième session"));
    Document doc;
    doc.pages.push_back(std::move(page));
    structure::recognise_un_document(doc);
    EXPECT_EQ(doc.un.distribution, "Distr. générale");
    EXPECT_EQ(doc.un.date_iso, "2021-12-03");
    EXPECT_EQ(doc.un.session, "Soixante-seizième session");

    // The same date beside running text: the left column's lines, read
    // first, stand above its foot.
    std::vector<Line> columns;
    for (int k = 0; k < 6; ++k) columns.push_back(layer_line("Considérant que la reconnaissance de la", 72, 100 + 14 * k));
    columns.push_back(layer_line("3 décembre 2021", 320, 100));
    const auto blocks = structure::lay_out_page(columns, 842, structure::LineSource::TextLayer);
    ASSERT_FALSE(blocks.empty());
    EXPECT_EQ(line_text(blocks.back().lines.back()), "3 décembre 2021");
}

}  // namespace
}  // namespace pdf2tei
