#include "dictionary_subset.hpp"

#include <hunspell/hunspell.hxx>
#include <unicode/uchar.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <unordered_map>
#include <utility>

#include "dictionary_index_cache.hpp"
#include "mapped_file.hpp"
#include "pdf2tei/hash.hpp"
#include "pdf2tei/text.hpp"

#include <sys/mman.h>
#include <unistd.h>

namespace pdf2tei::normalize {
namespace {

using Flag = std::uint64_t;

enum class FlagType { Char, Long, Num, Utf8 };

std::vector<std::string_view> tokens(std::string_view line) {
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
        const std::size_t b = i;
        while (i < line.size() && line[i] != ' ' && line[i] != '\t') ++i;
        if (i > b) out.push_back(line.substr(b, i - b));
    }
    return out;
}

// The line of `text` that starts at `b`, without its end ("\n" or "\r\n").
std::string_view line_at(std::string_view text, std::size_t b) {
    std::size_t e = text.find('\n', b);
    if (e == std::string_view::npos) e = text.size();
    if (e > b && text[e - 1] == '\r') --e;
    return text.substr(b, e - b);
}

// Every line of `text`, with the offset it starts at.
template <typename F>
void for_each_line(std::string_view text, F&& f) {
    for (std::size_t b = 0; b < text.size();) {
        const std::string_view line = line_at(text, b);
        f(line, b);
        b += line.size();
        if (b < text.size() && text[b] == '\r') ++b;
        ++b;  // the '\n'
    }
}

std::vector<Flag> parse_flags(std::string_view s, FlagType type) {
    std::vector<Flag> out;
    switch (type) {
        case FlagType::Char:
            for (const unsigned char c : s) out.push_back(c);
            break;
        case FlagType::Utf8:
            for (const char32_t c : utf8_decode(s)) out.push_back(c);
            break;
        case FlagType::Long: {
            const std::u32string cps = utf8_decode(s);
            for (std::size_t i = 0; i < cps.size(); i += 2)
                out.push_back((Flag{cps[i]} << 32) | (i + 1 < cps.size() ? cps[i + 1] : 0));
            break;
        }
        case FlagType::Num: {
            Flag v = 0;
            bool any = false;
            for (const char c : s) {
                if (c >= '0' && c <= '9') {
                    v = v * 10 + static_cast<Flag>(c - '0');
                    any = true;
                } else if (c == ',') {
                    if (any) out.push_back(v);
                    v = 0;
                    any = false;
                }
            }
            if (any) out.push_back(v);
            break;
        }
    }
    return out;
}

// The case folding of both sides of the index: the .dic's cores and the
// words asked. They must fold alike for the subset to be exact.
inline char32_t fold(char32_t c) {
    if (c < 0x80) return c >= 'A' && c <= 'Z' ? c + 32 : c;
    return static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
}

std::u32string fold(std::u32string s) {
    for (auto& c : s) c = fold(c);
    return s;
}

struct AffixRule {
    std::size_t strip = 0, add = 0;  // code points
    std::vector<Flag> continuations;  // affixes allowed on top of this one (twofold)
};

struct AffixFlag {
    bool prefix = false;
    std::vector<AffixRule> rules;
    std::size_t max_strip() const {
        std::size_t m = 0;
        for (const auto& r : rules) m = std::max(m, r.strip);
        return m;
    }
};

// The .aff facts the subset needs.
struct AffixRules {
    FlagType flag_type = FlagType::Char;
    std::map<Flag, AffixFlag> affixes;
    std::vector<std::pair<std::u32string, std::u32string>> iconv;  // ICONV from -> to
};

bool parse_aff(std::string_view text, AffixRules& rules) {
    bool utf8 = false, unsupported = false;
    std::map<Flag, int> rules_left;  // per affix flag, rule lines still to come after its header
    // FLAG can come after affix lines in principle; every .aff seen sets it
    // first, and a late one is refused below.
    bool seen_affix = false;
    for_each_line(text, [&](std::string_view line, std::size_t) {
        const auto t = tokens(line);
        if (t.empty() || t[0].front() == '#') return;
        const std::string_view key = t[0];
        if (key == "SET") {
            utf8 = t.size() > 1 && t[1] == "UTF-8";
        } else if (key == "FLAG" && t.size() > 1) {
            if (seen_affix) unsupported = true;
            rules.flag_type = t[1] == "long" ? FlagType::Long : t[1] == "num" ? FlagType::Num
                            : t[1] == "UTF-8" ? FlagType::Utf8 : FlagType::Char;
        } else if (key == "AF" || key == "IGNORE" || key == "COMPLEXPREFIXES" || key == "CHECKCOMPOUNDREP") {
            unsupported = true;
        } else if (key == "ICONV" && t.size() >= 3) {
            rules.iconv.emplace_back(utf8_decode(t[1]), utf8_decode(t[2]));
        } else if ((key == "PFX" || key == "SFX") && t.size() >= 4) {
            seen_affix = true;
            const auto flags = parse_flags(t[1], rules.flag_type);
            if (flags.size() != 1) {
                unsupported = true;
                return;
            }
            const Flag flag = flags.front();
            auto& left = rules_left[flag];
            auto& affix = rules.affixes[flag];
            affix.prefix = key == "PFX";
            if (left == 0) {  // the header: "SFX A Y 3"
                left = std::atoi(std::string(t[3]).c_str());
                return;
            }
            --left;
            AffixRule rule;
            if (t[2] != "0") rule.strip = utf8_decode(t[2]).size();
            const std::size_t slash = t[3].find('/');
            const std::string_view add = t[3].substr(0, slash);
            if (add != "0") rule.add = utf8_decode(add).size();
            if (slash != std::string_view::npos) rule.continuations = parse_flags(t[3].substr(slash + 1), rules.flag_type);
            affix.rules.push_back(std::move(rule));
        }
    });
    return utf8 && !unsupported;
}

// Hunspell's ICONV: at each place the longest pattern that matches.
std::u32string input_conversion(const std::u32string& word, const AffixRules& rules) {
    if (rules.iconv.empty()) return word;
    std::u32string out;
    for (std::size_t i = 0; i < word.size();) {
        const std::pair<std::u32string, std::u32string>* best = nullptr;
        for (const auto& p : rules.iconv)
            if (!p.first.empty() && word.compare(i, p.first.size(), p.first) == 0 &&
                (!best || p.first.size() > best->first.size()))
                best = &p;
        if (best) {
            out += best->second;
            i += best->first.size();
        } else {
            out += word[i++];
        }
    }
    return out;
}

}  // namespace

