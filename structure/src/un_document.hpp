#pragma once
// UN documents: the masthead on the first page becomes metadata, the
// resolution's title a heading, and its body the preamble, the operative
// paragraphs and the closing lines. In English, French, Spanish and Russian.
// A document without a UN masthead is left as it is.
#include <optional>
#include <string>
#include <string_view>

#include "pdf2tei/model.hpp"
#include "pdf2tei/structure/structure.hpp"

namespace pdf2tei::structure {

// The masthead field a text is ("symbol", "un", "organ", "distribution",
// "date", "language", "session", "agenda", "adoption"), or nothing.
std::optional<std::string> masthead_field(std::string_view text);

// "22 janvier 2020", "22 January 2020", "22 de enero de 2020",
// "22 января 2020 года" -> "2020-01-22"; "" when it is no date.
std::string iso_date(std::string_view text);

// The number a paragraph starts with, as printed: "1." -> "1", "(a)" ->
// "(a)", "(iv)" -> "(iv)"; "" when it has none.
std::string paragraph_number(std::string_view text);

}  // namespace pdf2tei::structure
