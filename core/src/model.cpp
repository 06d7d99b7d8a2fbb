#include "pdf2tei/model.hpp"

namespace pdf2tei {

std::string_view to_string(Source s) { return s == Source::Ocr ? "ocr" : "text-layer"; }

std::string_view to_string(PageVerdict v) {
    switch (v) {
        case PageVerdict::Text: return "text";
        case PageVerdict::None: return "none";
        case PageVerdict::Garbled: return "garbled";
        case PageVerdict::Lossy: return "lossy";
        case PageVerdict::InvisibleOcr: return "invisible-ocr";
        case PageVerdict::Partial: return "partial";
    }
    return "text";
}

std::size_t Document::warning_count() const {
    std::size_t n = warnings.size();
    for (const auto& p : pages) n += p.warnings.size();
    return n;
}

void release_glyphs(Page& page) {
    for (auto& b : page.blocks)
        for (auto& l : b.lines)
            for (auto& w : l.words) std::vector<Glyph>().swap(w.glyphs);
}

}  // namespace pdf2tei
