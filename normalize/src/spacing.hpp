#pragma once
// Word boundaries from geometry. Extractors decide spaces with one global
// threshold, and get both kinds of error: "d ans", "follow -up" (a space in
// a word: letters set apart by justification or kerning) and "d ’experts",
// "l’ Assemblée" (a space at an elision). This repair looks at the gap
// itself, in em of the font size and against the line's own word spaces,
// and joins the two words into one where the space was not real. Every join
// is flagged on the word and counted.
#include <vector>

#include "pdf2tei/model.hpp"
#include "pdf2tei/normalize/normalize.hpp"

namespace pdf2tei::normalize {

// A gap narrower than this is inside a word, whatever the extractor said
// (a word space in Times is 0.25 em, and justification only widens it),
// when the line has too few spaces to measure its own.
inline constexpr double kMaxLetterGapEm = 0.12;
// On a line with at least three spaces: a gap below this share of its
// median space, and below kMaxLetterGapInLineEm, is inside a word. Lines
// set their spaces alike, so a real space is never half the others.
inline constexpr double kLetterGapShareOfSpace = 0.55;
inline constexpr double kMaxLetterGapInLineEm = 0.2;
// At an elision ("d ’experts", "l’ Assemblée") the space goes when the gap
// is below this, and narrower than the line's usual space: typesetters never
// put a full space there (a full one before ’ is a quotation: "the word ’tis").
inline constexpr double kMaxElisionGapEm = 0.3;
inline constexpr double kElisionGapShareOfSpace = 0.8;
// Before ; : ! ? » and after « a space is always kept; one narrower than
// this is French's thin space and is written as U+202F (no-break, narrow).
inline constexpr double kMaxThinSpaceEm = 0.2;
// ... or narrower than this share of the line's usual word space: in a
// monospaced font the thin space is half a cell, 0.3 em (LibreOffice,
// Liberation Mono: 3.1 pt among 6.3 pt spaces at 10.5 pt; dev seed 7).
inline constexpr double kThinSpaceShareOfSpace = 0.7;
// On a layer that draws no spaces, a gap narrower than this between a CJK
// character and a digit is the typesetter's inter-script glue.
inline constexpr double kMaxCjkGlueEm = 0.4;
// Between an OCR'd CJK character and a digit, narrower than this: OCR's
// boxes are the ink's, and the glue stood 0.4-0.9 em between them (dev
// scan300-11's 15 Chinese scans: "2017 年 7 月 5 日", "第 86 次", "第 217
// 卷"; 116 of 126 such spaces under this). Under kCellGapEm (tables.hpp),
// so a table's cells stay apart. A bare paragraph number at a line's start,
// its stop lost ("5 家庭", 0.93-1.0 em), is spaced on purpose, and left; so
// is a caption's number after its word ("表 1", 0.45 em: zh-11-011).
inline constexpr double kMaxOcrCjkGlueEm = 0.85;
// A letter-spaced word: at least this many single letters in a row, their
// gaps within this factor of each other, their median gap below
// kSpacedGapShareOfSpace of the spaces on either side of the run and the
// widest below kMaxSpacedGapShareOfSpace of them (or, alone on its line,
// all below kMaxSpacedGapEm). Real one-letter words ("à", "y", "и") stand
// a full space apart. The widest gap alone was once held to the median's
// bar: "D e c l a r a t i o n" (gaps 1.61-1.78 pt, 2.36 pt before it; dev
// seed 13 en-13-010, LibreOffice) stayed apart by 0.01 pt.
inline constexpr std::size_t kMinSpacedLetters = 3;
inline constexpr double kSpacedGapSpread = 1.6;
inline constexpr double kSpacedGapShareOfSpace = 0.75;
inline constexpr double kMaxSpacedGapShareOfSpace = 0.9;
inline constexpr double kMaxSpacedGapEm = 0.4;

}  // namespace pdf2tei::normalize
