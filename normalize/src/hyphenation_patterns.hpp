#pragma once
// Hyphenation patterns (libhyphen, the Liang patterns TeX and LibreOffice
// use, from Debian's hyphen-* packages): where a word may be broken at a
// line end. The line-end repair drops a hyphen only where the dictionary
// knows the joined word and the patterns allow a break where the line
// ended.
#include <string>
#include <string_view>

namespace pdf2tei::normalize {

class HyphenationPatterns {
public:
    // The patterns of a BCP 47 primary tag ("fr", "en", "es", "ru"), or
    // nullptr when none are installed. Loaded once per process; thread-safe.
    static const HyphenationPatterns* for_language(const std::string& tag);

    // True if the patterns allow breaking `word` (UTF-8, any case) after
    // its first `chars` characters.
    bool allows_break(std::string_view word, std::size_t chars) const;

    ~HyphenationPatterns();

private:
    struct Impl;
    explicit HyphenationPatterns(Impl* impl) : impl_(impl) {}
    Impl* impl_;
};

}  // namespace pdf2tei::normalize
