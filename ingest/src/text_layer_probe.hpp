#pragma once
// Internal to ingest: the one place that uses libpoppler-private-dev.
// poppler-cpp says nothing of a font's ToUnicode CMap, of the text render
// mode (invisible OCR layers draw in mode 3) or of where images lie, and the
// OCR triage needs all three. This probe runs Poppler's content-stream
// interpreter with an output device that only counts.
#include <memory>
#include <string>

#include "pdf2tei/model.hpp"

namespace pdf2tei::ingest {

class TextLayerProbe {
public:
    // Opens its own Poppler document over the caller's buffer (not copied;
    // it must outlive the probe). Returns nullptr if Poppler cannot open it.
    static std::unique_ptr<TextLayerProbe> open(const char* data, std::size_t size, const std::string& password);
    ~TextLayerProbe();

    // Stats for page `index` (0-based).
    TextLayerStats probe(int index);

private:
    struct Impl;
    explicit TextLayerProbe(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

}  // namespace pdf2tei::ingest
