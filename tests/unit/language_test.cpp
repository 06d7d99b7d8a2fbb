#include <gtest/gtest.h>

#include "pdf2tei/normalize/language.hpp"

namespace pdf2tei::normalize {
namespace {

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

TEST(DetectLanguage, TooShortIsUndetermined) {
    EXPECT_EQ(detect_language("2/4"), "und");
    EXPECT_EQ(detect_language(""), "und");
}

}  // namespace
}  // namespace pdf2tei::normalize
