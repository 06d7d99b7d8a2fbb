#include "ocr_small_capitals.hpp"

#include <unicode/uchar.h>

#include <algorithm>

#include "dictionary.hpp"
#include "language.hpp"  // is_function_word
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

bool small_letter(char32_t c) { return u_islower(static_cast<UChar32>(c)) != 0; }

bool apostrophe(char32_t c) { return c == U'’' || c == U'\''; }

// The small l that OCR read as a capital (kFootedSmallL): "La" for "la",
// "L’homme" for "l’homme", inside a sentence. Its text written small, or
// empty.
std::string small_l_word(const std::string& language, const Word& w, const Word* previous, const Word* next) {
    const std::u32string t = utf8_decode(w.text);
    if (t.size() < 2 || t[0] != kFootedSmallL) return {};
    // Inside a sentence: the word before ends in a small letter.
    if (!previous || previous->text.empty() || !small_letter(last_code_point(previous->text))) return {};
    std::u32string lower = t;
    lower[0] = static_cast<char32_t>(u_tolower(static_cast<UChar32>(t[0])));
    // An elided article before a small letter: "L’homme".
    if (t.size() >= 3 && apostrophe(t[1]) && small_letter(t[2])) {
        const std::u32string stem = lower.substr(0, 1);
        const auto& stems = language_table(language).elided_stems;
        return std::find(stems.begin(), stems.end(), stem) != stems.end() ? utf8_encode(lower) : std::string();
    }
    // A function word before a small letter: "devant La loi". A name
    // stands before a capital ("à La Haye").
    const auto [b, e] = core_span(lower);
    const std::u32string core = lower.substr(b, e - b);
    if (b != 0 || !std::all_of(core.begin(), core.end(), small_letter)) return {};
    if (!next || next->text.empty() || !small_letter(first_code_point(next->text))) return {};
    return is_function_word(language, utf8_encode(core)) ? utf8_encode(lower) : std::string();
}

}  // namespace

void lower_ocr_small_capitals(std::vector<Page>& pages, std::string_view language, const DictionaryLoader& load) {
    lower_ocr_small_l(pages, language);
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

void lower_ocr_small_l(std::vector<Page>& pages, std::string_view language) {
    const std::string lang(language);
    for (auto& page : pages) {
        if (page.source != Source::Ocr) continue;
        for (auto& block : page.blocks) {
            if (!holds_text(block)) continue;
            // The block's words in reading order, across its lines.
            std::vector<Word*> words;
            for (auto& line : block.lines)
                for (auto& w : line.words) words.push_back(&w);
            for (std::size_t k = 0; k < words.size(); ++k) {
                Word& w = *words[k];
                if (w.source != Source::Ocr) continue;
                const std::string small = small_l_word(lang, w, k > 0 ? words[k - 1] : nullptr,
                                                       k + 1 < words.size() ? words[k + 1] : nullptr);
                if (!small.empty()) respell(w, small, page.repairs, kRepairOcrSmallCapitals);
            }
        }
    }
}

}  // namespace pdf2tei::normalize
