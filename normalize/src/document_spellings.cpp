#include "pdf2tei/normalize/normalize.hpp"

#include <unicode/uchar.h>

#include "pdf2tei/text.hpp"
#include "word_core.hpp"

namespace pdf2tei::normalize {
namespace {

// The word without the punctuation around it, case folded.
std::u32string folded_core(const std::u32string& w) {
    const auto [b, e] = core_span(w);
    std::u32string out;
    out.reserve(e - b);
    for (std::size_t i = b; i < e; ++i) out.push_back(static_cast<char32_t>(u_foldCase(static_cast<UChar32>(w[i]), U_FOLD_CASE_DEFAULT)));
    return out;
}

bool has_inner_hyphen(const std::u32string& core) {
    for (std::size_t i = 1; i + 1 < core.size(); ++i)
        if ((core[i] == U'-' || core[i] == 0x2010) && u_isalpha(static_cast<UChar32>(core[i - 1])) &&
            u_isalpha(static_cast<UChar32>(core[i + 1])))
            return true;
    return false;
}

}  // namespace

DocumentSpellings DocumentSpellings::of(const std::vector<Page>& pages) {
    DocumentSpellings s;
    for (const auto& p : pages)
        for (const auto& b : p.blocks)
            for (const auto& l : b.lines)
                for (std::size_t i = 0; i < l.words.size(); ++i) {
                    const std::u32string core = folded_core(utf8_decode(l.words[i].text));
                    if (core.empty()) continue;
                    if (has_inner_hyphen(core)) {
                        if (i + 1 < l.words.size()) s.hyphenated_.insert(core);
                    } else {
                        s.whole_.insert(core);
                    }
                }
    return s;
}

bool DocumentSpellings::writes_hyphenated(const std::u32string& left, const std::u32string& right) const {
    return hyphenated_.count(folded_core(left + U"-" + right)) > 0;
}

bool DocumentSpellings::writes_whole(const std::u32string& left, const std::u32string& right) const {
    return whole_.count(folded_core(left + right)) > 0;
}

}  // namespace pdf2tei::normalize
