// Patching a lossy text layer with OCR: which words take OCR's reading,
// which keep the layer's, and when the layer is not trusted at all. Words
// and symbols stand on lines 12 pt apart; symbols are 5 pt wide.
#include <gtest/gtest.h>

#include "pdf2tei/ocr/layer_patch.hpp"

namespace pdf2tei::ocr {
namespace {

constexpr double kLineTop = 100, kLineFoot = 110;

Word layer_word(const std::string& text, double x0, double x1, double size = 10, double top = kLineTop,
                double foot = kLineFoot) {
    Word w;
    w.text = text;
    w.box = {x0, top, x1, foot};
    w.font_size = size;
    w.space_after = true;
    return w;
}

// An OCR word `text` spelled one 5 pt symbol per character from x0, each
// code point its own symbol; its id is its index in `ocr_words`.
void read_as(const std::string& text, double x0, float confidence, std::vector<OcrSymbol>& symbols,
             std::vector<Word>& ocr_words, double size = 10, double top = kLineTop + 2, double foot = kLineFoot - 1) {
    const int id = static_cast<int>(ocr_words.size());
    Word w;
    w.text = text;
    w.confidence = confidence;
    w.font_size = size;
    double x = x0;
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t len = 1;
        const auto lead = static_cast<unsigned char>(text[i]);
        if (lead >= 0xF0) len = 4;
        else if (lead >= 0xE0) len = 3;
        else if (lead >= 0xC0) len = 2;
        symbols.push_back({text.substr(i, len), {x, top, x + 5, foot}, confidence, id, size});
        x += 5;
        i += len;
    }
    w.box = {x0, top, x, foot};
    ocr_words.push_back(w);
}

// Ten plain words OCR reads as the layer has them: enough to trust the layer.
void agreeing_words(std::vector<Word>& layer, std::vector<OcrSymbol>& symbols, std::vector<Word>& ocr_words,
                    double line_top = 300) {
    for (int i = 0; i < kMinAgreementWords; ++i) {
        const double x = 20.0 + i * 30;
        layer.push_back(layer_word("word", x, x + 20, 10, line_top, line_top + 10));
        read_as("word", x, 0.95f, symbols, ocr_words, 10, line_top + 2, line_top + 9);
    }
}

// The patch of a page of agreeing words plus one layer word (x 20 to
// `x1`) that OCR reads as `ocr`.
LayerPatch patch_one(const std::string& layer_text, double x1, const std::string& ocr, float confidence) {
    std::vector<Word> layer, ocr_words;
    std::vector<OcrSymbol> symbols;
    agreeing_words(layer, symbols, ocr_words);
    layer.push_back(layer_word(layer_text, 20, x1));
    read_as(ocr, 20, confidence, symbols, ocr_words);
    return patch_layer(layer, symbols, ocr_words);
}

const Word* find_word(const LayerPatch& p, const std::string& text) {
    for (const auto& w : p.words)
        if (w.text == text) return &w;
    return nullptr;
}

struct CharCase {
    char32_t c;
    bool trusted;
};

class TrustedChar : public ::testing::TestWithParam<CharCase> {};

TEST_P(TrustedChar, AsTexFontsCodeIt) { EXPECT_EQ(trusted_layer_char(GetParam().c), GetParam().trusted); }

INSTANTIATE_TEST_SUITE_P(LayerPatch, TrustedChar,
                         ::testing::Values(CharCase{U'a', true}, CharCase{U'Z', true}, CharCase{U'7', true},
                                           CharCase{U'.', true}, CharCase{U'-', true}, CharCase{U'/', true},
                                           CharCase{U'(', true}, CharCase{U'%', true},
                                           // OT1 draws other glyphs at these codes
                                           CharCase{U'\'', false}, CharCase{U'`', false}, CharCase{U'"', false},
                                           CharCase{U'\\', false}, CharCase{U'<', false}, CharCase{U'>', false},
                                           CharCase{U'{', false}, CharCase{U'|', false}, CharCase{U'$', false},
                                           // controls (lost ligatures and accents), and anything not ASCII
                                           CharCase{0x0C, false}, CharCase{0x13, false}, CharCase{U'é', false},
                                           CharCase{0xFB01, false}));

TEST(LayerPatch, AWordWithALostLigatureTakesOcrsReading) {
    const LayerPatch p = patch_one("e\x0E"
                                   "cient",
                                   60, "efficient", 0.9f);
    ASSERT_TRUE(p.usable);
    EXPECT_EQ(p.patched, 1);
    const Word* w = find_word(p, "efficient");
    ASSERT_NE(w, nullptr);
    EXPECT_TRUE(w->has(kFlagOcrPatched));
    EXPECT_EQ(w->source, Source::Ocr);
    EXPECT_EQ(w->glyphs.size(), 9u);
    EXPECT_FLOAT_EQ(w->confidence, 0.9f);
}

TEST(LayerPatch, TexQuotesAtAsciiCodesAreReadAgain) {
    const LayerPatch p = patch_one("\\Countering", 75, "“Countering", 0.93f);
    ASSERT_TRUE(p.usable);
    EXPECT_NE(find_word(p, "“Countering"), nullptr);
}

TEST(LayerPatch, TrustedWordsKeepTheLayersTextEvenWhereOcrDiffers) {
    const LayerPatch p = patch_one("2017", 40, "20I7", 0.6f);
    ASSERT_TRUE(p.usable);
    EXPECT_EQ(p.patched, 0);
    EXPECT_EQ(p.checked, kMinAgreementWords + 1);
    EXPECT_EQ(p.agreed, kMinAgreementWords);
    const Word* w = find_word(p, "2017");
    ASSERT_NE(w, nullptr);
    EXPECT_EQ(w->source, Source::TextLayer);
}

TEST(LayerPatch, GlyphsTheLayerDroppedJoinTheWordsAroundThem) {
    // Poppler drops OT1's "ff" (a control code): "o" and "ering", 6 pt apart.
    std::vector<Word> layer, ocr_words;
    std::vector<OcrSymbol> symbols;
    agreeing_words(layer, symbols, ocr_words);
    layer.push_back(layer_word("o", 20, 25));
    layer.push_back(layer_word("ering", 35, 60));
    layer.push_back(layer_word("immense", 64, 99));
    read_as("offering", 20, 0.95f, symbols, ocr_words);
    read_as("immense", 64, 0.95f, symbols, ocr_words);
    const LayerPatch p = patch_layer(layer, symbols, ocr_words);
    ASSERT_TRUE(p.usable);
    ASSERT_EQ(p.words.size(), layer.size() - 1);
    const Word* w = find_word(p, "offering");
    ASSERT_NE(w, nullptr);
    EXPECT_DOUBLE_EQ(w->box.x0, 20);
    EXPECT_DOUBLE_EQ(w->box.x1, 60);
    EXPECT_TRUE(w->space_after);
    EXPECT_NE(find_word(p, "immense"), nullptr);
    EXPECT_EQ(find_word(p, "o"), nullptr);
}

// pdfTeX sets an accent that has no Unicode over its letter as a glyph of
// its own: Poppler gives the word up to the accent (its box over the
// accent) and the letter under it as a word of its own, or as the first
// letter of the word's rest. The pieces are patched as one word.
struct PiecesCase {
    const char* head;  // the untrusted piece (control code for the accent)
    double head_x1;
    const char* rest;  // the trusted piece that starts under the accent
    double rest_x0, rest_x1;
    const char* read;  // OCR's word over both
    const char* whole;
};

class WordInPieces : public ::testing::TestWithParam<PiecesCase> {};

TEST_P(WordInPieces, IsPatchedWhole) {
    const PiecesCase& c = GetParam();
    std::vector<Word> layer, ocr_words;
    std::vector<OcrSymbol> symbols;
    agreeing_words(layer, symbols, ocr_words);
    layer.push_back(layer_word(c.head, 20, c.head_x1));
    layer.push_back(layer_word(c.rest, c.rest_x0, c.rest_x1));
    read_as(c.read, 20, 0.95f, symbols, ocr_words);
    const LayerPatch p = patch_layer(layer, symbols, ocr_words);
    ASSERT_TRUE(p.usable);
    EXPECT_EQ(p.words.size(), layer.size() - 1);
    EXPECT_NE(find_word(p, c.whole), nullptr);
    EXPECT_EQ(find_word(p, c.rest), nullptr);
}

INSTANTIATE_TEST_SUITE_P(LayerPatch, WordInPieces,
                         ::testing::Values(
                             // "ser" + accent, then "a" under it: dev seed 7 es-7-029.no-tounicode
                             PiecesCase{"ser\x13", 40, "a", 35, 40, "será", "será"},
                             // "Ex" + accent, then "amenes" from under it
                             PiecesCase{"Ex\x13", 35, "amenes", 30, 60, "Exámenes", "Exámenes"}));

// Neighbours that are no pieces of one word keep apart: a trusted word a
// space after the patched one, and the next line's first word under a
// patched word's tall box (a Type 3 font's boxes overlap a point from line
// to line: "opresión;" over "1.", dev seed 7 es-7-005.no-tounicode).
struct NeighbourCase {
    const char* head;  // the patched word, 20 to head_x1, its box top to foot
    double head_x1, head_top, head_foot;
    const char* next;  // the trusted word after it
    double next_x0, next_x1, next_top, next_foot;
    const char* read;  // OCR's reading of the patched word
};

class NoPieces : public ::testing::TestWithParam<NeighbourCase> {};

TEST_P(NoPieces, KeepApart) {
    const NeighbourCase& c = GetParam();
    std::vector<Word> layer, ocr_words;
    std::vector<OcrSymbol> symbols;
    agreeing_words(layer, symbols, ocr_words);
    layer.push_back(layer_word(c.head, 20, c.head_x1, 10, c.head_top, c.head_foot));
    layer.push_back(layer_word(c.next, c.next_x0, c.next_x1, 10, c.next_top, c.next_foot));
    read_as(c.read, 20, 0.95f, symbols, ocr_words, 10, c.head_top + 3, c.head_foot - 4);
    read_as(c.next, c.next_x0, 0.95f, symbols, ocr_words, 10, c.next_top + 3, c.next_foot - 4);
    const LayerPatch p = patch_layer(layer, symbols, ocr_words);
    EXPECT_NE(find_word(p, c.read), nullptr) << c.read;
    EXPECT_NE(find_word(p, c.next), nullptr) << c.next;
}

INSTANTIATE_TEST_SUITE_P(LayerPatch, NoPieces,
                         ::testing::Values(NeighbourCase{"ser\x13", 40, 100, 110, "a", 43, 48, 100, 110, "será"},
                                           NeighbourCase{"opresi\x13on;", 60, 100, 116, "1.", 30, 38, 115, 131,
                                                         "opresión;"}));

TEST(LayerPatch, AWholeWordTheLayerLacksIsNotInvented) {
    std::vector<Word> layer, ocr_words;
    std::vector<OcrSymbol> symbols;
    agreeing_words(layer, symbols, ocr_words);
    read_as("speck", 200, 0.3f, symbols, ocr_words);
    const LayerPatch p = patch_layer(layer, symbols, ocr_words);
    EXPECT_EQ(p.words.size(), layer.size());
    EXPECT_EQ(find_word(p, "speck"), nullptr);
}

struct AccentCase {
    const char* layer;
    const char* ocr;
    float confidence;
    const char* expected;
};

class LostAccents : public ::testing::TestWithParam<AccentCase> {};

TEST_P(LostAccents, AreTakenFromASureOcr) {
    const auto& c = GetParam();
    const LayerPatch p = patch_one(c.layer, 80, c.ocr, c.confidence);
    ASSERT_TRUE(p.usable);
    EXPECT_NE(find_word(p, c.expected), nullptr) << c.layer << " / " << c.ocr;
}

INSTANTIATE_TEST_SUITE_P(
    LayerPatch, LostAccents,
    ::testing::Values(AccentCase{"a", "à", 0.96f, "à"}, AccentCase{"Etats", "États", 0.97f, "États"},
                      AccentCase{"decembre", "décembre", 0.96f, "décembre"},
                      AccentCase{"quatrieme", "quatrième", 0.96f, "quatrième"},
                      AccentCase{"etre", "être", 0.96f, "être"}, AccentCase{"prevues", "prévues", 0.97f, "prévues"},
                      // OCR reads accents that are not there, and is then unsure
                      AccentCase{"prochaine", "prochaïne", 0.68f, "prochaine"},
                      // not an accent: a different word, the layer's stays
                      AccentCase{"cote", "note", 0.97f, "cote"}));

TEST(LayerPatch, ACapitalsAccentInTheLineAboveFollowsItsWord) {
    // OCR's "É" of "États" stands high, inside a word of the line above.
    std::vector<Word> layer, ocr_words;
    std::vector<OcrSymbol> symbols;
    agreeing_words(layer, symbols, ocr_words);
    layer.push_back(layer_word("les", 20, 35, 10, 88, 98));  // the line above
    read_as("les", 20, 0.96f, symbols, ocr_words, 10, 89, 97);
    layer.push_back(layer_word("Etats", 20, 45));
    read_as("États", 20, 0.97f, symbols, ocr_words);
    symbols[symbols.size() - 5].box = {20, 84, 25, 106};  // the É: its middle in "les"
    const LayerPatch p = patch_layer(layer, symbols, ocr_words);
    ASSERT_TRUE(p.usable);
    EXPECT_NE(find_word(p, "les"), nullptr);
    EXPECT_NE(find_word(p, "États"), nullptr);
}

TEST(LayerPatch, ALayerOcrDisagreesWithIsNotUsed) {
    // Letters coded in an order of the font's own: the layer reads as soup.
    std::vector<Word> layer, ocr_words;
    std::vector<OcrSymbol> symbols;
    for (int i = 0; i < 12; ++i) {
        const double x = 20.0 + i * 40;
        layer.push_back(layer_word("qbzxt", x, x + 25));
        read_as("world", x, 0.95f, symbols, ocr_words);
    }
    const LayerPatch p = patch_layer(layer, symbols, ocr_words);
    EXPECT_EQ(p.checked, 12);
    EXPECT_EQ(p.agreed, 0);
    EXPECT_FALSE(p.usable);
}

TEST(LayerPatch, TooFewWordsToCheckIsNotTrusted) {
    std::vector<Word> layer, ocr_words;
    std::vector<OcrSymbol> symbols;
    layer.push_back(layer_word("word", 20, 40));
    read_as("word", 20, 0.95f, symbols, ocr_words);
    EXPECT_FALSE(patch_layer(layer, symbols, ocr_words).usable);
}

TEST(LayerPatch, SizesAndBoxesAreCalibratedOnOcrsMeasures) {
    // Body words the layer sets at 12.7 pt in boxes 16.5 pt tall; OCR
    // measures 11 pt, ink from 2 to 14 pt above the box's foot. A note call
    // at 8.4 pt, too rare to measure, takes the body's calibration.
    std::vector<Word> layer, ocr_words;
    std::vector<OcrSymbol> symbols;
    for (int i = 0; i < kMinAgreementWords; ++i) {
        const double x = 20.0 + i * 30;
        layer.push_back(layer_word("word", x, x + 20, 12.7, 100, 116.5));
        read_as("word", x, 0.95f, symbols, ocr_words, 11.0, 116.5 - 14, 116.5 - 2);
    }
    layer.push_back(layer_word("1", 330, 334, 8.4, 98, 109));
    const LayerPatch p = patch_layer(layer, symbols, ocr_words);
    ASSERT_TRUE(p.usable);
    EXPECT_NEAR(p.words[0].font_size, 11.0, 1e-9);
    EXPECT_NEAR(p.words[0].box.y0, 116.5 - 14, 1e-9);
    EXPECT_NEAR(p.words[0].box.y1, 116.5 - 2, 1e-9);
    const Word& call = p.words.back();
    EXPECT_NEAR(call.font_size, 8.4 * 11.0 / 12.7, 1e-9);
    // Raised still: its foot stands above the body's.
    EXPECT_LT(call.box.y1, p.words[0].box.y1);
    EXPECT_NEAR(call.box.y1, 109 - 11 * (2 / 16.5), 1e-9);
}

}  // namespace
}  // namespace pdf2tei::ocr
