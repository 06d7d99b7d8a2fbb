// Lost ligatures: every word of the ligature table, with its first
// ligature's letters gone, as a text layer without a mapping for that glyph
// leaves it: with a gap ("ef cient") or without ("efcient").
#include <gtest/gtest.h>

#include "ligature_words.hpp"
#include "normalize/src/dictionary.hpp"
#include "normalize/src/lost_ligatures.hpp"
#include "pdf2tei/text.hpp"
#include "test_helpers.hpp"

namespace pdf2tei::normalize {
namespace {

using testing::first_ligature;

struct LostCase {
    const char* lang;
    const char* word;
};

std::vector<LostCase> cases() {
    std::vector<LostCase> out;
    for (const char* w : testing::kFrenchLigatureWords) out.push_back({"fr", w});
    for (const char* w : testing::kEnglishLigatureWords) out.push_back({"en", w});
    for (const char* w : testing::kSpanishLigatureWords) out.push_back({"es", w});
    return out;
}

// What is left with fewer than kMinLettersLeft letters ("fin" -> "n") is
// not repaired: too many words could have been.
bool enough_left(const std::string& word) {
    const auto [at, letters] = first_ligature(word);
    return utf8_decode(word).size() - letters.size() >= kMinLettersLeft;
}

// Where putting a ligature back makes two words, the repair does not guess.
// Each pair found by the test below (hunspell's fr and en_US dictionaries).
bool ambiguous(const std::string& word) {
    static const char* const kTwoWays[][2] = {
        {"confiance", "cofinance"},  // "conance"
        {"offre", "flore"},          // "ore"
        {"reaffirms", "firearms"},   // "rearms"
    };
    for (const auto& pair : kTwoWays)
        if (word == pair[0]) return true;
    return false;
}

class LostLigature : public ::testing::TestWithParam<LostCase> {};

TEST_P(LostLigature, IsRestoredInTheWordAndAcrossTheGap) {
    const std::string word = GetParam().word;
    const Dictionary* dict = Dictionary::for_language(GetParam().lang);
    ASSERT_NE(dict, nullptr);
    ASSERT_TRUE(dict->knows(word)) << word << " is no " << GetParam().lang << " word";
    const auto [at, letters] = first_ligature(word);
    ASSERT_NE(at, std::string::npos) << word;
    const std::string left = word.substr(0, at), right = word.substr(at + letters.size());
    const std::string want = enough_left(word) && !ambiguous(word) ? word : "";
    EXPECT_EQ(restore_in_word(left + right, *dict), want) << left << right;
    if (!left.empty() && !right.empty()) {
        EXPECT_EQ(restore_between(left, right, *dict), enough_left(word) ? word : "") << left << " " << right;
    }
}

INSTANTIATE_TEST_SUITE_P(Table, LostLigature, ::testing::ValuesIn(cases()),
                         [](const auto& info) { return std::string(info.param.lang) + "_" + std::to_string(info.index); });

Page page_with_line(const std::vector<std::string>& words, int unmapped) {
    Page p;
    p.text_layer.unmapped_glyphs = unmapped;
    p.blocks.resize(1);
    Line l;
    double x = 0;
    for (const auto& w : words) {
        l.words.push_back(pdf2tei::testing::make_word(w, x, 0));
        x += 60;
    }
    p.blocks[0].lines.push_back(l);
    return p;
}

const DictionaryLoader kEnglish = [] { return Dictionary::for_language("en"); };

TEST(RestoreLostLigatures, OnAPageWithUnmappedGlyphs) {
    Page p = page_with_line({"an", "ef", "cient", "and", "of", "cial", "process,", "speci", "c", "to", "it;",
                             "(signi", "cant)", "intensier"},
                            3);
    restore_lost_ligatures(p, kEnglish);
    EXPECT_EQ(block_text(p.blocks[0]), "an efficient and official process, specific to it; (significant) intensifier");
    EXPECT_EQ(p.repairs[kRepairLigatureRestored], 5);
    EXPECT_TRUE(p.blocks[0].lines[0].words[1].has(kFlagLigatureRestored));
}

TEST(RestoreLostLigatures, FrenchInsideAWord) {
    Page p = page_with_line({"pour", "intensier", "la", "coopération,", "ecace"}, 2);
    restore_lost_ligatures(p, [] { return Dictionary::for_language("fr"); });
    EXPECT_EQ(block_text(p.blocks[0]), "pour intensifier la coopération, efficace");
    EXPECT_EQ(p.repairs[kRepairLigatureRestored], 2);
}

TEST(RestoreLostLigatures, NotWithoutUnmappedGlyphsNorOnOcrPages) {
    Page clean = page_with_line({"an", "ef", "cient", "process"}, 0);
    restore_lost_ligatures(clean, kEnglish);
    EXPECT_EQ(block_text(clean.blocks[0]), "an ef cient process");
    Page ocr = page_with_line({"an", "ef", "cient", "process"}, 3);
    ocr.source = Source::Ocr;
    restore_lost_ligatures(ocr, kEnglish);
    EXPECT_EQ(block_text(ocr.blocks[0]), "an ef cient process");
    EXPECT_TRUE(ocr.repairs.empty());
}

TEST(RestoreLostLigatures, KnownWordsAndFiguresStay) {
    Page p = page_with_line({"of", "the", "A/74/L.5", "l’égide", "n", "ux", "Member", "States"}, 5);
    restore_lost_ligatures(p, kEnglish);
    EXPECT_EQ(block_text(p.blocks[0]), "of the A/74/L.5 l’égide n ux Member States");
    EXPECT_TRUE(p.repairs.empty());
}

}  // namespace
}  // namespace pdf2tei::normalize
