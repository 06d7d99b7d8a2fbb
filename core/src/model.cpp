#include "pdf2tei/model.hpp"

namespace pdf2tei {

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
