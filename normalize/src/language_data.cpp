#include "language_data.hpp"

#include <string>



namespace pdf2tei::normalize {

const LanguageData& language_data(std::string_view tag) {
    // English: the UN editorial manual hyphenates "non-" compounds (dev
    // seed 8, en-8-003: "non-|political" had become "nonpolitical").
    // French "non-" is not listed: "nonobstant" breaks after "non" too.
    static const LanguageData kEnglish{.hyphen_keeping_prefixes = {U"non"}};
    // Arabic: the article, alone or after a one-letter particle. Running
    // text is 0.42-0.50 common words on dev seed 9's resolutions, its
    // scrambled layers 0.
    static const LanguageData kArabic{.letter_soup_bar = 0.15,
                                      .common_prefixes = {U"ال", U"وال", U"بال", U"لل", U"فال", U"كال"}};
    // Russian: the function words of two letters or more are 0.06-0.23 of
    // a page's words on dev seeds 7 and 8 (one- and two-page resolutions,
    // pdftotext's pages of 30 words or more), Cyrillic soup 0.
    static const LanguageData kRussian{.letter_soup_bar = 0.03};
    // Chinese: characters in dictionary words of two or more are 0.72-0.79
    // of a page's Han on dev seeds 7-9 (clean and endnotes), its scrambled
    // layers 0.20 (common characters drawn at random pair into words too).
    static const LanguageData kChinese{.letter_soup_bar = 0.45, .words_by_dictionary = true};
    // French: the UN's French texts, like French typography at large,
    // space ; : ! ? from the word before (seed's "électroniques ;").
    static const LanguageData kFrench{.spaced_high_punctuation = true};
    static const LanguageData kNone{};
    if (tag == "en") return kEnglish;
    if (tag == "fr") return kFrench;
    if (tag == "ar") return kArabic;
    if (tag == "ru") return kRussian;
    if (tag == "zh") return kChinese;
    return kNone;
}

}  // namespace pdf2tei::normalize
