// Two words OCR read as one (normalize/src/ocr_glued_words.hpp).
#include <gtest/gtest.h>

#include "normalize/src/dictionary.hpp"
#include "normalize/src/ocr_glued_words.hpp"
#include "pdf2tei/normalize/normalize.hpp"
#include "test_helpers.hpp"

namespace pdf2tei::normalize {
namespace {

struct GluedCase {
    const char* language;
    const char* read;
    const char* expected;  // the halves, a space between; or the word as read
};

class GluedWords : public ::testing::TestWithParam<GluedCase> {};

TEST_P(GluedWords, AreCutWhereTheDictionaryKnowsBothHalves) {
    const auto& c = GetParam();
    const Dictionary* dict = Dictionary::for_language(c.language);
    if (!dict) GTEST_SKIP() << "no dictionary for " << c.language;
    const auto halves = split_glued_word(c.read, c.language, *dict);
    EXPECT_EQ(halves ? halves->first + " " + halves->second : std::string(c.read), c.expected);
}

INSTANTIATE_TEST_SUITE_P(
    Languages, GluedWords,
    ::testing::Values(
        // Dev seed 14: a paragraph's lead words in italics, their space lost.
        GluedCase{"en", "Noone", "No one"},
        GluedCase{"fr", "Nulne", "Nul ne"}, GluedCase{"es", "Anadie", "A nadie"},
        // "Encaso" for "En caso" is a word ("encasar": I fit in), kept.
        GluedCase{"es", "Encaso", "Encaso"},
        // Punctuation stays on the outer halves.
        GluedCase{"en", "(Noone,", "(No one,"},
        // Known as read, a capital inside (a name), figures or marks inside,
        // no half a function word, or two cuts: left as read.
        GluedCase{"en", "nobody", "nobody"}, GluedCase{"fr", "LaGuardia", "LaGuardia"},
        // Inside a sentence: "a member" stays glued rather than "offence"
        // (unknown to en_US) be cut, or a line-end half "tion".
        GluedCase{"en", "amember", "amember"}, GluedCase{"en", "offence", "offence"},
        GluedCase{"en", "tion", "tion"},
        GluedCase{"en", "the2nd", "the2nd"}, GluedCase{"en", "cat-dog", "cat-dog"},
        GluedCase{"en", "catdog", "catdog"}, GluedCase{"en", "to", "to"}));

TEST(GluedWords, ANumberedParagraphsFirstOcrWordOnlyEachHalfBoxedByItsLetters) {
    if (!Dictionary::for_language("en")) GTEST_SKIP() << "no English dictionary";
    auto pages = testing::one_line_page(
        {{"5.", Source::Ocr}, {"Noone", Source::Ocr}, {"shall", Source::Ocr}, {"Noone", Source::Ocr}});
    // A paragraph without a number (a name opening it: ocr-gt's
    // "Leconte"), and a text layer's numbered one.
    pages[0].blocks.push_back(pages[0].blocks[0]);
    pages[0].blocks[1].lines[0].words.erase(pages[0].blocks[1].lines[0].words.begin());
    pages[0].blocks.push_back(pages[0].blocks[0]);
    pages[0].blocks[2].lines[0].words[1].source = Source::TextLayer;
    Word& first = pages[0].blocks[0].lines[0].words[1];
    first.box = {100, 0, 150, 10};
    split_ocr_glued_words(pages, "en", [] { return Dictionary::for_language("en"); });
    const Line& line = pages[0].blocks[0].lines[0];
    EXPECT_EQ(line_text(line), "5. No one shall Noone");
    EXPECT_EQ(line_text(pages[0].blocks[1].lines[0]), "Noone shall Noone");
    EXPECT_EQ(line_text(pages[0].blocks[2].lines[0]), "5. Noone shall Noone");
    EXPECT_EQ(pages[0].repairs[kRepairOcrGluedWord], 1);
    EXPECT_DOUBLE_EQ(line.words[1].box.x1, 120);
    EXPECT_DOUBLE_EQ(line.words[2].box.x0, 120);
    EXPECT_TRUE(line.words[1].space_after);
}

}  // namespace
}  // namespace pdf2tei::normalize
