#pragma once
// One page's lines -> its blocks: the furniture bands at top and bottom, the
// note area at the foot, and the paragraphs of running text between.
// Cross-page rules (running heads, notes and paragraphs that carry on) run
// later, over the whole document.
#include <cstddef>
#include <vector>

#include "pdf2tei/model.hpp"
#include "pdf2tei/structure/structure.hpp"

namespace pdf2tei::structure {

// A top-band line of the body's type, no furniture by its form, that ends a
// clause and has this many words at least is a sentence's last line
// carried over, and goes back to the text (page_layout.cpp,
// reclaim_top_text_lines).
inline constexpr std::size_t kMinCarriedLineWords = 3;
// A top-band line under the running head, in a type larger than the body's
// by kFontSizeChange, whose baseline is within this many of its own ems
// over the body's first baseline, is a heading opening the page's text
// ("Article 10" at 1.8-1.9 em over its paragraph under a narrow top
// margin; dev seed 7 en-7-024, es-7-016, fr-7-008, fr-7-029).
inline constexpr double kMaxHeadingOverTextEm = 2.5;
// A top-band line and a body line beside it whose boxes share this much of
// the smaller one's height stand level: the band's edge ran between them.
inline constexpr double kMinLevelShare = 0.5;
// An OCR page's lines over its columns, across their strip (a masthead and
// a title: page_layout.cpp, ocr_columns_under_lead), at most this many.
inline constexpr std::size_t kMaxOcrLeadLines = 24;

// A text layer's masthead fields read after the text under them are
// lifted to where they stand (page_layout.cpp, lift_late_masthead_fields)
// when they lie in this top share of the page, were read after a line of
// running text under them, and every line read before them that stands
// above their foot is the masthead's: a field ("Point 41 de l’ordre du
// jour"), or a line of at most kMaxMastheadLineWords words ("Nations
// Unies", "Assemblée générale"). A date atop a right column has running
// text beside it in the left one.
inline constexpr double kMastheadBandShare = 0.25;
inline constexpr std::size_t kMaxMastheadLineWords = 5;

// The running text holds at least this share of a text layer's
// characters, at the largest size that does: larger type is headings,
// smaller may be notes, a table or the text itself.
inline constexpr double kMinRunningTextShare = 0.3;
// On an OCR page, sizes within this share of one another count as one, and
// the running text's is at most this many times the median.
inline constexpr double kOcrSizeWindow = 0.06;
inline constexpr double kMaxOcrTextOverMedian = 1.3;

// The running-text font size of a page: the largest size a text layer
// sets kMinRunningTextShare of its characters at (an OCR page: the largest
// window of sizes within kOcrSizeWindow that holds them, up to
// kMaxOcrTextOverMedian of the median), else the median size over the
// characters of its lines (0 when it has none).
double body_font_size(const std::vector<Line>& lines);
// An OCR page's rule, on its characters' sizes (one entry per character).
double ocr_running_text_size(std::vector<double> sizes);

}  // namespace pdf2tei::structure
