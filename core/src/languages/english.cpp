// English: what pdf2tei knows of it. See pdf2tei/language_table.hpp for
// what each field is for.
#include "tables.hpp"

namespace pdf2tei::languages {

const LanguageTable& english() {
    using W = MastheadWording;
    static const LanguageTable table{
        .tag = "en",
        // British spelling, with Oxford's -ize: the UN's ("offence",
        // "programme", "labour", and "organization"); en_US lacks the first
        // three, and judged "o ffence" (a gap 0.70 of its line's spaces,
        // dev seed 34 en-34-010.clean, XeLaTeX) by halves alone.
        .hunspell = "en_GB",
        .hyphenation = "hyph_en_US.dic",
        .tesseract = "eng",
        .function_words = "the of and to in a is that for on by with as be at this are from it or an which its all no "
                          "not have has was were their",
        .one_letter_words = {U"a", U"i"},
        .conjunctions = {U"and", U"or", U"nor", U"to"},
        // The UN editorial manual hyphenates "non-" compounds (dev seed 8,
        // en-8-003: "non-|political" had become "nonpolitical"; en_US
        // knows "nonpolitical").
        .hyphen_keeping_prefixes = {U"non"},
        .division_words = {"Article", "Chapter", "Part", "Section", "Annex", "Appendix"},
        .annex_words = {"Annex", "ANNEX"},
        .table_words = {"Table"},
        .page_word = "Page",
        .page_of = "of",
        .final_apostrophe = true,
        .masthead =
            {
                W{W::Exact, "United Nations", "un"},
                W{W::Exact, "General Assembly", "organ"},
                W{W::Exact, "Security Council", "organ"},
                W{W::Exact, "Economic and Social Council", "organ"},
                // The Main Committees, under the organ of their drafts and reports
                // ("First Committee" had been A/C.1/80/L.12's title).
                W{W::Exact, "First Committee", "committee"},
                W{W::Exact, "Second Committee", "committee"},
                W{W::Exact, "Third Committee", "committee"},
                W{W::Exact, "Fourth Committee", "committee"},
                W{W::Exact, "Fifth Committee", "committee"},
                W{W::Exact, "Sixth Committee", "committee"},
                W{W::Exact, "Special Political and Decolonization Committee (Fourth Committee)", "committee"},
                // The distribution's fixed forms, exact so that OCR's slips
                // in them are known too ("Distr: General", dev scan300-7
                // zh-7-023); any other wording by its prefix.
                W{W::Exact, "Distr.: General", "distribution"},
                W{W::Exact, "Distr.: Limited", "distribution"},
                W{W::Exact, "Distr.: Restricted", "distribution"},
                W{W::Prefix, "Distr.", "distribution"},
                W{W::Prefix, "Original:", "language"},
                W{W::Suffix, " session", "session"},
                W{W::Prefix, "Agenda item", "agenda"},
                W{W::Prefix, "Items ", "agenda"},
                W{W::Prefix, "Item ", "agenda"},
                W{W::Exact, "Report of the Secretary-General", "author"},
                W{W::Prefix, "Note by the Secretary-General", "author"},
                W{W::Prefix, "Resolution adopted by", "adoption"},
            },
        .opening_formulas = {"The General Assembly,", "The Security Council,"},
        .formula_comma = ",",
        .draft_kinds = {"draft resolution", "draft decision"},
        .meeting_words = {"plenary meeting"},
        .date_forms = {DateForm{{"d", "MMMM", "y"}}, DateForm{{"MMMM", "d", ",", "y"}}},
        .date_prefixes = {"on "},
        .number_words = {"No."},
    };
    return table;
}

}  // namespace pdf2tei::languages
