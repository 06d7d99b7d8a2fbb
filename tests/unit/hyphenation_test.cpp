#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "normalize/src/hyphenation.hpp"
#include "normalize/src/hyphenation_patterns.hpp"
#include "pdf2tei/text.hpp"
#include "test_helpers.hpp"

namespace pdf2tei::normalize {
namespace {

struct HyphenCase {
    const char* lang;
    const char* last;  // the last word of a line
    const char* next;  // the first word of the next
    LineEndHyphen want;
};

class ClassifyLineEnd : public ::testing::TestWithParam<HyphenCase> {};

TEST_P(ClassifyLineEnd, WithTheLanguagesDictionary) {
    const HyphenCase& c = GetParam();
    const Dictionary* dict = Dictionary::for_language(c.lang);
    ASSERT_NE(dict, nullptr) << c.lang;
    EXPECT_EQ(classify_line_end(c.last, c.next, dict), c.want) << c.last << " | " << c.next;
}

using H = LineEndHyphen;
INSTANTIATE_TEST_SUITE_P(
    Table, ClassifyLineEnd,
    ::testing::Values(
        // Words broken by hyphenation: the hyphen goes.
        HyphenCase{"fr", "inten-", "sifier", H::Drop}, HyphenCase{"fr", "no-", "tamment", H::Drop},
        HyphenCase{"fr", "coopé-", "ration", H::Drop}, HyphenCase{"fr", "crimi-", "nalité", H::Drop},
        HyphenCase{"fr", "l’uti-", "lisation", H::Drop}, HyphenCase{"fr", "four-", "nissant", H::Drop},
        HyphenCase{"fr", "interna-", "tionale,", H::Drop}, HyphenCase{"fr", "appro-", "fondie", H::Drop},
        HyphenCase{"en", "organiza-", "tion", H::Drop}, HyphenCase{"en", "assis-", "tance", H::Drop},
        HyphenCase{"en", "govern-", "ments;", H::Drop}, HyphenCase{"en", "informa-", "tion", H::Drop},
        HyphenCase{"en", "effec-", "tiveness", H::Drop}, HyphenCase{"en", "inter-", "national", H::Drop},
        HyphenCase{"es", "coope-", "ración", H::Drop}, HyphenCase{"es", "asis-", "tencia", H::Drop},
        HyphenCase{"es", "desa-", "rrollo", H::Drop},
        // Spanish writes almost no known word with a hyphen: joined where
        // our patterns would not break it (TeX's do: dev endnotes-16
        // es-16-011, pdflatex).
        HyphenCase{"es", "con-", "traerse", H::Drop}, HyphenCase{"ru", "резо-", "люция", H::Drop},
        HyphenCase{"ru", "сотруд-", "ничество", H::Drop}, HyphenCase{"ru", "Ассам-", "блея", H::Drop},
        // A hanging hyphen before a conjunction: two words (A/80/590's
        // "life- and limb-saving"), unless the two are one ("thou-sand").
        HyphenCase{"en", "life-", "and", H::NotOne}, HyphenCase{"en", "pre-", "or", H::NotOne},
        HyphenCase{"en", "short-", "and", H::NotOne}, HyphenCase{"en", "medium-", "to", H::NotOne},
        HyphenCase{"fr", "pré-", "ou", H::NotOne}, HyphenCase{"fr", "micro-", "et", H::NotOne},
        HyphenCase{"es", "macro-", "y", H::NotOne}, HyphenCase{"es", "pre-", "o", H::NotOne},
        HyphenCase{"ru", "социально-", "и", H::NotOne}, HyphenCase{"en", "thou-", "sand", H::Drop},
        // Real compounds, numbers and ranges: the hyphen stays.
        HyphenCase{"fr", "soixante-", "quatorzième", H::Keep}, HyphenCase{"fr", "Secrétaire-", "Général", H::Keep},
        HyphenCase{"fr", "2018-", "2021", H::Keep}, HyphenCase{"fr", "quotes-", "parts", H::Keep},
        HyphenCase{"en", "capacity-", "building", H::Keep}, HyphenCase{"en", "decision-", "making", H::Keep},
        HyphenCase{"en", "Secretary-", "General", H::Keep}, HyphenCase{"en", "seventy-", "fourth", H::Keep},
        HyphenCase{"en", "A/74/L.5-", "2", H::Keep}, HyphenCase{"en", "well-", "resourced", H::Keep},
        // A prefix the language hyphenates, though en_US knows the closed
        // form (dev seed 8, en-8-003; core/src/languages/english.cpp).
        HyphenCase{"en", "non-", "political", H::Keep}, HyphenCase{"en", "Non-", "governmental", H::Keep},
        HyphenCase{"es", "2018-", "2021", H::Keep}, HyphenCase{"ru", "государств-", "членов", H::Keep},
        // The dictionary knows the joined word, but the patterns allow no
        // break there: a compound written with its hyphen.
        HyphenCase{"en", "e-", "mail", H::Keep}, HyphenCase{"en", "co-", "op", H::Keep},
        // Not a broken word at all.
        HyphenCase{"en", "text", "continues", H::NotOne}, HyphenCase{"en", "-", "a", H::NotOne},
        HyphenCase{"en", "ends—", "with", H::NotOne}, HyphenCase{"fr", "«-", "texte", H::NotOne},
        // From the UN texts of the corpus and their translations: more breaks,
        // in all four languages.
        HyphenCase{"fr", "dévelop-", "pement", H::Drop}, HyphenCase{"fr", "résolu-", "tion", H::Drop},
        HyphenCase{"fr", "Organi-", "sation", H::Drop}, HyphenCase{"fr", "gouver-", "nements", H::Drop},
        HyphenCase{"fr", "renfor-", "cement", H::Drop}, HyphenCase{"fr", "commu-", "nication", H::Drop},
        HyphenCase{"fr", "infor-", "mations", H::Drop}, HyphenCase{"fr", "assis-", "tance", H::Drop},
        HyphenCase{"fr", "compé-", "tentes", H::Drop}, HyphenCase{"fr", "natio-", "nales", H::Drop},
        HyphenCase{"fr", "dispo-", "sitions", H::Drop}, HyphenCase{"fr", "recom-", "mandations", H::Drop},
        HyphenCase{"fr", "Assem-", "blée", H::Drop}, HyphenCase{"fr", "pro-", "gramme", H::Drop},
        HyphenCase{"fr", "finan-", "cement", H::Drop}, HyphenCase{"fr", "parti-", "culier", H::Drop},
        HyphenCase{"fr", "égale-", "ment", H::Drop}, HyphenCase{"fr", "techno-", "logies", H::Drop},
        HyphenCase{"fr", "partena-", "riats", H::Drop}, HyphenCase{"fr", "préven-", "tion", H::Drop},
        HyphenCase{"en", "develop-", "ment", H::Drop}, HyphenCase{"en", "resolu-", "tion", H::Drop},
        HyphenCase{"en", "Organi-", "zation", H::Drop}, HyphenCase{"en", "implemen-", "tation", H::Drop},
        HyphenCase{"en", "commu-", "nication", H::Drop}, HyphenCase{"en", "recommen-", "dations", H::Drop},
        HyphenCase{"en", "par-", "ticular", H::Drop}, HyphenCase{"en", "respon-", "sibility", H::Drop},
        HyphenCase{"en", "con-", "tinued", H::Drop}, HyphenCase{"en", "addi-", "tional", H::Drop},
        HyphenCase{"en", "sustain-", "able", H::Drop}, HyphenCase{"en", "re-", "sources", H::Drop},
        HyphenCase{"en", "Assem-", "bly", H::Drop}, HyphenCase{"en", "Coun-", "cil", H::Drop},
        HyphenCase{"en", "Secre-", "tariat", H::Drop}, HyphenCase{"en", "coordi-", "nation", H::Drop},
        HyphenCase{"en", "activi-", "ties", H::Drop}, HyphenCase{"en", "protec-", "tion", H::Drop},
        HyphenCase{"en", "prin-", "ciples", H::Drop}, HyphenCase{"en", "environ-", "ment", H::Drop},
        HyphenCase{"es", "resolu-", "ción", H::Drop}, HyphenCase{"es", "Organi-", "zación", H::Drop},
        HyphenCase{"es", "desarro-", "llo", H::Drop}, HyphenCase{"es", "pro-", "grama", H::Drop},
        HyphenCase{"es", "Asam-", "blea", H::Drop}, HyphenCase{"es", "Secre-", "tario", H::Drop},
        HyphenCase{"es", "infor-", "me", H::Drop}, HyphenCase{"es", "Esta-", "dos", H::Drop},
        HyphenCase{"es", "Miem-", "bros", H::Drop}, HyphenCase{"es", "inter-", "nacional", H::Drop},
        HyphenCase{"es", "delin-", "cuencia", H::Drop}, HyphenCase{"es", "coordi-", "nación", H::Drop},
        HyphenCase{"es", "recomen-", "daciones", H::Drop}, HyphenCase{"es", "aplica-", "ción", H::Drop},
        HyphenCase{"es", "financia-", "ción", H::Drop}, HyphenCase{"es", "parti-", "cular", H::Drop},
        HyphenCase{"ru", "Органи-", "зации", H::Drop}, HyphenCase{"ru", "Объеди-", "ненных", H::Drop},
        HyphenCase{"ru", "разви-", "тия", H::Drop}, HyphenCase{"ru", "прог-", "рамма", H::Drop},
        HyphenCase{"ru", "Гене-", "ральной", H::Drop}, HyphenCase{"ru", "секре-", "тарь", H::Drop},
        HyphenCase{"ru", "между-", "народного", H::Drop}, HyphenCase{"ru", "госу-", "дарств", H::Drop},
        HyphenCase{"ru", "меро-", "приятий", H::Drop}, HyphenCase{"ru", "инфор-", "мации", H::Drop},
        HyphenCase{"ru", "дея-", "тельности", H::Drop}, HyphenCase{"ru", "рекомен-", "дации", H::Drop},
        HyphenCase{"ru", "сес-", "сии", H::Drop}, HyphenCase{"ru", "реали-", "зации", H::Drop},
        HyphenCase{"ru", "пре-", "ступности", H::Drop},
        // ... and words the dictionary lacks, whose halves are no words
        // (it knows "самоуправляющейся", not with "не"; dev seed 7 ru-7-022,
        // ru-7-025); a half that is a word keeps it ("multi-stakeholder")
        HyphenCase{"en", "sro-ea/blue-", "future-conference-2023/Declaration%20English.pdf.", H::Keep},
        HyphenCase{"ru", "несамоуправляю-", "щейся", H::Drop}, HyphenCase{"ru", "неса-", "моуправляющейся", H::Drop},
        // ... a tail of two letters is no compound's part, though the
        // dictionary lists it (ru_RU's "го", the game: dev seed 26
        // ru-26-006.clean, XeLaTeX; "ми" and "ой", LibreOffice's Russian
        // patterns leave two letters too)
        HyphenCase{"ru", "неполитическо-", "го", H::Drop}, HyphenCase{"ru", "недискриминационны-", "ми", H::Drop},
        HyphenCase{"ru", "неядерн-", "ой", H::Drop},
        // ... and more compounds, whose halves are words of their own.
        HyphenCase{"fr", "porte-", "parole", H::Keep}, HyphenCase{"fr", "États-", "Unis", H::Keep},
        HyphenCase{"fr", "vingt-", "cinq", H::Keep}, HyphenCase{"fr", "quatre-", "vingt-dix", H::Keep},
        HyphenCase{"fr", "ci-", "après", H::Keep}, HyphenCase{"fr", "sous-", "programme", H::Keep},
        HyphenCase{"fr", "non-", "prolifération", H::Keep}, HyphenCase{"fr", "peut-", "être", H::Keep},
        HyphenCase{"fr", "c’est-à-", "dire", H::Keep}, HyphenCase{"fr", "2019-", "2020", H::Keep},
        HyphenCase{"en", "long-", "term", H::Keep}, HyphenCase{"en", "high-", "level", H::Keep},
        HyphenCase{"en", "cross-", "border", H::Keep}, HyphenCase{"en", "twenty-", "first", H::Keep},
        HyphenCase{"en", "small-", "scale", H::Keep}, HyphenCase{"en", "multi-", "stakeholder", H::Keep},
        HyphenCase{"en", "gender-", "based", H::Keep}, HyphenCase{"en", "evidence-", "based", H::Keep},
        HyphenCase{"en", "2023-", "2024", H::Keep}, HyphenCase{"es", "2020-", "2025", H::Keep},
        HyphenCase{"es", "franco-", "alemán", H::Keep}, HyphenCase{"es", "teórico-", "práctico", H::Keep},
        HyphenCase{"ru", "научно-", "исследовательский", H::Keep}, HyphenCase{"ru", "социально-", "экономического", H::Keep},
        HyphenCase{"ru", "2020-", "2025", H::Keep}, HyphenCase{"ru", "военно-", "морской", H::Keep},
        HyphenCase{"ru", "северо-", "западный", H::Keep}));

TEST(ClassifyLineEnd, WithoutADictionaryKeepsTheHyphen) {
    EXPECT_EQ(classify_line_end("inten-", "sifier", static_cast<const Dictionary*>(nullptr)), LineEndHyphen::Keep);
}

TEST(ClassifyLineEnd, AsksForTheDictionaryOnlyWhenItDecides) {
    int loads = 0;
    const DictionaryLoader counting = [&loads] {
        ++loads;
        return Dictionary::for_language("en");
    };
    EXPECT_EQ(classify_line_end("2018-", "2021", counting), LineEndHyphen::Keep);
    EXPECT_EQ(classify_line_end("Secretary-", "General", counting), LineEndHyphen::Keep);
    EXPECT_EQ(classify_line_end("text", "continues", counting), LineEndHyphen::NotOne);
    EXPECT_EQ(loads, 0);
    EXPECT_EQ(classify_line_end("organiza-", "tion", counting), LineEndHyphen::Drop);
    EXPECT_EQ(loads, 1);
}

Page page_of(const std::vector<std::vector<std::string>>& lines) {
    Page p;
    p.blocks.resize(1);
    double top = 0;
    for (const auto& ws : lines) {
        Line l;
        double x = 0;
        for (const auto& w : ws) {
            l.words.push_back(pdf2tei::testing::make_word(w, x, top));
            x += 60;
        }
        p.blocks[0].lines.push_back(l);
        top += 12;
    }
    return p;
}

TEST(JoinLineEndHyphens, JoinsKeepsCountsAndFlags) {
    Page p = page_of({{"pour", "inten-"}, {"sifier", "la", "soixante-"}, {"quatorzième", "session", "ef\u00ADfi-"},
                      {"cace"}});
    int loads = 0;
    join_line_end_hyphens(p, [&loads] {
        ++loads;
        return Dictionary::for_language("fr");
    });
    EXPECT_GE(loads, 1);
    ASSERT_EQ(p.blocks[0].lines.size(), 3u);  // the last line was only "cace"
    EXPECT_EQ(block_text(p.blocks[0]), "pour intensifier la soixante-quatorzième session efficace");
    EXPECT_TRUE(p.blocks[0].lines[0].words[1].has(kFlagDehyphenated));
    EXPECT_TRUE(p.blocks[0].lines[1].words[1].has(kFlagLineEndCompound));
    // Where the next line began, for --keep-lines: after "inten", after "soixante-".
    EXPECT_EQ(p.blocks[0].lines[0].words[1].line_break, 5);
    EXPECT_EQ(p.blocks[0].lines[1].words[1].line_break, 9);
    EXPECT_EQ(p.blocks[0].lines[0].words[0].line_break, -1);
    EXPECT_EQ(p.repairs[kRepairDehyphenated], 2);
    EXPECT_EQ(p.repairs[kRepairCompoundJoined], 1);
    EXPECT_EQ(p.repairs[kRepairSoftHyphen], 1);
}

// The patterns count characters, not bytes ("coopé" is 5 of them), and
// only where TeX's patterns break; Russian has none (too sparse).
TEST(HyphenationPatterns, BreakPointsByCharacter) {
    const auto* fr = HyphenationPatterns::for_language("fr");
    const auto* en = HyphenationPatterns::for_language("en");
    ASSERT_NE(fr, nullptr);
    ASSERT_NE(en, nullptr);
    EXPECT_TRUE(fr->allows_break("coopération", 5));   // coopé-ration
    EXPECT_FALSE(fr->allows_break("coopération", 6));  // coopér-ation
    EXPECT_TRUE(fr->allows_break("Intensifier", 5));   // any case
    EXPECT_TRUE(en->allows_break("organization", 8));  // organiza-tion
    EXPECT_FALSE(en->allows_break("organization", 9));
    EXPECT_FALSE(en->allows_break("email", 1));
    EXPECT_FALSE(en->allows_break("word", 0));
    EXPECT_FALSE(en->allows_break("word", 4));
    EXPECT_EQ(HyphenationPatterns::for_language("ru"), nullptr);
    EXPECT_EQ(HyphenationPatterns::for_language("zh"), nullptr);
}

// Patterns loaded for the words asked break each of them where the whole
// file does, at every position: words from Debian's dictionary of the
// language (every 97th entry, in any case, and two joined), asked a few at
// a time as a document asks them, and a long run of them on one object
// (subsets grown, then the whole file once they would cost more).
class PatternSubsetTest : public ::testing::TestWithParam<std::pair<const char*, const char*>> {};

TEST_P(PatternSubsetTest, BreaksEveryWordAsTheWholeFile) {
    const auto [patterns_file, dictionary] = GetParam();
    const std::string path = std::string("/usr/share/hyphen/") + patterns_file;
    const std::string dic = std::string("/usr/share/hunspell/") + dictionary + ".dic";
    if (!std::filesystem::exists(path) || !std::filesystem::exists(dic)) GTEST_SKIP() << "not installed";
    std::vector<std::string> words;
    std::ifstream in(dic);
    std::string line, previous;
    for (std::size_t i = 0; std::getline(in, line); ++i) {
        const std::string stem = line.substr(0, line.find_first_of("/ \t\r"));
        if (i % 97 == 1 && utf8_decode(stem).size() > 3) {
            words.push_back(stem);
            if (i % 2) words.push_back(previous + stem);
        }
        previous = stem;
    }
    ASSERT_GT(words.size(), 300u);
    const auto whole = HyphenationPatterns::open(path, /*whole=*/true);
    const auto grown = HyphenationPatterns::open(path);
    ASSERT_NE(whole, nullptr);
    ASSERT_NE(grown, nullptr);
    std::size_t breaks = 0;
    for (std::size_t b = 0; b < words.size(); b += 4) {
        const auto part = HyphenationPatterns::open(path);
        const std::vector<std::string> batch(words.begin() + static_cast<std::ptrdiff_t>(b),
                                             words.begin() + static_cast<std::ptrdiff_t>(std::min(words.size(), b + 4)));
        part->expect(batch);
        for (const auto& w : batch)
            for (std::size_t at = 1; at < utf8_decode(w).size(); ++at) {
                const bool want = whole->allows_break(w, at);
                breaks += want;
                EXPECT_EQ(part->allows_break(w, at), want) << patterns_file << ": " << w << " after " << at;
                EXPECT_EQ(grown->allows_break(w, at), want) << patterns_file << ": " << w << " after " << at;
            }
    }
    EXPECT_GT(breaks, words.size()) << "words break somewhere, most more than once";
}

INSTANTIATE_TEST_SUITE_P(Debian, PatternSubsetTest,
                         ::testing::Values(std::pair{"hyph_en_US.dic", "en_US"}, std::pair{"hyph_es_ES.dic", "es_ES"},
                                           std::pair{"hyph_fr.dic", "fr"}));

// In a table, words break only inside a cell: where its text wraps
// (kFlagCellLineEnd), within one column; never from one row to the next.
TEST(JoinLineEndHyphens, InTablesJoinsOnlyWithinACell) {
    Page p;
    p.blocks.resize(1);
    Block& t = p.blocks[0];
    t.kind = BlockKind::Table;
    t.columns = 3;
    const auto word = [](const char* text, int column, bool wraps = false) {
        Word w = pdf2tei::testing::make_word(text, 60.0 * column, 0);
        w.column = column;
        if (wraps) w.flags |= kFlagCellLineEnd;
        return w;
    };
    Line row1, row2;
    // "multi-|hazard" and "estab-|lishment" wrap inside cells 1 and 2;
    // "capacity-" ends its cell without wrapping.
    row1.words = {word("capacity-", 0), word("multi-", 1, true), word("hazard", 1), word("estab-", 2, true),
                  word("lishment", 2)};
    row2.words = {word("building", 0), word("early-", 1), word("warning", 2)};
    t.lines = {row1, row2};
    join_line_end_hyphens(p, [] { return Dictionary::for_language("en"); });
    ASSERT_EQ(t.lines[0].words.size(), 3u);
    EXPECT_EQ(t.lines[0].words[0].text, "capacity-");  // not joined with the next row
    EXPECT_EQ(t.lines[0].words[1].text, "multi-hazard");
    EXPECT_TRUE(t.lines[0].words[1].has(kFlagLineEndCompound));
    EXPECT_EQ(t.lines[0].words[2].text, "establishment");
    EXPECT_TRUE(t.lines[0].words[2].has(kFlagDehyphenated));
    EXPECT_EQ(t.lines[1].words.size(), 3u);  // no flag, no join: "early-" and "warning" are in two cells
}

// A narrow cell's word wrapped with no hyphen (LibreOffice: dev seed 13
// es-13-009 "Disposicione" / "s", es-13-001 "Disposicion" / "es"; seed 14
// ru-14-000 "Положени" / "я"): one word when the first part is none and
// the two make one. Two words of a cell's wrapped text stay two
// ("Informes" / "anuales"), as do a number and a word.
TEST(JoinLineEndHyphens, ACellsWordWrappedWithoutAHyphenIsOneWord) {
    struct Case {
        const char* language;
        const char* head;
        const char* tail;
        const char* joined;  // "" when they stay apart
    };
    for (const Case& c : {Case{"es", "Disposicione", "s", "Disposiciones"}, Case{"es", "Disposicion", "es", "Disposiciones"},
                          Case{"ru", "Положени", "я", "Положения"}, Case{"es", "Informes", "anuales", ""},
                          Case{"es", "2024", "anuales", ""}}) {
        Page p;
        p.blocks.resize(1);
        Block& t = p.blocks[0];
        t.kind = BlockKind::Table;
        t.columns = 2;
        Line row;
        row.words = {pdf2tei::testing::make_word("Artículo", 0, 0), pdf2tei::testing::make_word(c.head, 80, 0),
                     pdf2tei::testing::make_word(c.tail, 80, 12)};
        row.words[0].column = 0;
        row.words[1].column = row.words[2].column = 1;
        row.words[1].flags |= kFlagCellLineEnd;
        t.lines = {row};
        const std::string language = c.language;
        join_line_end_hyphens(p, [language] { return Dictionary::for_language(language); });
        const auto& words = t.lines[0].words;
        if (*c.joined) {
            ASSERT_EQ(words.size(), 2u) << c.head;
            EXPECT_EQ(words[1].text, c.joined);
            EXPECT_EQ(p.repairs[kRepairCellWrapJoined], 1);
        } else {
            EXPECT_EQ(words.size(), 3u) << c.head;
        }
    }
}

}  // namespace
}  // namespace pdf2tei::normalize

