#include "dictionary.hpp"
#include "pdf2tei/normalize/normalize.hpp"

#include <hunspell/hunspell.hxx>
#include <unicode/uchar.h>

#include <filesystem>
#include <map>
#include <memory>
#include <mutex>

#include "per_language.hpp"
#include "pdf2tei/text.hpp"

namespace pdf2tei::normalize {
namespace {

constexpr const char* kDictionaryDir = "/usr/share/hunspell/";

// Debian's file names for each language we correct.
const std::map<std::string, std::string>& dictionary_names() {
    static const std::map<std::string, std::string> names{
        {"en", "en_US"}, {"fr", "fr_FR"}, {"es", "es_ES"}, {"ru", "ru_RU"}};
    return names;
}

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

}  // namespace

struct Dictionary::Impl {
    std::mutex mutex;  // hunspell keeps working state in the object
    std::unique_ptr<Hunspell> hunspell;
    std::string language;
};

const std::string& Dictionary::language() const { return impl_->language; }

Dictionary::~Dictionary() { delete impl_; }

const Dictionary* Dictionary::for_language(const std::string& tag) {
    return once_per_language<Dictionary>(tag, [](const std::string& t) {
        std::unique_ptr<Dictionary> d;
        const auto name = dictionary_names().find(t);
        if (name == dictionary_names().end()) return d;
        const std::string base = std::string(kDictionaryDir) + name->second;
        if (!std::filesystem::exists(base + ".aff") || !std::filesystem::exists(base + ".dic")) return d;
        auto impl = std::make_unique<Impl>();
        impl->hunspell = std::make_unique<Hunspell>((base + ".aff").c_str(), (base + ".dic").c_str());
        impl->language = t;
        d.reset(new Dictionary(impl.release()));  // all Debian's dictionaries here are UTF-8
        return d;
    });
}

bool Dictionary::knows(std::string_view word) const {
    std::lock_guard lock(impl_->mutex);
    return impl_->hunspell->spell(std::string(word));
}

double Dictionary::hit_rate(const std::vector<std::string>& words) const {
    std::size_t checked = 0, known = 0;
    std::string w;
    for (const auto& raw : words) {
        if (checked >= kMaxSample) break;
        if (!alphabetic_word(raw, w)) continue;
        ++checked;
        if (knows(w)) ++known;
    }
    return checked ? static_cast<double>(known) / static_cast<double>(checked) : -1;
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
