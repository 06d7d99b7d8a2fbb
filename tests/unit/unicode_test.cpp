#include <gtest/gtest.h>

#include <cstring>

#include "normalize/src/apostrophes.hpp"
#include "normalize/src/unicode.hpp"
#include "pdf2tei/text.hpp"
#include "ligature_words.hpp"
#include "test_helpers.hpp"

namespace pdf2tei::normalize {
namespace {

struct CleanCase {
    std::string in, out;
    int nfc, control, private_use;
};

class CleanString : public ::testing::TestWithParam<CleanCase> {};

TEST_P(CleanString, CleansAndCounts) {
    const CleanCase& c = GetParam();
    RepairCounts counts;
    EXPECT_EQ(clean_string(c.in, counts), c.out);
    EXPECT_EQ(counts[kRepairNfc], c.nfc);
    EXPECT_EQ(counts[kRepairControl], c.control);
    EXPECT_EQ(counts[kRepairPrivateUse], c.private_use);
}

INSTANTIATE_TEST_SUITE_P(
    Table, CleanString,
    ::testing::Values(
        CleanCase{"d\u2019experts", "d\u2019experts", 0, 0, 0},                 // already clean
        CleanCase{"e\u0301tat", "\u00E9tat", 1, 0, 0},                          // combining acute composes
        CleanCase{"Re\u0301solution", "R\u00E9solution", 1, 0, 0},
        CleanCase{"c\u0327a", "\u00E7a", 1, 0, 0},                              // cedilla
        CleanCase{"\u0418\u0306", "\u0419", 1, 0, 0},                           // Cyrillic short i
        CleanCase{"A\u030A", "\u00C5", 1, 0, 0},
        CleanCase{"\u212B", "\u00C5", 1, 0, 0},                                 // angstrom sign is not NFC
        CleanCase{"ab\x01" "c", "abc", 0, 1, 0},                               // C0 control
        CleanCase{"6\u200f", "6", 0, 1, 0},                                    // RLM after a figure (OCR)
        CleanCase{"\u200e-\u061C", "-", 0, 2, 0},                              // LRM, ALM
        CleanCase{"x\x7F", "x", 0, 1, 0},                                       // DEL
        CleanCase{"\u0085text", "text", 0, 1, 0},                               // C1 control
        CleanCase{"a\uFFFEb", "ab", 0, 1, 0},                                   // noncharacter
        CleanCase{"\uE000lig", "lig", 0, 0, 1},                                 // private use
        CleanCase{"\U000F0001", "", 0, 0, 1},                                   // supplementary private use
        CleanCase{"\u0639\u0631\u0628\u064A", "\u0639\u0631\u0628\u064A", 0, 0, 0},  // Arabic untouched
        CleanCase{"\u4E2D\u6587", "\u4E2D\u6587", 0, 0, 0},                     // Chinese untouched
        CleanCase{"\u0153uvre", "\u0153uvre", 0, 0, 0},                        // oe is a letter
        // TeX's \'\i: a dotless i under a combining accent (OT1, dev seed 7)
        CleanCase{"tiran\u0131\u0301a", "tiran\u00EDa", 1, 0, 0},
        CleanCase{"na\u0131\u0308ve", "na\u00EFve", 1, 0, 0},
        CleanCase{"\u0237\u030C", "\u01F0", 1, 0, 0},                           // dotless j, caron
        CleanCase{"\u0131\u0323", "\u0131\u0323", 0, 0, 0},                      // a mark below keeps it
        CleanCase{"k\u0131z", "k\u0131z", 0, 0, 0}));                           // Turkish dotless i stays

// Tesseract's Arabic model gave the dash of "6 - الإعلان" as mark, space,
// mark, dash (dev scan300-7 ar-7-012): an OCR word keeps no space at its
// edges once the marks are dropped. A layer's text is Poppler's to space.
TEST(CleanWords, OcrWordsKeepNoEdgeSpace) {
    std::vector<Word> words{pdf2tei::testing::make_word("\u200f \u200e-", 0, 0),
                            pdf2tei::testing::make_word("\u200f \u200e-", 20, 0)};
    words[0].source = Source::Ocr;
    RepairCounts counts;
    clean_words(words, counts, {});
    EXPECT_EQ(words[0].text, "-");
    EXPECT_EQ(words[1].text, " -");
    EXPECT_EQ(counts[kRepairControl], 4);
}

TEST(CleanWords, KeepsOneGlyphBoxPerCodePointAndDropsEmptyWords) {
    std::vector<Word> words{pdf2tei::testing::make_word("e\u0301t\u00E9", 0, 0),
                            pdf2tei::testing::make_word("\x02", 50, 0)};
    ASSERT_EQ(words[0].glyphs.size(), 4u);
    RepairCounts counts;
    clean_words(words, counts);
    ASSERT_EQ(words.size(), 1u);
    EXPECT_EQ(words[0].text, "\u00E9t\u00E9");
    ASSERT_EQ(words[0].glyphs.size(), 3u);
    EXPECT_EQ(words[0].glyphs[0].code_point, U'\u00E9');
    // The composed letter covers the base and its accent.
    EXPECT_DOUBLE_EQ(words[0].glyphs[0].box.x0, 0);
    EXPECT_DOUBLE_EQ(words[0].glyphs[0].box.x1, 10);
    EXPECT_TRUE(words[0].has(kFlagUnicodeRepaired));
    EXPECT_EQ(counts[kRepairControl], 1);
}

TEST(CleanWords, LigaturesAndNfcCanBeSwitchedOffButRemovalsCannot) {
    std::vector<Word> words = {testing::make_word("\uFB01n", 0, 0), testing::make_word("e\u0301t\u0007e\uE000", 40, 0)};
    RepairCounts counts;
    RepairSwitches off = RepairSwitches::none();
    clean_words(words, counts, off);
    ASSERT_EQ(words.size(), 2u);
    EXPECT_EQ(words[0].text, "\uFB01n");         // the ligature stays
    EXPECT_EQ(words[1].text, "e\u0301te");       // not composed; the BEL and U+E000 are gone
    EXPECT_EQ(counts.count(kRepairLigature), 0u);
    EXPECT_EQ(counts.count(kRepairNfc), 0u);
    EXPECT_EQ(counts[kRepairControl], 1);
    EXPECT_EQ(counts[kRepairPrivateUse], 1);
}

TEST(Classes, PrivateUseNoncharacterControl) {
    EXPECT_TRUE(is_private_use(0xF8FF));
    EXPECT_FALSE(is_private_use(0xFB01));  // a ligature is not private use
    EXPECT_TRUE(is_noncharacter(0x1FFFF));
    EXPECT_TRUE(is_noncharacter(0xFDD0));
    EXPECT_FALSE(is_noncharacter(0xFFFD));
    EXPECT_TRUE(is_control(0x9F));
    EXPECT_FALSE(is_control(0xA0));
}


// ---- ligatures: real words of UN texts, drawn with a ligature glyph --------

using testing::all_ligature_words;
using testing::with_ligature;

class Ligature : public ::testing::TestWithParam<const char*> {};

TEST_P(Ligature, ExpandsToLettersAndCounts) {
    const std::string word = GetParam();
    const std::string drawn = with_ligature(word);
    ASSERT_NE(drawn, word) << "no ligature in " << word;
    RepairCounts counts;
    EXPECT_EQ(clean_string(drawn, counts), word);
    EXPECT_EQ(counts[kRepairLigature], 1);
}

INSTANTIATE_TEST_SUITE_P(Table, Ligature, ::testing::ValuesIn(all_ligature_words()));

TEST(Ligature, EveryFormAndItsBoxes) {
    RepairCounts counts;
    EXPECT_EQ(clean_string("\uFB00\uFB01\uFB02\uFB03\uFB04\uFB05\uFB06", counts), "fffiflffifflstst");
    EXPECT_EQ(counts[kRepairLigature], 7);
    // oe and ae are letters, not ligatures to undo; Cyrillic passes through.
    EXPECT_EQ(clean_string("\u0153uvre \u00E6 \u044D\u0444\u0444\u0435\u043A\u0442", counts),
              "\u0153uvre \u00E6 \u044D\u0444\u0444\u0435\u043A\u0442");
    EXPECT_EQ(counts[kRepairLigature], 7);

    std::vector<Word> words{testing::make_word("e\uFB03cace", 0, 0)};  // 6 code points, 5 pt each
    clean_words(words, counts);
    ASSERT_EQ(words[0].text, "efficace");
    ASSERT_EQ(words[0].glyphs.size(), 8u);
    EXPECT_DOUBLE_EQ(words[0].glyphs[1].box.x0, 5.0);  // the ffi glyph, split in three
    EXPECT_NEAR(words[0].glyphs[2].box.x0, 5.0 + 5.0 / 3, 1e-9);
    EXPECT_DOUBLE_EQ(words[0].glyphs[4].box.x0, 10.0);
    EXPECT_TRUE(words[0].has(kFlagUnicodeRepaired));
}

}  // namespace
}  // namespace pdf2tei::normalize

