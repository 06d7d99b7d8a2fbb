#pragma once
// Page furniture: running heads and feet, page numbers ("2/4", "- 3 -",
// "Page 3 of 9"), UN job numbers ("19-22319", "26-01286 (E) 170226") and
// barcodes ("*1922319*"). Furniture is looked for only in the page's top
// and bottom bands, by its text (patterns) and by repetition across pages
// (digits folded, so "2/27" and "3/27" match).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pdf2tei/model.hpp"
#include "pdf2tei/un_symbol.hpp"
#include "pdf2tei/structure/structure.hpp"

namespace pdf2tei::structure {

// The bands, as shares of the page height: a line wholly above the top band's
// edge, or wholly below the bottom one's, is a furniture candidate. UN pages
// put running heads within 8% of the top and page marks within 6% of the
// bottom; footnotes end above that.
inline constexpr double kTopBandShare = 0.085;
inline constexpr double kBottomBandShare = 0.07;
// A producer may set its head or foot further in (a LaTeX footer 1.2 cm
// above a 3 cm margin): the page's first or last lines, up to this share of
// the page from its edge, are furniture too when all of each is furniture
// by its form (job number, page mark, barcode, symbol) and no text stands
// beyond them.
inline constexpr double kWideBandShare = 0.15;
// Band lines one under the other are one text (a running title over two
// lines) when their sizes differ by at most this share, the gap between
// them is at most this many em, and they overlap across at least this
// share of the narrower.
inline constexpr double kStackedSizeShare = 0.05;
inline constexpr double kStackedGapEm = 0.6;
inline constexpr double kStackedOverlapShare = 0.5;
// Bands of more lines than this are not searched for stacked lines.
inline constexpr std::size_t kMaxStackedBandLines = 200;

// A gap wider than this splits a line into segments: "2/3   19-22319" are
// two pieces of furniture, "Nations Unies   A/RES/74/173" two masthead fields.
inline constexpr double kSegmentGapEm = 2.0;

// The fw type of a text that is furniture by its form alone ("pageNum",
// "jobNumber", "barcode"), or nothing. `ocr`: the text is OCR's, whose
// slips in a job number are forgiven (furniture.cpp, job_number_parts).
std::optional<std::string> furniture_type(std::string_view text, bool ocr = false);

// is_un_symbol, ocr_un_symbol: pdf2tei/un_symbol.hpp.

// The key two running heads share when they differ only in their digits.
std::string furniture_key(std::string_view text);

// One line of page furniture as a block: the TEI fw `type` ("pageNum",
// "separator", "column-head"...), in `band`.
Block furniture_block(Line line, std::string type, Band band);

// Splits a line where the gap between two words exceeds kSegmentGapEm.
std::vector<Line> split_at_gaps(const Line& line, double gap_em = kSegmentGapEm);

}  // namespace pdf2tei::structure
