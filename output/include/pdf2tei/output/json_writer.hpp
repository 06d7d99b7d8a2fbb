#pragma once
// The model as JSON (--format json): every page, block, line and word with
// its box, font, source, confidence and flags. For debugging layout rules
// and for tools that want geometry; the TEI stays the product.
#include <string>

#include "pdf2tei/model.hpp"

namespace pdf2tei::output {

std::string write_json(const Document& doc);

}  // namespace pdf2tei::output