// The index keeps only the hash of each core (FNV-1a over its code points).
// Two cores with one hash only make a subset larger, never wrong.

struct DictionarySubset::Impl {
    AffixRules rules;
    MappedFile file;
    std::string_view dic;  // the .dic's bytes
    DictionaryIndex index;  // into `built` or into `cached`
    MappedFile cached;
    struct {
        std::vector<std::uint32_t> starts, core_hash, next, heads;
        std::vector<std::uint8_t> always;
    } built;

    // How much of the stem's front and back the entry's affixes can take
    // away. Hunspell puts at most two suffixes on a stem, the outer one
    // allowed by the inner rule's continuation class, and one prefix (two
    // only with COMPLEXPREFIXES, refused above). A rule strips `strip`
    // letters and adds `add`; an outer suffix stripping s2 eats first into
    // what the inner one added, so the stem loses strip + max(0, s2 - add).
    std::pair<std::size_t, std::size_t> strips(std::string_view flag_text) const {
        const auto affix = [&](Flag f) -> const AffixFlag* {
            const auto it = rules.affixes.find(f);
            return it == rules.affixes.end() ? nullptr : &it->second;
        };
        std::size_t front = 0, back = 0;
        const auto front_of = [&](Flag g) {
            if (const AffixFlag* a = affix(g); a && a->prefix) front = std::max(front, a->max_strip());
        };
        const auto back_of = [&](Flag g) {  // a suffix and what may follow it
            const AffixFlag* a = affix(g);
            if (!a || a->prefix) return;
            for (const auto& r : a->rules) {
                std::size_t outer = 0;
                for (const Flag c : r.continuations) {
                    const AffixFlag* o = affix(c);
                    if (!o) continue;
                    if (o->prefix) front = std::max(front, o->max_strip());
                    else outer = std::max(outer, o->max_strip());
                }
                back = std::max(back, r.strip + (outer > r.add ? outer - r.add : 0));
            }
        };
        for (const Flag f : parse_flags(flag_text, rules.flag_type)) {
            const AffixFlag* a = affix(f);
            if (!a) continue;
            if (!a->prefix) {
                back_of(f);
                continue;
            }
            front_of(f);
            for (const auto& r : a->rules)  // a prefix may allow suffixes
                for (const Flag c : r.continuations) back_of(c);
        }
        return {front, back};
    }

