// Word boundaries from geometry (normalize/spacing): tables of real phrases
// in fr, en, es and ru, laid out with real word spaces, then broken the way
// extractors break them.
#include <gtest/gtest.h>

#include "normalize/src/spacing.hpp"
#include "pdf2tei/text.hpp"
#include "test_helpers.hpp"

namespace pdf2tei {
namespace {

using testing::make_word;

constexpr double kSize = 10;
constexpr double kSpace = 2.8;  // a justified word space: 0.28 em

// Lays out `words` on one line: kSpace between them, and `gap` (with the
// extractor's space set) inside the word numbered `split` at code point `at`.
Line layout(const std::vector<std::string>& words, std::size_t split, std::size_t at, double gap) {
    Line line;
    double x = 72;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::u32string cps = utf8_decode(words[i]);
        if (i == split && at > 0 && at < cps.size()) {
            Word a = make_word(utf8_encode(cps.substr(0, at)), x, 100, kSize);
            Word b = make_word(utf8_encode(cps.substr(at)), a.box.x1 + gap, 100, kSize);
            x = b.box.x1 + kSpace;
            line.words.push_back(a);
            line.words.push_back(b);
        } else {
            Word w = make_word(words[i], x, 100, kSize);
            x = w.box.x1 + kSpace;
            line.words.push_back(w);
        }
    }
    line.words.back().space_after = false;
    return line;
}

std::vector<std::string> split_words(const std::string& s) { return testing::words_of(s); }

// Real sentences from UN resolutions in the four languages.
const char* const kPhrases[] = {
    "dans laquelle la Commission a décidé que le Groupe",
    "renforcer la coordination et la coopération entre les États Membres",
    "Soixante-quatorzième session de l’Assemblée générale",
    "la question intitulée Lutte contre la cybercriminalité",
    "follow-up to the outcomes of the major United Nations conferences",
    "Requests the Secretary-General to submit a report",
    "capacity-building and technical assistance to Member States",
    "the high-level political forum on sustainable development",
    "Pide al Secretario General que le presente un informe",
    "la cooperación internacional para combatir la ciberdelincuencia",
    "Reafirmando la importancia del respeto de los derechos humanos",
    "Генеральная Ассамблея постановляет включить этот пункт",
    "международного сотрудничества в борьбе с киберпреступностью",
    "просит Генерального секретаря представить доклад",
};

struct Break {
    std::size_t word, at;
};

// Every word of three or more letters in every phrase: (phrase, word).
std::vector<std::pair<int, int>> splittable_words() {
    std::vector<std::pair<int, int>> out;
    for (int p = 0; p < static_cast<int>(std::size(kPhrases)); ++p) {
        const auto words = split_words(kPhrases[p]);
        for (int w = 0; w < static_cast<int>(words.size()); ++w)
            if (utf8_decode(words[static_cast<std::size_t>(w)]).size() >= 3) out.emplace_back(p, w);
    }
    return out;
}

class SplitWordIsJoined : public ::testing::TestWithParam<std::pair<int, int>> {};

// Every such word, split after its second code point with a 0.1 em gap the
// extractor took for a space, comes out whole, and the join is counted.
TEST_P(SplitWordIsJoined, ByTheLinesOwnSpaces) {
    const auto [phrase, word] = GetParam();
    const auto words = split_words(kPhrases[phrase]);
    std::vector<Line> lines{layout(words, static_cast<std::size_t>(word), 2, 1.0)};
    RepairCounts counts;
    normalize::repair_spacing(lines, counts);
    EXPECT_EQ(line_text(lines[0]), kPhrases[phrase]);
    EXPECT_EQ(counts[normalize::kRepairSpaceRemoved] + counts[normalize::kRepairElisionJoined], 1);
    EXPECT_TRUE(lines[0].words[static_cast<std::size_t>(word)].has(kFlagSpaceRemoved));
}

INSTANTIATE_TEST_SUITE_P(Table, SplitWordIsJoined, ::testing::ValuesIn(splittable_words()));

class RealSpacesStay : public ::testing::TestWithParam<int> {};

TEST_P(RealSpacesStay, EvenTightOnes) {
    const auto words = split_words(kPhrases[GetParam()]);
    for (double space : {kSpace, 2.0, 1.8}) {  // down to 0.18 em, all alike
        std::vector<Line> lines{layout(words, words.size(), 0, 0)};
        double x = 72;
        for (auto& w : lines[0].words) {  // re-space evenly
            const double width = w.box.width();
            w.box.x0 = x;
            w.box.x1 = x + width;
            x += width + space;
        }
        RepairCounts counts;
        normalize::repair_spacing(lines, counts);
        EXPECT_EQ(line_text(lines[0]), kPhrases[GetParam()]) << space;
        EXPECT_TRUE(counts.empty());
    }
}

INSTANTIATE_TEST_SUITE_P(Table, RealSpacesStay, ::testing::Range(0, static_cast<int>(std::size(kPhrases))));

struct SeedCase {
    std::vector<std::string> words;  // as the extractor split them (each with a space after)
    std::vector<double> gaps;        // gap after each word but the last, in points
    std::string expected;
    const char* repair;
};

class SeedDefects : public ::testing::TestWithParam<SeedCase> {};

TEST_P(SeedDefects, AreRepaired) {
    const auto& c = GetParam();
    Line line;
    double x = 72;
    for (std::size_t i = 0; i < c.words.size(); ++i) {
        Word w = make_word(c.words[i], x, 100, kSize);
        x = w.box.x1 + (i < c.gaps.size() ? c.gaps[i] : 0);
        line.words.push_back(w);
    }
    line.words.back().space_after = false;
    std::vector<Line> lines{line};
    RepairCounts counts;
    normalize::repair_spacing(lines, counts);
    EXPECT_EQ(line_text(lines[0]), c.expected);
    if (*c.repair) EXPECT_GE(counts[c.repair], 1) << c.repair;
    else EXPECT_TRUE(counts.empty());
}

INSTANTIATE_TEST_SUITE_P(
    Table, SeedDefects,
    ::testing::Values(
        // The seed's own defects (A/RES/74/173, page 2).
        SeedCase{{"Groupe", "d", "’experts", "à"}, {2.8, 1.5, 2.8}, "Groupe d’experts à", normalize::kRepairElisionJoined},
        SeedCase{{"qu", "’ils", "rencontraient"}, {1.5, 2.8}, "qu’ils rencontraient", normalize::kRepairElisionJoined},
        SeedCase{{"sous", "l", "’égide", "du"}, {2.8, 2.0, 2.8}, "sous l’égide du", normalize::kRepairElisionJoined},
        SeedCase{{"d", "ans", "l’utilisation", "des", "technologies"}, {0.6, 2.8, 2.8, 2.8}, "dans l’utilisation des technologies",
                 normalize::kRepairSpaceRemoved},
        // The other side of an elision.
        SeedCase{{"de", "l’", "Assemblée", "générale"}, {2.8, 1.2, 2.8}, "de l’Assemblée générale", normalize::kRepairElisionJoined},
        SeedCase{{"jusqu’", "au", "bout", "du", "compte"}, {1.0, 2.8, 2.8, 2.8}, "jusqu’au bout du compte", normalize::kRepairElisionJoined},
        SeedCase{{"the", "Member", "State", "’s", "report"}, {2.8, 2.8, 1.0, 2.8}, "the Member State’s report", normalize::kRepairElisionJoined},
        // Word processors' hyphens drawn apart.
        SeedCase{{"global", "follow", "-up", "and", "review"}, {2.8, 1.2, 2.8, 2.8}, "global follow-up and review", normalize::kRepairSpaceRemoved},
        SeedCase{{"the", "high", "-level", "political", "forum"}, {3.0, 1.3, 3.0, 3.0}, "the high-level political forum", normalize::kRepairSpaceRemoved},
        // A full space at an apostrophe is a quotation, not an elision.
        SeedCase{{"the", "word", "’tis", "is", "old"}, {2.8, 2.8, 2.8, 2.8}, "the word ’tis is old", ""},
        // ... unless a stem the language elides stands before it: a tight
        // line's spaces are as narrow as the gap (0.22 em among 0.23 em,
        // pdfTeX: dev endnotes-14 fr-14-007).
        SeedCase{{"volonté", "doit", "s", "’exprimer", "par"}, {2.3, 2.3, 2.2, 2.3}, "volonté doit s’exprimer par",
                 normalize::kRepairElisionJoined},
        // French thin spaces: kept, as U+202F when narrow; never removed.
        SeedCase{{"des", "États", "Membres", ";"}, {2.8, 2.8, 1.2}, "des États Membres\u202F;", normalize::kRepairThinSpace},
        SeedCase{{"un", "outil", "efficace", ":", "elle"}, {2.8, 2.8, 1.0, 2.8}, "un outil efficace\u202F: elle", normalize::kRepairThinSpace},
        SeedCase{{"intitulée", "«", "Lutte", "contre", "»"}, {2.8, 1.0, 2.8, 1.0}, "intitulée «\u202FLutte contre\u202F»", normalize::kRepairThinSpace},
        SeedCase{{"Pourquoi", "?", "Parce", "que"}, {2.8, 2.8, 2.8}, "Pourquoi ? Parce que", ""},
        // In a monospaced font the thin space is half a cell: narrow against
        // the line's spaces, not in em (LibreOffice, Liberation Mono; dev seed 7).
        SeedCase{{"des", "pouvoirs", "publics", ";", "cette", "volonté"}, {6.3, 6.3, 3.1, 6.3, 6.3},
                 "des pouvoirs publics\u202F; cette volonté", normalize::kRepairThinSpace},
        // A list label's narrow tab, and a sentence's end, stay spaces (A/80/590 p. 23).
        SeedCase{{"III.", "Net", "cash", "available"}, {1.43, 2.62, 2.62}, "III. Net cash available", ""},
        SeedCase{{"(a)", "Reduced", "requirements", "under"}, {1.2, 2.8, 2.8}, "(a) Reduced requirements under", ""},
        SeedCase{{"in", "2025.", "The", "Office", "will"}, {2.8, 1.2, 2.8, 2.8}, "in 2025. The Office will", ""},
        // ... but an abbreviation drawn apart is one word.
        SeedCase{{"the", "U.", "S.", "dollar", "rate"}, {2.8, 0.6, 2.8, 2.8}, "the U.S. dollar rate", normalize::kRepairSpaceRemoved},
        // Spaces between numbers stay ("12 345", dates).
        SeedCase{{"le", "18", "décembre", "2019"}, {2.8, 2.8, 2.8}, "le 18 décembre 2019", ""}));

// LibreOffice's justified Arabic draws the space of "مرضية كما" 0.4 pt
// wide (dev seed 9 ar-9-002); the line's other spaces are 3 pt. A space the
// layer draws is one; the same gap without it is inside a word.
TEST(Spacing, ASpaceTheLayerDrawsStays) {
    Line line;
    double x = 0;
    for (const char* t : {"one", "two", "three", "four", "five"}) {
        line.words.push_back(make_word(t, x, 100));
        x = line.words.back().box.x1 + 3;
    }
    // "two" and "three" 0.4 pt apart.
    const double shift = line.words[2].box.x0 - (line.words[1].box.x1 + 0.4);
    for (std::size_t i = 2; i < line.words.size(); ++i) {
        line.words[i].box.x0 -= shift;
        line.words[i].box.x1 -= shift;
        for (auto& g : line.words[i].glyphs) g.box.x0 -= shift, g.box.x1 -= shift;
    }
    for (const auto& w : line.words) line.box = line.box.united(w.box);
    std::vector<Line> without{line}, with{line};
    const double gap_x = line.words[1].box.x1;
    normalize::mark_drawn_spaces(with, {Box{gap_x - 2.7, 98, gap_x + 0.4, 112}});  // drawn over the letter's edge
    EXPECT_TRUE(with[0].words[1].has(kFlagSpaceDrawn));
    EXPECT_FALSE(with[0].words[0].has(kFlagSpaceDrawn));
    RepairCounts counts;
    normalize::repair_spacing(without, counts);
    normalize::repair_spacing(with, counts);
    EXPECT_EQ(line_text(without[0]), "one twothree four five");
    EXPECT_EQ(line_text(with[0]), "one two three four five");
}

TEST(Spacing, NeverJoinsOcrWordsSuperscriptsOrSizeChanges) {
    std::vector<Line> lines{layout({"mondiaux", "suivants"}, 9, 0, 0)};
    lines[0].words[1].box.x0 = lines[0].words[0].box.x1 + 0.5;
    for (auto& w : lines[0].words) w.source = Source::Ocr;
    RepairCounts counts;
    normalize::repair_spacing(lines, counts);
    EXPECT_EQ(lines[0].words.size(), 2u);

    Line anchor;
    anchor.words = {make_word("2017", 72, 100), make_word("1", 93, 98, 6)};
    anchor.words[1].flags |= kFlagSuperscript;
    std::vector<Line> l2{anchor};
    normalize::repair_spacing(l2, counts);
    EXPECT_EQ(l2[0].words.size(), 2u);
    EXPECT_TRUE(counts.empty());
}

}  // namespace
}  // namespace pdf2tei

