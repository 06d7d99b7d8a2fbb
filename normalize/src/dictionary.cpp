#include "dictionary.hpp"
#include "pdf2tei/normalize/normalize.hpp"

#include <hunspell/hunspell.hxx>
#include <unicode/uchar.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <unordered_set>

#include "dictionary_subset.hpp"
#include "pdf2tei/language_table.hpp"
#include "per_language.hpp"
#include "pdf2tei/text.hpp"

namespace pdf2tei::normalize {
namespace {

constexpr const char* kDictionaryDir = "/usr/share/hunspell/";

// Strips edge punctuation; true if what is left is letters (and inner
// apostrophes or hyphens), two or more.
bool alphabetic_word(std::string_view in, std::string& out) {
    std::u32string cps = utf8_decode(in);
    std::size_t b = 0, e = cps.size();
    while (b < e && !u_isalpha(static_cast<UChar32>(cps[b]))) ++b;
    while (e > b && !u_isalpha(static_cast<UChar32>(cps[e - 1]))) --e;
    if (e - b < 2) return false;
    for (std::size_t i = b; i < e; ++i) {
        const auto c = static_cast<UChar32>(cps[i]);
        if (!u_isalpha(c) && c != U'\'' && c != U'\u2019' && c != U'-') return false;
    }
    out = utf8_encode(cps.substr(b, e - b));
    return true;
}

// PDF2TEI_WHOLE_DICTIONARIES=1 loads every dictionary whole: for the
// subset's equivalence test, and to time the difference.
bool whole_dictionaries_only() {
    const char* v = std::getenv("PDF2TEI_WHOLE_DICTIONARIES");
    return v && *v && std::string_view(v) != "0";
}

}  // namespace

// Hunspell is loaded with the subset of the dictionary that can decide the
// words asked so far (dictionary_subset.hpp), and loaded again when a new
// word needs entries it lacks; when the .aff is one the subset does not
// cover, the whole dictionary is loaded once. The answers are the same
// either way, only the time differs: whole_load_pays says when to stop.
struct Dictionary::Impl {
    std::mutex mutex;  // hunspell keeps working state in the object
    std::unique_ptr<Hunspell> hunspell;
    std::string language, aff, dic;
    std::unique_ptr<DictionarySubset> subset;  // null once the whole dictionary is loaded
    std::vector<bool> chosen;
    std::unordered_set<std::string> prepared;  // words the loaded subset can decide
    double subset_cost = 0;  // spent on subset loads so far, in entries (whole_load_pays)
    double affix_cost = 0;   // reading the .aff once, in entries

    // Makes `hunspell` able to decide every word of `words`. Holds `mutex`.
    void prepare(const std::vector<std::string_view>& words) {
        if (!subset) return;
        bool grew = false;
        for (const auto w : words)
            if (prepared.emplace(w).second && subset->choose_for(w, chosen)) grew = true;
        if (hunspell && !grew) return;
        const auto entries = static_cast<double>(std::count(chosen.begin(), chosen.end(), true));
        if (whole_load_pays(subset_cost, entries, static_cast<double>(subset->entry_count())) || !load_subset())
            load_whole();
        else
            subset_cost += entries + affix_cost;
    }

    bool load_subset() {
        auto h = hunspell_from_text(aff, subset->dic_text(chosen));
        if (!h) return false;
        hunspell = std::move(h);
        return true;
    }

    void load_whole() {
        subset.reset();
        prepared.clear();
        chosen.clear();
        hunspell = std::make_unique<Hunspell>(aff.c_str(), dic.c_str());
    }
};

bool whole_load_pays(double spent, double next_entries, double all_entries) {
    return spent + next_entries > all_entries;
}

const std::string& Dictionary::language() const { return impl_->language; }

Dictionary::~Dictionary() { delete impl_; }

const Dictionary* Dictionary::for_language(const std::string& tag) {
    return once_per_language<Dictionary>(tag, [](const std::string& t) {
        std::unique_ptr<Dictionary> d;
        // Debian's file name, from the language's table.
        const std::string_view name = language_table(t).hunspell;
        if (name.empty()) return d;
        const std::string base = std::string(kDictionaryDir) + std::string(name);
        if (!std::filesystem::exists(base + ".aff") || !std::filesystem::exists(base + ".dic")) return d;
        auto impl = std::make_unique<Impl>();
        impl->aff = base + ".aff";
        impl->dic = base + ".dic";
        impl->language = t;
        if (!whole_dictionaries_only()) impl->subset = DictionarySubset::open(impl->aff, impl->dic);
        if (impl->subset) {
            impl->chosen = impl->subset->always_chosen();
            // Hunspell reads the .aff at every load; it costs about as many
            // entries as its share of the two files' bytes (measured: fr
            // 7.5 ms of a 50 ms whole load, es 6 of 31, en 0.5 of 24).
            std::error_code e1, e2;
            const auto aff_bytes = static_cast<double>(std::filesystem::file_size(impl->aff, e1));
            const auto dic_bytes = static_cast<double>(std::filesystem::file_size(impl->dic, e2));
            if (!e1 && !e2 && dic_bytes > 0)
                impl->affix_cost = static_cast<double>(impl->subset->entry_count()) * aff_bytes / dic_bytes;
        } else {
            impl->load_whole();
        }
        d.reset(new Dictionary(impl.release()));  // all Debian's dictionaries here are UTF-8
        return d;
    });
}

bool Dictionary::knows(std::string_view word) const {
    std::lock_guard lock(impl_->mutex);
    impl_->prepare({word});
    return impl_->hunspell->spell(std::string(word));
}

void Dictionary::expect(const std::vector<std::string>& words) const {
    std::lock_guard lock(impl_->mutex);
    impl_->prepare({words.begin(), words.end()});
}

double Dictionary::hit_rate(const std::vector<std::string>& words) const {
    std::vector<std::string> sample;
    std::string w;
    for (const auto& raw : words) {
        if (sample.size() >= kMaxSample) break;
        if (alphabetic_word(raw, w)) sample.push_back(w);
    }
    if (sample.empty()) return -1;
    std::lock_guard lock(impl_->mutex);
    impl_->prepare({sample.begin(), sample.end()});  // one load for the whole sample
    std::size_t known = 0;
    for (const auto& s : sample)
        if (impl_->hunspell->spell(s)) ++known;
    return static_cast<double>(known) / static_cast<double>(sample.size());
}

}  // namespace pdf2tei::normalize

namespace pdf2tei::normalize {

DictionaryLoader dictionary_loader(const std::string& language) {
    return [language] { return Dictionary::for_language(language); };
}

double dictionary_hit_rate(const std::string& language, const std::vector<std::string>& words) {
    const auto* dict = Dictionary::for_language(language);
    return dict ? dict->hit_rate(words) : -1.0;
}

}  // namespace pdf2tei::normalize
