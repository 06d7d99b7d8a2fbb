#include "dictionary_index_cache.hpp"

#include "pdf2tei/hash.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <vector>

namespace pdf2tei::normalize {
namespace {

// Change it whenever DictionarySubset's index changes what it computes
// (the cores, the hash, the layout): an old file then goes unused.
constexpr char kFormat[16] = "pdf2tei-dix-2";

struct FileStamp {
    std::uint64_t size = 0, mtime_ns = 0;
};

struct Header {
    char format[16];
    FileStamp dic, aff;
    std::uint32_t entries, buckets, longest_core, unused;
};
static_assert(sizeof(Header) == 64, "the arrays that follow stay 4-byte aligned");

bool stamp_of(const std::string& path, FileStamp& out) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return false;
    out.size = static_cast<std::uint64_t>(st.st_size);
    out.mtime_ns = static_cast<std::uint64_t>(st.st_mtim.tv_sec) * 1000000000ull + static_cast<std::uint64_t>(st.st_mtim.tv_nsec);
    return true;
}

bool make_header(const DictionaryFiles& files, Header& h) {
    h = Header{};
    std::memcpy(h.format, kFormat, sizeof kFormat);
    return stamp_of(files.dic, h.dic) && stamp_of(files.aff, h.aff);
}

std::string cache_folder() {
    if (const char* c = std::getenv("PDF2TEI_CACHE"); c && *c) return std::string(c) + "/dictionaries";
    if (const char* x = std::getenv("XDG_CACHE_HOME"); x && *x) return std::string(x) + "/pdf2tei/dictionaries";
    if (const char* home = std::getenv("HOME"); home && *home) return std::string(home) + "/.cache/pdf2tei/dictionaries";
    return "";
}

// "en_US-<hash of both paths>.index": two dictionaries of one name in two
// folders never share a file.
std::string cache_path(const DictionaryFiles& files) {
    const std::string folder = cache_folder();
    if (folder.empty()) return "";
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(fnv1a(files.aff + '\n' + files.dic)));
    return folder + "/" + std::filesystem::path(files.dic).stem().string() + "-" + hex + ".index";
}

std::size_t file_size(std::uint32_t entries, std::uint32_t buckets) {
    return sizeof(Header) + 4 * (3 * std::size_t{entries} + buckets) + entries;
}

}  // namespace

std::optional<DictionaryIndex> load_cached_index(const DictionaryFiles& files, MappedFile& keep) {
    const std::string path = cache_path(files);
    Header want{}, have{};
    if (path.empty() || !make_header(files, want) || !keep.open(path)) return std::nullopt;
    const std::string_view bytes = keep.text();
    if (bytes.size() < sizeof have) return std::nullopt;
    std::memcpy(&have, bytes.data(), sizeof have);
    if (std::memcmp(have.format, want.format, sizeof want.format) != 0 || have.dic.size != want.dic.size ||
        have.dic.mtime_ns != want.dic.mtime_ns || have.aff.size != want.aff.size ||
        have.aff.mtime_ns != want.aff.mtime_ns || have.buckets == 0 || (have.buckets & (have.buckets - 1)) != 0 ||
        bytes.size() != file_size(have.entries, have.buckets))
        return std::nullopt;
    const auto* words = reinterpret_cast<const std::uint32_t*>(bytes.data() + sizeof have);
    DictionaryIndex index;
    index.starts = {words, have.entries};
    index.core_hash = {words + have.entries, have.entries};
    index.next = {words + 2 * std::size_t{have.entries}, have.entries};
    index.heads = {words + 3 * std::size_t{have.entries}, have.buckets};
    index.always = {reinterpret_cast<const std::uint8_t*>(words + 3 * std::size_t{have.entries} + have.buckets), have.entries};
    index.longest_core = have.longest_core;
    return index;
}

void save_cached_index(const DictionaryFiles& files, const DictionaryIndex& index) {
    const std::string path = cache_path(files);
    Header h{};
    if (path.empty() || !make_header(files, h)) return;
    h.entries = static_cast<std::uint32_t>(index.starts.size());
    h.buckets = static_cast<std::uint32_t>(index.heads.size());
    h.longest_core = index.longest_core;
    std::error_code ec;
    std::filesystem::create_directories(std::filesystem::path(path).parent_path(), ec);
    std::string tmp = path + ".XXXXXX";
    const int fd = ::mkstemp(tmp.data());
    if (fd < 0) return;
    ::fchmod(fd, 0644);  // mkstemp's 0600 would hide it from the other users of a shared cache
    bool ok = true;
    const auto put = [&](const void* data, std::size_t size) {
        const char* p = static_cast<const char*>(data);
        while (ok && size > 0) {
            const ssize_t n = ::write(fd, p, size);
            ok = n > 0;
            if (ok) {
                p += n;
                size -= static_cast<std::size_t>(n);
            }
        }
    };
    put(&h, sizeof h);
    for (const auto& part : {index.starts, index.core_hash, index.next, index.heads})
        put(part.data(), part.size_bytes());
    put(index.always.data(), index.always.size_bytes());
    ok = ::close(fd) == 0 && ok;
    if (!ok || std::rename(tmp.c_str(), path.c_str()) != 0) ::unlink(tmp.c_str());
}

}  // namespace pdf2tei::normalize
