#pragma once
// One page's lines -> its blocks: the furniture bands at top and bottom, the
// note area at the foot, and the paragraphs of running text between.
// Cross-page rules (running heads, notes and paragraphs that carry on) run
// later, over the whole document.
#include <vector>

#include "pdf2tei/model.hpp"
#include "pdf2tei/structure/structure.hpp"

namespace pdf2tei::structure {

// The running-text font size of a page: the median size over the
// characters of its lines (0 when it has none).
double body_font_size(const std::vector<Line>& lines);

}  // namespace pdf2tei::structure
