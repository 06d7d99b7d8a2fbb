#pragma once
// OCR reads French's thin space before ; ! ? and its no-break space
// before : as no space at all ("religion;"), where the printed page has
// one (the text layer's own spaces are kept by the spacing repair). In a
// language that spaces them (LanguageData::spaced_high_punctuation), an
// OCR word ending in a letter and one of them is cut in two, the space
// written as the character French sets there.
#include <string_view>
#include <vector>

#include "pdf2tei/model.hpp"
#include "pdf2tei/normalize/normalize.hpp"
