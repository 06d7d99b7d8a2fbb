#pragma once
// Word repeats a table's heading row at the top of every page the table
// runs on to ("Repeat as header row at the top of each page"). The text of
// the document has that row once, so the repeats are page furniture, as a
// running head is. A/81/6 repeats "Category and subcategory | 2025 planned
// | ..." on four continuation pages: 44 words the body would otherwise read
// twice.
#include <vector>

#include "pdf2tei/model.hpp"
#include "pdf2tei/structure/structure.hpp"

namespace pdf2tei::structure {

// The fw type of a repeated heading row (shared with side-by-side tables).
inline constexpr const char* kColumnHeadType = "column-head";

// A heading row this short is too common to be known again by its words.
inline constexpr std::size_t kMinHeadWords = 4;

}  // namespace pdf2tei::structure
