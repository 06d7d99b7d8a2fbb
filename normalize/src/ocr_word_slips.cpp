#include "ocr_word_slips.hpp"

#include <algorithm>

#include "pdf2tei/normalize/normalize.hpp"
#include "pdf2tei/text.hpp"
#include "word_core.hpp"

namespace pdf2tei::normalize {
namespace {

// One place of a pattern: the words it may be, and whether it is the
// misread one.
struct Place {
    std::vector<std::string> alternatives;
    bool misread = false;
};

std::vector<std::string> split(std::string_view s, char by) {
    std::vector<std::string> parts;
    std::size_t from = 0;
    while (from <= s.size()) {
        const std::size_t to = std::min(s.find(by, from), s.size());
        if (to > from) parts.emplace_back(s.substr(from, to - from));
        from = to + 1;
    }
    return parts;
}

std::vector<Place> places_of(std::string_view pattern) {
    std::vector<Place> places;
    for (std::string token : split(pattern, ' ')) {
        Place p;
        if (token.size() > 2 && token.front() == '[' && token.back() == ']') {
            p.misread = true;
            token = token.substr(1, token.size() - 2);
        }
        p.alternatives = split(token, '|');
        places.push_back(std::move(p));
    }
    return places;
}

std::string core_of(const std::string& word) {
    const std::u32string t = utf8_decode(word);
    const auto [b, e] = core_span(t);
    return utf8_encode(t.substr(b, e - b));
}

}  // namespace

MendedSlips mend_word_slips(const std::vector<std::string>& words, const std::vector<WordSlip>& slips) {
    MendedSlips out{words, {}};
    if (slips.empty() || words.empty()) return out;
    std::vector<std::string> cores, lowered;
    for (const auto& w : words) {
        cores.push_back(core_of(w));
        lowered.push_back(lower_case(cores.back()));
    }
    for (const WordSlip& slip : slips) {
        const std::vector<Place> places = places_of(slip.pattern);
        std::size_t misread = 0;
        while (misread < places.size() && !places[misread].misread) ++misread;
        if (misread == places.size()) continue;
        for (std::size_t start = 0; start + places.size() <= words.size(); ++start) {
            bool match = true;
            for (std::size_t k = 0; k < places.size() && match; ++k) {
                const std::string& word = places[k].misread ? cores[start + k] : lowered[start + k];
                const auto& alts = places[k].alternatives;
                match = std::find(alts.begin(), alts.end(), word) != alts.end();
            }
            if (!match) continue;
            const std::size_t at = start + misread;
            if (std::find(out.changed.begin(), out.changed.end(), at) != out.changed.end()) continue;
            std::string& w = out.words[at];
            w.replace(w.find(cores[at]), cores[at].size(), slip.meant);
            out.changed.push_back(at);
        }
    }
    return out;
}

void mend_ocr_word_slips(std::vector<Page>& pages, std::string_view language) {
    const auto& slips = language_table(language).ocr_word_slips;
    if (slips.empty()) return;
    // Every page: a lossy page's layer is patched with OCR's words
    // (fr-14-006.no-tounicode's "à droit"), the layer's around them.
    for (auto& page : pages) {
        // A block's words in reading order: a pattern may run over a line's
        // end ("à" / "droit à").
        for (auto& block : page.blocks) {
            const std::vector<Word*> run = words_around_ocr(block);
            if (run.empty()) continue;
            std::vector<std::string> texts;
            for (const Word* w : run) texts.push_back(w->text);
            MendedSlips mended = mend_word_slips(texts, slips);
            for (const std::size_t k : mended.changed)
                if (run[k]->source == Source::Ocr)
                    respell(*run[k], std::move(mended.words[k]), page.repairs, kRepairOcrWord);
        }
    }
}

}  // namespace pdf2tei::normalize
