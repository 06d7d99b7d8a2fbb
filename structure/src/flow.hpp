#pragma once
// Paragraphs that carry on across a page break: the first paragraph of a
// page continues the previous page's last one when the text says so (it
// starts in lower case, or the last one stops mid-sentence). Furniture and
// notes between them do not count.
#include <vector>

#include "pdf2tei/model.hpp"
#include "pdf2tei/structure/structure.hpp"

namespace pdf2tei::structure {

// A page's last paragraph cut by the page break fills its last line to
// the text's right margin, within this (em); a paragraph's own last line
// stops short of it.
inline constexpr double kFullLineSlackEm = 0.15;

// True when `next` reads as the rest of `prev`.
bool continues_paragraph(const Block& prev, const Block& next);

}  // namespace pdf2tei::structure
