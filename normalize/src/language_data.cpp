#include "language_data.hpp"

#include <string>



namespace pdf2tei::normalize {

const LanguageData& language_data(std::string_view tag) {
    // English: the UN editorial manual hyphenates "non-" compounds (dev
    // seed 8, en-8-003: "non-|political" had become "nonpolitical").
    // French "non-" is not listed: "nonobstant" breaks after "non" too.
    static const LanguageData kEnglish{{U"non"}};
    // Arabic: the article, alone or after a one-letter particle.
    static const LanguageData kArabic{{}, true, {U"ال", U"وال", U"بال", U"لل", U"فال", U"كال"}};
    static const LanguageData kNone{};
    if (tag == "en") return kEnglish;
    if (tag == "ar") return kArabic;
    return kNone;
}

}  // namespace pdf2tei::normalize
