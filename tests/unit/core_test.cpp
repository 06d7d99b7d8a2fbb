#include <gtest/gtest.h>

#include "pdf2tei/error.hpp"
#include "pdf2tei/model.hpp"
#include "pdf2tei/text.hpp"
#include "test_helpers.hpp"

namespace pdf2tei {
namespace {

TEST(Box, UnitedIgnoresEmptyBoxes) {
    const Box a{1, 2, 3, 4};
    EXPECT_EQ(Box{}.united(a), a);
    EXPECT_EQ(a.united(Box{}), a);
    EXPECT_EQ(a.united({0, 3, 2, 5}), (Box{0, 2, 3, 5}));
}

TEST(Box, VerticalOverlap) {
    EXPECT_DOUBLE_EQ((Box{0, 0, 1, 10}).vertical_overlap({0, 5, 1, 20}), 5);
    EXPECT_DOUBLE_EQ((Box{0, 0, 1, 10}).vertical_overlap({0, 11, 1, 20}), 0);
}

TEST(Error, MessageIsOneLineWithFileAndPage) {
    const Error e(ErrorCode::Damaged, Stage::Ingest, "a.pdf", 3, "bad\nthing\r\n");
    EXPECT_STREQ(e.what(), "a.pdf: page 3: bad thing");
    EXPECT_EQ(e.code(), ErrorCode::Damaged);
    EXPECT_EQ(e.stage(), Stage::Ingest);
    EXPECT_EQ(e.page(), 3);
    const Error no_page(ErrorCode::Io, Stage::Input, "b.pdf", 0, "cannot open");
    EXPECT_STREQ(no_page.what(), "b.pdf: cannot open");
}

TEST(WarningSink, CapsAndSaysHowManyWereDropped) {
    WarningSink sink(Stage::Ingest, 7, 2);
    for (int i = 0; i < 5; ++i) sink.add(warning_code::kPdfDamage, "w" + std::to_string(i));
    const auto got = sink.take();
    ASSERT_EQ(got.size(), 3u);
    EXPECT_EQ(got[0].message, "w0");
    EXPECT_EQ(got[1].message, "w1");
    EXPECT_EQ(got[2].message, "3 further warnings suppressed");
    EXPECT_EQ(got[2].page, 7);
    EXPECT_EQ(got[2].code, warning_code::kSuppressed);
    EXPECT_EQ(got[0].to_line(), "page 7: ingest.pdf-damage: w0");
    EXPECT_TRUE(sink.take().empty());
}

TEST(WarningSink, FoldsRepeatsOfOneMessage) {
    WarningSink sink(Stage::Ingest, 1, 2);
    for (int i = 0; i < 3; ++i) sink.add(warning_code::kPdfDamage, "Unknown font tag 'F5'");
    sink.add(warning_code::kPdfDamage, "other");
    sink.add(warning_code::kPdfDamage, "other");
    sink.add(warning_code::kPdfDamage, "third");  // over the cap of two distinct messages
    const auto got = sink.take();
    ASSERT_EQ(got.size(), 3u);
    EXPECT_EQ(got[0].message, "Unknown font tag 'F5' (3 times)");
    EXPECT_EQ(got[1].message, "other (2 times)");
    EXPECT_EQ(got[2].message, "1 further warnings suppressed");
}

TEST(Document, WarningCountSumsDocumentAndPages) {
    Document d;
    d.warnings.push_back({Stage::Input, 0, warning_code::kTruncated, "x"});
    d.pages.resize(2);
    d.pages[1].warnings.push_back({Stage::Ingest, 2, warning_code::kPdfDamage, "y"});
    d.pages[1].warnings.push_back({Stage::Ingest, 2, warning_code::kPdfDamage, "z"});
    EXPECT_EQ(d.warning_count(), 3u);
}

TEST(Document, WarningsPastTheCapBecomeOneSummaryByCode) {
    Document d;
    d.warnings.push_back({Stage::Input, 0, warning_code::kTruncated, "cut"});
    d.pages.resize(3);
    for (int p = 0; p < 3; ++p) {
        d.pages[p].warnings.push_back({Stage::Ingest, p + 1, warning_code::kPdfDamage, "bad font"});
        d.pages[p].warnings.push_back({Stage::Ocr, p + 1, warning_code::kOcrDeadline, "slow"});
    }
    d.cap_warnings(3);
    EXPECT_EQ(d.warning_count(), 4u);  // three kept, one summary
    ASSERT_EQ(d.warnings.size(), 2u);
    EXPECT_EQ(d.warnings[0].message, "cut");
    EXPECT_EQ(d.warnings[1].code, warning_code::kSuppressed);
    EXPECT_EQ(d.warnings[1].message, "4 further warnings suppressed (ingest.pdf-damage 2, ocr.deadline 2)");
    EXPECT_EQ(d.pages[0].warnings.size(), 2u);
    EXPECT_TRUE(d.pages[1].warnings.empty());

    Document few;
    few.warnings.push_back({Stage::Input, 0, warning_code::kTruncated, "cut"});
    few.cap_warnings(3);
    EXPECT_EQ(few.warning_count(), 1u);  // under the cap: nothing summarised
}

TEST(ReleaseGlyphs, KeepsWordsDropsBoxes) {
    Page p;
    p.blocks.resize(1);
    p.blocks[0].lines.resize(1);
    p.blocks[0].lines[0].words = {testing::make_word("mot", 0, 0)};
    ASSERT_EQ(p.blocks[0].lines[0].words[0].glyphs.size(), 3u);
    release_glyphs(p);
    EXPECT_TRUE(p.blocks[0].lines[0].words[0].glyphs.empty());
    EXPECT_EQ(p.blocks[0].lines[0].words[0].text, "mot");
}

struct Utf8Case {
    std::string bytes;
    std::u32string cps;
};

class Utf8Decode : public ::testing::TestWithParam<Utf8Case> {};

TEST_P(Utf8Decode, DecodesAndReplacesMalformed) { EXPECT_EQ(utf8_decode(GetParam().bytes), GetParam().cps); }

INSTANTIATE_TEST_SUITE_P(Table, Utf8Decode,
                         ::testing::Values(Utf8Case{"", U""}, Utf8Case{"abc", U"abc"},
                                           Utf8Case{"\xC3\xA9t\xC3\xA9", U"\u00E9t\u00E9"},
                                           Utf8Case{"\xD0\x9C\xD0\xB8\xD1\x80", U"\u041C\u0438\u0440"},
                                           Utf8Case{"\xE4\xB8\xAD", U"\u4E2D"},
                                           Utf8Case{"\xF0\x9D\x90\x80", U"\U0001D400"},
                                           Utf8Case{"a\xFF" "b", U"a\uFFFDb"},          // invalid byte
                                           Utf8Case{"\xC3", U"\uFFFD"},                // truncated sequence
                                           Utf8Case{"\xED\xA0\x80", U"\uFFFD\uFFFD\uFFFD"}));  // surrogate

TEST(Utf8, EncodeRoundTripsAndRejectsSurrogates) {
    const std::u32string s = U"Ça va? \u00AB\u202F\u00BB \U0001F600";
    EXPECT_EQ(utf8_decode(utf8_encode(s)), s);
    EXPECT_EQ(utf8_encode(U"\xD800"), "\xEF\xBF\xBD");
}

TEST(Flatten, LineAndBlockText) {
    using testing::make_word;
    Line l1;
    l1.words = {make_word("Groupe", 0, 0), make_word("d\u2019experts", 40, 0, 10, false)};
    Line l2;
    l2.words = {make_word("et", 0, 12, 10, false)};
    EXPECT_EQ(line_text(l1), "Groupe d\u2019experts");
    Block b;
    b.lines = {l1, Line{}, l2};
    EXPECT_EQ(block_text(b), "Groupe d\u2019experts et");
}

TEST(XmlChar, AllowedRanges) {
    EXPECT_TRUE(is_xml_char(U'\t'));
    EXPECT_FALSE(is_xml_char(U'\x01'));
    EXPECT_FALSE(is_xml_char(0xFFFE));
    EXPECT_FALSE(is_xml_char(0xD800));
    EXPECT_TRUE(is_xml_char(0x10FFFF));
}

// Tesseract may give a word that starts with its space (" A/71/653," after
// a raised "3", dev seed 7 en-7-017.scan): a plain number before it was no
// note's, for the space stood where the note's text starts.
TEST(Text, TrimAsciiSpace) {
    EXPECT_EQ(trim_ascii_space(" A/71/653,"), "A/71/653,");
    EXPECT_EQ(trim_ascii_space("annex.\n"), "annex.");
    EXPECT_EQ(trim_ascii_space(" \t "), "");
    EXPECT_EQ(trim_ascii_space("\u00A0x"), "\u00A0x");  // not ASCII: kept
}

TEST(Text, EditDistanceCountsInsertionsDeletionsAndReplacements) {
    EXPECT_EQ(edit_distance(U"", U""), 0u);
    EXPECT_EQ(edit_distance(U"abc", U""), 3u);
    EXPECT_EQ(edit_distance(U"United Natlons", U"United Nations"), 1u);
    EXPECT_EQ(edit_distance(U"Unlted Natlons", U"United Nations"), 2u);
    EXPECT_EQ(edit_distance(U"الأمير المتحرة", U"الأمم المتحدة"), 3u);  // replace, insert, replace
    EXPECT_EQ(edit_distance(U"kitten", U"sitting"), 3u);
}

TEST(Text, AllAsciiDigits) {
    EXPECT_TRUE(all_ascii_digits("2026"));
    EXPECT_FALSE(all_ascii_digits(""));
    EXPECT_FALSE(all_ascii_digits("20-26"));
    EXPECT_FALSE(all_ascii_digits("\u0662\u0660"));  // Arabic-Indic digits are not ASCII's
}

TEST(Text, SpaceSeparatedLeavesOutEmptyRuns) {
    EXPECT_EQ(space_separated("  23-7  (A) "), (std::vector<std::string_view>{"23-7", "(A)"}));
    EXPECT_TRUE(space_separated("   ").empty());
    EXPECT_EQ(space_separated("x"), (std::vector<std::string_view>{"x"}));
}

TEST(Text, MayHoldRightToLeftByItsBytes) {
    EXPECT_FALSE(may_hold_right_to_left("Déclaration"));
    EXPECT_FALSE(may_hold_right_to_left("Декларация"));
    EXPECT_TRUE(may_hold_right_to_left("الإعلان"));
    EXPECT_TRUE(may_hold_right_to_left("宣言"));  // can only say no for sure
}

}  // namespace
}  // namespace pdf2tei
