#pragma once
// The dictionary subset's index of a .dic (dictionary_subset.hpp), kept on
// disk so that a process converting one file does not build it again.
//
// Building it reads every entry of the .dic: about 50M instructions for
// en_US, as much as the rest of a one-page conversion. The cache file
// holds the index's arrays as they are in memory, and is mapped, not read:
// a process faults in only the pages it looks up.
//
// Where: $PDF2TEI_CACHE/dictionaries, else $XDG_CACHE_HOME/pdf2tei/...,
// else ~/.cache/pdf2tei/...; with none of them, or a folder that cannot be
// written, the index is built in memory each time, as before. A cache file
// is used only if its format and the .dic's and .aff's sizes and
// modification times are those it was made from; it is written to a
// temporary file and renamed, so a reader never sees half of one.
#include <cstdint>
#include <optional>
#include <span>
#include <string>

#include "mapped_file.hpp"

namespace pdf2tei::normalize {

// The index, wherever its arrays live (built in memory, or a mapped cache
// file). One element an entry, but `heads`: one a hash bucket.
struct DictionaryIndex {
    std::span<const std::uint32_t> starts;     // the entry's offset in the .dic
    std::span<const std::uint32_t> core_hash;  // the low half of its core's hash
    std::span<const std::uint32_t> next;       // the next entry in its bucket, or kEnd
    std::span<const std::uint32_t> heads;      // each bucket's first entry, or kEnd
    std::span<const std::uint8_t> always;      // 1: an empty core, in every subset
    std::uint32_t longest_core = 0;            // code points
    static constexpr std::uint32_t kEnd = 0xFFFFFFFF;
};

// What a cache file was made from.
struct DictionaryFiles {
    std::string aff, dic;
};

// The cached index of `files`, mapped into `keep`, or nullopt.
std::optional<DictionaryIndex> load_cached_index(const DictionaryFiles& files, MappedFile& keep);

// Writes `index` for `files` to the cache; failures are ignored (the cache
// is only a saving).
void save_cached_index(const DictionaryFiles& files, const DictionaryIndex& index);

}  // namespace pdf2tei::normalize
