#include "hyphenation_patterns.hpp"

#include <hyphen.h>
#include <unicode/unistr.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "dictionary.hpp"
#include "pdf2tei/language_table.hpp"
#include "per_language.hpp"

namespace pdf2tei::normalize {
namespace {

constexpr const char* kPatternDir = "/usr/share/hyphen/";

using DictPtr = std::unique_ptr<HyphenDict, decltype(&hnj_hyphen_free)>;

// libhyphen's keywords (hnj_hyphen_load_line): kept in every subset.
bool is_keyword(std::string_view line) {
    for (const std::string_view k : {"LEFTHYPHENMIN", "RIGHTHYPHENMIN", "COMPOUNDLEFTHYPHENMIN", "COMPOUNDRIGHTHYPHENMIN",
                                     "NOHYPHEN"})
        if (line.starts_with(k)) return true;
    return false;
}

// A pattern's letters, as libhyphen reads them: its characters up to the
// first space or control character, digits left out.
std::string letters_of(std::string_view line) {
    std::string out;
    for (const char c : line) {
        if (static_cast<unsigned char>(c) <= ' ') break;
        if (c < '0' || c > '9') out += c;
    }
    return out;
}

// Lower case, as the patterns are.
std::string lowered(std::string_view word) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
    u.toLower();
    std::string bytes;
    u.toUTF8String(bytes);
    return bytes;
}

}  // namespace

struct HyphenationPatterns::Impl {
    std::mutex mutex;  // the loaded patterns are replaced as words come
    DictPtr dict{nullptr, &hnj_hyphen_free};
    std::string path;
    std::string header;                 // the charset line and the keywords
    std::vector<std::string> patterns;  // in the file's order
    std::unordered_map<std::string, std::vector<std::uint32_t>> by_letters;
    std::size_t longest = 0;  // letters of the longest pattern
    std::vector<bool> chosen;
    std::size_t chosen_count = 0;
    double spent = 0;                         // patterns loaded so far, over every load
    std::unordered_set<std::string> prepared;  // lower-case words the loaded patterns answer
    bool whole = false;

    // Reads the file; false when it is not one a subset answers as the
    // whole does (two levels, non-standard hyphenation) or cannot be read.
    bool index() {
        std::ifstream in(path, std::ios::binary);
        if (!in) return false;
        std::string line;
        if (!std::getline(in, line)) return false;
        header = line + "\n";  // the charset
        while (std::getline(in, line)) {
            if (line.starts_with("NEXTLEVEL") || line.find('/') != std::string::npos) return false;
            if (line.empty() || line[0] == '%') continue;
            if (is_keyword(line)) {
                header += line + "\n";
                continue;
            }
            std::string letters = letters_of(line);
            if (letters.empty()) continue;
            longest = std::max(longest, letters.size());
            by_letters[std::move(letters)].push_back(static_cast<std::uint32_t>(patterns.size()));
            patterns.push_back(line);
        }
        chosen.assign(patterns.size(), false);
        return true;
    }

    // Marks the patterns whose letters occur in ".word." (lower case);
    // true if one was not marked before.
    bool choose_for(const std::string& word) {
        const std::string w = "." + word + ".";
        bool grew = false;
        for (std::size_t b = 0; b < w.size(); ++b)
            for (std::size_t n = 1; n <= longest && b + n <= w.size(); ++n) {
                const auto it = by_letters.find(w.substr(b, n));
                if (it == by_letters.end()) continue;
                for (const auto i : it->second)
                    if (!chosen[i]) {
                        chosen[i] = true;
                        ++chosen_count;
                        grew = true;
                    }
            }
        return grew;
    }

    // Makes `dict` answer every word of `words` (lower case). Holds `mutex`.
    void prepare(const std::vector<std::string>& words) {
        if (whole) return;
        bool grew = false;
        for (const auto& w : words)
            if (prepared.insert(w).second && choose_for(w)) grew = true;
        if (dict && !grew) return;
        const auto next = static_cast<double>(chosen_count), all = static_cast<double>(patterns.size());
        if (whole_load_pays(spent, next, all) || !load_chosen()) {
            load_whole();
            return;
        }
        spent += next;
    }

    bool load_chosen() {
        std::string text = header;
        for (std::size_t i = 0; i < patterns.size(); ++i)
            if (chosen[i]) text += patterns[i] + "\n";
        FILE* f = fmemopen(text.data(), text.size(), "r");
        if (!f) return false;
        DictPtr d(hnj_hyphen_load_file(f), &hnj_hyphen_free);
        std::fclose(f);
        if (!d) return false;
        dict = std::move(d);
        return true;
    }

    void load_whole() {
        whole = true;
        dict.reset(hnj_hyphen_load(path.c_str()));
        patterns.clear();
        by_letters.clear();
        chosen.clear();
        prepared.clear();
    }
};

HyphenationPatterns::~HyphenationPatterns() { delete impl_; }

std::unique_ptr<HyphenationPatterns> HyphenationPatterns::open(const std::string& path, bool whole) {
    if (!std::filesystem::exists(path)) return nullptr;
    auto impl = std::make_unique<Impl>();
    impl->path = path;
    if (whole || !impl->index()) {
        impl->load_whole();
        if (!impl->dict) return nullptr;
    }
    return std::unique_ptr<HyphenationPatterns>(new HyphenationPatterns(impl.release()));
}

const HyphenationPatterns* HyphenationPatterns::for_language(const std::string& tag) {
    return once_per_language<HyphenationPatterns>(tag, [](const std::string& t) {
        // Debian's pattern file, from the language's table (none for
        // Russian: russian.cpp says why). All are UTF-8 (their first line
        // says so).
        const std::string_view file = language_table(t).hyphenation;
        if (file.empty()) return std::unique_ptr<HyphenationPatterns>();
        return open(std::string(kPatternDir) + std::string(file));
    });
}

void HyphenationPatterns::expect(const std::vector<std::string>& words) const {
    std::vector<std::string> lower;
    lower.reserve(words.size());
    for (const auto& w : words) lower.push_back(lowered(w));
    std::lock_guard lock(impl_->mutex);
    impl_->prepare(lower);
}

bool HyphenationPatterns::allows_break(std::string_view word, std::size_t chars) const {
    // Patterns are lower case.
    std::string bytes = lowered(word);
    const auto length = icu::UnicodeString::fromUTF8(bytes).countChar32();
    if (chars == 0 || static_cast<int32_t>(chars) >= length) return false;
    std::lock_guard lock(impl_->mutex);
    impl_->prepare({bytes});
    if (!impl_->dict) return false;
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