    // One pass over the .dic, without allocating per entry: it must cost
    // far less than hunspell's own load. Entries are chained by the hash of
    // their core in a table of 2^k heads. A change to what this computes
    // must change dictionary_index_cache.cpp's kFormat.
    void build_index() {
        auto& [starts, core_hash, next, heads, always] = built;
        constexpr std::uint32_t kEnd = DictionaryIndex::kEnd;
        std::size_t longest_core = 0;
        std::unordered_map<std::string_view, std::pair<std::size_t, std::size_t>> strip_cache;
        std::u32string wide;
        const std::size_t approx = static_cast<std::size_t>(std::count(dic.begin(), dic.end(), '\n')) + 1;
        std::size_t size = 1;
        while (size < approx / 2) size <<= 1;  // chains of two on average
        heads.assign(size, kEnd);
        const std::size_t mask = size - 1;
        starts.reserve(approx);
        next.reserve(approx);
        core_hash.reserve(approx);
        always.reserve(approx);
        for_each_line(dic, [&](std::string_view line, std::size_t offset) {
            if (offset == 0 || line.empty()) return;  // the first line is the entry count
            // The stem ends at the first unescaped '/' or at a blank (a
            // morphological field follows). A stem cut short by a blank
            // hunspell would have kept has a core that is a prefix of the
            // real one: still found in every word the real one is.
            std::size_t i = 0;
            bool simple = true;  // ASCII, without an escape: one byte a letter
            for (; i < line.size(); ++i) {
                const auto c = static_cast<unsigned char>(line[i]);
                if (c == '/' || c == ' ' || c == '\t') break;
                if (c >= 0x80) {
                    simple = false;
                } else if (c == '\\' && i + 1 < line.size() && line[i + 1] == '/') {  // "\/": a slash of the stem
                    simple = false;
                    ++i;
                }
            }
            const std::string_view stem_bytes = line.substr(0, i);
            std::string_view flag_text;
            if (i < line.size() && line[i] == '/') {
                std::size_t f = i + 1;
                while (f < line.size() && line[f] != ' ' && line[f] != '\t') ++f;
                flag_text = line.substr(i + 1, f - i - 1);
            }
            auto cached = strip_cache.find(flag_text);
            if (cached == strip_cache.end()) cached = strip_cache.emplace(flag_text, strips(flag_text)).first;
            const auto [front, back] = cached->second;
            // The slow path, for a stem with non-ASCII letters or an escape ("\/").
            if (!simple) {
                std::string unescaped(stem_bytes);
                for (std::size_t at; (at = unescaped.find("\\/")) != std::string::npos;) unescaped.erase(at, 1);
                wide = utf8_decode(unescaped);
            }
            const std::size_t length = simple ? stem_bytes.size() : wide.size();
            const auto n = static_cast<std::uint32_t>(starts.size());
            starts.push_back(static_cast<std::uint32_t>(offset));
            if (length <= front + back) {
                always.push_back(1);
                next.push_back(kEnd);
                core_hash.push_back(0);
                return;
            }
            always.push_back(0);
            std::uint64_t h = kFnv1aOffset;
            for (std::size_t k = front; k < length - back; ++k)
                h = fnv1a_step(h, fold(simple ? static_cast<unsigned char>(stem_bytes[k]) : wide[k]));
            longest_core = std::max(longest_core, length - back - front);
            core_hash.push_back(static_cast<std::uint32_t>(h));
            next.push_back(heads[h & mask]);
            heads[h & mask] = n;
        });
        index = {starts, core_hash, next, heads, always, static_cast<std::uint32_t>(longest_core)};
    }
};

