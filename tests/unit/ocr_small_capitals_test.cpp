// OCR's capitals for a word of small letters (normalize/ocr_small_capitals.hpp),
// in the geometry of dev seed 14 ru-14-017.invisible-ocr: small words' ink
// tops out 0.46 em over the baseline, capitals' 0.59-0.70 em.
#include <gtest/gtest.h>

#include "normalize/src/dictionary.hpp"
#include "normalize/src/ocr_small_capitals.hpp"
#include "pdf2tei/normalize/normalize.hpp"
#include "pdf2tei/text.hpp"
#include "test_helpers.hpp"

namespace pdf2tei::normalize {
namespace {

using pdf2tei::testing::make_word;

struct Read {
    const char* text;
    double rise;  // em of 10 pt over the baseline at 110 pt
};

// One OCR page of lines of small words, then `line` (its words' rises
// given).
std::vector<Page> page_with(const std::vector<Read>& line) {
    Page page;
    page.source = Source::Ocr;
    Block block;
    const auto add_line = [&](const std::vector<Read>& words, double baseline) {
        Line l;
        double x = 72;
        for (const auto& r : words) {
            Word w = make_word(r.text, x, baseline - 10 * r.rise);
            w.box.y1 = baseline;
            w.source = Source::Ocr;
            x = w.box.x1 + 3;
            l.words.push_back(std::move(w));
        }
        l.baseline = baseline;
        l.font_size = 10;
        block.lines.push_back(std::move(l));
    };
    for (int k = 0; k < 3; ++k)
        add_line({{"каждый", 0.46}, {"человек", 0.45}, {"имеет", 0.47}, {"право", 0.46}, {"на", 0.46}}, 60 + 14 * k);
    add_line(line, 110);
    page.blocks.push_back(std::move(block));
    return {page};
}

struct SmallCapitalsCase {
    std::vector<Read> line;
    const char* expected;
};

class OcrSmallCapitals : public ::testing::TestWithParam<SmallCapitalsCase> {};

TEST_P(OcrSmallCapitals, WrittenSmallWhereTheInkStopsAtTheXHeight) {
    auto pages = page_with(GetParam().line);
    lower_ocr_small_capitals(pages, "ru", [] { return Dictionary::for_language("ru"); });
    EXPECT_EQ(line_text(pages[0].blocks[0].lines.back()), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Table, OcrSmallCapitals,
    ::testing::Values(
        // Ink at the x-height: small letters, punctuation kept.
        SmallCapitalsCase{{{"ему", 0.46}, {"УГОЛОВНОГО", 0.47}, {"обвинения,", 0.46}}, "ему уголовного обвинения,"},
        SmallCapitalsCase{{{"возможности", 0.46}, {"ДЛЯ", 0.47}, {"защиты.", 0.46}}, "возможности для защиты."},
        // A single letter inside a sentence ("союзы И входить В", dev seed
        // 27 ru-27-010.garbled); one opening a sentence stays a capital.
        SmallCapitalsCase{{{"союзы", 0.46}, {"И", 0.46}, {"входить", 0.46}, {"В", 0.47}, {"союзы.", 0.46}},
                          "союзы и входить в союзы."},
        SmallCapitalsCase{{{"защиты.", 0.46}, {"В", 0.46}, {"случае", 0.46}}, "защиты. В случае"},
        // Ink at the cap height: capitals ("ВОЗ", the WHO), a capital's word.
        SmallCapitalsCase{{{"доклад", 0.46}, {"ВОЗ", 0.62}, {"и", 0.46}}, "доклад ВОЗ и"},
        SmallCapitalsCase{{{"доклад", 0.46}, {"ДЛЯ", 0.55}, {"и", 0.46}}, "доклад ДЛЯ и"},
        // A line of capitals only (a heading) is left alone; so is a word
        // the dictionary does not know small.
        SmallCapitalsCase{{{"ВСЕОБЩАЯ", 0.47}, {"ДЕКЛАРАЦИЯ", 0.47}}, "ВСЕОБЩАЯ ДЕКЛАРАЦИЯ"},
        SmallCapitalsCase{{{"доклад", 0.46}, {"ЮНИСЕФ", 0.47}, {"и", 0.46}}, "доклад ЮНИСЕФ и"}));

TEST(OcrSmallCapitals, OnlyWhereTheLanguageAsksAndOnOcrPages) {
    const std::vector<Read> line = {{"ему", 0.46}, {"УГОЛОВНОГО", 0.47}, {"обвинения,", 0.46}};
    auto pages = page_with(line);
    lower_ocr_small_capitals(pages, "en", [] { return Dictionary::for_language("en"); });
    EXPECT_EQ(line_text(pages[0].blocks[0].lines.back()), "ему УГОЛОВНОГО обвинения,");
    pages = page_with(line);
    pages[0].source = Source::TextLayer;
    lower_ocr_small_capitals(pages, "ru", [] { return Dictionary::for_language("ru"); });
    EXPECT_EQ(line_text(pages[0].blocks[0].lines.back()), "ему УГОЛОВНОГО обвинения,");
    pages = page_with(line);
    lower_ocr_small_capitals(pages, "ru", [] { return Dictionary::for_language("ru"); });
    EXPECT_EQ(pages[0].repairs[kRepairOcrSmallCapitals], 1);
}

// OCR's capital L for a monospaced small l (DejaVu Sans Mono: dev seed 29
// fr-29-000.invisible-ocr, seed 27 fr-27-008.scan): inside a sentence, a
// function word or an elided article before a small letter is written
// small, across the block's lines; a sentence's first word, a name before
// a capital, a word that is no function word, and a text layer's words
// keep their capital.
struct SmallLCase {
    const char* language;
    std::vector<const char*> lines;  // each line's text
    const char* expected;            // all lines' text, joined by " | "
};

class OcrSmallL : public ::testing::TestWithParam<SmallLCase> {};

std::vector<Page> ocr_block(const std::vector<const char*>& lines) {
    Page page;
    page.source = Source::Ocr;
    Block block;
    double top = 100;
    for (const char* text : lines) {
        Line l;
        double x = 72;
        for (const auto& t : pdf2tei::testing::words_of(text)) {
            Word w = make_word(t, x, top);
            w.source = Source::Ocr;
            x = w.box.x1 + 3;
            l.words.push_back(std::move(w));
        }
        l.baseline = top + 10;
        l.font_size = 10;
        block.lines.push_back(std::move(l));
        top += 14;
    }
    page.blocks.push_back(std::move(block));
    return {page};
}

std::string block_lines(const Page& page) {
    std::string out;
    for (const auto& l : page.blocks[0].lines) out += (out.empty() ? "" : " | ") + line_text(l);
    return out;
}

TEST_P(OcrSmallL, WrittenSmallInsideASentence) {
    auto pages = ocr_block(GetParam().lines);
    lower_ocr_small_capitals(pages, GetParam().language, [] { return nullptr; });
    EXPECT_EQ(block_lines(pages[0]), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Table, OcrSmallL,
    ::testing::Values(
        SmallLCase{"fr", {"a droit à La vie, à la liberté"}, "a droit à la vie, à la liberté"},
        SmallLCase{"fr", {"de tous Les droits"}, "de tous les droits"},
        SmallLCase{"fr", {"des droits de L’homme"}, "des droits de l’homme"},
        SmallLCase{"fr", {"égaux devant", "La loi et"}, "égaux devant | la loi et"},  // across lines
        SmallLCase{"es", {"derecho a La vida"}, "derecho a la vida"},
        SmallLCase{"fr", {"la loi. La loi"}, "la loi. La loi"},        // a sentence's first word
        SmallLCase{"fr", {"La loi est"}, "La loi est"},                // nothing before it
        SmallLCase{"fr", {"siège à La Haye"}, "siège à La Haye"},      // a name
        SmallLCase{"fr", {"capitale de L’Afrique"}, "capitale de L’Afrique"},
        SmallLCase{"es", {"reunión en Lima se"}, "reunión en Lima se"},  // no function word
        SmallLCase{"en", {"under La loi"}, "under La loi"}));           // not English's

TEST(OcrSmallL, TextLayersKeepTheirCapitals) {
    auto pages = ocr_block({"a droit à La vie"});
    pages[0].source = Source::TextLayer;
    lower_ocr_small_capitals(pages, "fr", [] { return nullptr; });
    EXPECT_EQ(block_lines(pages[0]), "a droit à La vie");
    pages = ocr_block({"a droit à La vie"});
    lower_ocr_small_capitals(pages, "fr", [] { return nullptr; });
    EXPECT_EQ(pages[0].repairs[kRepairOcrSmallCapitals], 1);
}

}  // namespace
}  // namespace pdf2tei::normalize
