#include "language_data.hpp"

#include <string>

#include <unicode/uchar.h>

#include <algorithm>

#include "pdf2tei/normalize/normalize.hpp"
#include "pdf2tei/text.hpp"

namespace pdf2tei::normalize {

double common_word_share(const std::string& language, const std::vector<std::string>& words) {
    const LanguageData& data = language_data(language);
    if (data.function_words.empty() && data.common_prefixes.empty()) return -1;
    std::size_t counted = 0, common = 0;
    RepairCounts ignored;
    for (const auto& w : words) {
        // The word as the character repairs leave it (the triage reads the
        // layer before them: XeTeX with DejaVu Sans gives presentation
        // forms, "ﻣﺮﺿﻴﺔ"), without its edge punctuation ("العامة،").
        std::u32string t = utf8_decode(clean_string(w, ignored));
        while (!t.empty() && !u_isalpha(static_cast<UChar32>(t.back()))) t.pop_back();
        std::size_t b = 0;
        while (b < t.size() && !u_isalpha(static_cast<UChar32>(t[b]))) ++b;
        const std::u32string_view core = std::u32string_view(t).substr(b);
        if (core.size() < 2) continue;
        ++counted;
        const bool function = std::find(data.function_words.begin(), data.function_words.end(), core) !=
                              data.function_words.end();
        const bool prefixed = std::any_of(data.common_prefixes.begin(), data.common_prefixes.end(),
                                          [&](std::u32string_view p) { return core.size() > p.size() + 1 && core.starts_with(p); });
        common += function || prefixed;
    }
    return counted ? static_cast<double>(common) / static_cast<double>(counted) : -1;
}

const LanguageData& language_data(std::string_view tag) {
    // English: the UN editorial manual hyphenates "non-" compounds (dev
    // seed 8, en-8-003: "non-|political" had become "nonpolitical").
    // French "non-" is not listed: "nonobstant" breaks after "non" too.
    static const LanguageData kEnglish{{U"non"}};
    // Arabic: these are 47-54% of the words of dev seed 9's resolutions
    // (XeTeX and LibreOffice), none of its scrambled layers'.
    static const LanguageData kArabic{
        {},
        {U"في", U"من", U"على", U"أن", U"إلى", U"عن", U"مع", U"التي", U"الذي", U"هذا", U"هذه", U"أو", U"لا", U"ما",
         U"كل", U"قد", U"بين", U"وفي", U"ومن", U"وعلى", U"وأن", U"وإلى", U"أي", U"إن", U"كان"},
        {U"ال", U"وال", U"بال", U"لل", U"فال", U"كال"}};
    static const LanguageData kNone{};
    if (tag == "en") return kEnglish;
    if (tag == "ar") return kArabic;
    return kNone;
}

}  // namespace pdf2tei::normalize