DictionarySubset::DictionarySubset(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
DictionarySubset::~DictionarySubset() = default;

std::unique_ptr<DictionarySubset> DictionarySubset::open(const std::string& aff, const std::string& dic) {
    auto impl = std::make_unique<Impl>();
    MappedFile aff_file;
    if (!aff_file.open(aff) || !parse_aff(aff_file.text(), impl->rules) || !impl->file.open(dic)) return nullptr;
    impl->dic = impl->file.text();
    const DictionaryFiles files{aff, dic};
    if (auto cached = load_cached_index(files, impl->cached)) {
        impl->index = *cached;
    } else {
        impl->build_index();
        save_cached_index(files, impl->index);
    }
    return std::unique_ptr<DictionarySubset>(new DictionarySubset(std::move(impl)));
}

std::size_t DictionarySubset::entry_count() const { return impl_->index.starts.size(); }

std::vector<bool> DictionarySubset::always_chosen() const {
    const auto& always = impl_->index.always;
    return {always.begin(), always.end()};
}

bool DictionarySubset::choose_for(std::string_view word, std::vector<bool>& chosen) const {
    const std::u32string raw = utf8_decode(word);
    const DictionaryIndex& x = impl_->index;
    const std::size_t mask = x.heads.size() - 1, entries = x.starts.size();
    bool grew = false;
    for (const std::u32string& form : {fold(raw), fold(input_conversion(raw, impl_->rules))}) {
        for (std::size_t b = 0; b < form.size(); ++b) {
            std::uint64_t h = kFnv1aOffset;
            for (std::size_t e = b; e < form.size() && e - b < x.longest_core; ++e) {
                h = fnv1a_step(h, form[e]);
                // kEnd ends a chain; the step bound keeps a damaged cache file from looping
                std::size_t steps = 0;
                for (std::uint32_t n = x.heads[h & mask]; n < entries && steps++ < entries; n = x.next[n])
                    if (x.core_hash[n] == static_cast<std::uint32_t>(h) && !chosen[n]) {
                        chosen[n] = true;
                        grew = true;
                    }
            }
        }
    }
    return grew;
}

std::string DictionarySubset::dic_text(const std::vector<bool>& chosen) const {
    std::string out;
    std::size_t count = 0;
    const auto& starts = impl_->index.starts;
    for (std::size_t i = 0; i < starts.size(); ++i) {
        if (!chosen[i] || starts[i] >= impl_->dic.size()) continue;
        ++count;
        out.append(line_at(impl_->dic, starts[i]));
        out += '\n';
    }
    return std::to_string(count) + "\n" + out;
}

std::unique_ptr<Hunspell> hunspell_from_text(const std::string& aff, const std::string& dic_text) {
    const int fd = memfd_create("pdf2tei-dictionary", MFD_CLOEXEC);
    if (fd < 0) return nullptr;
    bool ok = true;
    for (std::size_t done = 0; ok && done < dic_text.size();) {
        const ssize_t n = ::write(fd, dic_text.data() + done, dic_text.size() - done);
        ok = n > 0;
        if (ok) done += static_cast<std::size_t>(n);
    }
    std::unique_ptr<Hunspell> h;
    if (ok) h = std::make_unique<Hunspell>(aff.c_str(), ("/proc/self/fd/" + std::to_string(fd)).c_str());
    ::close(fd);
    return h;
}

}  // namespace pdf2tei::normalize
