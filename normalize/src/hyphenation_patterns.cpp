#include "hyphenation_patterns.hpp"

#include <hyphen.h>
#include <unicode/unistr.h>

#include <filesystem>
#include <map>
#include <memory>
#include <vector>

#include "pdf2tei/language_table.hpp"
#include "per_language.hpp"

namespace pdf2tei::normalize {
namespace {

constexpr const char* kPatternDir = "/usr/share/hyphen/";

using DictPtr = std::unique_ptr<HyphenDict, decltype(&hnj_hyphen_free)>;

}  // namespace

struct HyphenationPatterns::Impl {
    DictPtr dict{nullptr, &hnj_hyphen_free};
};

HyphenationPatterns::~HyphenationPatterns() { delete impl_; }

const HyphenationPatterns* HyphenationPatterns::for_language(const std::string& tag) {
    return once_per_language<HyphenationPatterns>(tag, [](const std::string& t) {
        std::unique_ptr<HyphenationPatterns> p;
        // Debian's pattern file, from the language's table (none for
        // Russian: russian.cpp says why). All are UTF-8 (their first line
        // says so).
        const std::string_view file = language_table(t).hyphenation;
        if (file.empty()) return p;
        const std::string path = std::string(kPatternDir) + std::string(file);
        if (!std::filesystem::exists(path)) return p;
        auto impl = std::make_unique<Impl>();
        impl->dict.reset(hnj_hyphen_load(path.c_str()));
        if (impl->dict) p.reset(new HyphenationPatterns(impl.release()));
        return p;
    });
}

bool HyphenationPatterns::allows_break(std::string_view word, std::size_t chars) const {
    // Patterns are lower case.
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
    u.toLower();
    if (chars == 0 || static_cast<int32_t>(chars) >= u.countChar32()) return false;
    std::string bytes;
    u.toUTF8String(bytes);
    // One mark per character (libhyphen counts characters, not bytes, in a
    // UTF-8 file); an odd mark after character i allows a break there.
    std::vector<char> hyphens(bytes.size() + 5, '0');
    char** rep = nullptr;
    int* pos = nullptr;
    int* cut = nullptr;
    hnj_hyphen_hyphenate2(impl_->dict.get(), bytes.data(), static_cast<int>(bytes.size()), hyphens.data(), nullptr,
                          &rep, &pos, &cut);
    if (rep) {  // non-standard hyphenation (not in these languages' files)
        for (std::size_t i = 0; i < bytes.size(); ++i) std::free(rep[i]);
        std::free(rep);
        std::free(pos);
        std::free(cut);
    }
    return (hyphens[chars - 1] & 1) != 0;
}

}  // namespace pdf2tei::normalize
