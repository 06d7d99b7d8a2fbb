#include <gtest/gtest.h>

#include <array>
#include <cstring>

#include "structure/src/layout.hpp"
#include "pdf2tei/text.hpp"
#include "test_helpers.hpp"

namespace pdf2tei::structure {
namespace {

using pdf2tei::testing::make_word;
using pdf2tei::testing::words_of;

std::vector<std::string> texts(const std::vector<Line>& lines) {
    std::vector<std::string> out;
    for (const auto& l : lines) out.push_back(line_text(l));
    return out;
}

TEST(GroupLines, KeepsWordsOfOneBaselineTogether) {
    auto lines = group_lines({make_word("Le", 0, 0), make_word("Conseil", 20, 0), make_word("décide", 0, 12)});
    EXPECT_EQ(texts(lines), (std::vector<std::string>{"Le Conseil", "décide"}));
    EXPECT_DOUBLE_EQ(lines[0].font_size, 10);
    EXPECT_DOUBLE_EQ(lines[0].baseline, 10);
}

// Poppler read a paragraph's last line, flush left, before its indented
// first line (dev seed 12 en-12-011, LibreOffice: "law." before "2.
// Everyone … before the"; real A/RES/78/235: "country;" before "2. Notes
// with satisfaction … host"). The two go in the order they stand; lines
// read in order, or a column's foot before the next column's head, stay.
TEST(GroupLines, AParagraphsLastLineReadBeforeItsFirstGoesAfterIt) {
    const auto order = [](double second_x) {
        std::vector<Word> words{make_word("punishment.", 91, 355), make_word("law.", 91, 391),
                                make_word("2.", second_x, 377), make_word("Everyone", second_x + 14, 377),
                                make_word("3.", 119, 414)};
        std::string out;
        for (const auto& l : group_lines(words)) out += line_text(l) + "|";
        return out;
    };
    EXPECT_EQ(order(119), "punishment.|2. Everyone|law.|3.|");
    EXPECT_EQ(order(320), "punishment.|law.|2. Everyone|3.|");  // another column
}

// Poppler gave a justified line's words in turn with the line above's
// (dev seed 28 ru-28-004, LibreOffice): each line comes out whole, not
// as one-word pieces. A raised call between two words of a line is no
// line of its own to go back over.
TEST(GroupLines, TwoLinesWhoseWordsComeInTurnAreTwoLines) {
    const std::vector<Word> words{make_word("11.", 30, 0),      make_word("Это", 50, 0),
                                  make_word("преследования,", 0, 18), make_word("право", 70, 0),
                                  make_word("в", 75, 18),        make_word("не", 100, 0),
                                  make_word("действительности", 85, 18), make_word("может", 115, 0),
                                  make_word("основанного", 170, 18)};
    EXPECT_EQ(texts(group_lines(words)),
              (std::vector<std::string>{"11. Это право не может", "преследования, в действительности основанного"}));
}

TEST(GroupLines, StepBackwardsStartsANewLineEvenAtTheSameHeight) {
    // A second column's first line, read after the first column's.
    auto lines = group_lines({make_word("left", 0, 0), make_word("right", 300, 0), make_word("again", 100, 0)});
    EXPECT_EQ(texts(lines), (std::vector<std::string>{"left right", "again"}));
}

// Tesseract's textlines of a skewed Chinese scan end in a glyph stretched to
// 2 em (dev seed 9 zh-9-001.scan: "住" 27.8 pt wide at 12 pt); the next
// one starts inside it, and is still the same line. A layer's words are
// not given that slack.
TEST(GroupLines, AnOcrWordStartingInsideAStretchedOneGoesOnAlongTheLine) {
    for (const bool ocr : {true, false}) {
        std::vector<Word> words{make_word("衣着住", 87, 152, 12), make_word("房医疗", 143.6, 152, 12)};
        words[0].box.x1 = 150.8;  // the stretched last glyph
        for (auto& w : words) w.source = ocr ? Source::Ocr : Source::TextLayer;
        const auto lines = group_lines(words);
        EXPECT_EQ(lines.size(), ocr ? 1u : 2u) << ocr;
    }
}

// An Arabic line Tesseract cut in pieces, laid out in the mirror: the next
// piece's first box starts where the previous word starts (dev scan300-10
// ar-10-000: "الزواج" boxed from 340 pt over "الراغيين" at 364-384). It
// goes on along the line, with a space; a Latin OCR word starting there
// does not (two columns' lines stay apart).
TEST(GroupLines, AnArabicOcrPieceBoxedBackOverThePreviousWordGoesOnAlongTheLine) {
    for (const bool arabic : {true, false}) {
        std::vector<Word> words{make_word(arabic ? "الطرفين" : "parties", 180, 100, 11),
                                make_word(arabic ? "الراغبين" : "wishing", 211, 100, 11),
                                make_word(arabic ? "في" : "to", 211, 101, 11)};
        words[1].space_after = false;  // the textline's end
        words[2].box.x1 = 255;
        for (auto& w : words) w.source = Source::Ocr;
        const auto lines = group_lines(words);
        ASSERT_EQ(lines.size(), arabic ? 1u : 2u) << arabic;
        if (arabic) {
            EXPECT_TRUE(lines[0].words[1].space_after);
        }
    }
}

// An Arabic paragraph's number, its dash and first word read as a textline
// after the rest of the line ("8 - لا" / "يبرم عقد الزواج …", dev
// scan300-23 ar-23-003, seed 24 ar-24-006): on the mirrored page it ends 4
// points left of the line's first word, and opens the line. A column's
// gap away (20 points under 10-point type), it stays apart.
TEST(GroupLines, AnArabicLinesOpeningPieceReadAfterItOpensIt) {
    for (const double gap : {4.0, 20.0}) {
        std::vector<Word> words;
        double x = 364;
        for (const char* t : {"يبرم", "عقد", "الزواج", "إلا", "برضى"}) {
            words.push_back(make_word(t, x, 569, 10));
            x = words.back().box.x1 + 4;
        }
        words.back().space_after = false;
        x = 364 - gap - 3 * 9;
        for (const char* t : {"8", "-", "لا"}) {
            words.push_back(make_word(t, x, 569, 10));
            words.back().box.x1 = x + 5;
            x += 11;
        }
        words.back().box.x1 = 364 - gap;
        for (auto& w : words) w.source = Source::Ocr;
        const auto lines = group_lines(words);
        ASSERT_EQ(lines.size(), gap < 10 ? 1u : 2u) << gap;
        if (gap < 10) EXPECT_EQ(line_text(lines[0]), "8 - لا يبرم عقد الزواج إلا برضى");
    }
}

// Tesseract read a note line's symbol as a textline of its own, before the
// note's number and its Arabic words, which in the page's mirror stand
// either side of it (dev scan300-13 ar-13-009: "¹A/80/415، المرفق."). The
// symbol goes back between them; a word beyond a space's reach of them (a
// column's gap) does not.
TEST(GroupLines, AnOcrTextlineInAnotherLinesGapGoesThere) {
    for (const double gap : {2.0, 20.0}) {
        std::vector<Word> words{make_word("A/80/415", 113, 759, 7.8, false), make_word("1", 113 - gap - 3.9, 759, 7.8),
                                make_word("المرفق.", 113 + 31.2 + gap, 759, 7.8, false)};
        for (auto& w : words) w.source = Source::Ocr;
        const auto lines = group_lines(words);
        if (gap < 7.8) {
            ASSERT_EQ(lines.size(), 1u);
            EXPECT_EQ(line_text(lines[0]), "1 A/80/415 المرفق.");
        } else {
            EXPECT_EQ(lines.size(), 2u);
        }
    }
}

// A textline's next piece starting inside the last word of the piece before,
// past the stretched glyph's half ("族" at 213.4 under "种" boxed
// 207.4-221.5: dev scan300-11 zh-11-010), goes on along the line; a piece
// starting further back, or ending before the first's end, does not.
TEST(GroupLines, AnOcrPieceStartingInsideThePreviousPiecesEndGoesOn) {
    const auto lines_of = [](double start, double end) {
        std::vector<Word> words{make_word("不受", 180, 363, 10.8), make_word("种", 207.4, 363, 10.8, false),
                                make_word("族", start, 362, 10.8), make_word("国籍", start + 1, 363, 10.8, false)};
        words[1].box.x1 = 221.5;
        words[2].box.x1 = start + 1;
        words[3].box.x1 = end;
        for (auto& w : words) w.source = Source::Ocr;
        return group_lines(words).size();
    };
    EXPECT_EQ(lines_of(213.4, 500), 1u);
    EXPECT_EQ(lines_of(200, 500), 2u);  // more than an em back
    EXPECT_EQ(lines_of(213.4, 221), 2u);  // ending inside the first piece
}

TEST(GroupLines, MarksRaisedSmallWordsAsSuperscript) {
    Word anchor = make_word("1", 31, -3, 6, true);
    auto lines = group_lines({make_word("2017", 0, 0, 10, false), anchor, make_word("dans", 40, 0)});
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_FALSE(lines[0].words[0].has(kFlagSuperscript));
    EXPECT_TRUE(lines[0].words[1].has(kFlagSuperscript));
    EXPECT_FALSE(lines[0].words[2].has(kFlagSuperscript));
}

// A call read inside the line above its own (pdfTeX's Type 3 fonts, dev
// seed 13 en-13-003.no-tounicode: "… equal" / "2" / "rights …" over
// "… larger freedom ,", lines 10.8 pt apart): it overlaps both lines, and
// stands raised only in the lower one, which it joins; the upper line is
// one again. A call between two lines it is raised in neither of joins the
// next line, as before.
TEST(GroupLines, ACallReadInTheLineAboveGoesToTheLineItIsRaisedIn) {
    std::vector<Word> words{make_word("in", 0, 0),       make_word("the", 20, 0),      make_word("equal", 40, 0),
                            make_word("2", 140, 9, 7),  make_word("rights", 145, 0),  make_word("of", 180, 0),
                            make_word("larger", 60, 11), make_word("freedom", 100, 11), make_word(",", 144, 11)};
    const auto lines = group_lines(words);
    EXPECT_EQ(texts(lines), (std::vector<std::string>{"in the equal rights of", "larger freedom 2 ,"}));
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_TRUE(lines[1].words[2].has(kFlagSuperscript));
}

// A masthead's "United Nations" (12 pt) over "General Assembly" (14.3 pt),
// their boxes 0.4 pt into each other (dev endnotes-14 en-14-017, XeLaTeX):
// two lines. A call or an exponent is short; words of six letters and more
// are no superscript set apart ("General United Nations Assembly").
TEST(GroupLines, ShortWordsOnlyJoinAsStraySuperscripts) {
    std::vector<Word> words{make_word("United", 54, 63.2, 12), make_word("Nations", 98.8, 63.2, 12),
                            make_word("General", 54, 74.8, 14.3), make_word("Assembly", 116, 74.8, 14.3)};
    const auto lines = group_lines(words);
    EXPECT_EQ(texts(lines), (std::vector<std::string>{"United Nations", "General Assembly"}));
}

// A Chinese masthead's first row, "联合国" and the symbol far right in
// 12 pt, touches the row below, "大会" in 14.3 pt and "Distr.: General"
// in 9 pt (dev seed 33 zh-33-001.clean, XeLaTeX). The row is smaller than
// the lower row's largest word, but its symbol is larger than the words
// it would ride on: two lines, not one "大会 联合国 Distr.: A/73/456 General".
TEST(GroupLines, AStraySuperscriptIsSmallerThanTheWordsItRidesOn) {
    std::vector<Word> words{make_word("联合国", 65.2, 73.3, 12), make_word("A/73/456", 475.4, 74.7, 12),
                            make_word("大会", 65.2, 85.0, 14.3), make_word("Distr.:", 462.8, 90.8, 9),
                            make_word("General", 497, 90.8, 9)};
    EXPECT_EQ(texts(group_lines(words)), (std::vector<std::string>{"联合国 A/73/456", "大会 Distr.: General"}));
}

// ... and it overlaps that line by a good share of its own height: "联合国"
// in 14.3 pt over "大会" in 17.2 pt, touching it by 0.1 pt (dev seed 33
// zh-33-014.clean), is a line of its own, not "大会 联合国". A call
// overlapping its line by half its height still joins it.
TEST(GroupLines, AStraySuperscriptOverlapsItsLineByAShareOfItsHeight) {
    EXPECT_EQ(texts(group_lines({make_word("联合国", 53.9, 53.4, 14.3), make_word("大会", 53.9, 67.6, 17.2)})),
              (std::vector<std::string>{"联合国", "大会"}));
    EXPECT_EQ(texts(group_lines({make_word("1", 80, 64, 8), make_word("大会", 53.9, 67.6, 17.2)})),
              (std::vector<std::string>{"大会 1"}));
    // OCR boxes the ink: a call's stands over the x-height of the word it
    // follows, touching its box by a quarter of its height or less ("pays"
    // and its "¹", dev seed 33 fr-33-002.invisible-ocr). It joins there.
    for (const Source source : {Source::Ocr, Source::TextLayer}) {
        std::vector<Word> words{make_word("pays", 73.9, 298.3, 7), make_word("1", 88.5, 295.2, 4.1)};
        for (auto& w : words) w.source = source;
        EXPECT_EQ(group_lines(words).size(), source == Source::Ocr ? 1u : 2u);
    }
}

// A/81/6 p. 17: the extractor reads the paragraph number "10.49" with the
// running head, before the sub-paragraphs above its text. It goes back at
// the head of its line; a label far from any text, or a word that is no
// label, stays where it is.
TEST(GroupLines, AStrayParagraphNumberRejoinsItsLine) {
    auto lines = group_lines({make_word("10.49", 60, 100), make_word("(e)", 100, 88), make_word("Develop", 130, 88),
                              make_word("The", 98, 100), make_word("work", 118, 100), make_word("(a)", 60, 200),
                              make_word("Annex", 60, 300), make_word("text", 80, 300)});
    EXPECT_EQ(texts(lines), (std::vector<std::string>{"(e) Develop", "10.49 The work", "(a)", "Annex text"}));
}

struct LabelCase {
    const char* text;
    bool label;
};

class LabelWords : public ::testing::TestWithParam<LabelCase> {};

TEST_P(LabelWords, RejoinOnlyIfALabel) {
    const LabelCase& c = GetParam();
    // The label ends 1 em left of the text (0.5 em a character).
    const double x = 65 - 5.0 * static_cast<double>(utf8_decode(c.text).size());
    auto lines = group_lines({make_word(c.text, x, 100), make_word("first", 0, 88), make_word("Text", 75, 100)});
    EXPECT_EQ(lines.size(), c.label ? 2u : 3u) << c.text;
}

INSTANTIATE_TEST_SUITE_P(Table, LabelWords,
                         ::testing::Values(LabelCase{"10.49", true}, LabelCase{"12.", true}, LabelCase{"(a)", true},
                                           LabelCase{"a)", true}, LabelCase{"(iii)", true}, LabelCase{"IV.", true},
                                           LabelCase{"B.", true}, LabelCase{"\u2022", true}, LabelCase{"7", true},
                                           LabelCase{"word", false}, LabelCase{"2024–2025", false},
                                           LabelCase{"(see", false}, LabelCase{"A/80/590", false},
                                           LabelCase{"Annex", false}, LabelCase{"10.", true}, LabelCase{".5", false}));

// A speck OCR read as letters, 0.9 points tall on a 9-point line, between a
// page number and the job number (dev scan300-7 fr-7-000): no word. A
// period, as flat, stays.
TEST(GroupLines, DropsOcrSpecksReadAsLetters) {
    std::vector<Word> words{make_word("2", 75, 0, 9), make_word("ES", 97, 0, 9), make_word("20-11277", 479, 0, 9),
                            make_word(".", 530, 0, 9)};
    words[1].box.y0 = words[1].box.y1 - 0.9;
    words[3].box.y0 = words[3].box.y1 - 1.2;
    for (auto& w : words) w.source = Source::Ocr;
    auto lines = group_lines(words);
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_EQ(texts(lines), (std::vector<std::string>{"2 20-11277 ."}));
    for (auto& w : words) w.source = Source::TextLayer;  // a layer's words are what the PDF says
    EXPECT_EQ(texts(group_lines(words)), (std::vector<std::string>{"2 ES 20-11277 ."}));
}

// OCR's words stand on the baseline Tesseract gives: their boxes' feet are
// their ink's, lower under "p", "g" and ",", and a line of such words came
// out 0.2 em lower than one without.
TEST(GroupLines, OcrLinesStandOnTheirWordsBaselines) {
    std::vector<Word> words{make_word("people", 0, 0, 10), make_word("group,", 40, 0, 10), make_word("and", 80, 0, 10)};
    for (auto& w : words) {
        w.source = Source::Ocr;
        w.baseline = 8;  // the box's foot, 10, is the descenders'
    }
    auto lines = group_lines(words);
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_DOUBLE_EQ(lines[0].baseline, 8);
    words[0].baseline = words[1].baseline = words[2].baseline = 0;  // unknown: the feet
    EXPECT_DOUBLE_EQ(group_lines(words)[0].baseline, 10);
}

TEST(GroupLines, AddsAFlaggedSpaceAcrossAWideGapOnly) {
    // "Assembly" and "Distr." share a baseline but came from two extractor lines.
    auto lines = group_lines({make_word("Assembly", 0, 0, 10, false), make_word("Distr.", 200, 0, 10, false),
                              make_word("x", 235, 0, 10, false), make_word("y", 240.5, 0, 10, false)});
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_EQ(line_text(lines[0]), "Assembly Distr. xy");
    EXPECT_TRUE(lines[0].words[0].has(kFlagSyntheticSpace));
    EXPECT_FALSE(lines[0].words[2].has(kFlagSyntheticSpace));  // 0.05 em gap: same word
}

// Lines at the given tops (10 pt text), x0 and right edge.
std::vector<Line> lines_at(const std::vector<std::tuple<double, double, double>>& rows, double size = 10) {
    std::vector<Word> words;
    for (auto [top, x0, x1] : rows) {
        Word w = make_word("w", x0, top, size);
        w.box.x1 = x1;
        words.push_back(w);
    }
    return group_lines(words);
}

struct ParaCase {
    const char* name;
    std::vector<std::tuple<double, double, double>> rows;  // top, x0, x1
    std::vector<std::size_t> sizes;                        // lines per block
};

class GroupParagraphs : public ::testing::TestWithParam<ParaCase> {};

TEST_P(GroupParagraphs, SplitsWhereExpected) {
    auto blocks = group_paragraphs(lines_at(GetParam().rows));
    std::vector<std::size_t> sizes;
    for (const auto& b : blocks) sizes.push_back(b.lines.size());
    EXPECT_EQ(sizes, GetParam().sizes) << GetParam().name;
}

INSTANTIATE_TEST_SUITE_P(
    Table, GroupParagraphs,
    ::testing::Values(
        ParaCase{"even pitch: one paragraph", {{0, 0, 400}, {12, 0, 400}, {24, 0, 400}, {36, 0, 200}}, {4}},
        ParaCase{"wider gap splits", {{0, 0, 400}, {12, 0, 400}, {24, 0, 300}, {44, 0, 400}, {56, 0, 200}}, {3, 2}},
        ParaCase{"indent after a short line splits",
                 {{0, 0, 400}, {12, 0, 400}, {24, 0, 150}, {36, 30, 400}, {48, 0, 200}},
                 {3, 2}},
        ParaCase{"indent after a full line does not split (hanging list)",
                 {{0, 0, 400}, {12, 30, 400}, {24, 30, 400}},
                 {3}},
        // Dev endnotes-8 es-8-009 (LibreOffice) and endnotes-7 es-7-000
        // (XeTeX): each clause's first line indented, the line before full.
        ParaCase{"back at the first line's indent after a full line splits",
                 {{0, 20, 400}, {12, 0, 400}, {24, 20, 400}, {36, 0, 400}, {48, 0, 200}},
                 {2, 3}},
        ParaCase{"a hanging indent's lines under a full first line stay together",
                 {{0, 0, 400}, {12, 20, 400}, {24, 20, 400}, {36, 20, 200}},
                 {4}},
        ParaCase{"going back up (next column) splits", {{100, 0, 200}, {112, 0, 200}, {0, 300, 500}}, {2, 1}},
        ParaCase{"empty page", {}, {}}));

// Random corpus, dev seed 1 en-1-005 (XeLaTeX, ragged right, 4 pt between
// paragraphs under 14.4 pt pitch: 1.28 times the pitch, below
// kParagraphPitchFactor): "The General Assembly," ran into the preamble.
TEST(GroupParagraphs, SmallSpaceAfterShortLineSplitsOnTextLayers) {
    const auto rows = std::vector<std::tuple<double, double, double>>{
        {0, 0, 120}, {18.4, 0, 400}, {32.8, 0, 390}, {47.2, 0, 200}, {65.6, 0, 400}, {80, 0, 400}, {94.4, 0, 380}};
    std::vector<std::size_t> sizes;
    for (const auto& b : group_paragraphs(lines_at(rows), /*measured_pitch=*/true)) sizes.push_back(b.lines.size());
    EXPECT_EQ(sizes, (std::vector<std::size_t>{1, 3, 3}));
    // OCR's line boxes jitter: the same rows from OCR stay one paragraph
    // unless the gap is wide.
    EXPECT_EQ(group_paragraphs(lines_at(rows), false).size(), 1u);
}

// A short last page whose list of endnotes, a size smaller and set
// tighter, holds most of its lines (dev endnotes-26 es-26-000, pdflatex:
// body 9 pt type 14.4 pt apart, the list 8 pt, 9.5 pt apart; a second
// producer's, XeLaTeX at one and a half spacing: 11 pt type 16.5 pt apart
// over a 9 pt list 11 pt apart). The body's lines are judged by their own
// pitch, not the list's: its two paragraphs hold.
TEST(GroupParagraphs, LinesOfOneSizeKeepTheirOwnPitch) {
    const auto page = [](double body_size, double body_pitch, double list_size, double list_pitch) {
        const double gap = body_pitch * 1.25;  // between the two paragraphs
        auto lines = lines_at({{0, 0, 400}, {body_pitch, 0, 300}, {body_pitch + gap, 20, 400},
                               {2 * body_pitch + gap, 0, 250}},
                              body_size);
        std::vector<std::tuple<double, double, double>> list;
        for (int k = 0; k < 13; ++k) list.emplace_back(100 + k * list_pitch, 0, k % 3 == 2 ? 200 : 400);
        for (auto& l : lines_at(list, list_size)) lines.push_back(std::move(l));
        std::vector<std::size_t> sizes;
        for (const auto& b : group_paragraphs(std::move(lines), /*measured_pitch=*/true)) sizes.push_back(b.lines.size());
        return std::vector<std::size_t>(sizes.begin(), sizes.begin() + std::min<std::size_t>(2, sizes.size()));
    };
    EXPECT_EQ(page(9, 14.4, 8, 9.5), (std::vector<std::size_t>{2, 2}));
    EXPECT_EQ(page(11, 16.5, 9, 11), (std::vector<std::size_t>{2, 2}));
}

// Two columns, as OCR gives them (dev scan300-7 zh-7-007): a paragraph's
// first line fills the left column, and its last line sits a little
// farther below than the usual pitch. The left column's lines are not short
// for standing short of the right column's edge: the paragraph holds.
TEST(GroupParagraphs, ALineFillingItsColumnIsNoShortLine) {
    const auto rows = std::vector<std::tuple<double, double, double>>{
        {0, 0, 200},   {12, 0, 200},  {24, 0, 200},  {36, 0, 100},  {51, 20, 200}, {64.5, 0, 30},
        {0, 220, 420}, {12, 220, 420}, {24, 220, 420}, {36, 220, 420}, {48, 220, 300}};
    std::vector<std::size_t> sizes;
    for (const auto& b : group_paragraphs(lines_at(rows), /*measured_pitch=*/true)) sizes.push_back(b.lines.size());
    EXPECT_EQ(sizes, (std::vector<std::size_t>{4, 2, 5}));
}

// Dev seed 9 zh-9-004 (XeLaTeX, Chinese, 10.5 pt type): one-line clauses
// 22.8 pt apart, and a few wrapped ones whose lines are 14.8 pt apart. The
// wrapped lines are under a fifth of the pitches, yet they are the line
// pitch: the clauses are paragraphs each. OCR's jittering baselines do not
// get that benefit of the doubt.
// Two such pitches that agree are enough (dev seed 7 zh-7-019: 13.8 and
// 13.5 pt among clauses 21.4 pt apart).
TEST(GroupParagraphs, AFewSingleSpacedPitchesAreTheLinePitch) {
    for (const int every : {5, 8}) {  // three wrapped clauses, then two
        std::vector<std::tuple<double, double, double>> rows;
        std::size_t paragraphs = 0;
        double top = 0;
        for (int k = 0; k < 16; ++k, ++paragraphs) {
            const bool wrapped = k % every == 1;
            rows.emplace_back(top, 0, 400);
            if (wrapped) rows.emplace_back(top += 14.8, 0, 200);
            top += 22.8;
        }
        auto lines = lines_at(rows, 10.5);
        EXPECT_NEAR(typical_line_pitch(lines, /*text_layer=*/true), 14.8, 0.01) << every;
        EXPECT_NEAR(typical_line_pitch(lines, /*text_layer=*/false), 22.8, 0.01) << every;
        for (auto& l : lines) l.words.back().text = "w,";
        EXPECT_EQ(group_paragraphs(lines, /*measured_pitch=*/true).size(), paragraphs) << every;
    }
    // ... but two a little under the rest, on a page whose pitches jitter,
    // are not (15.0 and 15.3 among 16.8 under 10 pt type).
    std::vector<std::tuple<double, double, double>> rows;
    double top = 0;
    for (int k = 0; k < 30; ++k) {
        rows.emplace_back(top, 0, 400);
        top += k == 7 ? 15.0 : k == 19 ? 15.3 : 16.8;
    }
    EXPECT_NEAR(typical_line_pitch(lines_at(rows), /*text_layer=*/true), 16.8, 0.01);
}

// Dev seed 30 ru-30-002.scan-bw (XeLaTeX's Courier, OCR): 30 lines of text
// in 8.3-point type 13.6-14.9 points apart, and a note's four lines in
// 7.3-point type 9.6 apart. The note's single spacing is no pitch of the
// running text: taken for it, every line of the text was a paragraph.
TEST(GroupParagraphs, NotesSingleSpacedInSmallerTypeAreNoLinePitch) {
    std::vector<std::tuple<double, double, double>> text, notes;
    for (int k = 0; k < 30; ++k) text.emplace_back(100 + 14.2 * k + (k % 3) * 0.4, 0, 450);
    for (int k = 0; k < 4; ++k) notes.emplace_back(700 + 9.6 * k, 0, 450);
    std::vector<Line> lines = lines_at(text, 8.3);
    for (auto& l : lines_at(notes, 7.3)) lines.push_back(std::move(l));
    EXPECT_GT(typical_line_pitch(lines, /*text_layer=*/true), 13);
    // The same four lines in the text's type are its single spacing.
    std::vector<Line> same = lines_at(text, 8.3);
    for (auto& l : lines_at(notes, 8.3)) same.push_back(std::move(l));
    EXPECT_NEAR(typical_line_pitch(same, /*text_layer=*/true), 9.6, 0.01);
}

// A layer an earlier OCR made sizes each line by its box: one paragraph's
// lines at 12 and 17 points (dev seed 30 en-30-000.invisible-ocr). Its
// sizes tell nothing, and the paragraph holds; measured, they part it.
TEST(GroupParagraphs, SizesAnEarlierOcrGuessedPartNothing) {
    std::vector<std::tuple<double, double, double>> rows;
    for (int k = 0; k < 4; ++k) rows.emplace_back(100 + 18 * k, 0, k == 3 ? 200 : 450);
    auto lines = lines_at(rows, 12);
    for (std::size_t k = 0; k < lines.size(); k += 2)
        for (auto& w : lines[k].words) w.font_size = 17;
    for (auto& l : lines) l.font_size = l.words.front().font_size;
    EXPECT_EQ(group_paragraphs(lines, /*measured_pitch=*/true, /*sizes_measured=*/false).size(), 1u);
    EXPECT_GT(group_paragraphs(lines, /*measured_pitch=*/true, /*sizes_measured=*/true).size(), 1u);
}

// Dev seed 10 ar-10-003 (LibreOffice, Amiri at 11 pt): lines 14.5 pt high,
// 24.5 pt apart inside paragraphs (2.23 em, over kMaxLinePitchEm) and 32.6
// pt between them. Every line was a paragraph. The same pitches under lines
// of a Latin font's height (1.15 em) are no line pitch: there the rule that
// a pitch over 2.2 em parts paragraphs holds.
// Paragraphs of `counts` lines, `pitch` apart inside and `gap` between
// them, full lines but each paragraph's last; each line's words `height`
// high in type of `size`.
struct SpacedParagraphs {
    std::vector<std::tuple<double, double, double>> rows;
    std::vector<std::size_t> counts;
    std::vector<Line> lines(double size, double height) const {
        auto out = lines_at(rows, size);
        for (auto& l : out)
            for (auto& w : l.words) w.box.y0 = w.box.y1 - height;
        return out;
    }
};

SpacedParagraphs spaced_paragraphs(std::vector<std::size_t> counts, double pitch, double gap) {
    SpacedParagraphs p{{}, std::move(counts)};
    double top = 0;
    for (std::size_t lines : p.counts) {
        for (std::size_t k = 0; k < lines; ++k, top += pitch) p.rows.emplace_back(top, 0, k + 1 < lines ? 500 : 200);
        top += gap - pitch;
    }
    return p;
}

std::vector<std::size_t> paragraph_lengths(const std::vector<Line>& lines) {
    std::vector<std::size_t> out;
    for (const auto& b : group_paragraphs(lines, /*measured_pitch=*/true)) out.push_back(b.lines.size());
    return out;
}

TEST(GroupParagraphs, ATallFontsLinePitchMayPassTwoEms) {
    const auto p = spaced_paragraphs({1u, 2u, 3u, 2u, 1u, 3u}, 24.5, 32.6);
    const auto tall = p.lines(11, 14.5);
    EXPECT_NEAR(typical_line_pitch(tall, /*text_layer=*/true), 24.5, 0.01);
    EXPECT_EQ(paragraph_lengths(tall), p.counts);
    const auto latin = p.lines(11, 12.6);
    EXPECT_EQ(typical_line_pitch(latin, /*text_layer=*/true), 0);
    EXPECT_EQ(paragraph_lengths(latin).size(), p.rows.size());
}

// Dev seed 33 ar-33-008.clean (LibreOffice, Amiri at 11.5 pt, leading
// 1.34): lines 15 pt high, 27.0 pt apart inside paragraphs (1.8 line
// heights, 2.35 em) and 35.1 between them. Every paragraph's second line
// stood alone.
TEST(GroupParagraphs, ATallFontsWiderLeadingIsItsLinePitch) {
    const auto p = spaced_paragraphs({2u, 2u, 1u, 2u, 3u}, 27.0, 35.1);
    EXPECT_EQ(paragraph_lengths(p.lines(11.5, 14.9)), p.counts);
}

// Dev seed 8 en-8-004 (fonts without ToUnicode, 13.2 pt pitch, sizes read
// as 7.2 pt): three note calls on lines of their own, 9 pt under a line of
// text, agree at "single spacing" too. They are no lines of running text.
TEST(GroupParagraphs, ANoteCallsLineIsNoLinePitch) {
    std::vector<std::tuple<double, double, double>> rows;
    for (int k = 0; k < 16; ++k) {
        rows.emplace_back(13.2 * k, 0, 300);
        if (k % 5 == 2) rows.emplace_back(13.2 * k + 9.0, 160, 163);  // the call "1" alone
    }
    EXPECT_NEAR(typical_line_pitch(lines_at(rows, 7.2), /*text_layer=*/true), 13.2, 0.01);
}

// The sizes of the paragraphs a text layer's lines at `rows` make, each
// line ending "w," (a clause's end) or "w".
std::vector<std::size_t> paragraph_sizes(const std::vector<std::tuple<double, double, double>>& rows, bool clause_ends) {
    auto lines = lines_at(rows);
    if (clause_ends)
        for (auto& l : lines) l.words.back().text = "w,";
    std::vector<std::size_t> sizes;
    for (const auto& b : group_paragraphs(lines, /*measured_pitch=*/true)) sizes.push_back(b.lines.size());
    return sizes;
}

// Dev seed 7 en-7-005 (XeLaTeX, justified, lines 16.7 pt apart, 19.7 pt
// between paragraphs): a preamble clause whose last line fills the measure
// ("... justice and peace in the world," / "Whereas disregard ..."). The
// page's short last lines teach its paragraph spacing; the same spacing
// after a clause's end is a break. Without the clause's end it is a line
// grown by a raised call, and runs on.
TEST(GroupParagraphs, TheSpacingLearntAfterShortLinesSplitsAfterAFullOne) {
    const auto rows = std::vector<std::tuple<double, double, double>>{
        {0, 0, 120},     {19.7, 0, 400},  {36.4, 0, 396},  {56.1, 0, 400}, {72.8, 0, 400},
        {89.5, 0, 220},  {109.2, 0, 400}, {125.9, 0, 160}, {145.6, 0, 400}, {162.3, 0, 400}};
    EXPECT_EQ(paragraph_sizes(rows, true), (std::vector<std::size_t>{1, 2, 3, 2, 2}));
    EXPECT_EQ(paragraph_sizes(rows, false), (std::vector<std::size_t>{1, 5, 2, 2}));
}

// The same page, each full line ending as Russian preamble clauses do,
// in a conjunction after a semicolon, and a raised call after it ("…
// при большей свободе; и¹" / "принимая во внимание …", dev seed 12
// ru-12-022, LibreOffice): the clause's end all the same. A conjunction
// with no semicolon before it runs on.
TEST(GroupParagraphs, AClauseEndingInAConjunctionAndACallSplitsAfterAFullOne) {
    const auto rows = std::vector<std::tuple<double, double, double>>{
        {0, 0, 120},     {19.7, 0, 400},  {36.4, 0, 396},  {56.1, 0, 400}, {72.8, 0, 400},
        {89.5, 0, 220},  {109.2, 0, 400}, {125.9, 0, 160}, {145.6, 0, 400}, {162.3, 0, 400}};
    for (const bool semicolon : {true, false}) {
        auto lines = lines_at(rows);
        for (auto& l : lines) {
            Word& w = l.words.back();
            Word conjunction = make_word("и", w.box.x1 - 30, w.box.y0);
            Word call = make_word("1", w.box.x1 - 12, w.box.y0 - 3, 6);
            call.flags |= kFlagSuperscript;
            w.box.x1 -= 40;
            w.text = semicolon ? "свободе;" : "свободе";
            l.words.push_back(conjunction);
            l.words.push_back(call);
        }
        std::vector<std::size_t> sizes;
        for (const auto& b : group_paragraphs(lines, /*measured_pitch=*/true)) sizes.push_back(b.lines.size());
        EXPECT_EQ(sizes, semicolon ? (std::vector<std::size_t>{1, 2, 3, 2, 2}) : (std::vector<std::size_t>{1, 5, 2, 2}));
    }
}

// The same page with that break after a full line measured wider than the
// page's spacing (21.0 pt against 19.7; Arabic's marks move baselines so,
// dev seed 7 ar-7-005): still a break, short of a wide gap.
TEST(GroupParagraphs, ASpacingWiderThanTheLearntOneSplitsAfterAFullOne) {
    const auto rows = std::vector<std::tuple<double, double, double>>{
        {0, 0, 120},     {19.7, 0, 400},  {36.4, 0, 396},  {57.4, 0, 400}, {74.1, 0, 400},
        {90.8, 0, 220},  {110.5, 0, 400}, {127.2, 0, 160}, {146.9, 0, 400}, {163.6, 0, 400}};
    EXPECT_EQ(paragraph_sizes(rows, true), (std::vector<std::size_t>{1, 2, 3, 2, 2}));
}

// Dev seed 7 fr-7-010 (pdflatex): "Tableau 1" set 1.07 pitches under the
// paragraph's last line, over its table: a paragraph of its own. "Table 3"
// opening a wrapped line mid-sentence is no caption.
TEST(GroupParagraphs, ATableCaptionIsAParagraphOfItsOwn) {
    const auto blocks_of = [](const char* end_above, const char* first, const char* second) {
        std::vector<Word> words = {make_word("Toute", 0, 0), make_word("personne", 40, 0), make_word(end_above, 100, 0),
                                   make_word(first, 0, 15), make_word(second, 50, 15), make_word("Les", 0, 31),
                                   make_word("chiffres", 30, 31)};
        words[2].box.x1 = 400;
        words[6].box.x1 = 400;
        std::vector<std::string> texts;
        for (const auto& b : group_paragraphs(group_lines(words), /*measured_pitch=*/true)) texts.push_back(block_text(b));
        return texts;
    };
    EXPECT_EQ(blocks_of("pays.", "Tableau", "1"),
              (std::vector<std::string>{"Toute personne pays.", "Tableau 1", "Les chiffres"}));
    EXPECT_EQ(blocks_of("in", "Table", "3"), (std::vector<std::string>{"Toute personne in Table 3 Les chiffres"}));
}

// Dev seed 1 zh-1-001 (xeCJK, 1.5 em indents): one-line paragraphs, each
// indented from the column's margin.
TEST(GroupParagraphs, OneLineParagraphsIndentedAlikeSplit) {
    const auto rows = std::vector<std::tuple<double, double, double>>{
        {0, 0, 400}, {12, 0, 250}, {24, 16, 300}, {36, 16, 180}, {48, 16, 400}, {60, 0, 400}, {72, 0, 200}};
    auto lines = lines_at(rows);
    for (auto& l : lines) l.words.back().text = "w,";  // each ends as a preamble's paragraph does
    std::vector<std::size_t> sizes;
    for (const auto& b : group_paragraphs(lines)) sizes.push_back(b.lines.size());
    EXPECT_EQ(sizes, (std::vector<std::size_t>{2, 1, 1, 3}));
    // A comma ends one whether its line stops short of the measure (dev
    // seed 7 en-7-019: 1.6 em short) or fills it (dev seed 12 en-12-014,
    // seed 10 en-10-009, fr-10-000: a one-line clause, then the next at the
    // same indent, where a paragraph's wrapped line never starts).
    for (const double end : {380.0, 400.0, 420.0}) {
        auto near_full = lines_at({{0, 16, end}, {12, 16, 400}, {24, 0, 400}});
        for (auto& l : near_full) l.words.back().text = "w,";
        sizes.clear();
        for (const auto& b : group_paragraphs(near_full)) sizes.push_back(b.lines.size());
        EXPECT_EQ(sizes, (std::vector<std::size_t>{1, 2})) << end;
    }
    // Without the punctuation, a list of short indented entries stays one block (A/81/6).
    sizes.clear();
    for (const auto& b : group_paragraphs(lines_at(rows))) sizes.push_back(b.lines.size());
    EXPECT_EQ(sizes, (std::vector<std::size_t>{2, 5}));
}

// A one-line clause that ends in a conjunction after its semicolon
// ("… между народами; и", dev seed 28 ru-28-005, XeLaTeX: 0.8 em short of
// the measure), then the next clause at the same indent: two paragraphs.
// Without the semicolon the conjunction ends no clause.
TEST(GroupParagraphs, AOneLineClauseEndingInAConjunctionSplitsAtTheSameIndent) {
    const auto split = [](const char* before) {
        auto lines = lines_at({{0, 16, 392}, {12, 16, 400}, {24, 0, 400}});
        Line& first = lines[0];
        first.words.back().text = before;
        Word conj = make_word("и", 392, 0);
        first.words.push_back(conj);
        first.box = first.box.united(conj.box);
        std::vector<std::size_t> sizes;
        for (const auto& b : group_paragraphs(lines)) sizes.push_back(b.lines.size());
        return sizes;
    };
    EXPECT_EQ(split("народами;"), (std::vector<std::size_t>{1, 2}));
    EXPECT_EQ(split("народами"), (std::vector<std::size_t>{3}));
}

// A Chinese preamble in LibreOffice with Latin commas (dev seed 7
// zh-7-000): each clause a paragraph, the last one short, then "1." a
// little further in: the operative part.
TEST(GroupParagraphs, ChineseClausesWithLatinCommasAndTheFirstItem) {
    std::vector<Word> words;
    words.push_back(make_word("义与和平的基础,", 0, 0));
    auto clause = make_word("鉴于为使人类不致迫不得已铤而走险对暴政和压迫进行反叛有必要使人权受法治的保护,", 17, 14);
    clause.box.x1 = 396;
    words.push_back(clause);
    words.push_back(make_word("鉴于有必要促进各国间友好关系的发展,", 17, 28));
    words.push_back(make_word("1.", 28, 42));
    words.push_back(make_word("任何人不得使为奴隶或奴役。", 40, 42));
    std::vector<std::size_t> sizes;
    for (const auto& b : group_paragraphs(group_lines(words))) sizes.push_back(b.lines.size());
    EXPECT_EQ(sizes, (std::vector<std::size_t>{1, 1, 1, 1}));
}

// The same, the last clause filling the measure (dev seed 10 zh-10-014):
// "1." further in than that one-line paragraph's indent opens the item, as
// no wrapped line starts right of its paragraph's first line. Flush with
// the margin, a label's line wraps the clause.
TEST(GroupParagraphs, ItemFurtherInThanAFullIndentedOneLineClause) {
    for (const double item_x : {28.0, 0.0}) {
        std::vector<Word> words;
        words.push_back(make_word("义与和平的基础,", 0, 0));
        auto clause = make_word("鉴于各会员国业已誓愿同联合国合作以促进对人权和基本自由的普遍尊重和遵行,", 17, 14);
        clause.box.x1 = 396;
        words.push_back(clause);
        words.push_back(make_word("1.", item_x, 28));
        words.push_back(make_word("凡受刑事控告者在未经获得辩护上所需的一切保证的公开审判", item_x + 12, 28));
        std::vector<std::size_t> sizes;
        for (const auto& b : group_paragraphs(group_lines(words))) sizes.push_back(b.lines.size());
        EXPECT_EQ(sizes, (item_x > 0 ? std::vector<std::size_t>{1, 1, 1} : std::vector<std::size_t>{1, 2})) << item_x;
    }
}

// Words laid out from x, a space (0.35 em) apart, as one text-layer run.
std::vector<Word> run_at(const std::vector<std::string>& texts, double x, double top) {
    std::vector<Word> out;
    for (const auto& t : texts) {
        out.push_back(make_word(t, x, top));
        x = out.back().box.x1 + 3.5;
    }
    return out;
}

// Poppler read pdfTeX's italic lead words after the whole page (dev seed 7
// en-7-025.no-tounicode): "Whereas" before its line, "Everyone" between
// "1." and its text. Each goes back into its line. A left column's short
// line read after the right column's line on its baseline stays apart: the
// gutter is no space.
TEST(GroupLines, LeadWordsReadAfterThePageGoBackIntoTheirLines) {
    std::vector<Word> words = run_at({"it", "is", "essential", "to", "promote"}, 115.5, 255);
    for (auto& w : run_at({"against", "tyranny", "and", "oppression,", "that"}, 72, 268)) words.push_back(w);
    for (auto& w : run_at({"1."}, 72, 290)) words.push_back(w);
    for (auto& w : run_at({"is", "entitled", "to", "all", "the"}, 138.5, 290)) words.push_back(w);
    for (auto& w : run_at({"in", "the", "region,", "with", "the"}, 320, 320)) words.push_back(w);
    for (auto& w : run_at({"Whereas"}, 77, 255)) words.push_back(w);    // ends 3.5 before "it"
    for (auto& w : run_at({"Everyone"}, 95, 290)) words.push_back(w);   // between "1." and "is"
    for (auto& w : run_at({"the", "end."}, 72, 320)) words.push_back(w);  // a column's last line
    const auto lines = group_lines(std::move(words));
    std::vector<std::string> texts;
    for (const auto& l : lines) texts.push_back(line_text(l));
    EXPECT_EQ(texts, (std::vector<std::string>{"Whereas it is essential to promote", "against tyranny and oppression, that",
                                               "1. Everyone is entitled to all the", "in the region, with the",
                                               "the end."}));
}

// Poppler read two words of a justified line's wide spaces two lines
// before it (dev seed 12 ru-12-020, LibreOffice: "имеет право" before the
// tail of the line above and "10. Каждый … общества, на социальное"). They
// go back where they stand, between "общества," and "на".
TEST(GroupLines, WordsReadBeforeTheirLineGoBackIntoIt) {
    std::vector<Word> words = run_at({"тайного", "голосования", "или", "же"}, 72, 140);
    for (auto& w : run_at({"имеет", "право"}, 163.5, 168)) words.push_back(w);
    for (auto& w : run_at({"форм,"}, 240, 140)) words.push_back(w);
    for (auto& w : run_at({"обеспечивающих", "свободу"}, 72, 154)) words.push_back(w);
    for (auto& w : run_at({"10.", "Каждый", "член"}, 88, 168)) words.push_back(w);
    for (auto& w : run_at({"на", "социальное"}, 220.5, 168)) words.push_back(w);
    const auto lines = group_lines(std::move(words));
    std::vector<std::string> texts;
    for (const auto& l : lines) texts.push_back(line_text(l));
    EXPECT_EQ(texts.back(), "10. Каждый член имеет право на социальное");
}

TEST(GroupParagraphs, FontSizeChangeSplits) {
    auto lines = group_lines({make_word("Title", 0, 0, 14), make_word("body", 0, 16, 10), make_word("text", 0, 28, 10)});
    auto blocks = group_paragraphs(lines);
    ASSERT_EQ(blocks.size(), 2u);
    EXPECT_EQ(block_text(blocks[1]), "body text");
}

// An OCR paragraph's last line of one ideograph and a mark, sized 7.6
// points under lines of 9.8 (dev scan300-10 zh-10-004): too few letters to
// part it from its paragraph. The same line from a text layer is sized by
// its font, and parts.
TEST(GroupParagraphs, AFewLettersOcrSizedSmallerStayInTheParagraph) {
    for (const Source source : {Source::Ocr, Source::TextLayer}) {
        std::vector<Word> words = {make_word("5.", 86, 646, 9.8), make_word("在真正由于非政治性的罪行或违背联合国的宗旨和原则的行为而", 100, 646, 9.8),
                                   make_word("利。", 66, 662, 7.6)};
        for (auto& w : words) w.source = source;
        const auto blocks = group_paragraphs(group_lines(std::move(words)));
        EXPECT_EQ(blocks.size(), source == Source::Ocr ? 1u : 2u);
    }
}

// A Latin OCR paragraph's last line of one word, sized 14.1 points under
// lines of 11.0 (dev seed 12 en-12-007.scan-bw: "State."): one word is too
// little to part it from its paragraph by size. Two words are measured;
// the same line from a text layer is sized by its font.
TEST(GroupParagraphs, AnOcrLineOfOneWordIsNotSizedApart) {
    for (const Source source : {Source::Ocr, Source::TextLayer})
        for (const bool two_words : {false, true}) {
            std::vector<Word> words = {make_word("6.", 86, 630, 11), make_word("Everyone", 100, 630, 11),
                                       make_word("has", 150, 630, 11), make_word("the", 175, 630, 11),
                                       make_word("State.", 85, 647, 14.1)};
            if (two_words) words.push_back(make_word("Member.", 130, 647, 14.1));
            for (auto& w : words) w.source = source;
            const auto blocks = group_paragraphs(group_lines(std::move(words)));
            EXPECT_EQ(blocks.size(), source == Source::Ocr && !two_words ? 1u : 2u) << two_words;
        }
}

// The same with its note's call and the stop after it read as words of
// their own ("l’État" "2" ".", 8.8 points under lines of 15.1: dev seed 27
// fr-27-006.glyph-ids): still one word.
TEST(GroupParagraphs, AnOcrLineOfOneWordWithItsCallIsNotSizedApart) {
    std::vector<Word> words = {make_word("3.", 86, 88, 15.1), make_word("La", 110, 88, 15.1),
                               make_word("famille", 130, 88, 15.1), make_word("est", 190, 88, 15.1),
                               make_word("l’État", 83, 106, 8.8), make_word("2", 130, 105, 5),
                               make_word(".", 134, 106, 8.8)};
    words[5].flags |= kFlagSuperscript;
    for (auto& w : words) w.source = Source::Ocr;
    EXPECT_EQ(group_paragraphs(group_lines(std::move(words))).size(), 1u);
}

// An Arabic paragraph's second OCR line sized 14.4 under a first of 11.5
// (dev scan300-7 ar-7-024): Arabic word heights vary with their letters,
// and OCR's sizes with them. One paragraph; on a text layer, two.
TEST(GroupParagraphs, ArabicOcrSizesVaryWithinAParagraph) {
    for (const Source source : {Source::Ocr, Source::TextLayer}) {
        std::vector<Word> words = {make_word("لا", 300, 242, 11.5), make_word("يعرض", 320, 242, 11.5),
                                   make_word("أحد", 350, 242, 11.5), make_word("لتدخل", 380, 242, 11.5),
                                   make_word("الخاصة", 300, 258, 14.4), make_word("أو", 340, 258, 14.4),
                                   make_word("أسرته", 360, 258, 14.4), make_word("مراسلاته", 400, 258, 14.4)};
        for (auto& w : words) w.source = source;
        const auto blocks = group_paragraphs(group_lines(std::move(words)));
        EXPECT_EQ(blocks.size(), source == Source::Ocr ? 1u : 2u);
    }
}

// An Arabic paragraph's last OCR line of two words carries the page's
// size, 5.5 under 12.7 (as dev scan300-7 ar-7-011's "تحققا تاماء", 7.8,
// stood alone): no measure of its own to part it by. Of three words, it is
// measured, and parts at under half the paragraph's size.
TEST(GroupParagraphs, AShortArabicOcrLineIsNotSizedApart) {
    for (const std::size_t tail_words : {2u, 3u}) {
        std::vector<Word> words = {make_word("لكل", 300, 446, 12.7), make_word("فرد", 330, 446, 12.7),
                                   make_word("الحق", 360, 446, 12.7), make_word("في", 390, 446, 12.7)};
        const char* tail[] = {"تحققا", "تاماء", "كاملا"};
        for (std::size_t k = 0; k < tail_words; ++k) words.push_back(make_word(tail[k], 300 + 40 * static_cast<double>(k), 463, 5.5));
        for (auto& w : words) w.source = Source::Ocr;
        const auto blocks = group_paragraphs(group_lines(std::move(words)));
        EXPECT_EQ(blocks.size(), tail_words == 2 ? 1u : 2u) << tail_words;
    }
}

// An Arabic OCR line of eight words across the measure, its words' tops at
// `top`, sized `size`.
std::vector<Word> arabic_ocr_line(double top, double size, Source source) {
    static const char* const text[] = {"ولما", "كانت", "شعوب", "الأمم", "المتحدة", "قد", "أكدت", "الميثاق"};
    std::vector<Word> words;
    for (int k = 0; k < 8; ++k) {
        words.push_back(make_word(text[k], 60 + 60 * k, top, size));
        words.back().box.x1 = 60 + 60 * k + 52;
        words.back().source = source;
    }
    return words;
}

// The baselines of an Arabic paragraph's OCR lines, its words' feet, jitter
// by a third of their pitch: lines 13 pt apart under 10-point type, then
// one 17.5 (1.35 times; dev scan300-7 ar-7-021, where a paragraph broke at
// 1.31). One paragraph; from a text layer, whose baselines are the
// font's, two.
TEST(GroupParagraphs, ArabicOcrBaselinesJitterWithinAParagraph) {
    for (const Source source : {Source::Ocr, Source::TextLayer}) {
        std::vector<Word> words;
        for (const double top : {100.0, 113.0, 126.0, 143.5, 156.5}) {
            auto line = arabic_ocr_line(top, 10, source);
            words.insert(words.end(), line.begin(), line.end());
        }
        const auto blocks = group_paragraphs(group_lines(std::move(words)), /*measured_pitch=*/true);
        EXPECT_EQ(blocks.size(), source == Source::Ocr ? 1u : 2u);
    }
}

// An Arabic paragraph's OCR lines 20 pt apart, every other one's words
// boxed 4 pt higher and lower (tall letters and marks over them,
// descenders under them): their feet 24 and 16 pt apart in turn, as
// pitches of 15.6-23.3 in one paragraph measured by feet (dev scan300-22
// ar-22-007 p. 2, which made a usual pitch of 15.8 and broke the
// paragraph). Measured between the words' middles, one paragraph.
TEST(GroupParagraphs, ArabicOcrLinesArePitchedByTheirWordsMiddles) {
    std::vector<Word> words;
    for (int k = 0; k < 6; ++k) {
        auto line = arabic_ocr_line(100 + 20 * k, 10, Source::Ocr);
        if (k % 2 == 1)
            for (auto& w : line) w.box.y0 -= 4, w.box.y1 += 4;
        words.insert(words.end(), line.begin(), line.end());
    }
    const auto lines = group_lines(std::move(words));
    ASSERT_EQ(lines.size(), 6u);
    EXPECT_DOUBLE_EQ(line_pitch(lines[0], lines[1]), 20.0);
    EXPECT_EQ(group_paragraphs(lines, /*measured_pitch=*/true).size(), 1u);
}

// A page of 12-point Arabic OCR paragraphs set apart by space alone, no
// indent: eight of one short line, four of a full line and a short one.
// Inside a paragraph the lines stand 13.1-16.4 pt apart (jittered by OCR,
// too far apart to agree as a cluster), the paragraphs 22.5-26 (dev
// scan300-22 ar-22-005, whose usual pitch came out 22.6, the paragraphs',
// and ran them together). The pitch from a full line to the next at no
// indent is the running pitch: twelve paragraphs.
TEST(GroupParagraphs, ArabicOcrRunningPitchIsMeasuredUnderFullLines) {
    const double inside[] = {13.1, 14.0, 15.2, 16.4};
    const double between[] = {22.5, 22.8, 23.0, 23.4, 24.0, 24.2, 24.5, 25.0, 25.4, 25.8, 26.0};
    std::vector<Word> words;
    double top = 100;
    for (int p = 0; p < 12; ++p) {
        if (p > 0) top += between[p - 1];
        auto line = arabic_ocr_line(top, 12, Source::Ocr);
        if (p % 3 == 0) {  // a full line, then the paragraph's short last one
            words.insert(words.end(), line.begin(), line.end());
            top += inside[p / 3];
            line = arabic_ocr_line(top, 12, Source::Ocr);
        }
        words.insert(words.end(), line.begin(), line.begin() + 3);
    }
    EXPECT_EQ(group_paragraphs(group_lines(std::move(words)), /*measured_pitch=*/true).size(), 12u);
}

// Ragged Arabic OCR lines (dev scan300-23 ar-23-012, LibreOffice): a
// paragraph's lines 10.5-11.5 pt apart under 10-point type, its breaks
// 17-20, and one paragraph's first line, short, 13.7 over the next: more
// than kSpacedParagraphPitchFactor times the usual pitch (11.1), but far
// nearer it than the page's breaks. Five paragraphs, not six.
TEST(GroupParagraphs, ArabicOcrSpaceAfterAShortLineIsToldAgainstThePagesBreaks) {
    const double inside[] = {10.5, 11.2, 11.5, 11.0, 13.7};
    const double between[] = {17.0, 18.0, 19.0, 20.0};
    std::vector<Word> words;
    double top = 100;
    for (int p = 0; p < 5; ++p) {
        if (p > 0) top += between[p - 1];
        auto first = arabic_ocr_line(top, 10, Source::Ocr);
        if (p == 4) first.resize(6);
        words.insert(words.end(), first.begin(), first.end());
        top += inside[p];
        auto last = arabic_ocr_line(top, 10, Source::Ocr);
        words.insert(words.end(), last.begin(), last.begin() + 4);
    }
    EXPECT_EQ(group_paragraphs(group_lines(std::move(words)), /*measured_pitch=*/true).size(), 5u);
}

// A one-line Arabic preamble clause at the column's margin, ending "."
// short of the measure by more than the next line's first word, then the
// next clause at the same pitch and margin (dev scan300-23 ar-23-005,
// LibreOffice, no indent): the next word would have fitted, so the line
// was ended on purpose. Without the clause's end, one paragraph.
TEST(GroupParagraphs, AOneLineClauseShortOfItsColumnEndsItsParagraph) {
    for (const bool clause_end : {true, false}) {
        std::vector<Word> words;
        for (int k = 0; k < 4; ++k) {
            auto line = arabic_ocr_line(100 + 14 * k, 10, Source::Ocr);
            if (k == 0) {
                line.resize(6);
                if (clause_end) line.back().text += ".";
            }
            if (k == 3) line.resize(4);
            words.insert(words.end(), line.begin(), line.end());
        }
        const auto blocks = group_paragraphs(group_lines(std::move(words)), /*measured_pitch=*/true);
        ASSERT_EQ(blocks.size(), clause_end ? 2u : 1u) << clause_end;
        EXPECT_EQ(blocks[0].lines.size(), clause_end ? 1u : 4u);
    }
}

// A clause's last line short of the measure by more than the next line's
// first word ends its paragraph where paragraphs open flush, but not under
// a paragraph whose first line is indented, the next line flush with the
// wrapped ones: pdfTeX's Courier, set justified with no stretch in its
// spaces, ended "… fundamental freedoms." early and went on "It shall
// promote …" (dev seed 29 en-29-004).
TEST(GroupParagraphs, ALineEndedEarlyUnderAnIndentedFirstLineCarriesOn) {
    for (const bool indented : {true, false}) {
        std::vector<std::string> first = words_of(
            "9. Education shall be directed to the full development of the human personality");
        if (!indented) first.push_back("and");  // to the same measure from the margin
        std::vector<Word> words = run_at(first, indented ? 92 : 72, 100);
        for (auto& w : run_at(words_of("and to the strengthening of respect for human rights and fundamental freedoms."), 72, 113))
            words.push_back(w);
        for (auto& w : run_at(words_of("It shall promote understanding, tolerance and friendship among all nations, racial"), 72, 126))
            words.push_back(w);
        for (auto& w : run_at(words_of("or religious groups."), 72, 139)) words.push_back(w);
        const auto blocks = group_paragraphs(group_lines(std::move(words)), /*measured_pitch=*/true);
        ASSERT_EQ(blocks.size(), indented ? 1u : 2u) << indented;
        EXPECT_EQ(blocks[0].lines.size(), indented ? 4u : 2u);
    }
}

// An OCR paragraph's last line of two words, sized 17.7 points under
// lines of 13.6 (OCR measured it from its own few letters), 14.3 points
// under the full line above, where the page's paragraphs part at 17.3 (dev
// seed 29 es-29-005.scan, "cualquier país."): it carries its paragraph on.
// Set off at the paragraphs' own pitch, it is a paragraph of its own.
TEST(GroupParagraphs, AnOcrTailOfTwoWordsCarriesItsParagraphOnWhateverItsSize) {
    for (const double tail_pitch : {14.3, 24.0}) {
        std::vector<Word> words;
        const auto add = [&](const std::string& text, double baseline, double size) {
            double x = 72;
            for (const auto& t : words_of(text)) {
                Word w = make_word(t, x, baseline - 11, size);
                w.box.y1 = baseline;
                for (auto& g : w.glyphs) g.box.y1 = baseline;
                w.source = Source::Ocr;
                x = w.box.x1 + 4;
                words.push_back(std::move(w));
            }
        };
        const std::string full = "Toda persona tiene derecho a buscar asilo y a disfrutar de";
        double baseline = 111;
        add(full, baseline, 13.6);
        add(full, baseline += 14.3, 13.6);
        add("cualquier país.", baseline += tail_pitch, 17.7);
        for (int p = 0; p < 3; ++p) {
            add(full, baseline += 17.3, 13.6);
            add(full, baseline += 14.3, 13.6);
            add("los propósitos de las Naciones Unidas.", baseline += 14.3, 13.6);
        }
        const auto blocks = group_paragraphs(group_lines(std::move(words)), /*measured_pitch=*/true);
        ASSERT_EQ(blocks.size(), tail_pitch < 17 ? 4u : 5u) << tail_pitch;
        EXPECT_EQ(blocks[0].lines.size(), tail_pitch < 17 ? 3u : 2u);
    }
}

// Chinese OCR lines break after any character: a preamble clause's last
// line, ending "，" 9.5 em short of the measure, then "鉴于…" at the
// margin and the page's pitch, no indent (dev scan300-29 zh-29-002,
// LibreOffice): the next character would have fitted, so the clause ended
// there. A line stopping short on a character inside its sentence does not.
TEST(GroupParagraphs, AChineseOcrClauseShortOfTheMeasureEndsItsParagraph) {
    for (const bool clause_end : {true, false}) {
        std::vector<Word> words;
        const auto add = [&](const std::string& text, double top) {
            Word w = make_word(text, 52, top);
            w.source = Source::Ocr;
            w.space_after = false;
            words.push_back(std::move(w));
        };
        const std::string twenty = "鉴于对人权的无视和侮蔑已发展为野蛮暴行这";
        add(twenty + twenty, 100);
        add("些暴行玷污了人类的良心而一个人人享有言论和信" + std::string(clause_end ? "，" : "的"), 114);
        add("鉴于为使人类不致迫不得已铤而走险对暴政和压迫进行反叛有必要使人权受法治的保", 128);
        add("护鉴于有必要促进各国间友好关系的发展。", 142);
        const auto blocks = group_paragraphs(group_lines(std::move(words)), /*measured_pitch=*/true);
        EXPECT_EQ(blocks.size(), clause_end ? 2u : 1u) << clause_end;
    }
}

// A paragraph's widest line pitch is measured in the paragraph's size, not
// the line above's, when OCR sized Arabic lines: one of 11.3 among lines
// of 12-12.5, then the next 25.4 pt under it (dev scan300-7 ar-7-002,
// "وما كانت شعوب ..." / "للرجال والنساء ...": 2.2 em of 11.3 is 24.9).
TEST(GroupParagraphs, ArabicOcrLinePitchIsMeasuredInTheParagraphsSize) {
    std::vector<Word> words;
    const double tops[] = {100.0, 121.8, 143.6, 165.4, 190.8};
    const double sizes[] = {12.5, 12.0, 12.5, 11.3, 12.5};
    for (int k = 0; k < 5; ++k) {
        auto line = arabic_ocr_line(tops[k], sizes[k], Source::Ocr);
        words.insert(words.end(), line.begin(), line.end());
    }
    const auto blocks = group_paragraphs(group_lines(std::move(words)), /*measured_pitch=*/true);
    EXPECT_EQ(blocks.size(), 1u);
}

// One paragraph's Arabic OCR lines measured 12.2, 12.2 and then 17.8
// (dev scan300-7 ar-7-018): under 1.5 times the paragraph's size, one
// paragraph.
TEST(GroupParagraphs, ArabicOcrSizesVaryByHalfWithinAParagraph) {
    std::vector<Word> words;
    const double tops[] = {100.0, 116.0, 132.0};
    const double sizes[] = {12.2, 12.2, 17.8};
    for (int k = 0; k < 3; ++k) {
        auto line = arabic_ocr_line(tops[k], sizes[k], Source::Ocr);
        words.insert(words.end(), line.begin(), line.end());
    }
    EXPECT_EQ(group_paragraphs(group_lines(std::move(words)), /*measured_pitch=*/true).size(), 1u);
}

// LibreOffice's Amiri at a leading of 1.32 (dev scan300-11 ar-11-008):
// 9-point lines 22.3 pt apart inside a paragraph (2.5 em), paragraphs 29 pt
// apart. Two paragraphs of two lines, not four lines alone.
TEST(GroupParagraphs, ArabicOcrLinesSetWideApartStayOneParagraph) {
    std::vector<Word> words;
    for (const double top : {100.0, 122.3, 151.3, 173.6}) {
        auto line = arabic_ocr_line(top, 9, Source::Ocr);
        words.insert(words.end(), line.begin(), line.end());
    }
    const auto blocks = group_paragraphs(group_lines(std::move(words)), /*measured_pitch=*/true);
    ASSERT_EQ(blocks.size(), 2u);
    EXPECT_EQ(blocks[0].lines.size(), 2u);
}

// A paragraph's first two Arabic OCR lines measured 8.9 and 13.9 points,
// 14 apart as the page's lines stand (dev scan300-13 ar-13-014): under a
// full line at the usual pitch, a line carries its paragraph on whatever
// size OCR gave it. Under a short line (a heading's, or a paragraph's
// last), the size still parts them.
TEST(GroupParagraphs, AnArabicOcrLineUnderAFullOneAtTheUsualPitchKeepsItsParagraph) {
    for (const bool full : {true, false}) {
        std::vector<Word> words;
        const double baselines[] = {100.0, 114.0, 128.0, 160.0, 174.0, 188.0};
        const double sizes[] = {9.0, 9.0, 9.0, 8.9, 13.9, 9.0};
        for (int k = 0; k < 6; ++k) {
            auto line = arabic_ocr_line(baselines[k] - sizes[k], sizes[k], Source::Ocr);
            if (k == 3 && !full) line.resize(3);
            words.insert(words.end(), line.begin(), line.end());
        }
        const auto blocks = group_paragraphs(group_lines(std::move(words)), /*measured_pitch=*/true);
        EXPECT_EQ(blocks.size(), full ? 2u : 3u) << full;
    }
}

// A/RES/74/173 p. 3: paragraph 9 ends on a line that fills the measure,
// and "10." starts the next, indented. Not so after a line that runs on
// (no clause end), nor for a year that starts a wrapped line.
struct NumberedCase {
    const char* last_word;   // of the full line before
    const char* first_word;  // of the indented line
    std::size_t blocks;
};

class NumberedParagraphs : public ::testing::TestWithParam<NumberedCase> {};

TEST_P(NumberedParagraphs, StartABlockAfterAClauseEnd) {
    const auto& c = GetParam();
    auto full = make_word(c.last_word, 0, 12);
    full.box.x1 = 400;
    auto first = make_word("made", 0, 0);
    first.box.x1 = 400;
    auto numbered = make_word(c.first_word, 30, 24);
    auto rest = make_word("Stresses", numbered.box.x1 + 3, 24);
    rest.box.x1 = 400;
    const auto blocks = group_paragraphs(group_lines({first, full, numbered, rest}));
    EXPECT_EQ(blocks.size(), c.blocks) << c.last_word << " / " << c.first_word;
}

INSTANTIATE_TEST_SUITE_P(Table, NumberedParagraphs,
                         ::testing::Values(NumberedCase{"platform;", "10.", 2}, NumberedCase{"follows:", "(a)", 2},
                                           NumberedCase{"Assembly.", "IV.", 2}, NumberedCase{"platform;", "b)", 2},
                                           NumberedCase{"platform;", "2019", 1},
                                           // Indented under a wrapped line, a label and a capital open an
                                           // item whatever ends the line above (dev seed 7 es-7-015: "...
                                           // del hombre, y" / "1. Toda persona")
                                           NumberedCase{"platform", "10.", 2}, NumberedCase{"of the", "(a)", 2}));

// ... but under a wrapped line without a clause's end, a label and a word
// in lower case go on the sentence.
TEST(GroupParagraphs, AnIndentedLabelInLowerCaseAfterNoClauseEndGoesOn) {
    auto first = make_word("made", 0, 0);
    first.box.x1 = 400;
    auto full = make_word("platform", 0, 12);
    full.box.x1 = 400;
    auto label = make_word("(a)", 30, 24);
    auto rest = make_word("the", label.box.x1 + 3, 24);
    EXPECT_EQ(group_paragraphs(group_lines({first, full, label, rest})).size(), 1u);
}

// A/81/6 p. 1: its notes "*", "**", "***" hang left of their wrapped
// text; each starts a paragraph after the one above ends. A number flush
// with the line above is that line's sentence wrapped ("para." / "12.").
TEST(GroupParagraphs, HangingNumbersAfterAClauseEndStartABlock) {
    const auto lines_of = [](const char* last_word, const char* label, double label_x) {
        auto first = make_word("present", 36, 0);
        first.box.x1 = 400;
        auto last = make_word(last_word, 36, 12);
        last.box.x1 = 400;
        auto number = make_word(label, label_x, 24);
        auto rest = make_word("A/81/50.", number.box.x1 + 3, 24);
        return group_lines({first, last, number, rest});
    };
    EXPECT_EQ(group_paragraphs(lines_of("issued.", "**", 26)).size(), 2u);
    EXPECT_EQ(group_paragraphs(lines_of("issued.", "***", 20)).size(), 2u);
    EXPECT_EQ(group_paragraphs(lines_of("see A/80/590, para.", "12.", 36)).size(), 1u);  // flush: wrapped
    EXPECT_EQ(group_paragraphs(lines_of("issued", "**", 26)).size(), 1u);   // no clause end
    EXPECT_EQ(group_paragraphs(lines_of("issued.", "****", 26)).size(), 1u);  // no call of a note
}

// generated res-en: "(i) the organization of regional workshops;" over
// "(ii) the development of ...", flush: sibling items, in lower case.
TEST(GroupParagraphs, ALabelUnderALabelAfterAClauseEndIsTheNextItem) {
    auto first = make_word("(i)", 137, 0);
    auto first_text = make_word("the", 160, 0);
    first_text.box.x1 = 340;
    first_text.text = "workshops;";
    auto second = make_word("(ii)", 137, 14);
    auto second_text = make_word("the", 162, 14);
    EXPECT_EQ(group_paragraphs(group_lines({first, first_text, second, second_text})).size(), 2u);
    first_text.text = "workshops";  // no clause end: one sentence
    EXPECT_EQ(group_paragraphs(group_lines({first, first_text, second, second_text})).size(), 1u);
}

// A/80/590's summary: "... reflects the net impact of:" then, at the
// margin, "(a) reduced requirements ...; and (b) reduced ...": a run-in
// enumeration, one sentence, whose item starts in lower case.
TEST(GroupParagraphs, ARunInItemInLowerCaseCarriesOnItsSentence) {
    auto first = make_word("reflects", 60, 0);
    first.box.x1 = 400;
    auto label = make_word("(a)", 36, 12);
    auto rest = make_word("reduced", label.box.x1 + 3, 12);
    rest.box.x1 = 400;
    first.text = "of:";
    EXPECT_EQ(group_paragraphs(group_lines({first, label, rest})).size(), 1u);
    rest.text = "Reduced";
    EXPECT_EQ(group_paragraphs(group_lines({first, label, rest})).size(), 2u);
}

// "***  In keeping with ... the" then "programme plan ..." set under "In":
// a hanging indent carries the note on, however short its first line
// looks against the page's widest lines. Not under a bold heading.
TEST(GroupParagraphs, ALineUnderALabelsTextHangsInItsParagraph) {
    const auto blocks_for = [](const std::string& font) {
        auto stars = make_word("***", 20, 0);
        auto text = make_word("In", 40, 0);
        text.box.x1 = 300;
        stars.font = text.font = font;
        auto next = make_word("programme", 40, 12);
        next.box.x1 = 300;
        auto wide = make_word("Page", 60, 40);  // a line reaching further right on the page
        wide.box.x1 = 520;
        return group_paragraphs(group_lines({stars, text, next, wide})).size();
    };
    EXPECT_EQ(blocks_for("TimesNewRomanPSMT"), 2u);       // the note, then the wide line
    EXPECT_EQ(blocks_for("TimesNewRomanPS-BoldMT"), 3u);  // a heading, its text, the wide line
}

// A/81/6 p. 20: "Deliverables" in bold, then "10.59 Table 10.13 lists ...",
// at one size and pitch, the number outdented: a heading over its text.
// A bold lead-in that fills its line runs on into the regular text.
TEST(GroupParagraphs, AShortBoldLineOverRegularTextIsABlockOfItsOwn) {
    auto bold = make_word("Deliverables", 90, 0);
    bold.font = "BCDGEE+TimesNewRomanPS-BoldMT";
    auto text = make_word("10.59", 60, 12);
    auto rest = make_word("Table", 95, 12);
    rest.box.x1 = 400;
    EXPECT_EQ(group_paragraphs(group_lines({bold, text, rest})).size(), 2u);

    bold.box.x1 = 400;  // a full line in bold
    EXPECT_EQ(group_paragraphs(group_lines({bold, text, rest})).size(), 1u);
}

TEST(TypicalLinePitch, MedianOfSameSizeNeighbours) {
    EXPECT_DOUBLE_EQ(typical_line_pitch(lines_at({{0, 0, 1}, {12, 0, 1}, {24, 0, 1}, {50, 0, 1}})), 12);
    EXPECT_DOUBLE_EQ(typical_line_pitch(lines_at({{0, 0, 1}, {12, 0, 1}})), 0);  // too few to tell
}

// Dev seed 7 en-7-012 (XeLaTeX): one- and two-line preamble clauses, lines
// 14.2 pt apart inside them and 18.2 pt between. Most pitches are between
// paragraphs; the usual pitch is still the one inside them, so the space
// after each short last line ends its paragraph.
TEST(TypicalLinePitch, TheLineSpacingOnAPageOfShortParagraphs) {
    const std::vector<std::tuple<double, double, double>> rows = {
        {0, 0, 160}, {18.2, 0, 400}, {32.4, 0, 200}, {50.6, 0, 240}, {68.8, 0, 400}, {83.0, 0, 120},
        {101.2, 0, 280}, {119.4, 0, 200}, {137.6, 0, 400}, {151.8, 0, 160}};
    EXPECT_NEAR(typical_line_pitch(lines_at(rows)), 14.2, 0.01);
    EXPECT_EQ(group_paragraphs(lines_at(rows), /*measured_pitch=*/true).size(), 7u);
    // A lone tight pair (a stray line 6 pt under another) is not the pitch.
    EXPECT_NEAR(typical_line_pitch(lines_at({{0, 0, 1}, {6, 0, 1}, {20, 0, 1}, {34, 0, 1}, {48, 0, 1}, {62, 0, 1},
                                              {76, 0, 1}, {90, 0, 1}, {104, 0, 1}, {118, 0, 1}, {132, 0, 1}})),
                14, 0.01);
}

// The next number under a numbered paragraph, its label where the
// paragraph's own stands, opens the next paragraph even when the line above
// has lost its clause's end to OCR ("ومبادئها." read "ومبادئباء", dev
// scan300-10 ar-10-000) or fills the measure. Not a number out of turn.
TEST(GroupParagraphs, TheNextNumberAtTheLabelsPlaceOpensAParagraph) {
    const auto blocks_of = [](const char* next) {
        std::vector<Word> words;
        for (const auto& [text, x, top] : std::vector<std::tuple<const char*, double, double>>{
                 {"2", 0, 0}, {"-", 8, 0}, {"text", 16, 0}, {"more", 0, 12}, {next, 0, 24}, {"-", 8, 24}, {"rest", 16, 24}}) {
            Word w = make_word(text, x, top);
            if (std::string_view(text) == "text" || std::string_view(text) == "more" || std::string_view(text) == "rest")
                w.box.x1 = 400;
            words.push_back(w);
        }
        return group_paragraphs(group_lines(words)).size();
    };
    EXPECT_EQ(blocks_of("3"), 2u);
    EXPECT_EQ(blocks_of("4"), 1u);
    EXPECT_EQ(blocks_of("2"), 1u);
}

// On an OCR page the next number may lose its mark ("4. …缔婚。" / "5 家庭
// …": dev scan300-11 zh-11-007, zh-11-010): bare, one past the
// paragraph's, where its number stands, it opens the next paragraph; a
// bare figure out of turn, or on a text layer, does not.
TEST(GroupParagraphs, TheNextNumberWithItsMarkLostOnAnOcrPage) {
    const auto blocks_of = [](const char* next, Source source) {
        std::vector<Word> words;
        for (const auto& [text, x, top] : std::vector<std::tuple<const char*, double, double>>{
                 {"4.", 0, 0}, {"只有经男女双方的自由和完全的同意", 16, 0}, {"才能缔婚", 0, 12}, {next, 0, 24}, {"家庭是天然的", 16, 24}}) {
            Word w = make_word(text, x, top);
            w.source = source;
            if (std::string_view(text).size() > 9) w.box.x1 = 400;
            words.push_back(w);
        }
        return group_paragraphs(group_lines(words)).size();
    };
    EXPECT_EQ(blocks_of("5", Source::Ocr), 2u);
    EXPECT_EQ(blocks_of("7", Source::Ocr), 1u);
    EXPECT_EQ(blocks_of("5", Source::TextLayer), 1u);
}

}  // namespace
}  // namespace pdf2tei::structure

