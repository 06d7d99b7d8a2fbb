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

std::string_view to_string(BlockKind k) {
    switch (k) {
        case BlockKind::Paragraph: return "paragraph";
        case BlockKind::Heading: return "heading";
        case BlockKind::Furniture: return "furniture";
        case BlockKind::Note: return "note";
        case BlockKind::Masthead: return "masthead";
        case BlockKind::Closing: return "closing";
        case BlockKind::Table: return "table";
        case BlockKind::Figure: return "figure";
    }
    return "paragraph";
}

std::string_view to_string(Division d) {
    switch (d) {
        case Division::Body: return "body";
        case Division::Preamble: return "preamble";
        case Division::Operative: return "operative";
        case Division::Annex: return "annex";
    }
    return "body";
}

std::size_t Document::warning_count() const {
    std::size_t n = warnings.size();
    for (const auto& p : pages) n += p.warnings.size();
    return n;
}

void Document::cap_warnings(std::size_t cap) {
    std::map<std::string, std::size_t> dropped;  // by code, in name order
    std::size_t kept = 0, total = 0;
    auto keep_first = [&](std::vector<Warning>& list) {
        std::vector<Warning> out;
        for (auto& w : list) {
            if (kept < cap) {
                out.push_back(std::move(w));
                ++kept;
            } else {
                ++dropped[w.code];
                ++total;
            }
        }
        list = std::move(out);
    };
    keep_first(warnings);
    for (auto& p : pages) keep_first(p.warnings);
    if (total == 0) return;
    std::string which;
    for (const auto& [code, n] : dropped) which += (which.empty() ? "" : ", ") + code + " " + std::to_string(n);
    warnings.push_back({Stage::Output, 0, warning_code::kSuppressed,
                        std::to_string(total) + " further warnings suppressed (" + which + ")"});
}

void release_glyphs(Page& page) {
    for (auto& b : page.blocks)
        for (auto& l : b.lines)
            for (auto& w : l.words) std::vector<Glyph>().swap(w.glyphs);
}

}  // namespace pdf2tei
