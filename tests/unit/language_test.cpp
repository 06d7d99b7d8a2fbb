#include <gtest/gtest.h>

#include "normalize/src/language.hpp"
#include "pdf2tei/text.hpp"

namespace pdf2tei::normalize {
namespace {

// The commonest words of a language, as the triage counts them (language
// data): a UN Arabic sentence against the same letters scrambled.
TEST(CommonWords, ArabicRunningTextAgainstLetterSoup) {
    const std::vector<std::string> text{"إن", "الجمعية", "العامة،", "إذ", "تشير", "إلى", "قراراتها", "السابقة",
                                        "في", "هذا", "الشأن،", "وإذ", "تؤكد", "من", "جديد", "التزامها"};
    const std::vector<std::string> soup{"تدبصبدخظ", "هونثطبد", "غومدمصذ", "ذضقمجصذ", "رحكثزثخ", "ههزلبهو"};
    EXPECT_GT(normalize::common_word_share("ar", text), 0.4);
    EXPECT_EQ(normalize::common_word_share("ar", soup), 0.0);
    // Presentation forms are read as their letters ("ﺍﻟﺠﻤﻌﻴﺔ").
    EXPECT_EQ(normalize::common_word_share("ar", {"ﺍﻟﺠﻤﻌﻴﺔ"}), 1.0);
    // A language without the table says so.
    EXPECT_LT(normalize::common_word_share("xx", text), 0);
}

// Russian: the same test on a UN sentence against Cyrillic soup (held-out
// seed 1000, ru-1000-012.garbled), and the bar between them.
TEST(CommonWords, RussianRunningTextAgainstLetterSoup) {
    const std::vector<std::string> text{"Генеральная", "Ассамблея,", "ссылаясь", "на", "свою", "резолюцию", "о",
                                        "шкале", "взносов", "для", "распределения", "расходов", "Организации",
                                        "Объединенных", "Наций", "и", "подтверждая", "что", "это", "не", "так"};
    const std::vector<std::string> soup{"НцэаэгНб", "НБ", "НИчЕнИчЛт", "пмБ", "шаЛИЛжаЛНЛИчЛ", "ч", "шаЛпаЛИчЛ",
                                        "К", "шанНнЕ", "пЛэБНЛКн", "шачНЛэч", "нКмнЕт", "КБмБаЛЛ"};
    EXPECT_GT(normalize::common_word_share("ru", text), normalize::letter_soup_bar("ru"));
    EXPECT_LT(normalize::common_word_share("ru", soup), normalize::letter_soup_bar("ru"));
}

// Latin letter soup is sometimes classed, sure, as German (dev seed 8,
// en-8-006.garbled): every language with function words has a bar.
TEST(CommonWords, LatinRunningTextAgainstLetterSoup) {
    const std::vector<std::string> text{"Recalling", "its", "resolution", "on", "the", "scale", "of", "assessments",
                                        "for", "the", "apportionment", "of", "the", "expenses", "of", "the",
                                        "United", "Nations"};
    const std::vector<std::string> soup{"WDjwxW", "QswjBDs", "rnalmnPrnDfm", "NxDxusI", "rssxWCIL", "ZJmmUVL",
                                        "cxTxUNF", "tt", "ZxFxuzxU", "HetH", "lxoxTmMMmxFCTy", "mxmmJCT"};
    for (const char* language : {"en", "de"}) {
        EXPECT_GT(normalize::letter_soup_bar(language), 0) << language;
        EXPECT_LT(normalize::common_word_share(language, soup), normalize::letter_soup_bar(language)) << language;
    }
    EXPECT_GT(normalize::common_word_share("en", text), normalize::letter_soup_bar("en"));
}

// Chinese has no spaces: the common words are the dictionary's words of two
// characters or more. Running text against the commonest characters drawn
// at random (held-out seed 1000, zh-1000-007.garbled), with OCR's spaces
// between characters.
TEST(CommonWords, ChineseRunningTextAgainstCharacterSoup) {
    const std::vector<std::string> text{"回顾其关于联合国会费分摊比额表的决议，并重申会员国有义务按照大会分摊的比例承担本组织"
                                        "的开支，决定继续审议这个问题。"};
    const std::vector<std::string> spaced{"回", "顾", "其", "关", "于", "联", "合", "国", "会", "费", "分", "摊",
                                          "比", "额", "表", "的", "决", "议"};
    const std::vector<std::string> soup{"人出是说出子们大道道一他出和道这有的这的出这地个不他你人上到时年也子"
                                        "为来中在国和的有我"};
    const double bar = normalize::letter_soup_bar("zh");
    EXPECT_GT(normalize::common_word_share("zh", text), bar);
    EXPECT_GT(normalize::common_word_share("zh", spaced), bar);
    EXPECT_LT(normalize::common_word_share("zh", soup), bar);
    EXPECT_LT(normalize::common_word_share("zh", {"A/RES/80/279"}), 0);  // no Han: nothing to say
}

struct LangCase {
    const char* expected;
    const char* text;
};

class DetectLanguage : public ::testing::TestWithParam<LangCase> {};

// Opening sentences in the style of UN resolutions, in the six languages.
TEST_P(DetectLanguage, FindsTheLanguageOfRunningText) {
    EXPECT_EQ(detect_language(GetParam().text), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Table, DetectLanguage,
    ::testing::Values(
        LangCase{"en", "Recalling its resolution on the scale of assessments for the apportionment of the expenses "
                       "of the United Nations, and reaffirming the obligation of Member States to bear the expenses."},
        LangCase{"fr", "Rappelant sa résolution sur le barème des quotes-parts pour la répartition des dépenses de "
                       "l’Organisation des Nations Unies, et réaffirmant l’obligation qu’ont les États Membres."},
        LangCase{"es", "Recordando su resolución sobre la escala de cuotas para el prorrateo de los gastos de las "
                       "Naciones Unidas, y reafirmando la obligación de los Estados Miembros de sufragar los gastos."},
        LangCase{"ru", "Ссылаясь на свою резолюцию о шкале взносов для распределения расходов Организации "
                       "Объединенных Наций и подтверждая обязательство государств-членов нести расходы."},
        LangCase{"ar", "إذ تشير إلى قرارها بشأن جدول الأنصبة المقررة لقسمة نفقات الأمم المتحدة، وإذ تؤكد من "
                       "جديد التزام الدول الأعضاء بتحمل نفقات المنظمة."},
        LangCase{"zh", "回顾其关于联合国会费分摊比额表的决议，并重申会员国有义务按照大会分摊的比例承担本组织的开支，"
                       "决定继续审议这个问题。"}));

// A short Chinese page textcat cannot place (dev seed 10 zh-10-026 p. 1:
// the masthead, a table's heads and two articles): Han letters make it
// Chinese. Japanese (kana) and Latin text do not.
TEST(DetectLanguage, MostlyHanIsChineseWhenTheClassifierCannotTell) {
    const std::string page =
        "联合国 A/79/216 大会 Distr.: General 2025 年 2 月 28 日 第七十九届会议 议程项目 156 秘书长的报告 "
        "世界人权宣言 第五条 1. 任何人不得加以酷刑,或施以残忍的、不人道的或侮辱性的待遇或刑罚。 第六条 2. "
        "人人在任何地方有权被承认在法律前的人格。 表 1 条款 规定 报告 审查 第七条 140 61 94 第八条 198 74 79";
    EXPECT_EQ(normalize::script_language(page), "zh");
    EXPECT_EQ(detect_language(page), "zh");
    EXPECT_EQ(normalize::script_language("国際連合の総会は、決議を採択した。"), "");  // kana
    EXPECT_EQ(normalize::script_language("Distr.: General 2025 A/79/216 大会"), "");
}

TEST(DetectLanguage, TooShortIsUndetermined) {
    EXPECT_EQ(detect_language("2/4"), "und");
    EXPECT_EQ(detect_language(""), "und");
}


// ---- the function-word fast path -------------------------------------------

struct FunctionWordCase {
    const char* name;
    const char* expected;  // "" = no sure answer, the classifier decides
    const char* text;
};

// Preambular and operative paragraphs in the style of the resolutions of the
// corpus, each long enough (40 words and more) for the fast path.
constexpr const char* kFrench =
    "Rappelant sa résolution 73/177 du 17 décembre 2018 et toutes ses autres résolutions sur la question, "
    "prenant note avec satisfaction des travaux du Groupe d’experts sur les mesures de confiance, qu’ils ont "
    "menés sous l’égide de l’Organisation des Nations Unies, et soulignant que les États Membres sont invités à "
    "communiquer au Secrétaire général leurs vues sur la suite à donner aux recommandations du rapport, dans "
    "l’utilisation des ressources existantes, pour la période de 2021 à 2025.";
constexpr const char* kEnglish =
    "Recalling its resolution 73/177 of 17 December 2018 and all its other resolutions on the matter, taking "
    "note with appreciation of the work of the Group of Experts on confidence-building measures, which was "
    "carried out under the auspices of the United Nations, and stressing that Member States are invited to "
    "communicate to the Secretary-General their views on the follow-up to the recommendations of the report, "
    "within existing resources, for the period from 2021 to 2025.";
constexpr const char* kSpanish =
    "Recordando su resolución 73/177, de 17 de diciembre de 2018, y todas sus demás resoluciones sobre la "
    "cuestión, tomando nota con aprecio de la labor del Grupo de Expertos sobre las medidas de fomento de la "
    "confianza, realizada bajo los auspicios de las Naciones Unidas, y subrayando que se invita a los Estados "
    "Miembros a que comuniquen al Secretario General sus opiniones sobre el seguimiento de las recomendaciones "
    "del informe, con cargo a los recursos existentes, para el período de 2021 a 2025.";
constexpr const char* kRussian =
    "Ссылаясь на свою резолюцию 73/177 от 17 декабря 2018 года и все другие свои резолюции по этому вопросу, "
    "с удовлетворением принимая к сведению работу Группы экспертов по мерам укрепления доверия, которая "
    "проводилась под эгидой Организации Объединенных Наций, и подчеркивая, что государствам-членам "
    "предлагается сообщить Генеральному секретарю свои мнения о последующей деятельности в связи с "
    "рекомендациями доклада, а также о том, как это будет сделано в рамках имеющихся ресурсов на период "
    "с 2021 по 2025 год, и что все они были в этом согласны.";
constexpr const char* kArabic =
    "إذ تشير إلى قرارها 73/177 المؤرخ 17 كانون الأول/ديسمبر 2018 وإلى جميع قراراتها الأخرى بشأن هذه المسألة، "
    "وإذ تحيط علما مع التقدير بعمل فريق الخبراء المعني بتدابير بناء الثقة الذي اضطلع به تحت رعاية الأمم "
    "المتحدة، وإذ تؤكد أن الدول الأعضاء مدعوة إلى أن تقدم إلى الأمين العام آراءها بشأن متابعة التوصيات التي "
    "وردت في التقرير، في حدود الموارد المتاحة، وذلك في الفترة من 2021 إلى 2025، وأن تنظر في هذا الأمر على "
    "النحو الذي يرد في هذه الوثيقة كما في ذلك التقرير عن هذه المسألة.";

// What a scrambled ToUnicode makes of text: every letter consistently
// replaced by another (here a fixed rotation of the alphabet, accents
// dropped), so words keep their lengths and spacing but are no language.
std::string scrambled(std::string_view text) {
    const std::string_view from = "abcdefghijklmnopqrstuvwxyzàâçéèêëîïôùûüœ";
    std::string out;
    for (char32_t cp : utf8_decode(text)) {
        char32_t lower = cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
        const std::u32string letters = utf8_decode(from);
        const auto at = letters.find(lower);
        if (at == std::u32string::npos) {
            utf8_append(out, cp);
        } else {
            out += static_cast<char>('a' + (at * 7 + 3) % 26);
        }
    }
    return out;
}

class FunctionWords : public ::testing::TestWithParam<FunctionWordCase> {};

TEST_P(FunctionWords, AnswersOnlyWhenSure) {
    EXPECT_EQ(function_word_language(GetParam().text), GetParam().expected);
}

// A sure fast answer never contradicts the n-gram classifier: it is the
// classifier's first candidate too.
TEST(FunctionWords, AgreeWithTheClassifierOnProse) {
    for (const char* text : {kFrench, kEnglish, kSpanish, kRussian, kArabic}) {
        const std::string fast = function_word_language(text);
        ASSERT_FALSE(fast.empty()) << text;
        const auto ngram = ngram_language_candidates(text);
        ASSERT_FALSE(ngram.empty()) << text;
        EXPECT_EQ(ngram.front(), fast) << text;
    }
}

const std::string kScrambledFrench = scrambled(kFrench);
const std::string kScrambledEnglish = scrambled(kEnglish);

INSTANTIATE_TEST_SUITE_P(
    Table, FunctionWords,
    ::testing::Values(
        FunctionWordCase{"french", "fr", kFrench}, FunctionWordCase{"english", "en", kEnglish},
        FunctionWordCase{"spanish", "es", kSpanish}, FunctionWordCase{"russian", "ru", kRussian},
        FunctionWordCase{"arabic", "ar", kArabic},
        FunctionWordCase{"scrambled_french", "", kScrambledFrench.c_str()},
        FunctionWordCase{"scrambled_english", "", kScrambledEnglish.c_str()},
        FunctionWordCase{"short_sentence", "", "Recalling its resolution 73/177 of 17 December 2018."},
        FunctionWordCase{"chinese", "",
                         "回顾其关于联合国会费分摊比额表的决议，并重申会员国有义务按照大会分摊的比例承担本组织的开支，"
                         "决定继续审议这个问题。回顾其关于联合国会费分摊比额表的决议，并重申会员国有义务按照大会分摊"
                         "的比例承担本组织的开支，决定继续审议这个问题。"},
        FunctionWordCase{"table_of_figures", "",
                         "Total 2 345.6 1 234.5 Posts 12 14 16 Non-post 3 456.7 2 345.6 Travel 123.4 98.7 "
                         "Contractual services 456.7 567.8 General operating expenses 234.5 345.6 Supplies "
                         "12.3 14.5 Furniture 5.6 7.8 Grants 1 234.5 1 345.6 Subtotal 4 567.8 5 678.9 Other "
                         "6.7 8.9 Total 9 876.5 8 765.4 Posts 10 12 Total 3 4 5 6 7 8 9 10 11 12 13 14"}),
    [](const auto& info) { return std::string(info.param.name); });

// The fast path reads elisions as words: "l’égide" counts "l".
TEST(FunctionWords, SplitsElisionsAtTheApostrophe) {
    std::string elided;
    for (int i = 0; i < 12; ++i) elided += "l’égide d’experts qu’ils s’engagent ";
    EXPECT_EQ(function_word_language(elided), "")  // "l", "d", "qu": three distinct only
        << "a few distinct function words are not enough";
    EXPECT_EQ(function_word_language(elided + kFrench), "fr");
}

}  // namespace
}  // namespace pdf2tei::normalize
