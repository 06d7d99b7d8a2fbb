#pragma once
// Lines the page's own model lost part of. Reading a page, Chinese's model
// may give a stretch of a line as one character boxed over all of it
// ("人" over the 178 points of "7. 在真正由于非政治性的罪行或违背联", dev
// scan300-7 zh-7-003: fifteen characters lost, which the tesseract CLI,
// reading the page unprocessed, kept). Such a textline is read again as a
// line of its own, by the same model, and the reading replaces it when it
// holds more of the script's characters and is sure of them.
#include <cstddef>
#include <vector>

#include "pdf2tei/model.hpp"
#include "pdf2tei/ocr/latin_runs.hpp"

namespace pdf2tei::ocr {

// An ideograph word boxed wider than this many times its height for each
// of its characters (an ideograph is about as wide as it is tall).
inline constexpr double kMaxIdeographHeightsPerChar = 2.0;
// The reading replaces the line when its mean confidence reaches this,
// at least this share of its characters are ideographs, and it holds no
// Latin letter: read as a line, a line's ink came back as "人二生生二证大全
// “一 -上 LI- 一一 wu 人/ 口 [" 0.7 sure (dev scan300-7 zh-7-009; the first
// version took it, body CER 0.038 -> 0.099).
inline constexpr float kLineRereadConfidence = 0.7f;
inline constexpr double kMinLineRereadIdeographShare = 0.8;

// The textlines of an OCR page's words (each ends with ends_ocr_textline)
// that hold an ideograph word so stretched.
std::vector<WordRun> stretched_ideograph_lines(const std::vector<Word>& words);

// Whether `reading` (the line's region read again) should replace the
// line `run`: more ideographs than the line holds, read at least
// kLineRereadConfidence sure on average, of ideographs mostly and no
// Latin letters.
bool line_reading_wins(const std::vector<Word>& words, const WordRun& run, const std::vector<Word>& reading);

}  // namespace pdf2tei::ocr
