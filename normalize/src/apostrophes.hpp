#pragma once
// OCR reads the typographic apostrophe (’) of a printed page now as ’, now
// as ASCII ' ("l'Office" beside "d’experts"), more often ' than ’. Where
// enough of a document's elisions read ’ (apostrophes.cpp), the ASCII ones
// between two letters in OCR words are made ’ too; a document typed with '
// keeps it. Text-layer words are
// never touched: their apostrophes are what the PDF says.
#include <vector>

#include "pdf2tei/model.hpp"
#include "pdf2tei/normalize/normalize.hpp"

namespace pdf2tei::normalize {

}  // namespace pdf2tei::normalize
