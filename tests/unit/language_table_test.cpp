// The language tables (core/src/languages/): each of the six UN languages
// has every table that applies to its writing, the resources they name are
// installed, and the passes read them (issue 17: language knowledge is one
// data layer).
#include <gtest/gtest.h>
#include <unicode/uchar.h>

#include <filesystem>
#include <set>
#include <string>

#include "normalize/src/language.hpp"
#include "ocr/include/pdf2tei/ocr/languages.hpp"
#include "pdf2tei/language_table.hpp"
#include "structure/src/un_document.hpp"

namespace pdf2tei {
namespace {

std::set<std::string> masthead_fields(const LanguageTable& t) {
    std::set<std::string> fields;
    for (const auto& w : t.masthead) fields.insert(std::string(w.field));
    return fields;
}

TEST(LanguageTables, EachUnLanguageHasEveryTable) {
    for (std::string_view tag : kUnLanguages) {
        SCOPED_TRACE(std::string(tag));
        const LanguageTable& t = language_table(tag);
        ASSERT_EQ(t.tag, tag);
        EXPECT_FALSE(t.tesseract.empty());
        // Common words: function words, or (Chinese, written without spaces)
        // the dictionary's words; a bar under which a page is letter soup.
        EXPECT_TRUE(!t.function_words.empty() || t.words_by_dictionary);
        EXPECT_GT(t.letter_soup_bar, 0);
        // A language with a spelling dictionary lists its
        // one-letter words, each one lower-case letter (split_words.cpp:
        // without them every letter's name is a word).
        if (!t.hunspell.empty()) {
            EXPECT_FALSE(t.one_letter_words.empty());
            for (std::u32string_view w : t.one_letter_words) {
                ASSERT_EQ(w.size(), 1u);
                EXPECT_TRUE(u_islower(static_cast<UChar32>(w[0])));
            }
        }
        // Headings and captions. Chinese numbers its divisions inside the
        // word ("第六条"): it has no division word to set before a number.
        if (tag != "zh") {
            EXPECT_FALSE(t.division_words.empty());
        }
        EXPECT_FALSE(t.annex_words.empty());
        EXPECT_FALSE(t.table_words.empty());
        // The masthead: every field worded in the language's own script.
        // Distribution and original language are printed in Latin letters
        // on Russian, Arabic and Chinese mastheads too (en.cpp's wordings).
        for (const char* field : {"un", "organ", "session", "agenda", "author", "adoption"})
            EXPECT_TRUE(masthead_fields(t).count(field)) << field;
        // A resolution's opening formula, the General Assembly's and the
        // Security Council's, and its closing line.
        ASSERT_GE(t.opening_formulas.size(), 2u);
        ASSERT_FALSE(t.formula_comma.empty());
        for (std::string_view f : t.opening_formulas) EXPECT_TRUE(f.ends_with(t.formula_comma)) << f;
        EXPECT_FALSE(t.meeting_words.empty());
        // The word for "number" a note's reference breaks after.
        EXPECT_FALSE(t.number_words.empty());
        // Dates: by ICU's month names, the UN's own, or a numeric form.
        const bool own_months = !t.own_month_names.front().empty();
        EXPECT_TRUE(!t.date_forms.empty() || own_months || !t.numeric_date.empty());
        for (std::string_view month : t.own_month_names) EXPECT_EQ(month.empty(), !own_months);
    }
}

// The tables name Debian's files; each must be installed
// (scripts/debian-packages.txt), or the repair it serves is silently off.
TEST(LanguageTables, NamedResourcesAreInstalled) {
    namespace fs = std::filesystem;
    for (const LanguageTable* t : language_tables()) {
        SCOPED_TRACE(std::string(t->tag));
        if (!t->hunspell.empty()) {
            EXPECT_TRUE(fs::exists("/usr/share/hunspell/" + std::string(t->hunspell) + ".dic"));
        }
        if (!t->hyphenation.empty()) {
            EXPECT_TRUE(fs::exists("/usr/share/hyphen/" + std::string(t->hyphenation)));
        }
        for (std::string_view model : ocr::tesseract_models(t->tesseract))
            EXPECT_TRUE(fs::exists("/usr/share/tesseract-ocr/5/tessdata/" + std::string(model) + ".traineddata"))
                << model;
    }
    // Tables that name no resource leave the stage off for the language.
    EXPECT_EQ(ocr::tesseract_languages("de"), "");
    EXPECT_EQ(ocr::tesseract_languages("ar"), std::string(language_table("ar").tesseract));
}

// Every exact masthead wording of every language is read as its own field:
// no other language's rule takes it first.
TEST(LanguageTables, MastheadWordingsAreReadAsTheirField) {
    for (const LanguageTable* t : language_tables())
        for (const auto& w : t->masthead) {
            if (w.how != MastheadWording::Exact) continue;
            const auto field = structure::masthead_field(w.text);
            ASSERT_TRUE(field.has_value()) << w.text;
            EXPECT_EQ(*field, w.field) << w.text;
        }
}

// A masthead date in each UN language, as the UN prints it.
TEST(LanguageTables, DatesInEachUnLanguage) {
    const struct {
        const char* language;
        const char* text;
    } cases[] = {
        {"en", "18 December 2019"},
        {"en", "December 18, 2019"},
        {"fr", "18 décembre 2019"},
        {"es", "18 de diciembre de 2019"},
        {"ru", "18 декабря 2019 года"},
        {"ar", "18 كانون الأول/ديسمبر 2019"},
        {"zh", "2019年12月18日"},
    };
    std::set<std::string> covered;
    for (const auto& c : cases) {
        EXPECT_EQ(structure::iso_date(c.text), "2019-12-18") << c.text;
        covered.insert(c.language);
    }
    EXPECT_EQ(covered.size(), kUnLanguages.size());
    EXPECT_EQ(structure::iso_date("1er décembre 2020"), "2020-12-01");
}

// The triage's tie order is the tables' order, and each language with
// function words is told by them.
TEST(LanguageTables, FunctionWordsTellTheirLanguage) {
    const struct {
        const char* language;
        const char* text;
    } cases[] = {
        {"en", "The Assembly recalls that the report of the Committee is one of the documents for the session and "
               "that it was adopted at the meeting with the votes of all the members"},
        {"fr", "L’Assemblée rappelle que le rapport de la Commission est un des documents pour la session et "
               "qu’il a été adopté à la séance par les voix de tous les membres"},
        {"es", "Los Estados deben cooperar con el Consejo y con los órganos del sistema para que las medidas sean "
               "eficaces, como lo pide el Secretario General en su informe sobre el tema y en sus conclusiones"},
        {"ru", "Ассамблея напоминает что доклад Комиссии является одним из документов для сессии и что он был "
               "принят на заседании по всем вопросам и не был изменен и его текст как и прежде"},
    };
    // The sentence twice: the triage wants kMinFunctionWordSample words.
    for (const auto& c : cases)
        EXPECT_EQ(normalize::function_word_language(std::string(c.text) + " " + c.text), c.language) << c.text;
}

}  // namespace
}  // namespace pdf2tei
