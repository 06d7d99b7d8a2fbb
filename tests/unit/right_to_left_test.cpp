// Right-to-left text: words read in visual order put in logical order
// (ingest), Arabic presentation forms folded (normalize), pages mirrored for
// layout and left-to-right runs restored (structure). The words are those
// of the random corpus's Arabic documents (XeLaTeX and LibreOffice).
#include <gtest/gtest.h>

#include "pdf2tei/ingest/logical_order.hpp"
#include "normalize/src/unicode.hpp"
#include "pdf2tei/normalize/normalize.hpp"
#include "structure/src/right_to_left.hpp"
#include "pdf2tei/text.hpp"
#include "test_helpers.hpp"

namespace pdf2tei {
namespace {

using testing::make_word;

// The characters as a layer drawn left to right gives them, and as read.
struct VisualCase {
    const char* visual;
    const char* logical;
};

class LogicalOrder : public ::testing::TestWithParam<VisualCase> {};

TEST_P(LogicalOrder, VisualWordIsRead) {
    Word w = make_word(GetParam().visual, 100, 100);  // glyphs left to right
    ingest::to_logical_order(w);
    EXPECT_EQ(w.text, GetParam().logical);
    ASSERT_EQ(w.glyphs.size(), utf8_decode(w.text).size());
    for (std::size_t i = 0; i < w.glyphs.size(); ++i) EXPECT_EQ(w.glyphs[i].code_point, utf8_decode(w.text)[i]);
}

INSTANTIATE_TEST_SUITE_P(
    Words, LogicalOrder,
    ::testing::Values(VisualCase{"ممألا", "الأمم"},                // "United Nations"
                      VisualCase{".لمعلل", "للعمل."},              // the full stop ends the word
                      VisualCase{"هيلوي/زومت", "تموز/يوليه"},      // a UN month pair
                      // Marks come before their letter in visual order (LibreOffice and
                      // XeTeX, dev seed 9): the shadda on the meem, the fathatan on the alef.
                      VisualCase{"اّمل", "لمّا"}, VisualCase{"ًاينلع", "علنياً"},
                      VisualCase{"اًمدق", "قدمًا"},
                      VisualCase{"23ةداملا", "المادة23"},          // digits keep their order
                      VisualCase{"10/2020ةدامل", "لمادة10/2020"},  // a date inside, with its slash
                      VisualCase{"،لمعلا", "العمل،"},              // the Arabic comma
                      VisualCase{"(1)", "(1)"},                    // no right-to-left letter
                      VisualCase{"A/75/262", "A/75/262"}, VisualCase{"و", "و"},
                      // One letter: the other glyphs tell the order. Its brackets are
                      // mirrored later, once the page says how its producer drew them.
                      VisualCase{".(3-د)", ")د-3(."}));

TEST(LogicalOrder, WordAlreadyInLogicalOrderIsKept) {
    Word w = make_word("الأمم", 100, 100);
    // A producer that draws right to left: the first letter stands rightmost.
    const std::size_t n = w.glyphs.size();
    for (std::size_t i = 0; i < n; ++i) w.glyphs[i].box = {200.0 - 5 * (i + 1), 100, 200.0 - 5 * i, 110};
    EXPECT_FALSE(ingest::in_visual_order(w));
    EXPECT_FALSE(ingest::to_logical_order(w));
    EXPECT_EQ(w.text, "الأمم");
}

TEST(LogicalOrder, WordWithoutGlyphBoxesIsKept) {
    Word w = make_word("ممألا", 100, 100);
    w.glyphs.clear();
    EXPECT_FALSE(ingest::to_logical_order(w));
    EXPECT_EQ(w.text, "ممألا");
}

TEST(LogicalOrder, ALigaturesLettersAreHandedOverReversed) {
    // The lam-alef glyph maps to "لأ"; read in visual order it must be "أل".
    EXPECT_EQ(ingest::reverse_clusters(U"لأ"), U"أل");
    EXPECT_EQ(ingest::reverse_clusters(U"لّا"), U"الّ");  // a mark stays after its letter
}

TEST(LogicalOrder, AMarkHungOnTheWordBeforeGoesToItsLetter) {
    // XeTeX sets the fathatan of "علنياً" in the space before the word, and
    // Poppler ends the word to its left with it ("للفصل" drawn before).
    std::vector<Word> ws{make_word("لصفللً", 100, 100), make_word("اينلع", 134, 100)};
    ws[0].glyphs.back().box.x0 = ws[0].glyphs.back().box.x1 = 132;  // a mark has no width
    ingest::move_marks_to_their_letters(ws);
    ASSERT_EQ(ws.size(), 2u);
    for (auto& w : ws) ingest::to_logical_order(w);
    EXPECT_EQ(ws[0].text, "للفصل");
    EXPECT_EQ(ws[1].text, "علنياً");
    EXPECT_EQ(ws[1].glyphs.size(), utf8_decode(ws[1].text).size());
}

// LibreOffice with DejaVu Sans: "لمّا" comes as four one-letter words, the
// shadda's a word of its own whose x lies inside the meem's box (ar-9-006).
TEST(LogicalOrder, AMarkOnALetterThatIsAWordAloneFollowsIt) {
    std::vector<Word> ws{make_word("ا", 96, 100), make_word("م", 100, 100), make_word("ّ", 100.2, 100),
                         make_word("ل", 106, 100)};
    ws[2].glyphs[0].box.x1 = ws[2].glyphs[0].box.x0;  // no width
    ingest::move_marks_to_their_letters(ws);
    ASSERT_EQ(ws.size(), 3u);
    EXPECT_EQ(ws[1].text, "مّ");
}

// XeLaTeX set "تعسفاً¹." (dev seed 33 ar-33-002.clean): the fathatan, a
// word of its own with no width, stands between the word and its raised
// call, whose box starts left of the mark. The mark goes to the word.
TEST(LogicalOrder, AMarkBesideANoteCallGoesToItsWord) {
    std::vector<Word> ws{make_word("افسعت", 123.35, 100), make_word("1", 119.68, 99.5, 6), make_word("ً", 121.48, 100)};
    ws[2].glyphs[0].box.x1 = ws[2].glyphs[0].box.x0;  // no width
    ingest::move_marks_to_their_letters(ws);
    ASSERT_EQ(ws.size(), 2u);
    ingest::to_logical_order(ws[0]);
    EXPECT_EQ(ws[0].text, "تعسفاً");
    EXPECT_EQ(ws[1].text, "1");
}

TEST(LogicalOrder, AWordOfMarksAloneIsDropped) {
    std::vector<Word> ws{make_word("ً", 130, 100), make_word("اينلع", 131, 100)};
    ingest::move_marks_to_their_letters(ws);
    ASSERT_EQ(ws.size(), 1u);
    ingest::to_logical_order(ws[0]);
    EXPECT_EQ(ws[0].text, "علنياً");
}

TEST(LogicalOrder, MarksStayWhenNoWordFollowsCloseBy) {
    std::vector<Word> ws{make_word("اينلعً", 100, 100), make_word("لصفلل", 200, 100)};
    ingest::move_marks_to_their_letters(ws);
    EXPECT_EQ(ws[0].text, "اينلعً");
    // A Latin word's accent is not moved either.
    std::vector<Word> latin{make_word("e\u0301", 100, 100), make_word("لصفلل", 106, 100)};
    latin[0].text = "e\u0301";
    ingest::move_marks_to_their_letters(latin);
    EXPECT_EQ(latin.size(), 2u);
}

// ---- presentation forms and kashidas ---------------------------------------

// Arabic characters as layers give them, as the character repairs leave
// them, and the repair counted. Presentation forms fold to letters. The
// kashida glyphs of LibreOffice's justified Arabic have no ToUnicode entry
// and come through the font's encoding as Latin letters ("أيEEة", dev seed
// 9 ar-9-005): no Arabic word holds Latin letters.
struct ArabicCase {
    const char* read;
    const char* kept;
    const char* repair;
};

class ArabicCharacters : public ::testing::TestWithParam<ArabicCase> {};

TEST_P(ArabicCharacters, AreRepaired) {
    RepairCounts counts;
    EXPECT_EQ(normalize::clean_string(GetParam().read, counts), GetParam().kept);
    EXPECT_EQ(counts[GetParam().repair] > 0, std::string(GetParam().read) != GetParam().kept);
}

const char* const kForm = normalize::kRepairPresentationForm;
const char* const kKashida = normalize::kRepairKashida;

INSTANTIATE_TEST_SUITE_P(
    Words, ArabicCharacters,
    ::testing::Values(ArabicCase{"ﺍﻟﺠﻤﻌﻴﺔ", "الجمعية", kForm},  // "the Assembly", as XeTeX maps it
                      ArabicCase{"ﻻ", "لا", kForm},              // lam-alef: one glyph, two letters
                      ArabicCase{"ﺍﻷﻣﻢ", "الأمم", kForm},        // hamza kept on its alef (NFC)
                      ArabicCase{"ﷲ", "الله", kForm},            // a word ligature
                      ArabicCase{"ﺓ", "ة", kForm},
                      ArabicCase{"أيEEة", "أية", kKashida}, ArabicCase{"الوطنيEة", "الوطنية", kKashida},
                      ArabicCase{"كمEEا", "كما", kKashida},
                      ArabicCase{"ولم<<ا", "ولما", kKashida},  // DejaVu Sans's subset: "<"
                      ArabicCase{"الاش88تراك", "الاشتراك", kKashida},  // DejaVu Sans Mono's: "8"
                      ArabicCase{"ك;انت", "كانت", kKashida},  // and ";"
                      ArabicCase{"لإنص::افه", "لإنصافه", kKashida},  // and ":" (dev seed 10 ar-10-015)
                      ArabicCase{"يرن??و", "يرنو", kKashida},  // and "?" (dev seed 34 ar-34-001)
                      ArabicCase{"هل?", "هل?", kKashida},  // a question mark ending a word stays
                      ArabicCase{"التالي:", "التالي:", kKashida},  // a colon ending a word stays
                      ArabicCase{"ملـكه", "ملكه", kKashida},    // Amiri's tatweel
                      ArabicCase{"ـ", "ـ", kKashida}, ArabicCase{"1<2", "1<2", kKashida},
                      ArabicCase{"A/RES/71", "A/RES/71", kKashida},  // no Arabic around
                      ArabicCase{"PDFالملف", "PDFالملف", kKashida},  // Latin at the word's start
                      ArabicCase{"المادة23", "المادة23", kKashida},  // digits are not letters
                      ArabicCase{"café", "café", kKashida}));

// Each switch keeps what its repair would change.
struct SwitchCase {
    bool normalize::RepairSwitches::*on;
    const char* read;
};

class ArabicSwitches : public ::testing::TestWithParam<SwitchCase> {};

TEST_P(ArabicSwitches, OffKeepsTheLayersText) {
    std::vector<Word> words{make_word(GetParam().read, 100, 100)};
    RepairCounts counts;
    normalize::RepairSwitches switches;
    switches.*(GetParam().on) = false;
    normalize::clean_words(words, counts, switches);
    EXPECT_EQ(words[0].text, GetParam().read);
}

INSTANTIATE_TEST_SUITE_P(Each, ArabicSwitches,
                         ::testing::Values(SwitchCase{&normalize::RepairSwitches::presentation_forms, "ﺍﻟﺠﻤﻌﻴﺔ"},
                                           SwitchCase{&normalize::RepairSwitches::kashida, "أيEEة"}));

// LibreOffice's DejaVu Sans Mono (dev seed 10 ar-10-007): a word stretched
// with kashidas comes as pieces that overlap at the stretch, each in
// logical order ("عامة" as "عامM" and "Mة", "البشر" as "البشM" and "Mر").
Word piece(const char* logical, double x0, double x1) {
    Word w = make_word(logical, x0, 211, 12.5);
    const double step = (x1 - x0) / static_cast<double>(w.glyphs.size());
    for (std::size_t i = 0; i < w.glyphs.size(); ++i)  // read right to left
        w.glyphs[i].box = {x1 - step * static_cast<double>(i + 1), 211, x1 - step * static_cast<double>(i), 227};
    w.box = {x0, 211, x1, 227};
    return w;
}

TEST(KashidaPieces, AreJoinedInReadingOrderThenCleaned) {
    // A word before them stays as it was (it is not moved onto itself).
    std::vector<Word> ws{piece("الإنسان", 300, 340), piece("Mر", 158.6, 173.6), piece("البشM", 167.2, 204.8),
                         piece("Mة", 212.3, 227.3), piece("عامM", 220.9, 250.9)};
    normalize::join_kashida_pieces(ws);
    ASSERT_EQ(ws.size(), 3u);
    EXPECT_EQ(ws[0].text, "الإنسان");
    EXPECT_EQ(ws[0].glyphs.size(), 7u);
    EXPECT_EQ(ws[1].text, "البشMMر");
    EXPECT_EQ(ws[2].text, "عامMMة");
    EXPECT_EQ(ws[2].box, (Box{212.3, 211, 250.9, 227}));
    RepairCounts counts;
    normalize::clean_words(ws, counts);
    EXPECT_EQ(ws[1].text, "البشر");
    EXPECT_EQ(ws[2].text, "عامة");
    EXPECT_EQ(counts[kKashida], 4);
}

TEST(KashidaPieces, WordsApartOrOnOtherLinesStayApart) {
    std::vector<Word> apart{piece("Mر", 150, 165), piece("البشM", 167.2, 204.8)};  // 2 pt between
    normalize::join_kashida_pieces(apart);
    EXPECT_EQ(apart.size(), 2u);
    std::vector<Word> below{piece("البشM", 167.2, 204.8), piece("Mر", 158.6, 173.6)};
    for (auto& g : below[1].glyphs) g.box.y0 += 20, g.box.y1 += 20;
    below[1].box.y0 += 20, below[1].box.y1 += 20;
    normalize::join_kashida_pieces(below);
    EXPECT_EQ(below.size(), 2u);
    std::vector<Word> latin{piece("abc", 158.6, 173.6), piece("البش", 167.2, 204.8)};
    normalize::join_kashida_pieces(latin);
    EXPECT_EQ(latin.size(), 2u);
}

TEST(PresentationForms, GlyphBoxesFollowTheLetters) {
    std::vector<Word> words{make_word("ﻻ", 100, 100)};
    RepairCounts counts;
    normalize::clean_words(words, counts);
    ASSERT_EQ(words[0].text, "لا");
    EXPECT_EQ(words[0].glyphs.size(), 2u);
}

// ---- the mirror and left-to-right runs ----------------------------------------

std::vector<Word> line_of(const std::vector<std::string>& texts) {
    std::vector<Word> ws;
    double x = 100;
    for (const auto& t : texts) {
        ws.push_back(make_word(t, x, 100));
        x = ws.back().box.x1 + 3;
    }
    return ws;
}

std::string joined(const std::vector<Word>& ws) {
    std::string s;
    for (std::size_t i = 0; i < ws.size(); ++i) s += ws[i].text + (i + 1 < ws.size() && ws[i].space_after ? " " : "");
    return s;
}

struct RunCase {
    std::vector<std::string> mirrored;  // words in the mirror's order
    const char* logical;
};

class LeftToRightRuns : public ::testing::TestWithParam<RunCase> {};

TEST_P(LeftToRightRuns, ReadLeftToRight) {
    std::vector<Word> ws = line_of(GetParam().mirrored);
    structure::order_left_to_right_runs(ws);
    EXPECT_EQ(joined(ws), GetParam().logical);
}

INSTANTIATE_TEST_SUITE_P(
    Lines, LeftToRightRuns,
    ::testing::Values(RunCase{{"البند", "88", "من"}, "البند 88 من"},  // a lone number stays
                      RunCase{{"General", "Distr.:"}, "Distr.: General"},
                      RunCase{{"العامة", "General", "Distr.:", "الدورة"}, "العامة Distr.: General الدورة"},
                      RunCase{{"(A/75/10)", "10", "No.", "Supplement", "الملحق"},
                              "Supplement No. 10 (A/75/10) الملحق"},
                      RunCase{{"A/RES/75/262"}, "A/RES/75/262"}));

TEST(LeftToRightRuns, SpacesFollowTheirGaps) {
    std::vector<Word> ws = line_of({"General", "Distr.:", "الدورة"});
    ws[0].space_after = false;  // "General" touches nothing after it in the mirror...
    ws[1].space_after = true;   // ...and a space stands after "Distr.:"
    structure::order_left_to_right_runs(ws);
    EXPECT_EQ(ws[0].text, "Distr.:");
    EXPECT_FALSE(ws[0].space_after);  // the gap between the two, as it was
    EXPECT_TRUE(ws[1].space_after);   // the gap after the run
}

// Words no right-to-left letter put in order, on a mirrored line (the
// mirror's order: reading order), and brackets as their producer mapped
// them: XeTeX by the glyph's shape, LibreOffice by the character (dev seeds
// 9 and 10, footnotes and treaty references). The cases are lines as
// LeftToRightRuns takes them.
class WordNeutrals : public ::testing::TestWithParam<RunCase> {};

TEST_P(WordNeutrals, GoWhereARightToLeftReadingPutsThem) {
    std::vector<Word> ws = line_of(GetParam().mirrored);
    structure::order_word_neutrals(ws);
    EXPECT_EQ(joined(ws), GetParam().logical);
    for (const auto& w : ws) {
        ASSERT_EQ(w.glyphs.size(), utf8_decode(w.text).size());
        for (std::size_t i = 0; i < w.glyphs.size(); ++i) EXPECT_EQ(w.glyphs[i].code_point, utf8_decode(w.text)[i]);
    }
}

INSTANTIATE_TEST_SUITE_P(
    Lines, WordNeutrals,
    ::testing::Values(RunCase{{"المجلد", "،2231", "الرقم", ".7945"}, "المجلد 2231، الرقم 7945."},
                      RunCase{{"،A/74/938", "المرفق."}, "A/74/938، المرفق."},
                      RunCase{{"رقم", "4", ".(A/74/4)"}, "رقم 4 (A/74/4)."},   // XeTeX: by shape
                      RunCase{{"رقم", "4", ".)A/75/4("}, "رقم 4 (A/75/4)."},   // LibreOffice
                      RunCase{{"ألف", ")د-3(."}, "ألف (د-3)."},               // ingest reversed it
                      RunCase{{"ألف", "(د-3)."}, "ألف (د-3)."},
                      RunCase{{"العامة", "General", "Distr.:"}, "العامة General Distr.:"},
                      RunCase{{"الملحق", "(A/75/10)"}, "الملحق (A/75/10)"},  // a pair: as drawn
                      RunCase{{"Distr.:", "General."}, "Distr.: General."}));  // no Arabic: as drawn

TEST(WordNeutrals, OneBracketFollowsThePagesPairs) {
    // "(انظر ... 4)" split over two words: the lone bracket of the second
    // is mirrored as the page's pair in the third word shows (XeTeX).
    std::vector<Word> ws = line_of({"(انظر", "4)", "رقم", ".(A/74/4)"});
    structure::order_word_neutrals(ws);
    EXPECT_EQ(ws[1].text, "(4");
    EXPECT_EQ(ws[3].text, "(A/74/4).");
    std::vector<Word> alone = line_of({"(انظر", "4)", "رقم"});
    structure::order_word_neutrals(alone);
    EXPECT_EQ(alone[1].text, ")4");  // no pair to tell: left as the layer mapped it
}

TEST(Mirror, VisualLineReadsRightToLeft) {
    // Drawn left to right: "من" "88" "البند"; the page reads "البند 88 من".
    std::vector<Word> ws = line_of({"من", "88", "البند"});
    EXPECT_TRUE(structure::is_right_to_left(ws));
    std::vector<Box> drawings{{10, 10, 20, 20}};
    structure::mirror_page(ws, drawings, 600);
    EXPECT_EQ(ws[0].text, "البند");
    EXPECT_EQ(ws[2].text, "من");
    EXPECT_LT(ws[0].box.x0, ws[1].box.x0);
    EXPECT_EQ(drawings[0], (Box{580, 10, 590, 20}));
}

// Two OCR lines in reading order, right to left, their tall Arabic boxes
// sharing half their height across the line break (dev seed 10's scans):
// each line is put in order apart, where OCR ended its textline.
TEST(Mirror, AnOcrLineEndsWhereTesseractEndedIt) {
    std::vector<Word> ws;
    for (int line = 0; line < 2; ++line)
        for (int k = 0; k < 3; ++k) {
            Word w = pdf2tei::testing::make_word(std::string(line ? "ب" : "ا") + std::to_string(k), 400 - 100 * k,
                                                 100 + 8 * line, 20);
            w.source = Source::Ocr;
            w.space_after = k < 2;  // the textline's last word has none
            ws.push_back(std::move(w));
        }
    std::vector<Box> drawings;
    structure::mirror_page(ws, drawings, 600);
    for (int i = 0; i < 6; ++i) EXPECT_EQ(ws[static_cast<std::size_t>(i)].text, std::string(i < 3 ? "ا" : "ب") + std::to_string(i % 3)) << i;
}

TEST(Mirror, LatinPageIsNotRightToLeft) {
    EXPECT_FALSE(structure::is_right_to_left(line_of({"Distr.:", "General", "الدورة"})));
}

TEST(Mirror, BlocksComeBackWhereTheyWere) {
    Block b;
    Line l;
    l.words = line_of({"General", "Distr.:"});
    l.box = l.words[0].box.united(l.words[1].box);
    b.lines.push_back(l);
    b.box = l.box;
    const Box before = b.box;
    std::vector<Block> blocks{b};
    for (auto& w : blocks[0].lines[0].words) w.box = w.box.mirrored(600);
    blocks[0].box = blocks[0].box.mirrored(600);
    blocks[0].lines[0].box = blocks[0].lines[0].box.mirrored(600);
    structure::unmirror_blocks(blocks, 600);
    EXPECT_EQ(blocks[0].box, before);
    EXPECT_EQ(line_text(blocks[0].lines[0]), "Distr.: General");
}

}  // namespace
}  // namespace pdf2tei