namespace pdf2tei::normalize {
namespace {

// ---- OCR apostrophes -------------------------------------------------------

using testing::one_line_page;

TEST(OcrApostrophes, FollowTheDocumentsMajority) {
    auto pages = one_line_page({{"d\u2019experts", Source::Ocr}, {"l\u2019Office", Source::Ocr}, {"qu\u2019il", Source::Ocr},
                           {"l'Assemblée", Source::Ocr}, {"'quoted'", Source::Ocr}, {"aujourd'hui", Source::TextLayer}});
    unify_ocr_apostrophes(pages);
    EXPECT_EQ(line_text(pages[0].blocks[0].lines[0]),
              "d\u2019experts l\u2019Office qu\u2019il l\u2019Assemblée 'quoted' aujourd'hui");  // quotes and the layer untouched
    EXPECT_EQ(pages[0].repairs[kRepairApostrophe], 1);
}

// A printed ’ that OCR read as ' more often than not (dev scan300-7
// fr-7-006: 13 ', 10 ’) is still ’.
TEST(OcrApostrophes, FollowAPrintedMinority) {
    auto pages = one_line_page({{"d'experts", Source::Ocr}, {"l'Office", Source::Ocr}, {"qu'il", Source::Ocr},
                                {"l\u2019Assemblée", Source::Ocr}, {"d\u2019un", Source::Ocr}});
    unify_ocr_apostrophes(pages);
    EXPECT_EQ(line_text(pages[0].blocks[0].lines[0]), "d\u2019experts l\u2019Office qu\u2019il l\u2019Assemblée d\u2019un");
}

// ---- OCR's French punctuation spaces ---------------------------------------

struct PunctuationCase {
    const char* language;
    const char* word;
    Source source;
    const char* expected;  // the line's text after; words joined by one space
};

class OcrPunctuationSpaces : public ::testing::TestWithParam<PunctuationCase> {};

TEST_P(OcrPunctuationSpaces, FollowTheLanguage) {
    const auto& c = GetParam();
    auto pages = one_line_page({{c.word, c.source}, {"suite", Source::Ocr}});
    space_ocr_high_punctuation(pages, c.language);
    EXPECT_EQ(line_text(pages[0].blocks[0].lines[0]), c.expected) << c.word;
    const auto& words = pages[0].blocks[0].lines[0].words;
    for (std::size_t i = 1; i < words.size(); ++i) EXPECT_LE(words[i - 1].box.x1, words[i].box.x0 + 1e-9);
}

INSTANTIATE_TEST_SUITE_P(
    Table, OcrPunctuationSpaces,
    ::testing::Values(PunctuationCase{"fr", "religion;", Source::Ocr, "religion\u202F; suite"},
                      PunctuationCase{"fr", "suivante:", Source::Ocr, "suivante\u00A0: suite"},
                      PunctuationCase{"fr", "pourquoi?", Source::Ocr, "pourquoi\u202F? suite"},
                      PunctuationCase{"fr", "A/73:", Source::Ocr, "A/73: suite"},       // no letter before
                      PunctuationCase{"fr", ";", Source::Ocr, "; suite"},               // a word of its own
                      PunctuationCase{"fr", "religion;", Source::TextLayer, "religion; suite"},  // as the PDF says
                      PunctuationCase{"en", "religion;", Source::Ocr, "religion; suite"},
                      PunctuationCase{"es", "religión;", Source::Ocr, "religión; suite"}));

// ---- OCR's Latin marks in Arabic text ---------------------------------------

struct ScriptMarkCase {
    const char* language;
    std::vector<std::pair<std::string, Source>> words;
    const char* expected;
    int repaired;
};

class OcrMarksInScript : public ::testing::TestWithParam<ScriptMarkCase> {};

// ara reads every "،" as "," (dev scan300-7/-10's Arabic scans).
TEST_P(OcrMarksInScript, FollowTheScript) {
    const auto& c = GetParam();
    auto pages = one_line_page(c.words);
    write_ocr_marks_in_script(pages, c.language);
    EXPECT_EQ(line_text(pages[0].blocks[0].lines[0]), c.expected);
    EXPECT_EQ(pages[0].repairs[kRepairOcrScriptMark], c.repaired);
}

INSTANTIATE_TEST_SUITE_P(
    Table, OcrMarksInScript,
    ::testing::Values(
        ScriptMarkCase{"ar", {{"إن", Source::Ocr}, {"الجمعية", Source::Ocr}, {"العامة,", Source::Ocr}},
                       "إن الجمعية العامة\u060C", 1},
        // After a figure too, on an Arabic line: "المجلد 2101، الرقم".
        ScriptMarkCase{"ar", {{"المجلد", Source::Ocr}, {"2101,", Source::Ocr}, {"الرقم", Source::Ocr}},
                       "المجلد 2101\u060C الرقم", 1},
        ScriptMarkCase{"ar", {{"الدولية;", Source::Ocr}, {"أين?", Source::Ocr}}, "الدولية\u061B أين\u061F", 2},
        // A Latin symbol keeps its comma; so does the text layer.
        ScriptMarkCase{"ar", {{"الوثيقة", Source::Ocr}, {"A/71/1,", Source::Ocr}}, "الوثيقة A/71/1,", 0},
        ScriptMarkCase{"ar", {{"العامة,", Source::TextLayer}}, "العامة,", 0},
        // A line of figures and Latin only: nothing says the script.
        ScriptMarkCase{"ar", {{"2101,", Source::Ocr}, {"2016", Source::Ocr}}, "2101, 2016", 0},
        // Its comma read as "»" (dev scan300-7 ar-7-001): the comma, unless
        // a "«" before it opened a quotation, which it then closes.
        ScriptMarkCase{"ar", {{"إن", Source::Ocr}, {"الجمعية", Source::Ocr}, {"العامة\u00BB", Source::Ocr}},
                       "إن الجمعية العامة\u060C", 1},
        ScriptMarkCase{"ar", {{"\u00ABتحويل", Source::Ocr}, {"عالمنا\u00BB", Source::Ocr}}, "\u00ABتحويل عالمنا\u00BB", 0},
        // Languages without marks of their own.
        ScriptMarkCase{"ru", {{"Ассамблея,", Source::Ocr}}, "Ассамблея,", 0},
        ScriptMarkCase{"en", {{"Assembly,", Source::Ocr}}, "Assembly,", 0}));

// ---- OCR's line-end commas in Chinese ---------------------------------------

// A page of one block of `kind`, each line one OCR word.
std::vector<Page> cjk_page(const std::vector<std::string>& lines, BlockKind kind = BlockKind::Paragraph) {
    Page page;
    Block block;
    block.kind = kind;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        Line line;
        line.words.push_back(testing::make_word(lines[i], 0, 20.0 * static_cast<double>(i)));
        line.words.back().source = Source::Ocr;
        block.lines.push_back(line);
    }
    page.blocks.push_back(block);
    return {page};
}

std::string block_text(const Page& page, std::size_t b = 0) {
    std::string out;
    for (const auto& line : page.blocks[b].lines) out += line_text(line) + "|";
    return out;
}

// Tesseract's chi_sim reads a line's last comma "，" where the lines' inner
// commas read "," (dev seed 34 zh-34-009.scan): the line's last takes the
// inner ones' form, either way, when at least three agree.
TEST(OcrCjkCommas, ALinesLastCommaTakesTheInnerCommasForm) {
    auto pages = cjk_page({"承认,乃是世界,自由与和平的基础\uFF0C", "而一个人人,享有言论\uFF0C", "鉴于\uFF0C"});
    unify_ocr_cjk_line_end_commas(pages, "zh");
    EXPECT_EQ(block_text(pages[0]), "承认,乃是世界,自由与和平的基础,|而一个人人,享有言论,|鉴于,|");
    EXPECT_EQ(pages[0].repairs[kRepairOcrCjkComma], 3);

    auto wide = cjk_page({"承认\uFF0C乃是世界\uFF0C自由,", "而一个人人\uFF0C享有言论,"});
    unify_ocr_cjk_line_end_commas(wide, "zh");
    EXPECT_EQ(block_text(wide[0]), "承认\uFF0C乃是世界\uFF0C自由\uFF0C|而一个人人\uFF0C享有言论\uFF0C|");
}

// Too few inner commas, or both forms among them: no evidence. After a
// Latin word a comma is no Chinese text's.
TEST(OcrCjkCommas, NeedAgreeingEvidence) {
    for (const auto& lines : std::vector<std::vector<std::string>>{
             {"承认,乃是世界,自由\uFF0C"}, {"承认,乃是世界\uFF0C自由,言论\uFF0C和平\uFF0C"}}) {
        auto pages = cjk_page(lines);
        unify_ocr_cjk_line_end_commas(pages, "zh");
        EXPECT_TRUE(pages[0].repairs.empty()) << lines.front();
    }
    auto latin = cjk_page({"承认,乃是世界,自由,见A/80/408\uFF0C"});
    unify_ocr_cjk_line_end_commas(latin, "zh");
    EXPECT_EQ(block_text(latin[0]), "承认,乃是世界,自由,见A/80/408\uFF0C|");
}

// A note may be set otherwise than the text (dev seed 33 zh-33-014's
// "A/80/408，附件。" under text set with ","), and the opening formula
// "大会，" was so in dev seed 34's Chinese resolutions: notes, the formula
// and the text layer's words are left as they are; a note's call between the ideograph and the
// comma is looked through ("基础¹，").
TEST(OcrCjkCommas, LeaveNotesAndLookThroughCalls) {
    auto pages = cjk_page({"承认,乃是世界,自由,和平的基础"});
    Line& first = pages[0].blocks[0].lines[0];
    first.words.push_back(testing::make_word("1", 100, 0));
    first.words.back().source = Source::Ocr;
    first.words.back().flags |= kFlagNoteAnchor;
    first.words.push_back(testing::make_word("\uFF0C", 110, 0));
    first.words.back().source = Source::Ocr;
    pages[0].blocks.push_back(cjk_page({"附件\uFF0C"}, BlockKind::Note)[0].blocks[0]);
    pages[0].blocks.push_back(cjk_page({"大会\uFF0C"})[0].blocks[0]);
    unify_ocr_cjk_line_end_commas(pages, "zh");
    EXPECT_EQ(pages[0].blocks[0].lines[0].words.back().text, ",");
    EXPECT_EQ(block_text(pages[0], 1), "附件\uFF0C|");
    EXPECT_EQ(block_text(pages[0], 2), "大会\uFF0C|");  // the opening formula, as the language table spells it
}

// ---- OCR's space beside a slash ---------------------------------------------

// A line's words, the line's text after a language-blind repair, and how
// many times the repair counted.
struct LineRepairCase {
    std::vector<std::pair<std::string, Source>> words;
    const char* expected;
    int repaired;
};

class OcrSlashSpaces : public ::testing::TestWithParam<LineRepairCase> {};

// Tesseract spaces one side of a month pair's slash ("الثاني /يناير": dev
// scan300-11 and scan300-13, 26 of 28 pairs).
TEST_P(OcrSlashSpaces, JoinLettersAcrossTheSlash) {
    const auto& c = GetParam();
    auto pages = one_line_page(c.words);
    join_ocr_slash_spaces(pages);
    EXPECT_EQ(line_text(pages[0].blocks[0].lines[0]), c.expected);
    EXPECT_EQ(pages[0].repairs[kRepairOcrSlashSpace], c.repaired);
    const auto& words = pages[0].blocks[0].lines[0].words;
    for (std::size_t i = 1; i < words.size(); ++i) EXPECT_LE(words[i - 1].box.x1, words[i].box.x0 + 1e-9);
}

INSTANTIATE_TEST_SUITE_P(
    Table, OcrSlashSpaces,
    ::testing::Values(
        LineRepairCase{{{"12", Source::Ocr}, {"كانون", Source::Ocr}, {"الثاني", Source::Ocr}, {"/يناير", Source::Ocr}, {"2026", Source::Ocr}},
                       "12 كانون الثاني/يناير 2026", 1},
        LineRepairCase{{{"أيار/", Source::Ocr}, {"مايو", Source::Ocr}}, "أيار/مايو", 1},
        LineRepairCase{{{"and/", Source::Ocr}, {"or", Source::Ocr}}, "and/or", 1},
        // Spaced on both sides: the writer's.
        LineRepairCase{{{"أيار", Source::Ocr}, {"/", Source::Ocr}, {"مايو", Source::Ocr}}, "أيار / مايو", 0},
        // Beside a figure: a reference's, mended by ocr-references.
        LineRepairCase{{{"A/RES/", Source::Ocr}, {"72/1", Source::Ocr}}, "A/RES/ 72/1", 0},
        LineRepairCase{{{"1", Source::Ocr}, {"/2", Source::Ocr}}, "1 /2", 0},
        // The text layer's spaces are the spacing pass's.
        LineRepairCase{{{"الثاني", Source::TextLayer}, {"/يناير", Source::TextLayer}}, "الثاني /يناير", 0}));

// ---- OCR's slips in UN references -----------------------------------------

class OcrReferences : public ::testing::TestWithParam<LineRepairCase> {};

// Symbols and resolution numbers are what an archive is searched by (dev
// seed 13 ru-13-008.scan, en-13-006.scan).
TEST_P(OcrReferences, AreMended) {
    const auto& c = GetParam();
    auto pages = one_line_page(c.words);
    mend_ocr_references(pages);
    EXPECT_EQ(line_text(pages[0].blocks[0].lines[0]), c.expected);
    EXPECT_EQ(pages[0].repairs[kRepairOcrReference], c.repaired);
}

// An earlier OCR layer kept for its words slipped as OCR does: its
// references are mended as OCR's are ("ANRES/71/131" from a 100-dpi copy:
// dev seed 25 en-25-009.invisible-ocr, whose masthead went unfound).
TEST(OcrReferences, AnEarlierOcrLayersAreMended) {
    for (const PageVerdict verdict : {PageVerdict::InvisibleOcr, PageVerdict::Text}) {
        auto pages = one_line_page({{"ANRES/71/131", Source::TextLayer}});
        pages[0].verdict = verdict;
        mend_ocr_references(pages);
        EXPECT_EQ(line_text(pages[0].blocks[0].lines[0]),
                  verdict == PageVerdict::InvisibleOcr ? "A/RES/71/131" : "ANRES/71/131");
    }
}

INSTANTIATE_TEST_SUITE_P(
    Table, OcrReferences,
    ::testing::Values(
        // Russian's model reads a symbol's Latin capitals as Cyrillic.
        LineRepairCase{{{"Дополнение", Source::Ocr}, {"№", Source::Ocr}, {"51", Source::Ocr}, {"(А/78/51).", Source::Ocr}},
                      "Дополнение № 51 (A/78/51).", 1},
        LineRepairCase{{{"А/78/828,", Source::Ocr}, {"приложение.", Source::Ocr}}, "A/78/828, приложение.", 1},
        LineRepairCase{{{"А/ВЕ$/74/67", Source::Ocr}}, "A/RES/74/67", 1},
        // Arabic's model reads the organ's A as 8 (dev scan300-13).
        LineRepairCase{{{"الملحق", Source::Ocr}, {"(8/79/42).", Source::Ocr}}, "الملحق (A/79/42).", 1},
        // ... before Arabic's comma (dev scan300-30 ar-30-004).
        LineRepairCase{{{"8/75/923\u060C", Source::Ocr}, {"المرفق.", Source::Ocr}}, "A/75/923\u060C المرفق.", 1},
        // A text layer says what the PDF says; "и/или" is no symbol.
        LineRepairCase{{{"(А/78/51).", Source::TextLayer}}, "(А/78/51).", 0},
        LineRepairCase{{{"и/или", Source::Ocr}, {"A/78/51", Source::Ocr}}, "и/или A/78/51", 0},
        // A session's numeral with its I's read as l or 1.
        LineRepairCase{{{"Resolution", Source::Ocr}, {"217", Source::Ocr}, {"A", Source::Ocr}, {"(Ill).", Source::Ocr}},
                      "Resolution 217 A (III).", 1},
        LineRepairCase{{{"1514", Source::Ocr}, {"(XV1)", Source::Ocr}}, "1514 (XVI)", 1},
        // After a resolution's letter, strokes all read as 1 or l (dev seed
        // 27 es-27-009.scan-bw); alone, "(11)" stays (below).
        LineRepairCase{{{"217", Source::Ocr}, {"A", Source::Ocr}, {"(111).", Source::Ocr}}, "217 A (III).", 1},
        LineRepairCase{{{"217", Source::Ocr}, {"A", Source::Ocr}, {"(lll)", Source::Ocr}}, "217 A (III)", 1},
        LineRepairCase{{{"Article", Source::Ocr}, {"D", Source::Ocr}, {"(11)", Source::Ocr}}, "Article D (11)", 0},
        // Two I's read as one H (dev seed 14 fr-14-007.invisible-ocr); "(HH)"
        // would be four, no numeral.
        LineRepairCase{{{"Résolution", Source::Ocr}, {"217", Source::Ocr}, {"A", Source::Ocr}, {"(HI).", Source::Ocr}},
                      "Résolution 217 A (III).", 1},
        LineRepairCase{{{"(HH)", Source::Ocr}, {"(H)", Source::Ocr}}, "(HH) (H)", 0},
        // "T" is one I or two ("(IIT)" and "(IT)" both for "(III)": dev
        // scan300-11 zh-11-004, seed 14 es-14-013.garbled): no telling.
        LineRepairCase{{{"第217", Source::Ocr}, {"A", Source::Ocr}, {"(IIT)", Source::Ocr}}, "第217 A (IIT)", 0},
        // Russian's model: three I's as "Ш", two as "П", an X as "Х" (dev
        // seed 14 ru-14-002.invisible-ocr, its resolution's letter Cyrillic
        // too).
        LineRepairCase{{{"Резолюция", Source::Ocr}, {"217", Source::Ocr}, {"А", Source::Ocr}, {"(Ш).", Source::Ocr}},
                      "Резолюция 217 A (III).", 2},
        LineRepairCase{{{"1514", Source::Ocr}, {"(ХП)", Source::Ocr}, {"(ХУ)", Source::Ocr}}, "1514 (XII) (ХУ)", 1},
        // An item's letter, figures, or no numeral at all stay.
        LineRepairCase{{{"(l)", Source::Ocr}, {"(11)", Source::Ocr}, {"(Il1l1)", Source::Ocr}, {"(lX1)", Source::Ocr}},
                      "(l) (11) (Il1l1) (lX1)", 0},
        // The resolution's letter read as the Cyrillic capital, before its
        // session (as read or mended); not the conjunction "А".
        LineRepairCase{{{"Резолюция", Source::Ocr}, {"217", Source::Ocr}, {"А", Source::Ocr}, {"(III).", Source::Ocr}},
                      "Резолюция 217 A (III).", 1},
        LineRepairCase{{{"217", Source::Ocr}, {"В", Source::Ocr}, {"(Ill)", Source::Ocr}}, "217 B (III)", 2},
        LineRepairCase{{{"статьи", Source::Ocr}, {"5", Source::Ocr}, {"А", Source::Ocr}, {"также", Source::Ocr}},
                      "статьи 5 А также", 0}));

// How many elisions OCR read with ’ and with ': whether the document was
// printed with ’ (kMinTypographicShare, kMinTypographic).
struct ApostropheShareCase {
    int typographic, ascii;
    bool unified;
};

class OcrApostropheShare : public ::testing::TestWithParam<ApostropheShareCase> {};

TEST_P(OcrApostropheShare, DecidesThePrint) {
    const auto& c = GetParam();
    std::vector<std::pair<std::string, Source>> words;
    for (int i = 0; i < c.typographic; ++i) words.emplace_back("d\u2019un", Source::Ocr);
    for (int i = 0; i < c.ascii; ++i) words.emplace_back("l'Office", Source::Ocr);
    auto pages = one_line_page(words);
    unify_ocr_apostrophes(pages);
    EXPECT_EQ(pages[0].repairs[kRepairApostrophe], c.unified ? c.ascii : 0) << c.typographic << "/" << c.ascii;
}

INSTANTIATE_TEST_SUITE_P(OcrApostrophes, OcrApostropheShare,
                         ::testing::Values(ApostropheShareCase{10, 13, true},   // dev scan300-7 fr-7-006
                                           ApostropheShareCase{3, 44, true},    // dev seed 7 fr-7-013
                                           ApostropheShareCase{1, 13, false},   // one ’ is no evidence
                                           ApostropheShareCase{1, 355, false},  // typed: A/C.4/SR.985
                                           ApostropheShareCase{2, 60, false}));

TEST(OcrApostrophes, ATypewrittenDocumentKeepsItsAscii) {
    auto pages = one_line_page({{"d'experts", Source::Ocr}, {"l'Office", Source::Ocr}, {"l\u2019Assemblée", Source::Ocr}});
    unify_ocr_apostrophes(pages);
    EXPECT_EQ(line_text(pages[0].blocks[0].lines[0]), "d'experts l'Office l\u2019Assemblée");
    EXPECT_TRUE(pages[0].repairs.empty());
}

}  // namespace
}  // namespace pdf2tei::normalize
