// Unicode hygiene and the OCR apostrophe repair, on real words: each word of
// UN resolutions in fr, es, ru and en below is turned into the damaged forms
// extractors and OCR produce, and must come back as printed.
#include <gtest/gtest.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "normalize/src/apostrophes.hpp"
#include "normalize/src/unicode.hpp"
#include "pdf2tei/text.hpp"
#include "test_helpers.hpp"

namespace pdf2tei::normalize {
namespace {

// Words from A/RES/74/173 (fr), the Spanish and Russian texts of GA
// resolutions, and A/80/590 (en): accents, cedillas, tildes, diaereses,
// й and ё, œ (a letter, never folded), and plain words.
const char* const kRealWords[] = {
    "Assemblée", "générale", "Réaffirmant", "sécurité", "développement", "Considérant", "États", "première",
    "coopération", "intérêt", "préoccupée", "l’égide", "deuxième", "à", "où", "français", "Côte", "œuvre",
    "resolución", "Naciones", "niños", "acción", "política", "económico", "según", "lingüística", "año",
    "Señalando", "Организация", "Объединённых", "Ассамблея", "резолюция", "Наций", "своей", "ещё", "действий",
    "Secretary-General", "régime", "communiqué", "Tomé",
};

std::string nfd(const std::string& s) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFDInstance(status);
    std::string out;
    n->normalize(icu::UnicodeString::fromUTF8(s), status).toUTF8String(out);
    return U_SUCCESS(status) ? out : s;
}

// The word with `insert` put after its first code point.
std::string with_inserted(const std::string& word, const char* insert) {
    const std::u32string cps = utf8_decode(word);
    return utf8_encode(cps.substr(0, 1)) + insert + utf8_encode(cps.substr(1));
}

struct CleanCase {
    std::string in, out;
    int nfc, control, private_use;
};

std::vector<CleanCase> clean_cases() {
    std::vector<CleanCase> cases;
    for (const char* w : kRealWords) {
        const std::string word = w;
        const std::string decomposed = nfd(word);
        cases.push_back({word, word, 0, 0, 0});                                  // printed: untouched
        cases.push_back({decomposed, word, decomposed != word ? 1 : 0, 0, 0});   // combining marks (NFD)
        cases.push_back({with_inserted(word, "\x02"), word, 0, 1, 0});            // an OT1 code passed through
        cases.push_back({with_inserted(word, "\uF0B7"), word, 0, 0, 1});          // a Symbol-font bullet (PUA)
    }
    return cases;
}

class CleanRealWord : public ::testing::TestWithParam<CleanCase> {};

TEST_P(CleanRealWord, ComesBackAsPrintedAndIsCounted) {
    const CleanCase& c = GetParam();
    RepairCounts counts;
    EXPECT_EQ(clean_string(c.in, counts), c.out);
    EXPECT_EQ(counts[kRepairNfc], c.nfc) << c.out;
    EXPECT_EQ(counts[kRepairControl], c.control) << c.out;
    EXPECT_EQ(counts[kRepairPrivateUse], c.private_use) << c.out;
}

INSTANTIATE_TEST_SUITE_P(Table, CleanRealWord, ::testing::ValuesIn(clean_cases()));

// ---- OCR apostrophes -------------------------------------------------------

// Words with an apostrophe as Tesseract reads them (ASCII), and as printed
// in a document that sets ’: elisions become ’, quotes and possessive
// plurals (no letter after) and digits stay.
struct ApostropheWord {
    const char* ocr;
    const char* printed;
};

const ApostropheWord kApostropheWords[] = {
    {"l'Assemblée", "l’Assemblée"}, {"d'experts", "d’experts"}, {"qu'il", "qu’il"},
    {"aujourd'hui", "aujourd’hui"}, {"jusqu'à", "jusqu’à"}, {"s'agissant", "s’agissant"},
    {"n'est", "n’est"}, {"c'est", "c’est"}, {"lorsqu'elle", "lorsqu’elle"},
    {"puisqu'il", "puisqu’il"}, {"d'Ivoire", "d’Ivoire"}, {"l'Organisation", "l’Organisation"},
    {"d'un", "d’un"}, {"qu'elles", "qu’elles"}, {"l'égide", "l’égide"},
    {"l'homme", "l’homme"}, {"s'engager", "s’engager"}, {"l'ONU", "l’ONU"},
    {"d'ici", "d’ici"}, {"l'Union", "l’Union"}, {"L'Assemblée", "L’Assemblée"},
    {"l'article", "l’article"}, {"d'accord", "d’accord"}, {"presqu'île", "presqu’île"},
    {"Кот-д'Ивуар", "Кот-д’Ивуар"}, {"Secretary-General's", "Secretary-General’s"}, {"Council's", "Council’s"},
    {"don't", "don’t"}, {"it's", "it’s"}, {"O'Brien", "O’Brien"},
    {"Court's", "Court’s"}, {"'quoted'", "'quoted'"}, {"States'", "States'"},
    {"1990's", "1990's"}, {"'", "'"},
};

using testing::one_line_page;

enum class Setting {
    TypographicDocument,  // its elisions are mostly ’: OCR's ' follows
    AsciiDocument,        // typescript: ' throughout, left alone
    TextLayerWord,        // the word is the layer's, not OCR's: left alone
};

struct ApostropheCase {
    ApostropheWord word;
    Setting setting;
};

std::vector<ApostropheCase> apostrophe_cases() {
    std::vector<ApostropheCase> cases;
    for (const auto& w : kApostropheWords)
        for (Setting s : {Setting::TypographicDocument, Setting::AsciiDocument, Setting::TextLayerWord})
            cases.push_back({w, s});
    return cases;
}

class OcrApostropheWord : public ::testing::TestWithParam<ApostropheCase> {};

TEST_P(OcrApostropheWord, FollowsTheDocument) {
    const auto& [word, setting] = GetParam();
    const bool typographic = setting != Setting::AsciiDocument;
    const char* majority = typographic ? "d\u2019abord" : "d'abord";
    const Source source = setting == Setting::TextLayerWord ? Source::TextLayer : Source::Ocr;
    auto pages = one_line_page({{majority, Source::Ocr}, {majority, Source::Ocr}, {majority, Source::Ocr},
                           {word.ocr, source}});
    unify_ocr_apostrophes(pages);
    const std::string got = pages[0].blocks[0].lines[0].words[3].text;
    const bool changes = setting == Setting::TypographicDocument && std::string(word.ocr) != word.printed;
    EXPECT_EQ(got, changes ? word.printed : word.ocr);
    EXPECT_EQ(pages[0].repairs[kRepairApostrophe], changes ? 1 : 0);
}

INSTANTIATE_TEST_SUITE_P(Table, OcrApostropheWord, ::testing::ValuesIn(apostrophe_cases()));

}  // namespace
}  // namespace pdf2tei::normalize
