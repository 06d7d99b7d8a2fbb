#pragma once
// Recoverable damage: collected per page (or per document), never thrown.
#include <string>
#include <vector>

#include "pdf2tei/stage.hpp"

namespace pdf2tei {

struct Warning {
    Stage stage = Stage::Ingest;
    int page = 0;  // 1-based; 0 = the whole document
    std::string message;
    bool operator==(const Warning&) const = default;

    // "page 3: ingest: message" (one line, no file name).
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

    void add(std::string message);
    void set_stage(Stage s) { stage_ = s; }
    std::size_t dropped() const { return dropped_; }

    // Moves the collected warnings out, with the "suppressed" line if any.
    std::vector<Warning> take();

private:
    Stage stage_;
    int page_;
    std::size_t cap_;
    std::size_t dropped_ = 0;
    std::vector<Warning> warnings_;
    std::vector<std::size_t> repeats_;  // parallel to warnings_
};

}  // namespace pdf2tei
