#include "pdf2tei/error.hpp"

#include <algorithm>

#include "pdf2tei/warning.hpp"

namespace pdf2tei {

std::string_view to_string(Stage s) {
    switch (s) {
        case Stage::Input: return "input";
        case Stage::Ingest: return "ingest";
        case Stage::Ocr: return "ocr";
        case Stage::Normalize: return "normalize";
        case Stage::Structure: return "structure";
        case Stage::Output: return "output";
    }
    return "unknown";
}

std::string_view to_string(ErrorCode c) {
    switch (c) {
        case ErrorCode::Usage: return "usage";
        case ErrorCode::Io: return "io";
        case ErrorCode::NotPdf: return "not-pdf";
        case ErrorCode::Damaged: return "damaged";
        case ErrorCode::Encrypted: return "encrypted";
        case ErrorCode::TooLarge: return "too-large";
        case ErrorCode::Internal: return "internal";
    }
    return "unknown";
}

namespace {
// Messages must stay on one line whatever a library hands us.
std::string one_line(std::string s) {
    std::replace_if(s.begin(), s.end(), [](char c) { return c == '\n' || c == '\r'; }, ' ');
    while (!s.empty() && s.back() == ' ') s.pop_back();
    return s;
}

std::string compose(const std::string& file, int page, const std::string& message) {
    std::string out;
    if (!file.empty()) out += file + ": ";
    if (page > 0) out += "page " + std::to_string(page) + ": ";
    return out + one_line(message);
}
}  // namespace

Error::Error(ErrorCode code, Stage stage, std::string file, int page, const std::string& message)
    : std::runtime_error(compose(file, page, message)),
      code_(code), stage_(stage), file_(std::move(file)), page_(page), message_(one_line(message)) {}

std::string Warning::to_line() const {
    std::string out;
    if (page > 0) out += "page " + std::to_string(page) + ": ";
    out += code + ": " + one_line(message);
    return out;
}

void WarningSink::add(const char* code, std::string message) {
    message = one_line(std::move(message));
    // Linear search: a page has at most cap_ distinct warnings.
    for (std::size_t i = 0; i < warnings_.size(); ++i)
        if (warnings_[i].code == code && warnings_[i].message == message) {
            ++repeats_[i];
            return;
        }
    if (warnings_.size() >= cap_) {
        ++dropped_;
        return;
    }
    warnings_.push_back({stage_, page_, code, std::move(message)});
    repeats_.push_back(1);
}

void WarningSink::move_to(std::vector<Warning>& list) {
    for (auto& w : take()) list.push_back(std::move(w));
}

std::vector<Warning> WarningSink::take() {
    std::vector<Warning> out = std::move(warnings_);
    for (std::size_t i = 0; i < out.size(); ++i)
        if (repeats_[i] > 1) out[i].message += " (" + std::to_string(repeats_[i]) + " times)";
    if (dropped_ > 0)
        out.push_back({stage_, page_, warning_code::kSuppressed, std::to_string(dropped_) + " further warnings suppressed"});
    warnings_.clear();
    repeats_.clear();
    dropped_ = 0;
    return out;
}

}  // namespace pdf2tei
