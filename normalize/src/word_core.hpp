#pragma once
// Internal to normalize: where a word's letters and digits begin and end,
// without the punctuation around it ("(États," -> "États").
#include <unicode/uchar.h>

#include <string>
#include <utility>

namespace pdf2tei::normalize {

// [begin, end) of the word's core in `w`; begin == end when it has none.
inline std::pair<std::size_t, std::size_t> core_span(const std::u32string& w) {
    std::size_t b = 0, e = w.size();
    while (b < e && !u_isalnum(static_cast<UChar32>(w[b]))) ++b;
    while (e > b && !u_isalnum(static_cast<UChar32>(w[e - 1]))) --e;
    return {b, e};
}

inline std::u32string core_letters(const std::u32string& w) {
    const auto [b, e] = core_span(w);
    return w.substr(b, e - b);
}

}  // namespace pdf2tei::normalize
