#include "pdf2tei/pattern.hpp"

#include <unicode/regex.h>
#include <unicode/unistr.h>

#include <stdexcept>

namespace pdf2tei {
namespace {

// ECMAScript-over-bytes meanings of \d, \s and \S (see the header).
std::string ascii_classes(std::string_view pattern) {
    std::string out;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '\\' && i + 1 < pattern.size()) {
            const char c = pattern[i + 1];
            const char* with = c == 'd' ? "[0-9]" : c == 's' ? "[\\t\\n\\f\\r\\x{0B} ]" : c == 'S' ? "[^\\t\\n\\f\\r\\x{0B} ]" : nullptr;
            if (with) {
                out += with;
            } else {
                out += pattern.substr(i, 2);
            }
            ++i;
            continue;
        }
        out += pattern[i];
    }
    return out;
}

}  // namespace

struct Pattern::Impl {
    std::unique_ptr<icu::RegexPattern> re;

    // True if the whole of `text` matches; then `take(matcher)` reads it.
    template <typename Take>
    bool whole(std::string_view text, Take&& take) const {
        UErrorCode status = U_ZERO_ERROR;
        const icu::UnicodeString input =
            icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
        std::unique_ptr<icu::RegexMatcher> m(re->matcher(input, status));
        if (U_FAILURE(status) || !m->matches(status) || U_FAILURE(status)) return false;
        take(*m);
        return true;
    }
};

Pattern::Pattern(std::string_view pattern, bool ignore_case) : impl_(std::make_unique<Impl>()) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError where{};
    const std::string icu_pattern = ascii_classes(pattern);
    impl_->re.reset(icu::RegexPattern::compile(icu::UnicodeString::fromUTF8(icu_pattern),
                                               ignore_case ? UREGEX_CASE_INSENSITIVE : 0, where, status));
    // The patterns are the program's own: a bad one is a bug, found by any test.
    if (U_FAILURE(status)) throw std::logic_error("bad pattern: " + icu_pattern + ": " + u_errorName(status));
}

Pattern::~Pattern() = default;

bool Pattern::matches(std::string_view text) const {
    return impl_->whole(text, [](const icu::RegexMatcher&) {});  // no group is copied out
}

bool Pattern::match(std::string_view text, std::vector<std::string>& groups) const {
    return impl_->whole(text, [&](const icu::RegexMatcher& m) {
        groups.clear();
        for (int32_t g = 0; g <= m.groupCount(); ++g) {
            UErrorCode status = U_ZERO_ERROR;
            std::string s;
            const icu::UnicodeString part = m.group(g, status);
            if (U_SUCCESS(status)) part.toUTF8String(s);
            groups.push_back(std::move(s));
        }
    });
}

}  // namespace pdf2tei
