#include "ocr_glued_words.hpp"

#include <unicode/uchar.h>

#include "language.hpp"
#include "pdf2tei/normalize/normalize.hpp"
#include "pdf2tei/text.hpp"
#include "word_core.hpp"

namespace pdf2tei::normalize {
namespace {

bool all_letters(const std::u32string& s) {
    return std::all_of(s.begin(), s.end(), [](char32_t c) { return u_isalpha(static_cast<UChar32>(c)) != 0; });
}

bool all_lower(const std::u32string& s) {
    return std::none_of(s.begin(), s.end(), [](char32_t c) {
        return u_isupper(static_cast<UChar32>(c)) || u_istitle(static_cast<UChar32>(c));
    });
}

// "5." or "5)": a paragraph's number before its first word.
bool opens_with_paragraph_number(const Line& line) {
    if (line.words.size() < 2) return false;
    const std::string& t = line.words.front().text;
    std::size_t digits = 0;
    while (digits < t.size() && t[digits] >= '0' && t[digits] <= '9') ++digits;
    return digits > 0 && digits + 1 == t.size() && (t.back() == '.' || t.back() == ')');
}

}  // namespace

std::optional<std::pair<std::string, std::string>> split_glued_word(const std::string& word,
                                                                    const std::string& language,
                                                                    const Dictionary& dict) {
    const std::u32string t = utf8_decode(word);
    const auto [b, e] = core_span(t);
    const std::u32string core = t.substr(b, e - b);
    if (core.size() < 3 || !all_letters(core)) return std::nullopt;
    const auto first = static_cast<UChar32>(core[0]);
    if (!(u_isupper(first) || u_istitle(first)) || !all_lower(core.substr(1)) || dict.knows(utf8_encode(core)))
        return std::nullopt;
    std::optional<std::size_t> cut;
    for (std::size_t k = 1; k < core.size(); ++k) {
        const std::string head = utf8_encode(core.substr(0, k)), tail = utf8_encode(core.substr(k));
        if (!is_function_word(language, lower_case(head)) && !is_function_word(language, lower_case(tail))) continue;
        if (!dict.knows(head) || !dict.knows(tail)) continue;
        if (cut) return std::nullopt;  // two cuts: a guess
        cut = k;
    }
    if (!cut) return std::nullopt;
    return std::pair{utf8_encode(t.substr(0, b + *cut)), utf8_encode(t.substr(b + *cut))};
}

void split_ocr_glued_words(std::vector<Page>& pages, std::string_view language, const DictionaryLoader& load) {
    const std::string lang(language);
    const Dictionary* dict = nullptr;
    // Every page: a lossy page's layer is patched with OCR's words.
    for (auto& page : pages)
        for (auto& block : page.blocks) {
            if (block.lines.empty() || block.lines.front().words.empty()) continue;
            Line& line = block.lines.front();
            if (!opens_with_paragraph_number(line)) continue;
            const std::size_t i = 1;
            Word& w = line.words[i];
            if (w.source != Source::Ocr) continue;
            if (!dict && !(dict = load ? load() : nullptr)) return;
            const auto halves = split_glued_word(w.text, lang, *dict);
            if (!halves) continue;
            // Each half boxed by its share of the letters.
            const double share = static_cast<double>(utf8_decode(halves->first).size()) /
                                 static_cast<double>(utf8_decode(w.text).size());
            Word second = w;
            const double cut = w.box.x0 + w.box.width() * share;
            respell(w, halves->first, page.repairs, kRepairOcrGluedWord);
            w.box.x1 = cut;
            w.space_after = true;
            second.text = halves->second;
            second.glyphs.clear();
            second.flags |= kFlagUnicodeRepaired;
            second.box.x0 = cut;
            line.words.insert(line.words.begin() + static_cast<std::ptrdiff_t>(i) + 1, std::move(second));
        }
}

}  // namespace pdf2tei::normalize
