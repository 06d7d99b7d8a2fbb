#pragma once
// Word repeats a table's heading row at the top of every page the table
// runs on to ("Repeat as header row at the top of each page"). The text of
// the document has that row once, so the repeats are page furniture, as a
// running head is. A/81/6 repeats "Category and subcategory | 2025 planned
// | ..." on four continuation pages: 44 words the body would otherwise read
// twice.
#include <vector>

#include "pdf2tei/model.hpp"

namespace pdf2tei::structure {

// The fw type of a repeated heading row (shared with side-by-side tables).
inline constexpr const char* kColumnHeadType = "column-head";

// A heading row this short is too common to be known again by its words.
inline constexpr std::size_t kMinHeadWords = 4;

// A page whose body opens with the words of the last table's heading row
// (the table's first row), in any order, opens with a repeat of it: the
// continuation of a table has no caption over it, a new table has. Those
// words may stand in the first row of a table, or in paragraphs where the
// repeated row's lines were not seen as a table's (too few rows follow),
// or both ("2025 2025 2026 2027" over a table whose first row has the
// rest). They become Furniture of type kColumnHeadType; a table's row is
// taken out of it. Returns how many repeats it marked.
int mark_repeated_table_heads(std::vector<Page>& pages);

}  // namespace pdf2tei::structure
