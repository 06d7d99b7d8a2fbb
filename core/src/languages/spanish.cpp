// Spanish: what pdf2tei knows of it. See pdf2tei/language_table.hpp for
// what each field is for.
#include "tables.hpp"

namespace pdf2tei::languages {

const LanguageTable& spanish() {
    using W = MastheadWording;
    static const LanguageTable table{
        .tag = "es",
        .hunspell = "es_ES",
        .hyphenation = "hyph_es_ES.dic",
        .tesseract = "spa",
        .function_words = "de la el los las y en del a que por con para un una se al su sus o es como lo no ha "
                          "sobre entre",
        .one_letter_words = {U"a", U"e", U"o", U"u", U"y"},
        .conjunctions = {U"y", U"e", U"o", U"u"},
        .hyphenates_few_known_words = true,
        .division_words = {"Artículo", "Capítulo", "Parte", "Sección", "Anexo", "Apéndice"},
        .annex_words = {"Anexo"},
        .table_words = {"Cuadro"},
        .page_word = "Página",
        .page_of = "de",
        .masthead =
            {
                W{W::Exact, "Naciones Unidas", "un"},
                W{W::Exact, "Asamblea General", "organ"},
                W{W::Exact, "Consejo de Seguridad", "organ"},
                W{W::Exact, "Consejo Económico y Social", "organ"},
                W{W::Exact, "Primera Comisión", "committee"},
                W{W::Exact, "Segunda Comisión", "committee"},
                W{W::Exact, "Tercera Comisión", "committee"},
                W{W::Exact, "Cuarta Comisión", "committee"},
                W{W::Exact, "Quinta Comisión", "committee"},
                W{W::Exact, "Sexta Comisión", "committee"},
                W{W::Exact, "Comisión Política Especial y de Descolonización (Cuarta Comisión)", "committee"},
                W{W::Exact, "Distr. general", "distribution"},
                W{W::Exact, "Distr. limitada", "distribution"},
                W{W::Prefix, "Distr.", "distribution"},
                W{W::Prefix, "Original:", "language"},
                W{W::Suffix, " período de sesiones", "session"},
                W{W::Contains, " del programa", "agenda"},
                W{W::Exact, "Informe del Secretario General", "author"},
                W{W::Prefix, "Resolución aprobada por", "adoption"},
            },
        .opening_formulas = {"La Asamblea General,", "El Consejo de Seguridad,"},
        .formula_comma = ",",
        .draft_kinds = {"proyecto de resolución", "proyecto de decisión"},
        .meeting_words = {"sesión plenaria"},
        .date_forms = {DateForm{{"d", "de", "MMMM", "de", "y"}}},
        .date_prefixes = {"el "},
        .number_words = {"núm.", "No."},
    };
    return table;
}

}  // namespace pdf2tei::languages
