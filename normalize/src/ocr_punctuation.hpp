#pragma once
// OCR reads French's thin space before ; ! ? and its no-break space
// before : as no space at all ("religion;"), where the printed page has
// one (the text layer's own spaces are kept by the spacing repair). In a
// language that spaces them (LanguageTable::spaced_high_punctuation), an
// OCR word ending in a letter and one of them is cut in two, the space
// written as the character French sets there.
//
// Tesseract's ara reads the Arabic comma "،" as "," (every one of 416 on
// dev scan300-7/-10's Arabic scans, after letters and after figures), and
// so the semicolon and the question mark. A language whose table lists its
// own forms of the Latin marks (LanguageTable::own_marks) gets them back on
// OCR words: a mark after a letter of another script than Latin, or after
// a figure in a word without Latin letters on a line with such letters
// ("2101،" in "المجلد 2101، الرقم"; "A/71/1," keeps its comma). A mark
// so listed that closes a quotation ("»" after a "«" in the same block)
// is the quotation's, and stays.
//
// Tesseract puts a space on one side of a slash between two words ("تشرين
// الثاني /يناير", "أيار/ مايو": 26 of the 28 month pairs in dev
// scan300-11's and scan300-13's Arabic dates, none spaced so on the
// page), which loses the date's ISO form and the word. Between two OCR
// words, a slash with letters on both sides and a space on one side only
// joins them; a slash spaced on both sides is the writer's, and one next
// to a figure is a reference's (ocr_references.hpp).
//
// Tesseract's chi_sim reads a paragraph's number "3. " as "3，" or "3.，"
// (dev scan300-7 zh-7-000, zh-7-013, zh-7-023: 52 line starts on 20
// pages, none of them anything but a paragraph's number). An OCR line's
// first word that is a number of one to three digits and "，" or ".，",
// with CJK text after it, becomes "3." and a space. Page scale, before
// layout: the number then opens its paragraph as a printed one does.
//
// Tesseract's chi_sim reads the comma that ends a line as "，" whatever
// the page sets: inside a line the advance after a comma shows its width,
// at the line's end nothing does (dev seed 34 zh-34-009.scan: 12 inner
// commas after ideographs read ",", every line-end one "，"; the page
// sets ","). Where the OCR words of a document's running text have at
// least kMinInnerCommas commas after an ideograph inside their lines, all
// but kMaxOtherCommaShare of them one way, a line's last comma after an
// ideograph is written that way too. Notes are left as read: a document
// may set them otherwise (dev seed 33 zh-33-014: "A/80/408，附件。" under
// text set with ",").
#include <string_view>
#include <vector>

#include "pdf2tei/model.hpp"
#include "pdf2tei/normalize/normalize.hpp"

namespace pdf2tei::normalize {

inline constexpr int kMinInnerCommas = 3;
inline constexpr double kMaxOtherCommaShare = 0.2;

}  // namespace pdf2tei::normalize
