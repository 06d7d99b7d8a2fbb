#pragma once
// The model -> TEI P5 XML, built as a libxml2 tree (never by string
// concatenation) and serialised as UTF-8. Output depends only on the model
// and the options: the same input gives the same bytes on every run.
#include <ctime>
#include <optional>
#include <string>

#include "pdf2tei/model.hpp"

namespace pdf2tei::output {

inline constexpr const char* kTeiNamespace = "http://www.tei-c.org/ns/1.0";

struct TeiOptions {
    std::string app_version;                // pdf2tei's version, for appInfo
    std::string engine_versions;            // e.g. "poppler 22.12.0", for appInfo
    std::optional<std::time_t> converted_at;  // opt-in: breaks byte identity
    // Keep the source's line breaks: <lb/> between lines, and
    // <lb break="no"/> inside a word joined across a line end.
    bool keep_lines = false;
};

std::string write_tei(const Document& doc, const TeiOptions& opts);

// ISO 8601 UTC ("2024-12-26T15:30:00Z"), as TEI's @when wants it.
std::string iso_utc(std::time_t t);
// The English name of a BCP 47 language tag ("fr" -> "French"), via ICU.
std::string language_name(const std::string& tag);

}  // namespace pdf2tei::output
