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

// Which lines a page's words came from. Tables are looked for in text
// layers only: OCR lines of a page set in three or four columns of prose,
// or of justified typescript, share baselines and wide gaps, and read as
// tables (measured on ocr-gt: 5 of 8 pages); Tesseract's own layout
// analysis has already put OCR text in reading order.
enum class LineSource { TextLayer, Ocr };

// Blocks in order: top-band lines (one block each, furniture when their
// form says so), paragraphs, tables and figures, notes, bottom-band lines.
// `drawings` are the boxes of the vector paths the page paints (figures are
// found among them).
std::vector<Block> lay_out_page(std::vector<Line> lines, double page_height,
                                LineSource source = LineSource::TextLayer, const std::vector<Box>& drawings = {});

}  // namespace pdf2tei::structure
