#pragma once
// Reading order on pages set in two columns. Extractors often read such a
// page row by row across both columns ("I. Introduction  street crime
// and..."). We find the gutter (a vertical strip no running line crosses)
// and put the words back in column order: between two rows that span the
// page (titles, mastheads), the whole left column, then the right one.
#include <optional>
#include <vector>

#include "pdf2tei/model.hpp"
#include "pdf2tei/structure/structure.hpp"

namespace pdf2tei::structure {

// A gutter is at least this wide, in em of the page's usual font size.
inline constexpr double kMinGutterEm = 0.6;
// An OCR page's gutter, a strip no row crosses at all, may be narrower:
// Arabic words are boxed loosely, and a LibreOffice gutter of 17 points
// between two right-to-left columns was left 6 points wide, 0.46 em of
// the page's OCR size (dev scan300-11 ar-11-001: read left column first).
inline constexpr double kMinOcrStripGutterEm = 0.4;
// ... and at most this wide: wider empty strips are a table's.
inline constexpr double kMaxGutterEm = 4.0;
// Set text fills its column: at least half of each column's rows span this
// share of its width.
inline constexpr double kFullRowShare = 0.8;
inline constexpr double kMinFullRows = 0.5;
// ... or the full rows carry this share of the column's width of text.
inline constexpr double kMinFullWidthShare = 0.6;
// ... or, ragged, its median row spans this share of its width, when both
// columns are dense: at most this share of the rows between a column's
// first and last (the page's head and foot rows aside) leave it empty. A
// table's columns of short cells beside long ones leave half their rows
// empty (A/80/590); two ragged columns of text leave a paragraph's gap
// (dev seed 7 ru-7-006: 0.11 and 0.20; seed 10 ar-10-006: 0.13 and 0.19).
inline constexpr double kMinRaggedMedianFill = 0.65;
// ... or this share on a right-to-left page: Arabic's long words leave a
// narrow ragged column's rows shorter (dev seed 7 ar-7-019, ar-7-024,
// ar-10-005: medians 0.51-0.61, read across as one column).
inline constexpr double kMinRaggedMedianFillRtl = 0.5;
inline constexpr double kMaxRaggedColumnHoles = 0.35;
// A row is a hole in a column when none of the column's rows lies within
// this many em of it (half a line pitch is 0.6-0.75 em).
inline constexpr double kHoleReachEm = 1.0;
// ... unless the column holds a drawn shape this many em wide and high.
inline constexpr double kMinFigureShapeEm = 1.0;
// At most this share of rows may cross the gutter (titles, wide tables),
// and each column must be this share of rows at least.
inline constexpr double kMaxCrossingRows = 0.25;
inline constexpr double kMinColumnRows = 0.2;
// A short column beside running text, clear of any row across the gutter,
// needs this many rows (columns.cpp, find_gutter).
inline constexpr int kMinShortColumnRows = 3;
// ... and ends within this share of the page's rows from the top,
// counting only words at least this share of the page's usual size: notes
// are set a point or two smaller (8 under 9, 10 under 12).
inline constexpr double kMaxShortColumnReach = 0.5;
inline constexpr double kMinColumnTextSize = 0.95;

// A row's right-column text starts at most this far (em) past the gutter
// (a paragraph's indent): further, and flush right, it is a masthead field.
inline constexpr double kMaxColumnIndentEm = 4.0;

// A word reaching into the gutter from the left column (a table's
// right-aligned last column) still keeps to it when it ends at least this
// far (em) short of where the right column's rows start (Gutter::reach).
inline constexpr double kMinColumnClearanceEm = 0.4;
// A word starts at the right column's edge within this (em).
inline constexpr double kColumnEdgeToleranceEm = 0.1;
// A row's gap at the gutter is its own word space when the gaps before
// and after it differ from it by at most this share of it: one line across
// both columns (a title's), not two lines that keep to theirs.
inline constexpr double kSameWordSpaceShare = 0.25;
// ... and, where the gap is as wide as a gutter, by at most this share:
// the same glue (columns.cpp, spaced_across).
inline constexpr double kSameWideSpaceShare = 0.03;

// A page of fewer words or rows than these is too short to judge its own
// columns: a signature block, a short table's two columns. Beside a page
// set in two columns, it keeps to that page's gutter where at least
// kMinShortColumnRows of its rows stand either side of the strip and no
// row between the first and last of them crosses it (the running head
// above may): a report's last page, an article's end in each column
// ("Article 17 | with others.", read as one line: dev seed 31
// en-31-009.clean, LibreOffice).
inline constexpr std::size_t kMinColumnPageWords = 40;
inline constexpr std::size_t kMinColumnPageRows = 8;
bool too_short_to_judge_columns(const std::vector<Word>& words, std::size_t rows);
bool keeps_to_gutter(const std::vector<Word>& words, const Gutter& gutter);

// The gutter between two columns, or nothing on a single-column page.
// `drawings`: the boxes of the page's painted paths.
// With `strip_only`, the strip no row crosses in the middle third, without
// asking that both sides hold running text: for a table beside another
// column's prose on an OCR page, whose rows' statistics the running-text
// tests were not set on (tables.hpp, take_figure_tables).
std::optional<Gutter> find_gutter(const std::vector<Word>& words, const std::vector<Box>& drawings = {},
                                  bool strip_only = false);

// An OCR page's lines in Tesseract's order, which reads a page's blocks
// column by column: a masthead's right-hand block (symbol, distribution,
// date) above two columns came after the whole left column, and the
// header lost its symbol (dev seed 7 en-7-004.scan-bw, ru-7-006.glyph-ids,
// XeLaTeX). The lines wholly above the right column's first line (the
// rows from the right column's start, `gutter.right_edge`) are read
// first, top to bottom, when a line under them came before one of them
// that is the document's symbol (a masthead's block, not a column's
// headings). Returns whether it moved any.
bool lift_rows_above_columns(std::vector<Line>& lines, const Gutter& gutter);

// An OCR page's masthead block read after text under it, where no gutter
// says where columns start: the symbol's line (ocr_un_symbol), read after
// a line wholly below it, and the lines under it in its block (each within
// kMaxLinePitchEm of the last, under its span: "Distr.: General", the
// date) go where their top belongs among the lines read before them (dev
// seed 7 en-7-011.scan-bw, pdfTeX in two columns, page 1's right column
// empty: "A/79/220" came after articles 7-10, and the header had no
// symbol). Returns whether it moved any.
bool lift_late_symbol_block(std::vector<Line>& lines);

// An OCR page's lines in two columns that a strip no row crosses parts
// (find_gutter's strip_only), read column by column, each top to bottom,
// every line cut at the gutter. Tesseract's textlines may run across it:
// a table's row in the left column was read with the right column's line
// beside it ("Table 1 … 10. The family is the natural", dev seed 7
// en-7-018.scan, pdfTeX), the right column's lines came among the left
// one's, and the table's cells held its prose. Returns whether the order
// or the lines changed. On a page right to left (mirrored), the column
// whose first paragraph number is lower is read first.
bool order_ocr_columns(std::vector<Line>& lines, const Gutter& gutter);

// One column of running text on each side of the gutter: each side holds
// kMinColumnProseLines lines of prose (tables.hpp, prose_words) at least,
// so that a table's two columns are not read one after the other, and
// kMinColumnStartShare of them start at the side's left edge (within
// kMaxColumnIndentEm), so that a page of more columns (a magazine's four,
// ocr-gt 8071_093.3B) is not read as two.
inline constexpr int kMinColumnProseLines = 3;
inline constexpr double kMinColumnStartShare = 0.8;
bool two_text_columns(const std::vector<Line>& lines, const Gutter& gutter);

}  // namespace pdf2tei::structure
