#pragma once
// One page's lines -> its blocks: the furniture bands at top and bottom, the
// note area at the foot, and the paragraphs of running text between.
// Cross-page rules (running heads, notes and paragraphs that carry on) run
// later, over the whole document.
#include <vector>

#include "pdf2tei/model.hpp"
#include "pdf2tei/structure/structure.hpp"

namespace pdf2tei::structure {

// A top-band line of the body's type, no furniture by its form, that ends a
// clause and has this many words at least is a sentence's last line
// carried over, and goes back to the text (page_layout.cpp,
// reclaim_top_text_lines).
inline constexpr std::size_t kMinCarriedLineWords = 3;

// The running-text font size of a page: the median size over the
// characters of its lines (0 when it has none).
double body_font_size(const std::vector<Line>& lines);

}  // namespace pdf2tei::structure
