#include "language.hpp"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <memory>
#include <string>
#include <unordered_map>

#include "language_data.hpp"
#include "pdf2tei/normalize/normalize.hpp"
#include "pdf2tei/text.hpp"

namespace pdf2tei::normalize {
namespace {

// The commonest function words of the languages the classifier knows,
// taken from the heads of the Snowball stop-word lists (as PostgreSQL's
// tsearch_data ships them), plus the French and Spanish elided forms that
// splitting at apostrophes leaves ("l", "d", "qu"). Running text is a
// quarter to a third such words; letter soup from a scrambled ToUnicode
// almost never is (measured on the corpus: at most 1% and 2 distinct words,
// against 19% and 5 or more on every prose page).
struct LanguageWords {
    const char* language;
    const char* words;  // space-separated, lower case
};
constexpr std::array<LanguageWords, 8> kFunctionWords{{
    {"en", "the of and to in a is that for on by with as be at this are from it or an which its all not have has "
           "was were their"},
    {"fr", "de la le les des et à en du l d un une pour dans que qu sur par au qui aux est son sa ses ou avec ce "
           "cette il se ne pas été sont"},
    {"es", "de la el los las y en del a que por con para un una se al su sus o es como lo no ha sobre entre"},
    {"ru", "и в на с по о об для к что не от из за как а его их ее это или также при все со во"},
    {"ar", "في من على إلى أن عن التي الذي هذا هذه مع بشأن ذلك كما أو"},
    {"de", "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch"},
    {"it", "di e il la che in per un del della le non con una da i al dei delle sono"},
    {"pt", "de a o que e do da em um para com não uma os no se na por mais as dos das"},
}};
constexpr std::size_t kLanguages = kFunctionWords.size();

struct FunctionWord {
    std::size_t id;       // index among all function words
    unsigned languages;   // bit per entry of kFunctionWords ("de": fr, es, pt)
};

const std::unordered_map<std::string, FunctionWord>& function_word_table() {
    static const auto table = [] {
        std::unordered_map<std::string, FunctionWord> t;
        for (std::size_t l = 0; l < kLanguages; ++l) {
            const std::string_view words = kFunctionWords[l].words;
            for (std::size_t pos = 0; pos < words.size();) {
                const std::size_t end = std::min(words.find(' ', pos), words.size());
                auto [it, added] = t.try_emplace(std::string(words.substr(pos, end - pos)), FunctionWord{t.size(), 0});
                it->second.languages |= 1u << l;
                pos = end + 1;
            }
        }
        return t;
    }();
    return table;
}

// Calls `visit` with each word of the text, lower-cased: runs of letters,
// so punctuation, digits and apostrophes separate words (l’Assemblée: "l",
// "assemblée"). One buffer serves every word: the triage runs this on
// every page.
template <typename Visit>
void for_each_lower_word(std::string_view text, Visit&& visit) {
    std::string word;
    const auto* s = reinterpret_cast<const uint8_t*>(text.data());
    const auto length = static_cast<int32_t>(text.size());
    for (int32_t i = 0; i < length;) {
        UChar32 c;
        if (s[i] < 0x80) {  // ASCII, the usual case, without ICU
            c = s[i++];
            if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                word += static_cast<char>(c | 0x20);
                continue;
            }
        } else {
            U8_NEXT(s, i, length, c);
            if (c >= 0 && (u_isalpha(c) || u_getCombiningClass(c) != 0)) {
                utf8_append(word, static_cast<char32_t>(u_tolower(c)));
                continue;
            }
        }
        if (!word.empty()) {
            visit(word);
            word.clear();
        }
    }
    if (!word.empty()) visit(word);
}

// Share of a text's Han characters that ICU's dictionary segmentation
// puts in words of two characters or more; -1 without Han. The words are
// joined without spaces first: OCR and some layers set one between every
// character.
double han_in_dictionary_words(const std::vector<std::string>& words) {
    icu::UnicodeString text;
    for (const auto& w : words) text += icu::UnicodeString::fromUTF8(w);
    thread_local std::unique_ptr<icu::BreakIterator> segmenter = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createWordInstance(icu::Locale::getChinese(), status));
        return U_SUCCESS(status) ? std::move(it) : nullptr;
    }();
    if (!segmenter) return -1;
    segmenter->setText(text);
    std::size_t han = 0, in_words = 0;
    for (int32_t start = segmenter->first(), end = segmenter->next(); end != icu::BreakIterator::DONE;
         start = end, end = segmenter->next()) {
        std::size_t n = 0;
        bool all_han = true;
        for (int32_t i = start; i < end; i = text.moveIndex32(i, 1)) {
            UErrorCode status = U_ZERO_ERROR;
            if (uscript_getScript(text.char32At(i), &status) == USCRIPT_HAN) ++n;
            else all_han = false;
        }
        if (!all_han || n == 0) continue;
        han += n;
        if (n >= 2) in_words += n;
    }
    return han ? static_cast<double>(in_words) / static_cast<double>(han) : -1;
}

}  // namespace

