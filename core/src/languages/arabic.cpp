// Arabic: what pdf2tei knows of it. See pdf2tei/language_table.hpp for
// what each field is for.
#include "tables.hpp"

namespace pdf2tei::languages {

const LanguageTable& arabic() {
    using W = MastheadWording;
    static const LanguageTable table{
        .tag = "ar",
        // "ara+eng" doubled the OCR time and lost 0.03-0.04 of word recall
        // on dev seed 10: the Latin symbol is read again by itself instead.
        .tesseract = "ara",
        .function_words = "في من على إلى أن عن التي الذي هذا هذه مع بشأن ذلك كما أو",
        // The article, alone or after a one-letter particle.
        .common_prefixes = {U"ال", U"وال", U"بال", U"لل", U"فال", U"كال"},
        // Running text is 0.42-0.50 common words on dev seed 9's
        // resolutions, its scrambled layers 0.
        .letter_soup_bar = 0.15,
        // The comma, semicolon and question mark are the script's own; OCR
        // reads them as Latin ones (ocr_punctuation.hpp).
        // Its comma comes back as "»" as often as not ("إن الجمعية العامة»",
        // 4-6 a scan against 1-2 read right: dev scan300-7 ar-7-001, -005,
        // -007); a "»" that closes a "«" is a quotation's and stays.
        .own_marks = {{U',', U'\u060C'}, {U';', U'\u061B'}, {U'?', U'\u061F'}, {U'\u00BB', U'\u060C'}},
        .division_words = {"المادة", "الفصل", "الجزء", "الفرع", "المرفق", "التذييل"},
        .annex_words = {"المرفق"},
        .table_words = {"الجدول"},
        // "12 - ": a resolution's operative paragraphs, and its title's
        // number ("79/126 - ").
        .number_separators = {"-"},
        .masthead =
            {
                W{W::Exact, "الأمم المتحدة", "un"},
                W{W::Exact, "الجمعية العامة", "organ"},
                W{W::Exact, "مجلس الأمن", "organ"},
                W{W::Exact, "اللجنة الأولى", "committee"},
                W{W::Exact, "اللجنة الثانية", "committee"},
                W{W::Exact, "اللجنة الثالثة", "committee"},
                W{W::Exact, "اللجنة الرابعة", "committee"},
                W{W::Exact, "اللجنة الخامسة", "committee"},
                W{W::Exact, "اللجنة السادسة", "committee"},
                W{W::Prefix, "الدورة ", "session"},
                W{W::Contains, " من جدول الأعمال", "agenda"},
                W{W::Exact, "تقرير الأمين العام", "author"},
                W{W::Prefix, "قرار اتخذته", "adoption"},
            },
        .opening_formulas = {"إن الجمعية العامة،", "إن مجلس الأمن،"},
        .formula_comma = "،",
        .draft_kinds = {"مشروع قرار", "مشروع مقرر"},
        .meeting_words = {"الجلسة العامة"},
        // UN dates name the month in both calendars: "11 تشرين الأول/أكتوبر 2020".
        .own_month_names = {"كانون الثاني/يناير", "شباط/فبراير", "آذار/مارس", "نيسان/أبريل", "أيار/مايو",
                            "حزيران/يونيه", "تموز/يوليه", "آب/أغسطس", "أيلول/سبتمبر", "تشرين الأول/أكتوبر",
                            "تشرين الثاني/نوفمبر", "كانون الأول/ديسمبر"},
        .number_words = {"رقم"},
    };
    return table;
}

}  // namespace pdf2tei::languages
