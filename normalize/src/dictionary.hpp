#pragma once
// Spelling dictionaries (hunspell, with Debian's hunspell-* dictionaries),
// loaded on first use, once per process, and shared by all threads.
#include <string>
#include <string_view>
#include <vector>

namespace pdf2tei::normalize {

class Dictionary {
public:
    // The dictionary of a BCP 47 primary tag ("fr", "en", "es", "ru"), or
    // nullptr when none is installed. The first call indexes the .dic
    // (about 10 ms for en_US); hunspell itself loads, with the entries the
    // asked words need, at the first knows() (dictionary_subset.hpp).
    static const Dictionary* for_language(const std::string& tag);

    // The BCP 47 primary tag it was loaded for ("fr").
    const std::string& language() const;

    // True if `word` (UTF-8) is a correct word of the language.
    bool knows(std::string_view word) const;

    // Words about to be asked, told at once: hunspell is loaded (again)
    // with the entries all of them need, so the knows() that follow load
    // nothing. Answers never depend on it, only the time.
    void expect(const std::vector<std::string>& words) const;

    // Share of the alphabetic words (two letters or more) the dictionary
    // knows, over at most kMaxSample of them; -1 when there are none.
    static constexpr std::size_t kMaxSample = 200;
    double hit_rate(const std::vector<std::string>& words) const;

    ~Dictionary();

private:
    struct Impl;
    explicit Dictionary(Impl* impl) : impl_(impl) {}
    Impl* impl_;
};

// Ski rental: whether to load the whole dictionary rather than a subset of
// `next_entries` entries, having spent `spent` on subset loads before
// (costs in entries, the .aff's read of each load counted in `spent`; the
// next load's read and the whole load's are the same, and cancel).
// Subsets are loaded until one more would bring what they cost past the
// whole load's: a run never pays more than twice the cheaper of the two.
// (Six loads, then whole, as before, loaded en_US whole, 24 ms, for a run
// of six UN documents whose subsets cost about 1 ms each.)
bool whole_load_pays(double spent, double next_entries, double all_entries);

}  // namespace pdf2tei::normalize
