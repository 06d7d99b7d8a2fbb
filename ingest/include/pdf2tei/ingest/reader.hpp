#pragma once
// Reading a PDF through Poppler. One PageReader per worker thread: each owns
// its own Poppler documents (Poppler objects are never shared across threads),
// opened over the shared read-only PdfSource buffer.
#include <memory>
#include <string>
#include <vector>

#include "pdf2tei/image.hpp"
#include "pdf2tei/ingest/pdf_source.hpp"
#include "pdf2tei/model.hpp"

namespace pdf2tei::ingest {

struct ReadOptions {
    std::string password;  // tried as both owner and user password
};

// The page as read (core/model.hpp: IngestedPage).
using pdf2tei::IngestedPage;

// While alive, Poppler messages raised on this thread go to `sink`
// (opening a document under a capture reports its damage there).
class MessageCapture {
public:
    explicit MessageCapture(WarningSink& sink);
    ~MessageCapture();
    MessageCapture(const MessageCapture&) = delete;
    MessageCapture& operator=(const MessageCapture&) = delete;
private:
    WarningSink* previous_;
};

class PageReader {
public:
    // Opens the document. Throws Error(Damaged) when Poppler cannot read it
    // and Error(Encrypted) when it is locked.
    PageReader(const PdfSource& src, const ReadOptions& opts);
    ~PageReader();
    PageReader(const PageReader&) = delete;
    PageReader& operator=(const PageReader&) = delete;

    int page_count() const;
    // What the TEI header needs: the info dictionary, version, encryption
    // (everything but the hash, which the caller computes alongside).
    DocumentInfo document_info() const;
    // Reads page `index` (0-based). Damage on the page becomes a warning in
    // the returned page, never an exception.
    IngestedPage read(int index);

    // Renders page `index` in grey at `dpi`, anti-aliased, as the OCR wants
    // it. An empty image if the page cannot be rendered.
    GrayImage render(int index, int dpi);

private:
    const PdfSource& src_;
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace pdf2tei::ingest
