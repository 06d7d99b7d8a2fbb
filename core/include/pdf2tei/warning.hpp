#pragma once
// Recoverable damage: collected per page (or per document), never thrown.
#include <string>
#include <vector>

#include "pdf2tei/stage.hpp"

namespace pdf2tei {

// Warning codes: stable names, "stage.what", shown on stderr, in the TEI
// header and in the JSON. Scripts match them, so a code never changes its
// meaning; a new kind of damage gets a new code (and a line in
// docs/how-it-works.md's table).
namespace warning_code {
inline constexpr const char* kTruncated = "input.truncated";            // no %%EOF: --salvage read what it could
inline constexpr const char* kPdfDamage = "ingest.pdf-damage";          // Poppler's complaint about the file
inline constexpr const char* kPageUnreadable = "ingest.page-unreadable";  // a page Poppler cannot open: left empty
inline constexpr const char* kLayerReplaced = "ocr.layer-replaced";     // a broken text layer read again by OCR
inline constexpr const char* kOcrDeadline = "ocr.deadline";             // recognition cut short: text may be missing
inline constexpr const char* kRenderFailed = "ocr.render-failed";       // a page to OCR could not be rendered
inline constexpr const char* kNoteWithoutCall = "structure.note-without-call";  // a footnote kept at its page
inline constexpr const char* kSuppressed = "warnings.suppressed";       // past a cap: how many more, of which codes
}  // namespace warning_code

struct Warning {
    Stage stage = Stage::Ingest;
    int page = 0;  // 1-based; 0 = the whole document
    std::string code;  // a warning_code
    std::string message;
    bool operator==(const Warning&) const = default;

    // "page 3: ocr.layer-replaced: message" (one line, no file name).
    std::string to_line() const;
};

// Appends warnings up to a cap; past it, one line says how many were dropped,
// so a hostile file cannot grow memory or stderr without bound (qpdf does the
// same with its warning limit). A message repeated on the same page is kept
// once, with the number of times it came ("... (3 times)").
class WarningSink {
public:
    static constexpr std::size_t kDefaultCap = 50;

    WarningSink(Stage stage, int page, std::size_t cap = kDefaultCap)
        : stage_(stage), page_(page), cap_(cap) {}

    void add(const char* code, std::string message);
    void set_stage(Stage s) { stage_ = s; }
    std::size_t dropped() const { return dropped_; }

    // Moves the collected warnings out, with the "suppressed" line if any.
    std::vector<Warning> take();
    // The same, appended to `list` (a page's or the document's warnings).
    void move_to(std::vector<Warning>& list);

private:
    Stage stage_;
    int page_;
    std::size_t cap_;
    std::size_t dropped_ = 0;
    std::vector<Warning> warnings_;
    std::vector<std::size_t> repeats_;  // parallel to warnings_
};

}  // namespace pdf2tei