namespace pdf2tei {
namespace {

// A lossy layer patched with OCR's reading of its untrusted glyphs: the
// patch ("’homme,", "té,") stands in the layer's line at the layer's gap
// from its stem, and is joined to it as the layer's own words are (dev
// seed 21 fr-21-001.no-tounicode: "l ’homme", "collectivi té," in the TEI).
// A word OCR read on an OCR page is not: OCR's gaps hug the ink
// (split_words.hpp judges those).
TEST(SeedDefects, OcrPatchesOfALossyLayerJoinTheirStem) {
    for (const bool patched : {true, false}) {
        Line line;
        double x = 72;
        for (const auto& [text, gap] : std::vector<std::pair<std::string, double>>{
                 {"de", 2.8}, {"l", 1.5}, {"’homme,", 2.8}, {"en", 2.8}, {"collectivi", 1.0}, {"té,", 0}}) {
            Word w = testing::make_word(text, x, 100, kSize);
            if (text == "’homme," || text == "té,") {
                w.source = Source::Ocr;
                if (patched) w.flags |= kFlagOcrPatched;
            }
            x = w.box.x1 + gap;
            line.words.push_back(w);
        }
        line.words.back().space_after = false;
        std::vector<Line> lines{line};
        RepairCounts counts;
        normalize::repair_spacing(lines, counts);
        EXPECT_EQ(line_text(lines[0]), patched ? "de l’homme, en collectivité," : "de l ’homme, en collectivi té,")
            << patched;
    }
}

}  // namespace
}  // namespace pdf2tei

