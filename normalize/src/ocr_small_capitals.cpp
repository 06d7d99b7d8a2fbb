#include "ocr_small_capitals.hpp"

#include <unicode/uchar.h>

#include <algorithm>

#include "dictionary.hpp"
#include "pdf2tei/language_table.hpp"
#include "pdf2tei/normalize/normalize.hpp"
#include "pdf2tei/stats.hpp"
#include "pdf2tei/text.hpp"
#include "word_core.hpp"

namespace pdf2tei::normalize {
namespace {

// The word's letters between its punctuation, when they are all letters
// and all of one case (`upper`); empty otherwise.
std::u32string cased_core(const std::string& text, bool upper) {
    const std::u32string t = utf8_decode(text);
    const auto [b, e] = core_span(t);
    const std::u32string core = t.substr(b, e - b);
    const bool all = !core.empty() && std::all_of(core.begin(), core.end(), [&](char32_t c) {
        const auto u = static_cast<UChar32>(c);
        return upper ? u_isupper(u) : u_islower(u);
    });
    return all ? core : std::u32string();
}

// How far the word's ink rises over its line's baseline, in em of the line.
double rise(const Word& w, const Line& line) { return (line.baseline - w.box.y0) / line.font_size; }

bool measurable(const Line& line) { return line.font_size > 0 && line.baseline > 0; }

// Whether a word ends a sentence (its last character a full stop, a
// question or exclamation mark, or an ellipsis), so that the next opens one.
bool ends_sentence(const std::string& text) {
    return !text.empty() && std::u32string_view(U".!?…").find(last_code_point(text)) != std::u32string_view::npos;
}

}  // namespace

void lower_ocr_small_capitals(std::vector<Page>& pages, std::string_view language, const DictionaryLoader& load) {
    const std::u32string_view ascending = language_table(language).ascending_small_letters;
    if (ascending.empty()) return;
    const Dictionary* dict = nullptr;
    for (auto& page : pages) {
        if (page.source != Source::Ocr) continue;
        // The page's x-height: where its small words without an ascending
        // letter top out.
        std::vector<double> tops;
        for (const auto& block : page.blocks) {
            if (!holds_text(block)) continue;
            for (const auto& line : block.lines) {
                if (!measurable(line)) continue;
                for (const auto& w : line.words) {
                    const std::u32string core = cased_core(w.text, /*upper=*/false);
                    if (w.source != Source::Ocr || core.empty() ||
                        core.find_first_of(ascending) != std::u32string::npos)
                        continue;
                    tops.push_back(rise(w, line));
                }
            }
        }
        if (tops.size() < kMinXHeightWords) continue;
        const double x_height = median(std::move(tops));
        for (auto& block : page.blocks) {
            if (!holds_text(block)) continue;
            const Word* before = nullptr;  // the block's word before, in reading order
            for (auto& line : block.lines) {
                const Word* line_before = before;
                if (!line.words.empty()) before = &line.words.back();
                if (!measurable(line)) continue;
                // Running text: a line of capitals (a heading) is left alone.
                const bool has_small = std::any_of(line.words.begin(), line.words.end(), [](const Word& w) {
                    return !cased_core(w.text, /*upper=*/false).empty();
                });
                if (!has_small) continue;
                for (std::size_t k = 0; k < line.words.size(); ++k) {
                    Word& w = line.words[k];
                    const Word* previous = k > 0 ? &line.words[k - 1] : line_before;
                    const std::u32string core = cased_core(w.text, /*upper=*/true);
                    if (w.source != Source::Ocr || core.empty() || rise(w, line) > x_height + kMaxSmallCapitalRiseEm)
                        continue;
                    // A single letter only inside a sentence: "и", "в" read
                    // "И", "В" ("угнетения; И", "союзы И входить В", dev
                    // seed 27 ru-27-010.garbled); a sentence's first word is
                    // a capital.
                    if (core.size() == 1 && !(previous && !ends_sentence(previous->text))) continue;
                    std::u32string t = utf8_decode(w.text);
                    for (auto& c : t) c = static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
                    const std::u32string lower = core_letters(t);
                    if (!dict && !(dict = load ? load() : nullptr)) return;
                    if (!dict->knows(utf8_encode(lower))) continue;
                    respell(w, utf8_encode(t), page.repairs, kRepairOcrSmallCapitals);
                }
            }
        }
    }
}

}  // namespace pdf2tei::normalize
