#include "ocr_letters.hpp"

#include "pdf2tei/language_table.hpp"
#include "pdf2tei/text.hpp"
#include "word_core.hpp"

namespace pdf2tei::normalize {

std::string mend_confused_letters(const std::string& word, const std::vector<std::pair<char32_t, char32_t>>& confusions,
                                  const Dictionary& dict) {
    const std::u32string t = utf8_decode(word);
    const auto [b, e] = core_span(t);
    if (e - b < 3) return word;
    // Each confused letter's place and what it may stand for.
    std::vector<std::pair<std::size_t, std::vector<char32_t>>> places;
    for (std::size_t i = b; i < e; ++i) {
        std::vector<char32_t> meant;
        for (const auto& [read, m] : confusions)
            if (t[i] == read) meant.push_back(m);
        if (!meant.empty()) places.emplace_back(i, std::move(meant));
    }
    if (places.empty() || places.size() > kMaxConfusedLetters) return word;
    const std::u32string core = t.substr(b, e - b);
    if (dict.knows(utf8_encode(core))) return word;
    // Every spelling with at least one place mended: a mixed-radix count,
    // 0 at a place keeping the letter as read.
    std::u32string found;
    std::vector<std::size_t> choice(places.size(), 0);
    while (true) {
        std::size_t k = 0;
        while (k < places.size() && ++choice[k] > places[k].second.size()) choice[k++] = 0;
        if (k == places.size()) break;
        std::u32string candidate = t;
        for (std::size_t j = 0; j < places.size(); ++j)
            if (choice[j] > 0) candidate[places[j].first] = places[j].second[choice[j] - 1];
        if (!dict.knows(utf8_encode(candidate.substr(b, e - b)))) continue;
        if (!found.empty() && found != candidate) return word;  // two spellings: a guess
        found = std::move(candidate);
    }
    return found.empty() ? word : utf8_encode(found);
}

void mend_ocr_confused_letters(std::vector<Page>& pages, std::string_view language, const DictionaryLoader& load) {
    const auto& confusions = language_table(language).ocr_confusions;
    if (confusions.empty()) return;
    const Dictionary* dict = nullptr;
    for (auto& page : pages) {
        if (page.source != Source::Ocr) continue;
        if (!dict && !(dict = load ? load() : nullptr)) return;
        for (auto& block : page.blocks)
            for (auto& line : block.lines)
                for (auto& w : line.words) {
                    if (w.source != Source::Ocr) continue;
                    std::string mended = mend_confused_letters(w.text, confusions, *dict);
                    if (mended != w.text) respell(w, std::move(mended), page.repairs, kRepairOcrLetter);
                }
    }
}

}  // namespace pdf2tei::normalize
