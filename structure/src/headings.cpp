#include "pdf2tei/structure/headings.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <cmath>

#include "pdf2tei/structure/layout.hpp"  // is_paragraph_number
#include "pdf2tei/text.hpp"

namespace pdf2tei::structure {
namespace {

bool looks_like_heading(const Block& b, double body_size) {
    if (b.kind != BlockKind::Paragraph || b.lines.empty() || b.lines.size() > kMaxHeadingLines) return false;
    std::size_t words = 0;
    bool all_bold = true, all_large = true;
    for (const auto& l : b.lines)
        for (const auto& w : l.words) {
            // OCR gives no font, and its sizes come from line heights: too
            // rough to tell a heading by.
            if (w.source == Source::Ocr) return false;
            ++words;
            all_bold = all_bold && is_bold_font(w.font);
            all_large = all_large && body_size > 0 && w.font_size >= kHeadingSizeRatio * body_size;
        }
    if (words == 0 || words > kMaxHeadingWords || !(all_bold || all_large)) return false;
    const std::string text = block_text(b);
    const char last = text.back();
    if (last == ',' || last == ';') return false;
    // A bold amount is a table's total ("233 916.7", "(39 860.3)" in
    // A/80/590's two-column statement), never a heading.
    const std::u32string cps = utf8_decode(text);
    return std::any_of(cps.begin(), cps.end(), [](char32_t c) { return u_isalpha(static_cast<UChar32>(c)); });
}

// Two heading blocks are one heading when the second sits right under the
// first, at the same size and left edge.
bool same_heading(const Block& a, const Block& b) {
    const Line& la = a.lines.back();
    const Line& lb = b.lines.front();
    // A heading with a number of its own starts a heading of its own: the
    // annex's title, then "I.  Our shared commitment" (A/RES/78/1).
    if (!lb.words.empty() && is_paragraph_number(lb.words.front().text)) return false;
    const double em = std::max(la.font_size, 1.0);
    // Same size, right under it, from the same left edge or a hanging
    // indent ("78/1. Political declaration ... / sustainable development").
    const double indent = b.box.x0 - a.box.x0;
    return std::fabs(la.font_size - lb.font_size) < 0.1 * em && indent > -em && indent < kMaxHangingIndentEm * em &&
           lb.box.y0 - la.box.y1 < em && lb.box.y0 > la.box.y0;
}

}  // namespace

bool is_bold_font(std::string_view font) {
    for (std::string_view mark : {"Bold", "bold", "BOLD", "Black", "Heavy", "Semibold", "SemiBold", "Demi", "-Bd", ",Bold"})
        if (font.find(mark) != std::string_view::npos) return true;
    return false;
}

void mark_headings(std::vector<Block>& blocks, double body_size) {
    for (auto& b : blocks)
        if (looks_like_heading(b, body_size)) b.kind = BlockKind::Heading;
    std::vector<Block> out;
    for (auto& b : blocks) {
        if (!out.empty() && out.back().kind == BlockKind::Heading && b.kind == BlockKind::Heading &&
            same_heading(out.back(), b)) {
            out.back().box = out.back().box.united(b.box);
            for (auto& l : b.lines) out.back().lines.push_back(std::move(l));
            continue;
        }
        out.push_back(std::move(b));
    }
    blocks = std::move(out);
}

}  // namespace pdf2tei::structure
