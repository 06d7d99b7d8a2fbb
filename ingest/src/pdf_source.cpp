#include "pdf2tei/ingest/pdf_source.hpp"

#include <nettle/sha2.h>

#include <cerrno>
#include <cstdio>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <string_view>

#include "pdf2tei/error.hpp"

namespace pdf2tei::ingest {
namespace {

// The PDF header may be preceded by junk; readers accept it within 1 KiB.
constexpr std::size_t kHeaderWindow = 1024;

bool contains(std::string_view hay, std::string_view needle) {
    return hay.find(needle) != std::string_view::npos;
}

// `size_hint`: the file's size when known, so the buffer is allocated once
// (growing it by copies touched twice the memory: page faults, issue 18).
std::vector<char> read_stream(std::istream& in, const std::string& name, std::uintmax_t size_hint = 0) {
    std::vector<char> bytes;
    if (size_hint > 0 && size_hint <= PdfSource::kMaxBytes) bytes.reserve(static_cast<std::size_t>(size_hint) + 1);
    char chunk[1 << 16];
    while (in) {
        in.read(chunk, sizeof chunk);
        bytes.insert(bytes.end(), chunk, chunk + in.gcount());
        if (bytes.size() > PdfSource::kMaxBytes)
            throw Error(ErrorCode::TooLarge, Stage::Input, name, 0, "input is larger than 2 GB");
    }
    if (in.bad()) throw Error(ErrorCode::Io, Stage::Input, name, 0, "read error");
    return bytes;
}

}  // namespace

// Nettle, not OpenSSL: OpenSSL 3 reads its configuration and fetches a
// provider before the first digest, and its library is the largest one the
// command maps. Both were 6% of a one-page run's CPU (issue 18's start-up).
std::string sha256_hex(const char* data, std::size_t size) {
    sha256_ctx ctx;
    sha256_init(&ctx);
    sha256_update(&ctx, size, reinterpret_cast<const std::uint8_t*>(data));
    std::uint8_t digest[SHA256_DIGEST_SIZE];
    sha256_digest(&ctx, sizeof digest, digest);
    static constexpr char kHex[] = "0123456789abcdef";
    std::string hex;
    hex.reserve(2 * sizeof digest);
    for (const std::uint8_t byte : digest) {
        hex += kHex[byte >> 4];
        hex += kHex[byte & 0xF];
    }
    return hex;
}

PdfSource PdfSource::read(const std::string& path) {
    if (path == "-") {
        std::ios::sync_with_stdio(false);
        return PdfSource("-", read_stream(std::cin, "-"));
    }
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        throw Error(ErrorCode::Io, Stage::Input, path, 0, "is a directory, not a PDF file");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error(ErrorCode::Io, Stage::Input, path, 0, std::string("cannot open: ") + std::strerror(errno));
    const std::uintmax_t size = std::filesystem::file_size(path, ec);
    return PdfSource(path, read_stream(in, path, ec ? 0 : size));
}

PdfSource PdfSource::from_bytes(std::string name, std::vector<char> bytes) {
    if (bytes.size() > kMaxBytes)
        throw Error(ErrorCode::TooLarge, Stage::Input, name, 0, "input is larger than 2 GB");
    return PdfSource(std::move(name), std::move(bytes));
}

PdfSource::PdfSource(std::string name, std::vector<char> bytes) : name_(std::move(name)), bytes_(std::move(bytes)) {
    std::string_view all(bytes_.data(), bytes_.size());
    if (bytes_.empty()) throw Error(ErrorCode::NotPdf, Stage::Input, name_, 0, "empty input, not a PDF");
    if (!contains(all.substr(0, kHeaderWindow), "%PDF-"))
        throw Error(ErrorCode::NotPdf, Stage::Input, name_, 0, "not a PDF (no %PDF- header)");
    const std::size_t startxref = all.rfind("startxref");
    looks_complete_ = startxref != std::string_view::npos && contains(all.substr(startxref), "%%EOF");
}

}  // namespace pdf2tei::ingest
