#include "capital_accents.hpp"

#include <unicode/uchar.h>

#include "pdf2tei/text.hpp"
#include "word_core.hpp"

namespace pdf2tei::normalize {
namespace {

// The accented capitals a printed unaccented one may have lost its accent
// from, in the Latin-script UN languages (fr, es; en has none to lose).
std::u32string_view accented_forms(char32_t capital) {
    switch (capital) {
        case U'A': return U"\u00C0\u00C2\u00C1";         // À Â Á
        case U'E': return U"\u00C9\u00C8\u00CA\u00CB";   // É È Ê Ë
        case U'I': return U"\u00CE\u00CF\u00CD";         // Î Ï Í
        case U'O': return U"\u00D4\u00D3";               // Ô Ó
        case U'U': return U"\u00D9\u00DB\u00DA";         // Ù Û Ú
        case U'C': return U"\u00C7";                     // Ç
        default: return {};
    }
}

}  // namespace

std::string accent_capital(const std::string& word, const Dictionary& dict) {
    const std::u32string t = utf8_decode(word);
    const auto [b, e] = core_span(t);
    // Two letters at least: a lone "A" or "E" is a word or a label.
    if (e - b < 2) return word;
    const std::u32string_view forms = accented_forms(t[b]);
    if (forms.empty()) return word;
    std::u32string core = t.substr(b, e - b);
    if (dict.knows(utf8_encode(core))) return word;
    char32_t found = 0;
    for (char32_t accented : forms) {
        core[0] = accented;
        if (!dict.knows(utf8_encode(core))) continue;
        if (found) return word;  // two candidates: the page decides, not us
        found = accented;
    }
    if (!found) return word;
    std::u32string out = t;
    out[b] = found;
    return utf8_encode(out);
}

void restore_capital_accents(std::vector<Page>& pages, const DictionaryLoader& load) {
    const Dictionary* dict = nullptr;
    for (auto& page : pages) {
        // OCR's words, and every word of a lossy layer (its accents were
        // lost with its fonts' ToUnicode).
        const bool lossy_layer = page.ocr_patched && page.verdict == PageVerdict::Lossy;
        if (page.source != Source::Ocr && !lossy_layer) continue;
        if (!dict && !(dict = load ? load() : nullptr)) return;
        for (auto& block : page.blocks)
            for (auto& line : block.lines)
                for (auto& w : line.words) {
                    if (w.source != Source::Ocr && !lossy_layer) continue;
                    std::string fixed = accent_capital(w.text, *dict);
                    if (fixed != w.text) respell(w, std::move(fixed), page.repairs, kRepairCapitalAccent);
                }
    }
}

}  // namespace pdf2tei::normalize
