#pragma once
// Hyphenation patterns (libhyphen, the Liang patterns TeX and LibreOffice
// use, from Debian's hyphen-* packages): where a word may be broken at a
// line end. The line-end repair drops a hyphen only where the dictionary
// knows the joined word and the patterns allow a break where the line
// ended.
//
// Loading Debian's English patterns takes about 5 ms (11,000 of them; fr
// 1.2 ms, es 0.3): a tenth of converting a 12-page resolution, which asks
// about a dozen words. A word's break points come only from the patterns
// that spell a piece of it (Liang: each pattern whose letters occur in
// ".word." votes at its positions), so libhyphen loaded with those
// patterns breaks that word as the whole file does. The patterns are
// loaded so, for the words asked, and again when a new word needs more,
// until that would cost more than loading them all (whole_load_pays in
// dictionary.hpp). A file with two levels (NEXTLEVEL: French) is always
// loaded whole: its first level's patterns act on the parts the second
// finds. tests/unit/hyphenation_test.cpp checks the answers are the same
// position by position.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace pdf2tei::normalize {

class HyphenationPatterns {
public:
    // The patterns of a BCP 47 primary tag ("fr", "en", "es", "ru"), or
    // nullptr when none are installed. Loaded once per process; thread-safe.
    static const HyphenationPatterns* for_language(const std::string& tag);

    // The patterns of one libhyphen file, or nullptr if it cannot be read;
    // `whole`: load every pattern at once (for the equivalence test).
    static std::unique_ptr<HyphenationPatterns> open(const std::string& path, bool whole = false);

    // True if the patterns allow breaking `word` (UTF-8, any case) after
    // its first `chars` characters.
    bool allows_break(std::string_view word, std::size_t chars) const;

    // Words about to be asked, told at once: the patterns they need are
    // loaded in one go. Answers never depend on it, only the time.
    void expect(const std::vector<std::string>& words) const;

    ~HyphenationPatterns();

private:
    struct Impl;
    explicit HyphenationPatterns(Impl* impl) : impl_(impl) {}
    Impl* impl_;
};

}  // namespace pdf2tei::normalize
