#pragma once
// What pdf2tei knows of each language, as data: one table per language, one
// file per table (core/src/languages/). Issue 17: language knowledge is data,
// not literals scattered through the passes. The passes read these tables;
// they hold no word of any language themselves.
//
// To teach pdf2tei a convention of a language: add it to that language's
// file with the document it came from, and a case to the pass's unit test.
// tests/unit/language_table_test.cpp checks that each of the six UN
// languages fills every table that applies to its writing.
//
// What stays in code: what Unicode says of characters (scripts, letters,
// punctuation classes), and the shapes of numbers and labels.
#include <array>
#include <string_view>
#include <utility>
#include <vector>

namespace pdf2tei {

// A wording of a UN masthead, as printed. The masthead is set in fixed
// forms, so exact wording is safer than fuzzy matching; a field whose
// wording varies (a session's ordinal, an agenda item's number) is known by
// its fixed part.
struct MastheadWording {
    enum How { Exact, Prefix, Suffix, Contains } how;
    std::string_view text;
    // un, organ, committee, distribution, language, session, agenda, author,
    // adoption
    std::string_view field;
};

// A form UN mastheads print dates in, as ICU date pattern letters read it:
// d = day, MMMM = the month's name as the language's ICU locale data spells
// it in a date, y = year; any other token is literal. Tokens are separated
// by spaces; a comma is a token of its own ("December 18, 2019").
// A word OCR reads as another of like shape, told apart by the words
// around it (normalize/src/ocr_word_slips.hpp): `pattern`, words split by
// spaces, the misread one in brackets, alternatives split by "|" ("[à]
// droit à|au|aux"); `meant`, what the bracketed word is then.
struct WordSlip {
    std::string_view pattern;
    std::string_view meant;
};

struct DateForm {
    std::array<std::string_view, 5> tokens;
};

struct LanguageTable {
    std::string_view tag;  // BCP 47 primary tag: "en"

    // ---- Resources: what Debian packages ship for the language ----------
    std::string_view hunspell = {};           // /usr/share/hunspell/<name>.dic
    std::string_view hyphenation = {};        // /usr/share/hyphen/<name> (libhyphen)
    std::string_view tesseract = {};          // the OCR model(s), "rus+eng"

    // ---- Words: the language triage and the word repairs ---------------
    // The commonest function words, space-separated, lower case: the heads
    // of the Snowball stop-word lists (as PostgreSQL's tsearch_data ships
    // them), plus the elided forms that splitting at apostrophes leaves.
    // Running text is a quarter to a third such words; letter soup from a
    // scrambled ToUnicode almost never is.
    std::string_view function_words = {};
    // Words that open with one of these count as common too (Arabic's
    // article), without a dictionary's load.
    std::vector<std::u32string_view> common_prefixes = {};
    // Written without spaces (Chinese): the common words are those of two
    // characters or more that ICU's dictionary finds, by share of the
    // script's characters, in place of function words.
    bool words_by_dictionary = false;
    // The n-gram classifier takes letters of the script drawn at random for
    // the language, and is sure of it (dev seed 9 ar-9-005.garbled: a page
    // of scrambled Arabic judged "ar"; held-out seed 1000's Russian and
    // Chinese garbled files, every word Cyrillic or Han soup). Its sure
    // verdict is then checked against the share of the language's common
    // words: a page below this bar is letter soup. 0: the classifier is
    // trusted. The default holds for the Latin-script languages: their
    // running text is 0.19 function words or more a page on dev seeds 7 and
    // 8 (en, fr, es), their letter soup at most 0.06, and Latin soup is
    // sometimes classed, sure, as German (dev seed 8, en-8-006.garbled).
    double letter_soup_bar = 0.10;
    // Lower-case stems of the words elided before a vowel, their apostrophe
    // dropped: "l", "qu", "jusqu" (French l’, qu’, jusqu’).
    std::vector<std::u32string_view> elided_stems = {};
    // The words of one letter, lower case ("a", "à", "y"). A lone letter
    // that is none of them is no word of its own, though the dictionary
    // lists it (fr_FR knows the letters' names: "r", "d"), so a gap after
    // it may be inside a word ("r ace" is "race"). A capital Roman numeral
    // is a word too ("annexe I"). Empty: the dictionary decides.
    std::vector<std::u32string_view> one_letter_words = {};
    // Conjunctions after which a hanging hyphen stands for a compound's
    // second part ("life- and limb-saving", "pré- ou postnatal").
    std::vector<std::u32string_view> conjunctions = {};
    // Prefixes whose compounds keep their hyphen when it falls at a line
    // end, though the dictionary knows the closed form. Lower case.
    std::vector<std::u32string_view> hyphen_keeping_prefixes = {};
    // The orthography hyphenates almost no word the dictionary knows
    // closed (Spanish: compounds of adjectives, "teórico-práctico", which
    // it does not know closed): a known word broken at a line's end joins
    // wherever the line broke it, whether or not our patterns would
    // break it there (LibreOffice's Spanish patterns never break
    // "contraer", TeX's do: "con-|traerse", dev endnotes-16 es-16-011).
    bool hyphenates_few_known_words = false;
    // A no-break space before ; ! ? (narrow, U+202F) and : (U+00A0).
    bool spaced_high_punctuation = false;
    // The script's own forms of Latin marks ("," -> "،"), which OCR reads
    // as the Latin ones: pairs of one character each, Latin first.
    std::vector<std::pair<char32_t, char32_t>> own_marks = {};
    // Small letters OCR reads as others of like shape, as read then meant
    // ("п" for "л" and "д", "ц" for "д": Russian's model on bilevel scans,
    // "чеповек", "необхоцимых"). An OCR word the dictionary does not know
    // takes the one spelling with such letters mended that it knows
    // (normalize/ocr_letters.hpp).
    std::vector<std::pair<char32_t, char32_t>> ocr_confusions = {};
    // Short words OCR reads as other words the dictionary knows as well,
    // which only the words around them tell apart (French's model reads the
    // verb "a" as "à": "Toute personne à droit à"); patterns as WordSlip says.
    std::vector<WordSlip> ocr_word_slips = {};
    // Small letters whose ink rises over the x-height (Cyrillic's "б",
    // "ф", and "й", "ё" by their marks), for a language whose OCR model
    // reads words of small letters as capitals: the others measure the
    // x-height such a word's ink stops at. Empty: not looked for
    // (normalize/ocr_small_capitals.hpp).
    std::u32string_view ascending_small_letters = {};
    // The script's letters that Latin letters share a shape with, as pairs,
    // Latin first ("BвOо": Russian's model reads "во" as "BO"). An OCR
    // word spelt with such Latin letters alone, between words of the
    // script, is written in it when the dictionary knows it so
    // (normalize/src/ocr_latin_twins.hpp). Empty: not looked for.
    std::u32string_view latin_twins = {};

