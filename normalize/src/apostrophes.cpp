#include "apostrophes.hpp"

#include <unicode/uchar.h>

#include "pdf2tei/text.hpp"

namespace pdf2tei::normalize {
namespace {

constexpr char32_t kTypographic = U'\u2019';

// OCR reads a printed ’ as ’ a third of the time or more (dev scan300-7
// fr-7-003: 11 of 34 elisions, fr-7-006: 10 of 23), in one face far less
// (dev seed 7 fr-7-013, pdfTeX T1, read again under its poor OCR layer: 3
// of 47), a typewriter's ' as ’ hardly ever (1959's A/C.4/SR.985, typed:
// 1 of 356). A document whose elisions read ’ this often, and at least
// twice, was printed with ’.
constexpr double kMinTypographicShare = 0.05;
constexpr int kMinTypographic = 2;

bool letter(char32_t c) { return u_isalpha(static_cast<UChar32>(c)); }

// Calls f(text, i) for each apostrophe between two letters in `t`.
template <typename F>
void for_each_elision(const std::u32string& t, F&& f) {
    for (std::size_t i = 1; i + 1 < t.size(); ++i)
        if ((t[i] == U'\'' || t[i] == kTypographic) && letter(t[i - 1]) && letter(t[i + 1])) f(i);
}

template <typename F>
void for_each_word(std::vector<Page>& pages, F&& f) {
    for (auto& p : pages)
        for (auto& b : p.blocks)
            for (auto& l : b.lines)
                for (auto& w : l.words) f(p, w);
}

}  // namespace

void unify_ocr_apostrophes(std::vector<Page>& pages) {
    int ascii = 0, typographic = 0;
    for_each_word(pages, [&](Page&, Word& w) {
        if (w.text.find('\'') == std::string::npos && w.text.find("\u2019") == std::string::npos) return;
        const std::u32string t = utf8_decode(w.text);
        for_each_elision(t, [&](std::size_t i) { ++(t[i] == kTypographic ? typographic : ascii); });
    });
    if (ascii == 0 || typographic < kMinTypographic || typographic < kMinTypographicShare * (ascii + typographic)) return;
    for_each_word(pages, [&](Page& page, Word& w) {
        if (w.source != Source::Ocr || w.text.find('\'') == std::string::npos) return;
        std::u32string t = utf8_decode(w.text);
        int changed = 0;
        for_each_elision(t, [&](std::size_t i) {
            if (t[i] == U'\'') {
                t[i] = kTypographic;
                ++changed;
            }
        });
        if (changed == 0) return;
        w.text = utf8_encode(t);
        w.flags |= kFlagUnicodeRepaired;
        page.repairs[kRepairApostrophe] += changed;
    });
}

}  // namespace pdf2tei::normalize
