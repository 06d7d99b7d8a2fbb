#pragma once
// Paragraphs that carry on across a page break: the first paragraph of a
// page continues the previous page's last one when the text says so (it
// starts in lower case, or the last one stops mid-sentence). Furniture and
// notes between them do not count.
#include <vector>

#include "pdf2tei/model.hpp"

namespace pdf2tei::structure {

// The previous page's last running paragraph and this page's first, or
// nulls. Running = Paragraph kind.
Block* last_paragraph(Page& page);
Block* first_paragraph(Page& page);

// True when `next` reads as the rest of `prev`.
bool continues_paragraph(const Block& prev, const Block& next);

// Sets Block::continued on each page's first paragraph that carries on.
void mark_continued_paragraphs(std::vector<Page>& pages);

}  // namespace pdf2tei::structure
