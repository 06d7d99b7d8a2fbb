#pragma once
// Tables: rows of cells set apart by wide gaps, whose cells line up in
// columns down the rows. UN reports are full of them (budget tables,
// staffing tables, contents); read as prose they come out as runs of
// numbers glued to labels.
//
// A row is the lines that share a baseline (extractors often cut a table
// row into several lines). A row is tabular when wide gaps cut it into at
// least three cells. A table is a run of rows, at least three of them
// tabular, with no long line of prose between them; its columns are the
// strips of the page that the cells of its tabular rows cover, split where
// few rows have ink. Each word is then given the column its cell falls in.
#include <vector>

#include "columns.hpp"
#include "pdf2tei/model.hpp"

namespace pdf2tei::structure {

// A gap at least this wide (in em of the words beside it) ends a cell.
// Justified prose stretches its spaces to some 0.6 em; number columns are
// set 1 em apart and more ("42 703.7 (14 115.9)" in A/80/590: 0.98 em).
inline constexpr double kCellGapEm = 0.9;
// A tabular row has this many cells at least (a numbered paragraph or a
// term and its definition have two) ...
inline constexpr int kMinRowCells = 3;
// ... and at most one (its label) wider than this share of the row: two
// lines of prose side by side on a two-column page are some 0.45 each.
inline constexpr double kMaxCellShare = 0.35;
// A table has this many tabular rows at least, and this many columns.
inline constexpr int kMinTabularRows = 3;
inline constexpr int kMinTableColumns = 3;
// Lines whose vertical middles are this close (in em) share a row.
inline constexpr double kSameRowEm = 0.4;
// Rows further apart than this (in em of the body font, top of one to
// bottom of the previous) are not one table.
inline constexpr double kMaxRowGapEm = 2.5;
// A row of one or two cells wider than this share of the table's width is
// prose, and ends the table (a cell that wide is prose even after it).
inline constexpr double kMaxLabelShare = 0.6;
// Header rows of one or two cells ("Variance", "Category") are taken into
// the table from above its first tabular row, this many at most.
inline constexpr int kMaxHeaderRows = 3;
// Column heads and group rows may start left of the table's rows by this
// much (em): A/81/6 sets "Category and subcategory" and "A. Facilitation of
// ..." 1.4 em left of the indented rows under them.
inline constexpr double kHeaderOutdentEm = 2.0;
// Lines closer than this (in em, bottom of one to top of the next) are
// one paragraph, or one cell wrapped onto a second line; rows of a table
// stand further apart.
inline constexpr double kWrapGapEm = 0.35;
// In a table whose rows stand apart, a line closer under a row than this
// share of the table's median gap between rows wraps a cell of that row.
inline constexpr double kWrapShareOfRowGap = 0.5;
// Between two columns, at most this share of the tabular rows has ink ...
inline constexpr double kMaxGutterInk = 0.1;
// ... over a strip this wide at least (in em of the body font).
inline constexpr double kMinColumnGapEm = 0.5;

// A line of justified prose is no table row, however wide its spaces (its
// spaces must be cell gaps, kCellGapEm, for the question to arise):
// justification spreads a line's slack evenly, so at least this share of
// its spaces are within kJustifiedGapSpread of their median and none is
// wider than kMaxJustifiedGapRatio times it (a cell gap is), and at least
// kProseWordShare of its words are lower-case words (column heads are
// capitalised or bracketed: "Loops Trees Traces", "(actual)"). Two columns
// of justified monospaced type (LibreOffice) set spaces of 1-4 em, alike
// across each line (dev seed 8, ru-8-004: a page read as a 6-column table).
inline constexpr double kJustifiedAlikeShare = 0.8;
inline constexpr double kJustifiedGapSpread = 0.05;
inline constexpr double kMaxJustifiedGapRatio = 1.6;
inline constexpr double kProseWordShare = 0.5;
inline constexpr std::size_t kMinJustifiedGaps = 2;

// The cells of a line: runs of words split at gaps of kCellGapEm.
std::vector<std::vector<Word>> split_cells(const std::vector<Word>& words);
// A line that reads as a table's row wherever it stands: kMinRowCells
// cells or more, every one but one (its label) amounts, two at least
// ("Artículo 10   96   57   42").
bool reads_as_table_row(const Line& line);
// `head` heads such a row among `lines`: as many cells (kMinRowCells at
// least), over it within kMaxRowGapEm of its size, over the same stretch
// ("Artículo  Disposiciones  Informes  Exámenes" over "Artículo 8  199
// 108  139").
bool heads_table_row(const Line& head, const std::vector<Line>& lines);

// Finds the tables among a page's body lines (in any order), removes their
// lines from `lines`, and returns them as Table blocks, top to bottom: each
// line a row, each word's `column` set, the words of a row in column order.
// A line that only carries on cells of the row above (a label, or text
// cells, wrapped onto more lines) joins that row.
std::vector<Block> take_tables(std::vector<Line>& lines, double body_size);

// The same on an OCR page, keeping only tables at least
// kMinFigureRowShare of whose rows, heads included, carry two figures or
// more ("第三条 118 130 228"; a two-column page's prose rows beside a
// table's last row made a table of 14 rows, 3 of them figures: dev
// scan300-7 zh-7-014). A head row there has kMinRowCells cells at least.
// OCR lines of prose set in columns, or of typescript justified with wide
// spaces, share baselines and gaps as a table's rows do (5 of ocr-gt's 8
// pages came out as tables), but not its amounts.
inline constexpr double kMinFigureRowShare = 0.5;
std::vector<Block> take_figure_tables(std::vector<Line>& lines, double body_size,
                                      const std::optional<Gutter>& gutter = {});

// On a page of two columns (`gutter`), each column's tables are found among
// its own lines, and tables across both among the lines that span the
// gutter: a table set in one column shares its rows' baselines with the
// other column's prose (dev seed 8 es-8-000, LibreOffice: the right
// column's table took the left column's lines into its rows).
// Only when the other column's lines beside each such table are mostly
// prose (runs of one cell, kMinProseChars characters or more,
// kMinProseLetterShare of them small or caseless letters): else the gutter
// may run between a wide table's own columns (a budget table, its labels
// and first amounts on one side), and the page's tables are found whole.
inline constexpr std::size_t kMinProseChars = 8;
inline constexpr double kMinProseLetterShare = 0.7;
// Whether a line's words are running text by that measure.
bool prose_words(const std::vector<Word>& words);
std::vector<Block> take_tables(std::vector<Line>& lines, double body_size, const std::optional<Gutter>& gutter,
                               bool figures_required = false);

// Puts table blocks among the other blocks by position: each before the
// first block that starts below its top. On a page of two columns, among
// the blocks of its own column and those across both, else after the last
// of them.
void place_tables(std::vector<Block>& blocks, std::vector<Block> tables, const std::optional<Gutter>& gutter = {});

// The gutter of a page of two columns, found in its lines' words as
// order_columns found it in the page's (columns.hpp).
std::optional<Gutter> gutter_of(const std::vector<Line>& lines, const std::vector<Box>& drawings, bool strip_only = false);

}  // namespace pdf2tei::structure