namespace pdf2tei::structure {
namespace {

using pdf2tei::testing::make_word;

// Dev seed 1 es-1-001 (LibreOffice, justified): Poppler cut the first line
// at a wide space and read its tail after the next line.
// pdflatex's notes (dev seed 8 es-8-004): a line's tail "217 A (III)." read
// before the next note's line, its head "2 Resolución" after it. The line
// is joined where its tail was read, before the next note.
TEST(GroupLines, AHeadReadAfterItsTailJoinsItWhereTheTailStood) {
    std::vector<Word> words;
    for (const auto& [t, x] : std::vector<std::pair<const char*, double>>{{"217", 121.3}, {"A", 138.3}, {"(III).", 146.7}})
        words.push_back(make_word(t, x, 738.8, 8));
    words.push_back(make_word("3", 71.1, 748.2, 8));
    words.push_back(make_word("Naciones", 74.8, 748.2, 8));
    words.push_back(make_word("2", 71.1, 738.8, 8));
    words.push_back(make_word("Resolución", 76, 738.8, 8));
    const auto lines = group_lines(words);
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(line_text(lines[0]), "2 Resolución 217 A (III).");
    EXPECT_EQ(line_text(lines[1]), "3 Naciones");
}

TEST(GroupLines, JustifiedLineTailReadLateJoinsItsLine) {
    std::vector<Word> words;
    double x = 0;
    for (const char* t : {"1.", "Todo", "ser", "humano"}) {
        words.push_back(make_word(t, x, 100));
        x = words.back().box.x1 + 8;  // a justified line's wide spaces
    }
    words.push_back(make_word("reconocimiento", 0, 114));
    words.push_back(make_word("de", 75, 114));
    const double tail_x = x;  // one more of the line's spaces after "humano"
    words.push_back(make_word("en", tail_x, 100));
    words.push_back(make_word("todas", tail_x + 18, 100));
    const auto lines = group_lines(words);
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(line_text(lines[0]), "1. Todo ser humano en todas");
}

// Dev seed 7 en-7-010 (pdflatex, monospaced notes): Poppler took the
// notes' wide spaces for a column's gap and read "3 Resolution", "4
// Resolution", the job number, then "217 A (III).": the tail joins its line
// three lines back. A head of two words lends the tail's spaces the measure.
TEST(GroupLines, ATailReadSeveralLinesLateJoinsItsLine) {
    const auto word = [](const char* t, double x, double top, double width) {
        Word w = make_word(t, x, top, 8);
        w.box.x1 = x + width;
        return w;
    };
    const std::vector<Word> words = {
        word("3", 78, 744, 4),     word("Resolution", 83, 744, 47),   // ends at 130
        word("4", 78, 753, 4),     word("Resolution", 83, 753, 47),
        word("22-12053", 68, 785, 40),
        word("217", 135, 744, 14), word("A", 153.8, 744, 5),       word("(III).", 163.6, 744, 24)};
    std::vector<std::string> texts;
    for (const auto& l : group_lines(words)) texts.push_back(line_text(l));
    EXPECT_EQ(texts, (std::vector<std::string>{"3 Resolution 217 A (III).", "4 Resolution", "22-12053"}));
}

// Dev endnotes-17 en-17-011 (pdflatex, FreeMono, ragged right): the
// line's tail after a sentence's end, "All children,", read after the next
// line, 10.5 pt on from "assistance." among 5.2 pt spaces: TeX sets twice
// the space after a full stop. It joins its line; the same gap after a
// word that ends no sentence is a table's next cell, and stays apart.
TEST(GroupLines, ATailAfterASentencesWiderSpaceJoinsItsLine) {
    for (const bool sentence : {true, false}) {
        std::vector<Word> words;
        double x = 72;
        for (const char* t : {"7.", "Motherhood", "and", "childhood", "are", "entitled", "to", "special", "care", "and",
                              sentence ? "assistance." : "assistance"}) {
            words.push_back(make_word(t, x, 651));
            x = words.back().box.x1 + 5.2;
        }
        words.push_back(make_word("whether", 51, 664));
        words.push_back(make_word("born", 92, 664));
        words.push_back(make_word("All", x + 5.3, 651));
        words.push_back(make_word("children,", x + 5.3 + 20.4, 651));
        const auto lines = group_lines(words);
        ASSERT_EQ(lines.size(), sentence ? 2u : 3u) << sentence;
        EXPECT_EQ(line_text(lines[0]).ends_with("All children,"), sentence);
    }
}

// Dev seed 33 ru-33-000.clean (LibreOffice, monospaced, justified): Poppler
// cut a paragraph's lines at their wide spaces and read the pieces as
// columns, top to bottom: "4. Каждый работающий" / "удовлетворительное" /
// "человека" / "вознаграждение," / … The pieces of each baseline, evenly
// spaced, are one line again, in the lines' order. The same pieces with
// one wide gap (a table's cells), or a line of two spaces only (a
// masthead's organ and its symbol across the page), stay as read.
std::vector<Word> scattered_paragraph(double cell_gap) {
    const std::vector<std::vector<const char*>> rows = {{"4.", "Every", "worker", "has", "the", "right"},
                                                        {"to", "just", "and", "favourable", "pay"},
                                                        {"ensuring", "for", "himself", "an"}};
    // Each row's words at 6 points a letter, 15 points apart; a row's third
    // space `cell_gap` wide.
    std::vector<std::vector<Word>> placed(rows.size());
    for (std::size_t r = 0; r < rows.size(); ++r) {
        double x = 68;
        for (std::size_t k = 0; k < rows[r].size(); ++k) {
            Word w = make_word(rows[r][k], x, 540 + 19 * static_cast<double>(r), 12);
            w.box.x1 = x + 6 * static_cast<double>(std::strlen(rows[r][k]));
            placed[r].push_back(w);
            x = w.box.x1 + (k == 2 ? cell_gap : 15);
        }
    }
    // Read as Poppler's columns: (row, first word, end).
    const std::vector<std::array<std::size_t, 3>> pieces = {{0, 0, 3}, {1, 0, 1}, {2, 0, 2}, {1, 1, 3},
                                                            {2, 2, 4}, {0, 3, 6}, {1, 3, 5}};
    std::vector<Word> words;
    for (const auto& [r, from, to] : pieces)
        for (std::size_t k = from; k < to; ++k) words.push_back(placed[r][k]);
    return words;
}

TEST(GroupLines, AJustifiedParagraphsPiecesReadAsColumnsAreItsLinesAgain) {
    std::vector<std::string> texts;
    for (const auto& l : group_lines(scattered_paragraph(15))) texts.push_back(line_text(l));
    EXPECT_EQ(texts, (std::vector<std::string>{"4. Every worker has the right", "to just and favourable pay",
                                               "ensuring for himself an"}));
    EXPECT_GT(group_lines(scattered_paragraph(60)).size(), 3u);
}

// A table head's cells on one baseline, evenly spaced, start at their
// columns, not at the text's edge ("2025" "2025" "2026" "2027" beside
// "Category and subcategory": real A/81/6 section 10): they stay apart.
TEST(GroupLines, ATableHeadsEvenCellsStayApart) {
    const auto cell = [](const char* t, double x, double top) {
        Word w = make_word(t, x, top, 12);
        w.box.x1 = x + 24;
        return w;
    };
    // The first cell, then the first column's rows (more than
    // join_cut_tails looks back over), then the other cells.
    std::vector<Word> words = {cell("2025", 250, 540)};
    for (int row = 0; row < 5; ++row) {
        words.push_back(make_word("Category", 68, 559 + 19 * row, 12));
        words.push_back(make_word("and", 120, 559 + 19 * row, 12));
    }
    for (const auto& [t, x] : std::vector<std::pair<const char*, double>>{{"2025", 300}, {"2026", 350}, {"2027", 400}})
        words.push_back(cell(t, x, 540));
    EXPECT_EQ(group_lines(std::move(words)).size(), 7u);  // the three last cells read together are one
}

TEST(GroupLines, AMastheadsTwoPiecesOnABaselineStayApart) {
    std::vector<Word> words = {make_word("Assemblée", 68, 56), make_word("générale", 120, 56),
                               make_word("Distr.", 68, 80), make_word("A/RES/75/1", 450, 56)};
    EXPECT_EQ(group_lines(words).size(), 3u);
}

// A table's next cell on the first line's baseline stays apart (A/80/590:
// "Yes" beside a wrapped description).
TEST(GroupLines, TableCellOnTheBaselineStaysApart) {
    std::vector<Word> words;
    double x = 0;
    for (const char* t : {"Provision", "of", "staff", "counselling"}) {
        words.push_back(make_word(t, x, 100));
        x = words.back().box.x1 + 2.5;
    }
    words.push_back(make_word("services", 0, 112));
    words.push_back(make_word("Yes", x + 30, 100));
    EXPECT_EQ(group_lines(words).size(), 3u);
}

}  // namespace
}  // namespace pdf2tei::structure
