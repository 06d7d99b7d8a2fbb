#pragma once
// Figures: charts and diagrams drawn as vector paths, with their labels set
// as text (axis values, years, legends). Read as prose, each label becomes a
// paragraph of its own ("1 500 92", "90 1 300 80"), in the middle of the
// running text. UN reports have several on a page (performance measures).
//
// A figure is a region of the page where paths are drawn (merged where they
// touch or nearly), large enough to hold a chart, whose text lines are
// mostly labels: a few words, or numbers. Boxed prose is drawn too, but its
// lines are prose; tables drawn with rules have no shape with area.
#include <vector>

#include "pdf2tei/model.hpp"

namespace pdf2tei::structure {

// Drawn shapes this close (in em of the body font) are one region: a
// chart's bars, axes and gridlines touch or nearly.
inline constexpr double kFigureMergeEm = 1.0;
// A region is a figure's only if it is at least this wide and tall (em):
// rules and cell borders of tables are thin, underlines short.
inline constexpr double kMinFigureWidthEm = 8;
inline constexpr double kMinFigureHeightEm = 4;
// A figure's drawing has a shape with both sides this long at least (em):
// a bar, a plot area, a curve. A table drawn with rules only has none
// (A/81/6's performance-measure tables: cell borders 1.5 pt thick).
inline constexpr double kMinShapeSideEm = 0.3;
// Shapes taller than this share of the page are backgrounds or frames of
// the whole page, not figures.
inline constexpr double kMaxFigurePageShare = 0.6;
// Labels stand outside the drawn area: axis values left of the axis, years
// and legends under it, by up to this much (em; in A/81/6, "1 500" ends
// 0.7 em left of its axis and "(actual)" 2 em under the axis). Over the top
// of the drawing the margin is smaller: captions stand there. Only label
// lines are taken from the margins; prose beside a chart stays prose.
inline constexpr double kFigureMarginEm = 2.5;
inline constexpr double kFigureTopMarginEm = 1.0;
// A figure holds at least this many lines ...
inline constexpr int kMinFigureLines = 4;
// ... and at least this share of them are labels: at most kMaxLabelWords
// words with letters (numbers do not count).
inline constexpr double kMinFigureLabelShare = 0.7;
inline constexpr int kMaxLabelWords = 4;
// At most this share of a figure's lines have any word with letters: a
// chart's are mostly values and years ("1 500", "2024"; 14 of 44 lines in
// A/81/6's figure 10.V), where every row of a table has its label
// ("Military contingents 28 587.8 ..."). Figures are looked for before
// tables, whose rows a chart's axis values would otherwise make.
inline constexpr double kMaxFigureWordedShare = 0.5;

// Finds the figures among a page's body lines, removes their lines from
// `lines`, and returns them as Figure blocks, top to bottom, their lines in
// the order given. `drawings` are the boxes of the paths the page paints.
std::vector<Block> take_figures(std::vector<Line>& lines, const std::vector<Box>& drawings, double body_size,
                                double page_height);

}  // namespace pdf2tei::structure
