#pragma once
// OCR reads French's thin space before ; ! ? and its no-break space
// before : as no space at all ("religion;"), where the printed page has
// one (the text layer's own spaces are kept by the spacing repair). In a
// language that spaces them (LanguageData::spaced_high_punctuation), an
// OCR word ending in a letter and one of them is cut in two, the space
// written as the character French sets there.
//
// Tesseract's chi_sim reads a paragraph's number "3. " as "3，" or "3.，"
// (dev scan300-7 zh-7-000, zh-7-013, zh-7-023: 52 line starts on 20
// pages, none of them anything but a paragraph's number). An OCR line's
// first word that is a number of one to three digits and "，" or ".，",
// with CJK text after it, becomes "3." and a space. Page scale, before
// layout: the number then opens its paragraph as a printed one does.
#include <string_view>
#include <vector>

#include "pdf2tei/model.hpp"
#include "pdf2tei/normalize/normalize.hpp"
