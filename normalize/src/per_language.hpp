#pragma once
// One object per language (a dictionary, hyphenation patterns), loaded on
// first use and kept for the life of the process: freeing them at exit
// costs time for nothing. Thread-safe.
#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace pdf2tei::normalize {

// `load(tag)` returns a std::unique_ptr<T>, null when the language has none;
// that answer is kept too. Each call site (each `Load` type) has its own store.
template <typename T, typename Load>
const T* once_per_language(const std::string& tag, Load&& load) {
    static std::mutex mutex;
    static auto& loaded = *new std::map<std::string, std::unique_ptr<T>>();
    std::lock_guard lock(mutex);
    if (auto it = loaded.find(tag); it != loaded.end()) return it->second.get();
    return (loaded[tag] = load(tag)).get();
}

}  // namespace pdf2tei::normalize
