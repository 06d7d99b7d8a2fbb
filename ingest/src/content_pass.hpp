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
#include <string>
#include <vector>

#include "pdf2tei/model.hpp"

namespace pdf2tei::ingest {

struct PageContent {
    std::vector<Word> words;  // Poppler's reading order
    TextLayerStats stats;
    std::vector<Box> drawings;  // boxes of the vector paths painted (see IngestedPage)
    std::vector<Box> images;    // boxes of the images drawn (see IngestedPage)
};

class ContentPass {
public:
    // Opens its own Poppler document over the caller's buffer (not copied;
    // it must outlive this object). Returns nullptr if Poppler cannot open
    // it. Poppler's global parameters must exist (a poppler-cpp document is
    // open in this process).
    static std::unique_ptr<ContentPass> open(const char* data, std::size_t size, const std::string& password);
    ~ContentPass();

    // Words and text-layer stats of page `index` (0-based), in the page's
    // rotated space at 72 dpi, origin top-left, as poppler-cpp gives them.
    PageContent read(int index);

private:
    struct Impl;
    explicit ContentPass(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

}  // namespace pdf2tei::ingest
