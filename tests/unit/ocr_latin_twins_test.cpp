// Cyrillic words OCR read in Latin letters of the same shapes
// (normalize/src/ocr_latin_twins.hpp).
#include <gtest/gtest.h>

#include "normalize/src/dictionary.hpp"
#include "normalize/src/ocr_latin_twins.hpp"
#include "pdf2tei/language_table.hpp"
#include "pdf2tei/normalize/normalize.hpp"
#include "test_helpers.hpp"

namespace pdf2tei::normalize {
namespace {

struct TwinCase {
    const char* read;
    bool opens_sentence;
    const char* expected;  // "" when left as read
};

class LatinTwins : public ::testing::TestWithParam<TwinCase> {};

TEST_P(LatinTwins, AreWrittenInTheScriptWhenTheDictionaryKnowsThem) {
    const Dictionary* dict = Dictionary::for_language("ru");
    if (!dict) GTEST_SKIP() << "no Russian dictionary";
    const auto& c = GetParam();
    EXPECT_EQ(script_twin_spelling(c.read, language_table("ru").latin_twins, c.opens_sentence, *dict), c.expected);
}

INSTANTIATE_TEST_SUITE_P(
    Russian, LatinTwins,
    ::testing::Values(
        // Dev seed 14: "которые BO время", "какой бы TO ни было", "право Ha
        // справедливое", "привели K варварским".
        TwinCase{"BO", false, "во"}, TwinCase{"TO", false, "то"}, TwinCase{"Ha", false, "на"},
        TwinCase{"K", false, "к"}, TwinCase{"Ha,", false, "на,"},
        // Where a sentence opens, its capital kept.
        TwinCase{"Ha", true, "На"},
        // A letter without a twin, a word unknown in small letters, or one
        // already in the script: as read.
        TwinCase{"MO", false, ""}, TwinCase{"OOH", false, ""}, TwinCase{"Series", false, ""},
        TwinCase{"во", false, ""}));

TEST(LatinTwins, OcrWordsBetweenWordsOfTheScriptOnly) {
    if (!Dictionary::for_language("ru")) GTEST_SKIP() << "no Russian dictionary";
    auto pages = testing::one_line_page({{"которые", Source::Ocr}, {"BO", Source::Ocr}, {"время", Source::Ocr},
                                         {"Treaty", Source::Ocr}, {"TO", Source::Ocr}, {"Series", Source::Ocr},
                                         {"бы", Source::TextLayer}, {"TO", Source::TextLayer}, {"ни", Source::Ocr}});
    write_ocr_latin_twins_in_script(pages, "ru", [] { return Dictionary::for_language("ru"); });
    EXPECT_EQ(line_text(pages[0].blocks[0].lines[0]), "которые во время Treaty TO Series бы TO ни");
    EXPECT_EQ(pages[0].repairs[kRepairOcrLatinTwin], 1);
    // No twins listed for the language.
    auto english = testing::one_line_page({{"которые", Source::Ocr}, {"BO", Source::Ocr}, {"время", Source::Ocr}});
    write_ocr_latin_twins_in_script(english, "en", [] { return Dictionary::for_language("ru"); });
    EXPECT_EQ(line_text(english[0].blocks[0].lines[0]), "которые BO время");
}

}  // namespace
}  // namespace pdf2tei::normalize
