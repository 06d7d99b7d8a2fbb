#pragma once
// The library's front door: PDF in, Document and TEI out. Every stage runs
// from here; the CLI only parses options and maps errors to exit codes.
#include <ctime>
#include <functional>
#include <optional>
#include <string>

#include "pdf2tei/ingest/pdf_source.hpp"
#include "pdf2tei/model.hpp"

namespace pdf2tei {

struct ConvertOptions {
    std::string password;        // for encrypted PDFs
    unsigned jobs = 0;           // worker threads; 0 = one per core
    bool salvage = false;        // convert a truncated file (with a warning)
    std::optional<std::time_t> timestamp;  // opt-in conversion time in the TEI
    // Called after each page with (pages done, total), from a worker thread,
    // never concurrently.
    std::function<void(int, int)> progress;
};

// Runs ingest -> normalize -> structure over every page, in parallel.
// Throws Error for what makes the input unreadable; damage to single pages
// becomes warnings on those pages.
Document convert(const ingest::PdfSource& source, const ConvertOptions& opts);

// The TEI for a converted document.
std::string to_tei(const Document& doc, const ConvertOptions& opts);

// "0.1.0"
std::string version();
// Versions of the engines that shaped the output, e.g. "poppler 22.12.0".
std::string engine_versions();

}  // namespace pdf2tei