double letter_soup_bar(const std::string& language) { return language_data(language).letter_soup_bar; }

double common_word_share(const std::string& language, const std::vector<std::string>& words) {
    const LanguageData& data = language_data(language);
    if (data.words_by_dictionary) return han_in_dictionary_words(words);
    // This language's bit in the function-word table.
    const auto entry = std::find_if(kFunctionWords.begin(), kFunctionWords.end(),
                                    [&](const LanguageWords& l) { return language == l.language; });
    if (entry == kFunctionWords.end()) return -1;
    const unsigned bit = 1u << (entry - kFunctionWords.begin());
    const auto& table = function_word_table();
    std::vector<std::string> prefixes;
    for (auto p : data.common_prefixes) prefixes.push_back(utf8_encode(std::u32string(p)));
    std::size_t counted = 0, common = 0;
    RepairCounts ignored;
    for (const auto& w : words) {
        // The word as the character repairs leave it: the triage reads the
        // layer before them (XeTeX with DejaVu Sans gives presentation
        // forms, "ﻣﺮﺿﻴﺔ").
        for_each_lower_word(clean_string(w, ignored), [&](const std::string& t) {
            if (utf8_decode(t).size() < 2) return;
            ++counted;
            const auto it = table.find(t);
            bool found = it != table.end() && (it->second.languages & bit) != 0;
            for (const auto& p : prefixes) found = found || (t.size() > p.size() + 2 && t.starts_with(p));
            common += found;
        });
    }
    return counted ? static_cast<double>(common) / static_cast<double>(counted) : -1;
}

std::string function_word_language(std::string_view utf8_text) {
    const auto& table = function_word_table();
    std::size_t words = 0;
    std::array<int, kLanguages> hits{};
    std::array<std::size_t, kLanguages> distinct{};
    std::vector<unsigned> seen(table.size(), 0);  // per function word: languages already counted
    for_each_lower_word(utf8_text, [&](const std::string& w) {
        ++words;
        const auto it = table.find(w);
        if (it == table.end()) return;
        const FunctionWord& f = it->second;
        for (std::size_t l = 0; l < kLanguages; ++l) {
            const unsigned bit = 1u << l;
            if (!(f.languages & bit)) continue;
            ++hits[l];
            if (!(seen[f.id] & bit)) ++distinct[l];
            seen[f.id] |= bit;
        }
    });
    if (words < kMinFunctionWordSample) return {};
    std::array<std::size_t, kLanguages> order{};
    for (std::size_t l = 0; l < kLanguages; ++l) order[l] = l;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return hits[a] > hits[b]; });
    const std::size_t best = order[0];
    if (static_cast<double>(hits[best]) < kMinFunctionWordShare * static_cast<double>(words)) return {};
    if (distinct[best] < kMinDistinctFunctionWords) return {};
    if (hits[best] < kFunctionWordMargin * hits[order[1]]) return {};
    return kFunctionWords[best].language;
}

}  // namespace pdf2tei::normalize
