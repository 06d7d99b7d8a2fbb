#pragma once
// FNV-1a, 64-bit: a small, stable hash for keys that must not change across
// runs or machines (shards, cache file names) and for the dictionary
// index's cores. Not for anything an adversary chooses to collide.
#include <cstdint>
#include <string_view>

namespace pdf2tei {

inline constexpr std::uint64_t kFnv1aOffset = 14695981039346656037ull;
inline constexpr std::uint64_t kFnv1aPrime = 1099511628211ull;

// One more unit (a byte, or a code point) into the hash `h`.
constexpr std::uint64_t fnv1a_step(std::uint64_t h, std::uint64_t unit) { return (h ^ unit) * kFnv1aPrime; }

constexpr std::uint64_t fnv1a(std::string_view bytes) {
    std::uint64_t h = kFnv1aOffset;
    for (const char c : bytes) h = fnv1a_step(h, static_cast<unsigned char>(c));
    return h;
}

}  // namespace pdf2tei
