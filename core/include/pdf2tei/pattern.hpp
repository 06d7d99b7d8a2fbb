#pragma once
// A regular expression over UTF-8 text, compiled once by ICU.
//
// Why not std::regex: libstdc++ compiles a pattern into an NFA through the
// locale, one bracket expression at a time; the dozen patterns the
// structure stage uses cost about 35 million instructions to compile, more
// than reading a one-page PDF. ICU compiles the same patterns in a few
// microseconds, and is already a dependency.
//
// The syntax is ICU's (Perl-like, as ECMAScript for everything used here),
// with one difference kept on purpose: `\d`, `\s` and `\S` mean ASCII digits
// and ASCII white space, as they did under std::regex over UTF-8 bytes,
// not ICU's Unicode-wide classes (which would match Arabic-Indic digits and
// the no-break space). Matching is on code points, so `.` is one character.
// Thread-safe: a Pattern is immutable, and each match makes its own matcher.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace pdf2tei {

class Pattern {
public:
    explicit Pattern(std::string_view pattern, bool ignore_case = false);
    ~Pattern();
    Pattern(const Pattern&) = delete;
    Pattern& operator=(const Pattern&) = delete;

    // True if the whole of `text` matches.
    bool matches(std::string_view text) const;
    // As matches(), and `groups` gets the whole match then each group's
    // text ("" for a group that took no part).
    bool match(std::string_view text, std::vector<std::string>& groups) const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace pdf2tei
