// OCR's word slips: short words read as others of like shape, mended by
// the words around them (normalize/src/ocr_word_slips.hpp).
#include <gtest/gtest.h>

#include "normalize/src/ocr_word_slips.hpp"
#include "pdf2tei/language_table.hpp"
#include "pdf2tei/normalize/normalize.hpp"
#include "test_helpers.hpp"

namespace pdf2tei::normalize {
namespace {

std::vector<std::string> words_of(const std::string& text) {
    std::vector<std::string> words;
    std::size_t from = 0;
    while (from < text.size()) {
        const std::size_t to = std::min(text.find(' ', from), text.size());
        words.push_back(text.substr(from, to - from));
        from = to + 1;
    }
    return words;
}

std::string joined(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
    return out;
}

struct SlipCase {
    const char* language;
    const char* read;
    const char* expected;
};

class WordSlips : public ::testing::TestWithParam<SlipCase> {};

TEST_P(WordSlips, AreMendedByTheWordsAround) {
    const auto& c = GetParam();
    const auto mended = mend_word_slips(words_of(c.read), language_table(c.language).ocr_word_slips);
    EXPECT_EQ(joined(mended.words), c.expected);
}

INSTANTIATE_TEST_SUITE_P(
    French, WordSlips,
    ::testing::Values(
        // Dev seed 14 fr-14-016.scan-bw, fr-14-006.no-tounicode, fr-14-013.garbled.
        SlipCase{"fr", "Toute personne à droit à la liberté", "Toute personne a droit à la liberté"},
        SlipCase{"fr", "Quiconque travaille à droit au repos", "Quiconque travaille a droit au repos"},
        SlipCase{"fr", "s’il y à lieu, par", "s’il y a lieu, par"},
        SlipCase{"fr", "de la misère, à été proclamé", "de la misère, a été proclamé"},
        // "à le" contracts to "au" in French: never before "droit" (dev
        // seed 27 fr-27-008.scan; seed 21 fr-21-009.no-tounicode too).
        SlipCase{"fr", "Toute personne à le droit de prendre part", "Toute personne a le droit de prendre part"},
        SlipCase{"fr", "il est prêt à le faire", "il est prêt à le faire"},
        // Punctuation around the word is kept; a pattern reads across it.
        SlipCase{"fr", "elle «à» droit aux soins", "elle «a» droit aux soins"},
        // The preposition where French sets it: kept.
        SlipCase{"fr", "réforme à droit constant", "réforme à droit constant"},
        SlipCase{"fr", "le droit à la vie", "le droit à la vie"},
        SlipCase{"fr", "À droit égal", "À droit égal"},
        SlipCase{"fr", "à l’été prochain", "à l’été prochain"},
        // "1er" before a month read "ler" (dev seed 36
        // fr-36-003.invisible-ocr; a second date here, another month).
        SlipCase{"fr", "ler septembre 2021", "1er septembre 2021"},
        SlipCase{"fr", "Genève, ler août 2019", "Genève, 1er août 2019"},
        SlipCase{"fr", "ler 2021", "ler 2021"},
        // No slips listed for the language.
        SlipCase{"en", "y à droit à", "y à droit à"}));

TEST(WordSlips, EachWordIsMendedOnceWhereTwoPatternsMatch) {
    const std::vector<WordSlip> slips = {{"y [à]", "a"}, {"[à] été", "a"}};
    const auto mended = mend_word_slips(words_of("il y à été"), slips);
    EXPECT_EQ(joined(mended.words), "il y a été");
    EXPECT_EQ(mended.changed, (std::vector<std::size_t>{2}));
}

TEST(WordSlips, OcrWordsOnlyAcrossTheirLines) {
    auto pages = testing::one_line_page(
        {{"personne", Source::Ocr}, {"à", Source::Ocr}, {"droit", Source::Ocr}, {"à", Source::Ocr},
         {"y", Source::TextLayer}, {"à", Source::TextLayer}, {"lieu", Source::TextLayer}});
    // "droit" and what follows it on the next line.
    Line next = pages[0].blocks[0].lines[0];
    next.words.erase(next.words.begin(), next.words.begin() + 2);
    pages[0].blocks[0].lines[0].words.resize(2);
    pages[0].blocks[0].lines.push_back(next);
    pages[0].source = Source::Ocr;
    mend_ocr_word_slips(pages, "fr");
    EXPECT_EQ(line_text(pages[0].blocks[0].lines[0]), "personne a");
    EXPECT_EQ(line_text(pages[0].blocks[0].lines[1]), "droit à y à lieu");
    EXPECT_EQ(pages[0].repairs[kRepairOcrWord], 1);
    // A text layer's page patched with OCR's words (a lossy page's): its
    // OCR words only.
    pages[0].blocks[0].lines[0].words[1].text = "à";
    pages[0].source = Source::TextLayer;
    mend_ocr_word_slips(pages, "fr");
    EXPECT_EQ(line_text(pages[0].blocks[0].lines[0]), "personne a");
    EXPECT_EQ(line_text(pages[0].blocks[0].lines[1]), "droit à y à lieu");
}

}  // namespace
}  // namespace pdf2tei::normalize
