// Accents OCR read on capitals that the ink does not carry
// (ocr/unseen_accents.hpp), in the geometry of dev seed 29
// fr-29-011.scan-bw: a row's capitals, figures and ascenders topping out
// at 591.1, a printed "A" read "À" boxed to the same top, a real "É"
// rising 1.4-1.8 points over them.
#include <gtest/gtest.h>

#include "pdf2tei/ocr/unseen_accents.hpp"
#include "pdf2tei/text.hpp"
#include "test_helpers.hpp"

namespace pdf2tei::ocr {
namespace {

using pdf2tei::testing::make_word;

// One OCR row: each word's symbols one after another, each boxed from
// `top` (or its own top) down to the row's foot at 597.2.
struct Row {
    std::vector<Word> words;
    std::vector<OcrSymbol> symbols;
    void add(const std::string& text, std::vector<double> tops) {
        const int index = static_cast<int>(words.size());
        Word w = make_word(text, 72 + 60 * index, 591);
        w.source = Source::Ocr;
        words.push_back(w);
        const std::u32string t = utf8_decode(text);
        for (std::size_t k = 0; k < t.size(); ++k) {
            const double x = 72 + 60 * index + 5 * static_cast<double>(k);
            symbols.push_back({utf8_encode(std::u32string(1, t[k])), Box{x, tops[k], x + 5, 597.2}, 0.9f, index, 8.6});
        }
    }
};

// The letters of "Toute", "Nul", "droit" and "11." reaching the capitals'
// top; the small letters lower.
Row a_row() {
    Row r;
    r.add("11.", {591.1, 591.1, 596.0});
    r.add("Toute", {591.1, 592.9, 592.9, 591.3, 592.9});
    r.add("Nul", {591.1, 592.9, 591.0});
    r.add("droit", {591.0, 592.9, 592.9, 592.0, 591.4});
    return r;
}

TEST(UnseenAccents, ACapitalsAccentThatRisesOverNothingGoes) {
    Row r = a_row();
    r.add("À", {591.1});
    r.add("partir", {592.9, 592.9, 592.9, 591.4, 592.0, 592.9});
    EXPECT_EQ(drop_unseen_accents(r.words, r.symbols), 1);
    EXPECT_EQ(r.words[4].text, "A");
    EXPECT_EQ(r.words[4].glyphs.front().code_point, U'A');
}

TEST(UnseenAccents, ARealAccentRisingOverTheCapitalsStays) {
    Row r = a_row();
    r.add("l'État.", {591.0, 591.1, 589.6, 591.1, 592.9, 591.4, 596.0});
    r.add("États", {589.3, 591.4, 592.9, 591.4, 592.9});
    EXPECT_EQ(drop_unseen_accents(r.words, r.symbols), 0);
    EXPECT_EQ(r.words[4].text, "l'État.");
    EXPECT_EQ(r.words[5].text, "États");
}

// Small letters keep their accents whatever their boxes: Tesseract's box
// of a small letter may leave its accent out ("progrès" boxed at the
// x-height). Nor is a capital judged against fewer than five letters of
// its height, nor a cedilla, which hangs below.
TEST(UnseenAccents, SmallLettersFewReferencesAndCedillasStay) {
    Row r = a_row();
    r.add("progrès", {592.9, 592.9, 592.9, 592.9, 592.9, 592.9, 592.9});
    r.add("Ça", {591.1, 592.9});
    EXPECT_EQ(drop_unseen_accents(r.words, r.symbols), 0);
    Row few;
    few.add("3.", {591.1, 596.0});
    few.add("À", {591.1});
    EXPECT_EQ(drop_unseen_accents(few.words, few.symbols), 0);
    EXPECT_EQ(few.words[1].text, "À");
}

}  // namespace
}  // namespace pdf2tei::ocr
