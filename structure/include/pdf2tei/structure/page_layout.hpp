#pragma once
// One page's lines -> its blocks: the furniture bands at top and bottom, the
// note area at the foot, and the paragraphs of running text between.
// Cross-page rules (running heads, notes and paragraphs that carry on) run
// later, over the whole document.
#include <vector>

#include "pdf2tei/model.hpp"

namespace pdf2tei::structure {

// The running-text font size of a page: the median size over the
// characters of its lines (0 when it has none).
double body_font_size(const std::vector<Line>& lines);

// Blocks in order: top-band lines (one block each, furniture when their
// form says so), paragraphs, notes, bottom-band lines.
std::vector<Block> lay_out_page(std::vector<Line> lines, double page_height);

}  // namespace pdf2tei::structure