namespace pdf2tei {
namespace {

// An earlier OCR layer's words (kFlagEarlierOcr) were placed by an OCR
// engine: a gap far under the line's spaces may be a real one ("standards
// of life" 0.05 em apart, dev seed 34 en-34-004.invisible-ocr, where the
// TEI read "oflife", "ofhis", "ofsociety"). They are joined by OCR's rules
// (split_words.hpp), never by the gap alone; the same words in a
// typesetter's layer are.
TEST(Spacing, AnEarlierOcrLayersNarrowGapIsNotJoinedByGeometry) {
    for (const bool earlier_ocr : {true, false}) {
        std::vector<Line> lines{layout({"better", "standards", "of", "life", "in", "larger", "freedom"}, 9, 0, 0)};
        auto& ws = lines[0].words;
        const double shift = ws[3].box.x0 - (ws[2].box.x1 + 0.5);
        for (std::size_t i = 3; i < ws.size(); ++i) ws[i].box.x0 -= shift, ws[i].box.x1 -= shift;
        if (earlier_ocr)
            for (auto& w : ws) w.flags |= kFlagEarlierOcr;
        RepairCounts counts;
        normalize::repair_spacing(lines, counts);
        EXPECT_EQ(line_text(lines[0]), earlier_ocr ? "better standards of life in larger freedom"
                                                   : "better standards oflife in larger freedom")
            << earlier_ocr;
    }
}

}  // namespace
}  // namespace pdf2tei
