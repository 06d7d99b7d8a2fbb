// Russian: what pdf2tei knows of it. See pdf2tei/language_table.hpp for
// what each field is for.
#include "tables.hpp"

namespace pdf2tei::languages {

const LanguageTable& russian() {
    using W = MastheadWording;
    static const LanguageTable table{
        .tag = "ru",
        .hunspell = "ru_RU",
        // No hyphenation patterns: Debian's hyph_ru_RU.dic (2003) finds no
        // break at all in "программа" or "государств", and refused 5 of the
        // 15 Russian breaks of the unit table that a Russian typesetter
        // makes; the dictionary decides alone there.
        // Russian UN documents carry their symbol, distribution and job
        // number in Latin letters, which the Russian model alone reads as
        // Cyrillic ("А/ВЕ5/80/169", "Р/5н.: Сепега!" for "A/RES/80/169",
        // "Distr.: General"): English rides along, for 2-10% more CPU and
        // the same Russian (dev seed 7's Russian scans).
        .tesseract = "rus+eng",
        .function_words = "и в на с по о об для к что не от из за как а его их ее это или также при все со во",
        // The function words of two letters or more are 0.06-0.23 of a
        // page's words on dev seeds 7 and 8 (one- and two-page resolutions,
        // pdftotext's pages of 30 words or more), Cyrillic soup 0.
        .letter_soup_bar = 0.03,
        .one_letter_words = {U"а", U"в", U"и", U"к", U"о", U"с", U"у", U"я"},
        .conjunctions = {U"и", U"или", U"а"},
        // Bilevel scans read with rus: "чеповек", "допжна", "полжны",
        // "необхоцимых" on one page of dev seed 13 (ru-13-019.scan-bw).
        .ocr_confusions = {{U'п', U'л'}, {U'п', U'д'}, {U'ц', U'д'}},
        .ascending_small_letters = U"бфйё",
        // "BO", "TO", "Ha", "K" for "во", "то", "на", "к" between Russian
        // words (dev seed 14: ru-14-001, ru-14-004, ru-14-005, ru-14-012,
        // ru-14-017). Each Latin letter's twin is the small letter, whose
        // shape its capital has.
        .latin_twins = U"AаBвCсEеHнKкMмOоPрTтXхaаcсeеoоpрxхyу",
        .division_words = {"Статья", "Глава", "Часть", "Раздел", "Приложение", "Добавление"},
        .annex_words = {"Приложение"},
        .table_words = {"Таблица"},
        .masthead =
            {
                W{W::Exact, "Организация Объединенных Наций", "un"},
                W{W::Exact, "Генеральная Ассамблея", "organ"},
                W{W::Exact, "Совет Безопасности", "organ"},
                W{W::Exact, "Экономический и Социальный Совет", "organ"},
                W{W::Exact, "Первый комитет", "committee"},
                W{W::Exact, "Второй комитет", "committee"},
                W{W::Exact, "Третий комитет", "committee"},
                W{W::Exact, "Четвертый комитет", "committee"},
                W{W::Exact, "Пятый комитет", "committee"},
                W{W::Exact, "Шестой комитет", "committee"},
                W{W::Exact, "Комитет по специальным политическим вопросам и вопросам деколонизации (Четвертый комитет)", "committee"},
                W{W::Prefix, "Distr.", "distribution"},
                W{W::Prefix, "Оригинал:", "language"},
                W{W::Suffix, " сессия", "session"},
                W{W::Contains, " повестки дня", "agenda"},
                W{W::Exact, "Доклад Генерального секретаря", "author"},
                W{W::Prefix, "Резолюция, принятая", "adoption"},
            },
        .opening_formulas = {"Генеральная Ассамблея,", "Совет Безопасности,"},
        .formula_comma = ",",
        .draft_kinds = {"проект резолюции", "проект решения"},
        .meeting_words = {"пленарное заседание"},
        // ICU's month names are the genitive a date prints ("января").
        .date_forms = {DateForm{{"d", "MMMM", "y", "года"}}, DateForm{{"d", "MMMM", "y", "г."}}},
        .number_words = {"№"},
    };
    return table;
}

}  // namespace pdf2tei::languages
