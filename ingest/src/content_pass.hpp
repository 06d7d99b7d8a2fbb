#pragma once
// Internal to ingest: the one place that uses libpoppler-private-dev.
//
// poppler-cpp's page::text_list() runs Poppler's TextOutputDev and returns
// the words, but says nothing of the text render mode (invisible OCR layers
// draw in mode 3), of fonts without a ToUnicode CMap, or of where images lie,
// all of which the OCR triage needs. Getting them through poppler-cpp would
// cost a second interpretation of every page, and its font names come from a
// per-page FontInfoScanner with fontconfig look-ups (measured: 28% and 11% of
// the run time on A/RES/79/243). So this pass runs TextOutputDev itself, once
// per page, counting those facts as the glyphs go by.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "pdf2tei/model.hpp"

namespace pdf2tei::ingest {

struct PageContent {
    std::vector<Word> words;  // Poppler's reading order
    TextLayerStats stats;
    std::vector<Box> drawings;  // boxes of the vector paths painted (see IngestedPage)
    std::vector<Box> images;    // boxes of the images drawn (see IngestedPage)
    std::vector<Box> drawn_spaces;  // boxes of the space glyphs drawn (see IngestedPage)
};

// A page's frame, as poppler-cpp's page gave it: its label, its /Rotate, and
// its crop box's size before rotation.
struct PageFrame {
    std::string label;  // UTF-8; empty without page labels
    int rotation = 0;   // 0, 90, 180 or 270
    double crop_width = 0, crop_height = 0;
};

class ContentPass {
public:
    enum class Opened { Ok, Locked, Damaged };

    // Opens a Poppler document over the caller's buffer (not copied; it must
    // outlive this object). Returns nullptr and says why in `why` when
    // Poppler cannot open it (Locked: encrypted, and the password is missing
    // or wrong). Makes Poppler's global parameters on first use; their
    // messages go to route_poppler_message.
    static std::unique_ptr<ContentPass> open(const char* data, std::size_t size, const std::string& password,
                                             Opened& why);
    ~ContentPass();

    int page_count() const;

    // Page `index`'s frame; nullopt when Poppler cannot read the page.
    std::optional<PageFrame> frame(int index) const;

    // The info dictionary, version and encryption (not the file's name,
    // size or hash). Text strings are read as the PDF says (UTF-16 with a
    // byte-order mark, else PDFDocEncoding); dates as Poppler parses them.
    DocumentInfo document_info() const;

    // Words and text-layer stats of page `index` (0-based), in the page's
    // rotated space at 72 dpi, origin top-left, as poppler-cpp gives them.
    PageContent read(int index);

private:
    struct Impl;
    explicit ContentPass(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

// Where Poppler's messages go (the global parameters ContentPass::open makes
// send them here); poppler_reader.cpp attaches them to the calling thread's
// current page, the MessageCapture's sink.
void route_poppler_message(const std::string& message);

}  // namespace pdf2tei::ingest
