// French: what pdf2tei knows of it. See pdf2tei/language_table.hpp for
// what each field is for.
#include "tables.hpp"

namespace pdf2tei::languages {

const LanguageTable& french() {
    using W = MastheadWording;
    static const LanguageTable table{
        .tag = "fr",
        .hunspell = "fr_FR",
        .hyphenation = "hyph_fr.dic",
        .tesseract = "fra",
        .function_words = "de la le les des et à en du l d un une pour dans que qu sur par au qui aux est son sa ses "
                          "ou avec ce cette il se ne pas été sont",
        .elided_stems = {U"l", U"d", U"j", U"m", U"n", U"s", U"t", U"c", U"qu", U"jusqu", U"lorsqu", U"puisqu",
                         U"quoiqu", U"presqu"},
        .one_letter_words = {U"a", U"à", U"y", U"ô"},
        .conjunctions = {U"et", U"ou"},
        // French "non-" keeps no hyphen by rule: "nonobstant" breaks after
        // "non" too.
        // The UN's French texts, like French typography at large, space
        // ; : ! ? from the word before (seed's "électroniques ;").
        .spaced_high_punctuation = true,
        // Tesseract's French model reads the verb "a" as the preposition
        // "à" (dev seed 14: fr-14-016.scan-bw six times on one page,
        // fr-14-006.no-tounicode, fr-14-013.garbled). No French sets "à"
        // after "y", nor before "été" or "droit à" ("avoir droit à"); "à
        // droit constant" keeps its "à".
        // French's model reads a bilevel scan's "i" with a diaeresis
        // ("raïsonnable", "aïnsi", "humaïne": dev seed 28 fr-28-005.scan-bw).
        .ocr_confusions = {{U'ï', U'i'}},
        // It reads the "1" of "1er" before a month as "l" ("ler septembre
        // 2021", dev seed 36 fr-36-003.invisible-ocr: the masthead's date
        // became a paragraph); French has no word "ler".
        .ocr_word_slips = {{"y [à]", "a"}, {"[à] été", "a"}, {"[à] droit à|au|aux", "a"}, {"[à] le droit", "a"},
                           {"[ler] janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre",
                            "1er"}},
        .division_words = {"Article", "Chapitre", "Partie", "Section", "Annexe", "Appendice"},
        .annex_words = {"Annexe"},
        .table_words = {"Tableau"},
        .page_word = "Page",
        .page_of = "sur",
        .masthead =
            {
                W{W::Exact, "Nations Unies", "un"},
                W{W::Exact, "Assemblée générale", "organ"},
                W{W::Exact, "Conseil de sécurité", "organ"},
                W{W::Exact, "Conseil économique et social", "organ"},
                W{W::Exact, "Première Commission", "committee"},
                W{W::Exact, "Deuxième Commission", "committee"},
                W{W::Exact, "Troisième Commission", "committee"},
                W{W::Exact, "Quatrième Commission", "committee"},
                W{W::Exact, "Cinquième Commission", "committee"},
                W{W::Exact, "Sixième Commission", "committee"},
                W{W::Exact, "Commission des questions politiques spéciales et de la décolonisation (Quatrième Commission)", "committee"},
                W{W::Exact, "Distr. générale", "distribution"},
                W{W::Exact, "Distr. limitée", "distribution"},
                W{W::Prefix, "Distr.", "distribution"},
                W{W::Prefix, "Original :", "language"},
                W{W::Suffix, " session", "session"},
                W{W::Contains, " de l’ordre du jour", "agenda"},
                W{W::Contains, " de l'ordre du jour", "agenda"},
                W{W::Exact, "Rapport du Secrétaire général", "author"},
                W{W::Prefix, "Note du Secrétaire général", "author"},
                W{W::Prefix, "Résolution adoptée par", "adoption"},
            },
        .opening_formulas = {"L’Assemblée générale,", "L'Assemblée générale,", "Le Conseil de sécurité,"},
        .formula_comma = ",",
        .draft_kinds = {"projet de résolution", "projet de décision"},
        .meeting_words = {"séance plénière"},
        .date_forms = {DateForm{{"d", "MMMM", "y"}}},
        // dev scan300-7 fr-7-000's "1er décembre 2020" under its meeting line.
        .first_of_month = "1er",
        .date_prefixes = {"le "},
        .number_words = {"no", "n°", "No"},
    };
    return table;
}

}  // namespace pdf2tei::languages
