#pragma once
// Why pdf2tei does not load a whole hunspell dictionary for a few words.
//
// Loading Debian's en_US takes about 50 ms and ru_RU 130 ms: more than
// converting a one-page PDF, and a document asks the dictionary about a few
// dozen words (a line-end hyphen, a narrow gap). Hunspell only reads a
// dictionary from files, whole.
//
// DictionarySubset reads the .aff's affix rules and indexes the .dic's
// entries by their *core*: what is left of the stem once every affix rule
// the entry's flags allow (two suffixes and two prefixes deep) has stripped
// the most it can from either end. Hunspell accepts or forbids a word only
// through entries that spell a piece of it:
//   - an affixed form keeps its stem's core (affixes strip and add at the
//     ends only);
//   - a compound's or a BREAK part's entries spell pieces of it;
//   - a capitalised word is checked in its lower-case forms too (the index
//     and the lookups are case-folded);
//   - ICONV rewrites the word before the check (both forms are looked up).
// So hunspell loaded with the entries whose cores occur in the words asked
// (and the entries whose core is empty, kept always) answers those words as
// the whole dictionary does. tests/unit/dictionary_subset_test.cpp checks
// it word by word on real text in every installed language.
//
// The index is kept on disk between processes (dictionary_index_cache.hpp).
//
// An .aff that steps outside this argument (not UTF-8, IGNORE,
// COMPLEXPREFIXES, CHECKCOMPOUNDREP, flag aliases) gets no subset: open()
// returns null and the caller loads the whole dictionary.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

class Hunspell;

namespace pdf2tei::normalize {

class DictionarySubset {
public:
    // Reads `aff` and indexes `dic`; null when the .aff is outside the
    // argument above or a file cannot be read.
    static std::unique_ptr<DictionarySubset> open(const std::string& aff, const std::string& dic);
    ~DictionarySubset();

    // Marks in `chosen` (one flag per entry, sized by entry_count()) every
    // entry that can decide `word`; true if it marked one not marked before.
    bool choose_for(std::string_view word, std::vector<bool>& chosen) const;

    // The entries every subset needs (those with an empty core).
    std::vector<bool> always_chosen() const;

    // A .dic file's text holding the chosen entries, in their order.
    std::string dic_text(const std::vector<bool>& chosen) const;

    std::size_t entry_count() const;

private:
    struct Impl;
    explicit DictionarySubset(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

// Hunspell loaded with `aff` and a .dic given as text (hunspell reads files
// only: the text goes to an anonymous memory file); null if that fails.
std::unique_ptr<Hunspell> hunspell_from_text(const std::string& aff, const std::string& dic_text);

}  // namespace pdf2tei::normalize
