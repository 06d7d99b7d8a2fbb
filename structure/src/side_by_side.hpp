#pragma once
// Two-column tables of prose: UN reports print a request beside the action
// taken on it ("Request/recommendation" | "Action taken to implement
// request/recommendation"), a borderless Word table whose cells hold whole
// paragraphs. Read as two columns, every request comes before every
// action of the page; the table means them row by row: a request, then
// the action beside it.
//
// Such a table is known by its heads: two short one-line paragraphs side
// by side at the top of two columns, with paragraphs under each. Its rows
// start where a paragraph of each column starts on the same line. Plain
// two-column text keeps its column order: its headings side by side
// ("Article 15" beside "Article 18") head sections, known by more
// headings in its columns (sections_in_columns in side_by_side.cpp).
#include <optional>
#include <vector>

#include "columns.hpp"

#include "pdf2tei/model.hpp"
#include "pdf2tei/structure/structure.hpp"

namespace pdf2tei::structure {

// A column head has at most this many words ...
inline constexpr std::size_t kMaxSideHeadWords = 8;
// ... and the two heads' tops, like two cells' of a row, stand within this
// of each other (em of the body size).
inline constexpr double kSameRowTopEm = 0.5;
// The gutter between the two columns is at least this wide (em).
inline constexpr double kMinSideGutterEm = 1;

// A page of more blocks than this is not looked at (the search for heads
// is cubic in them; a real page holds well under a hundred).
inline constexpr std::size_t kMaxSideBySideBlocks = 400;

// Reorders the page's paragraphs (in reading order, body only) so that a
// two-column table of prose under its heads reads row by row. Returns the
// number of rows so ordered (0: no such table). `columns`: the gutter of
// the page's running text in two columns (find_gutter), if any.
int order_side_by_side_rows(std::vector<Block>& paragraphs, double body_size,
                            const std::optional<Gutter>& columns = std::nullopt);

}  // namespace pdf2tei::structure