namespace pdf2tei::normalize {
namespace {

Page page_of_lines(const std::vector<std::vector<std::string>>& lines) {
    Page p;
    Block b;
    double top = 0;
    for (const auto& words : lines) {
        Line l;
        double x = 0;
        for (const auto& t : words) {
            l.words.push_back(testing::make_word(t, x, top));
            x = l.words.back().box.x1 + 3;
        }
        b.lines.push_back(l);
        top += 12;
    }
    p.blocks.push_back(b);
    return p;
}

// A/81/6 writes "cross-cutting" inside a line, and breaks it once at a line
// end; en_US knew "crosscutting" too (en_GB does not). A document writing
// "co-operation", which en_GB knows whole, says which it is.
TEST(DocumentSpellings, TheDocumentsOwnSpellingDecides) {
    const std::vector<Page> pages = {page_of_lines({{"including", "Co-Operation", "flagship", "reports"},
                                                    {"the", "peacekeeping", "budget,", "mid-"},
                                                    {"term", "review"}})};
    const auto spellings = DocumentSpellings::of(pages);
    const DictionaryLoader en = [] { return Dictionary::for_language("en"); };
    ASSERT_EQ(classify_line_end("co-", "operation", en), LineEndHyphen::Drop);  // the dictionary alone
    EXPECT_EQ(classify_line_end("co-", "operation", en, &spellings), LineEndHyphen::Keep);
    EXPECT_EQ(classify_line_end("(co-", "operation),", en, &spellings), LineEndHyphen::Keep);
    // Whole in the text: joined, even with no dictionary at all.
    EXPECT_EQ(classify_line_end("peace-", "keeping", DictionaryLoader{}, &spellings), LineEndHyphen::Drop);
    // A hyphen at a line end is no evidence of a hyphenated spelling.
    EXPECT_FALSE(spellings.writes_hyphenated(U"mid", U"term"));
    EXPECT_TRUE(spellings.writes_whole(U"Peace", U"keeping"));
}

// Written both ways, the document says nothing: the dictionary decides.
TEST(DocumentSpellings, BothSpellingsLeaveItToTheDictionary) {
    const std::vector<Page> pages = {page_of_lines({{"a", "co-operation", "and", "a", "cooperation", "issue"}})};
    const auto spellings = DocumentSpellings::of(pages);
    const DictionaryLoader en = [] { return Dictionary::for_language("en"); };
    EXPECT_EQ(classify_line_end("co-", "operation", en, &spellings), LineEndHyphen::Drop);
}

}  // namespace
}  // namespace pdf2tei::normalize
