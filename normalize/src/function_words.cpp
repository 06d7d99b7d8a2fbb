#include "language.hpp"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <memory>
#include <string>
#include <unordered_map>

#include "pdf2tei/language_table.hpp"
#include "pdf2tei/normalize/normalize.hpp"
#include "pdf2tei/text.hpp"

namespace pdf2tei::normalize {
namespace {

// The function words of every language the classifier knows, in
// language_tables()'s order (which breaks ties between languages). Running
// text is a quarter to a third such words; letter soup from a scrambled
// ToUnicode almost never is (measured on the corpus: at most 1% and 2
// distinct words, against 19% and 5 or more on every prose page).
const std::vector<const LanguageTable*>& function_word_languages() {
    static const auto languages = [] {
        std::vector<const LanguageTable*> l;
        for (const LanguageTable* t : language_tables())
            if (!t->function_words.empty()) l.push_back(t);
        return l;
    }();
    return languages;
}

struct FunctionWord {
    std::size_t id;       // index among all function words
    unsigned languages;   // bit per entry of function_word_languages() ("de": fr, es, pt)
};

const std::unordered_map<std::string, FunctionWord>& function_word_table() {
    static const auto table = [] {
        std::unordered_map<std::string, FunctionWord> t;
        const auto& languages = function_word_languages();
        // A bit each in FunctionWord::languages.
        if (languages.size() > sizeof(FunctionWord::languages) * 8) std::abort();
        for (std::size_t l = 0; l < languages.size(); ++l) {
            const std::string_view words = languages[l]->function_words;
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

// The language's bit in FunctionWord::languages; 0 when it has no
// function words.
unsigned function_word_bit(const LanguageTable& language) {
    const auto& languages = function_word_languages();
    const auto entry = std::find(languages.begin(), languages.end(), &language);
    return entry == languages.end() ? 0u : 1u << (entry - languages.begin());
}

}  // namespace

bool is_function_word(const std::string& language, const std::string& lower_word) {
    const unsigned bit = function_word_bit(language_table(language));
    const auto& table = function_word_table();
    const auto it = table.find(lower_word);
    return bit != 0 && it != table.end() && (it->second.languages & bit) != 0;
}

double letter_soup_bar(const std::string& language) { return language_table(language).letter_soup_bar; }

double common_word_share(const std::string& language, const std::vector<std::string>& words) {
    const LanguageTable& data = language_table(language);
    if (data.words_by_dictionary) return han_in_dictionary_words(words);
    const unsigned bit = function_word_bit(data);
    if (bit == 0) return -1;
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
            std::size_t letters = 0;  // counted, not decoded: this runs on every word of every page
            for_each_code_point(t, [&](char32_t) { ++letters; });
            if (letters < 2) return;
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
    const auto& languages = function_word_languages();
    const std::size_t n = languages.size();
    std::vector<int> hits(n);
    std::vector<std::size_t> distinct(n);
    std::vector<unsigned> seen(table.size(), 0);  // per function word: languages already counted
    for_each_lower_word(utf8_text, [&](const std::string& w) {
        ++words;
        const auto it = table.find(w);
        if (it == table.end()) return;
        const FunctionWord& f = it->second;
        for (std::size_t l = 0; l < n; ++l) {
            const unsigned bit = 1u << l;
            if (!(f.languages & bit)) continue;
            ++hits[l];
            if (!(seen[f.id] & bit)) ++distinct[l];
            seen[f.id] |= bit;
        }
    });
    if (words < kMinFunctionWordSample) return {};
    std::vector<std::size_t> order(n);
    for (std::size_t l = 0; l < n; ++l) order[l] = l;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return hits[a] > hits[b]; });
    const std::size_t best = order[0];
    if (static_cast<double>(hits[best]) < kMinFunctionWordShare * static_cast<double>(words)) return {};
    if (distinct[best] < kMinDistinctFunctionWords) return {};
    if (hits[best] < kFunctionWordMargin * hits[order[1]]) return {};
    return std::string(languages[best]->tag);
}

}  // namespace pdf2tei::normalize
