#pragma once
// The input PDF as one immutable buffer. It is read once (from a file or from
// stdin), sanity-checked, and then shared read-only by every worker, each of
// which opens its own Poppler document over it.
#include <cstdint>
#include <string>
#include <vector>

namespace pdf2tei::ingest {

class PdfSource {
public:
    // Largest input accepted: poppler-cpp takes the length as an int.
    static constexpr std::uint64_t kMaxBytes = 2'000'000'000ull;

    // Reads `path` ("-" = standard input). Throws Error(Io | NotPdf | TooLarge).
    static PdfSource read(const std::string& path);
    // Wraps bytes already in memory (tests, fuzzers). Throws Error(NotPdf | TooLarge).
    static PdfSource from_bytes(std::string name, std::vector<char> bytes);

    const std::string& name() const { return name_; }
    const char* data() const { return bytes_.data(); }
    std::size_t size() const { return bytes_.size(); }

    // False when the file was cut short: no "%%EOF" follows the last
    // "startxref". Trailing junk after a complete file does not count
    // (scanners leave some), nor does an earlier revision's marker.
    bool looks_complete() const { return looks_complete_; }

private:
    PdfSource(std::string name, std::vector<char> bytes);

    std::string name_;
    std::vector<char> bytes_;
    bool looks_complete_ = false;
};

// SHA-256 of a byte range as lowercase hex (Nettle).
std::string sha256_hex(const char* data, std::size_t size);

}  // namespace pdf2tei::ingest