    // ---- Headings and captions: structure ------------------------------
    // A division's word, before its number on a line of its own ("Article
    // 1", "Annexe III").
    std::vector<std::string_view> division_words = {};
    // The word that heads an annex ("Annex", "Annex I").
    std::vector<std::string_view> annex_words = {};
    // The word of a table's caption ("Table 3"); `table_word_joined`: the
    // number may be set against it ("表1").
    std::vector<std::string_view> table_words = {};
    bool table_word_joined = false;
    // How a paragraph's number is set, beside "12." and "(a)" which every
    // language shares: the word that follows a number set apart from it
    // ("12 -": Arabic, its number then a lone hyphen).
    std::vector<std::string_view> number_separators = {};

    // A page's number as a running head or foot spells it: "Page 3", "Page 3
    // of 10" (case aside).
    std::string_view page_word = {};
    std::string_view page_of = {};

    // A word may end in an apostrophe (English's possessive plural:
    // "States’"); elsewhere one ends no word, and an OCR page's "’" before
    // a full stop is a note's call misread.
    bool final_apostrophe = false;

    // ---- UN conventions -------------------------------------------------
    std::vector<MastheadWording> masthead = {};
    // A resolution's opening formula: the organ, then a comma in the
    // script's own form ("The General Assembly,", "大会，").
    std::vector<std::string_view> opening_formulas = {};
    std::string_view formula_comma = {};
    // What a draft is, in lower case: the line over a draft's title ends
    // with it after the sponsors ("Indonesia:* draft resolution") or opens
    // with it ("Draft decision submitted by the President of the General
    // Assembly").
    std::vector<std::string_view> draft_kinds = {};
    // A closing line names the meeting a resolution was adopted at.
    std::vector<std::string_view> meeting_words = {};
    // The words a resolution's preamble and operative paragraphs open with,
    // set in the type's italic (a CJK face has none: its upright one is
    // slanted). OCR of such a lead read sheared upright is trusted sooner
    // when it spells one (ocr/slanted_leads.hpp).
    std::vector<std::string_view> lead_words = {};

    // ---- Dates ----------------------------------------------------------
    // Forms read with ICU's month names for the language.
    std::vector<DateForm> date_forms = {};
    // The month names where the UN's differ from ICU's (Arabic names the
    // month in both calendars: "تشرين الأول/أكتوبر"), January first.
    std::array<std::string_view, 12> own_month_names = {};
    // A numeric form as a regular expression whose groups are year, month
    // and day ("2025年7月8日").
    std::string_view numeric_date = {};
    // How the first of the month is written where it is no number ("1er").
    std::string_view first_of_month = {};
    // What opens an adoption date on a line of its own ("on 24 December").
    std::vector<std::string_view> date_prefixes = {};
    // The word for "number" before a figure ("Supplement No. 8", "Suplemento
    // núm. 8"): a note's line that ends in it carries on into a line that
    // opens with the figure, which is then no note's number.
    std::vector<std::string_view> number_words = {};
};

// The table of a BCP 47 primary tag ("en"); an empty one (tag "") for a
// language without an entry.
const LanguageTable& language_table(std::string_view tag);

// Every table there is: the six UN languages (en, fr, es, ru, ar, zh, the
// order the passes try them in, which breaks the triage's ties), then the
// other languages the triage knows.
const std::vector<const LanguageTable*>& language_tables();

// Whether any language's `list` holds `item`. The passes pool the languages'
// words where a document may mix them (a quotation, an annex in another
// language) or its language is not known yet: "Annex" heads an annex in a
// French document too.
template <typename T, typename Item>
bool in_any_language(std::vector<T> LanguageTable::*list, const Item& item) {
    for (const LanguageTable* t : language_tables())
        for (const T& x : t->*list)
            if (x == item) return true;
    return false;
}

// The six UN languages' tags.
constexpr std::array<std::string_view, 6> kUnLanguages = {"en", "fr", "es", "ru", "ar", "zh"};

}  // namespace pdf2tei
