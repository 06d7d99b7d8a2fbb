#pragma once
// The one exception type of the library. It carries what went wrong (code),
// where (file, page, stage) and a one-line message. The CLI maps every code
// to exit status 2; recoverable damage is a Warning instead.
#include <stdexcept>
#include <string>

#include "pdf2tei/stage.hpp"

namespace pdf2tei {

enum class ErrorCode {
    Usage,        // bad options
    Io,           // cannot read the input or write the output
    NotPdf,       // no %PDF- header
    Damaged,      // truncated or unreadable PDF
    Encrypted,    // needs a password (or the password is wrong)
    TooLarge,     // beyond what the library accepts
    Internal,     // a bug: an invariant did not hold
};

std::string_view to_string(ErrorCode c);

class Error : public std::runtime_error {
public:
    Error(ErrorCode code, Stage stage, std::string file, int page, const std::string& message);

    ErrorCode code() const { return code_; }
    Stage stage() const { return stage_; }
    const std::string& file() const { return file_; }
    int page() const { return page_; }  // 0 when not tied to a page
    const std::string& message() const { return message_; }

private:
    ErrorCode code_;
    Stage stage_;
    std::string file_;
    int page_;
    std::string message_;
};

}  // namespace pdf2tei
