#pragma once
// Lines Tesseract lost on a page it read well. Laid out as a page, a line
// may come back as letter soup, each of its words a guess: "Ze Sjline;
// idiom imoi—joILicieAll Cis O31 ie ACCS COMECEIAy" for "arising from
// non-political crimes or from acts contrary to the purposes and", 0 to
// 0.6 sure, between lines read 0.95 sure (dev seed 7 en-7-010.scan, p. 2;
// the tesseract CLI dropped that line and one more). Cut from the page as
// it was read (straightened) and read alone, as a line, the same model read
// both lines whole and sure. Such a line is read again, and the reading
// replaces it when it is sure and surer than the line was.
#include <cstddef>
#include <vector>

#include "pdf2tei/model.hpp"
#include "pdf2tei/ocr/latin_runs.hpp"

namespace pdf2tei::ocr {

// A textline of at least kMinUnsureLineWords words whose mean confidence
// is under kUnsureLineConfidence is read again (a shorter line's mean is a
// word or two's guess: a page number, a label).
inline constexpr float kUnsureLineConfidence = 0.5f;
inline constexpr std::size_t kMinUnsureLineWords = 3;
// Unsure words of a sure textline set apart from its others by a gap this
// wide (em of the larger word's size) are read again however few: another
// line Tesseract ran into this one.
inline constexpr double kMinApartGapEm = 3.0;
// ...on a page where at most this share of the textlines are so unsure: a
// page read poorly throughout is the scan's fault, which reading its lines
// again does not mend, at the cost of a second read.
inline constexpr double kMaxUnsureLineShare = 0.25;
// The reading replaces the line when its words (those whose middle lies
// within the line's height: the region's padding catches bits of the lines
// above and below) are this sure on average, and surer than the line's by
// kUnsureLineMargin.
inline constexpr float kSureLineConfidence = 0.8f;
inline constexpr float kUnsureLineMargin = 0.25f;

// The textlines of an OCR page's words (each ends with ends_ocr_textline)
// that are read again, and the stretches of kMinUnsureLineWords unsure
// words or more in a row inside the others (a table's rows read as soup
// in a textline that runs on into the other column); none when they are
// more than kMaxUnsureLineShare of the textlines.
std::vector<WordRun> unsure_lines(const std::vector<Word>& words);

// Whether `reading` (the line's region read again as a line) should replace
// the line `run`; the words of `reading` outside the line's height are
// dropped first.
bool unsure_line_reading_wins(const std::vector<Word>& words, const WordRun& run, std::vector<Word>& reading);

// A line read alone may be sized by its own few letters: "28 April 2022"
// came back 6.5 points between body lines of 9.4 (dev seed 7 en-7-010.scan),
// and a note's line so read stood out of its notes; as letter soup, the
// page's read had sized lines 2.1 points (zh-7-011) or 18 (ar-7-010). Nor
// do its boxes say it alone: "24 (A/71/24)." stands a parenthesis tall, 12.7
// points by the page's words' ratio of size to box height, in 7-point notes
// (ru-7-018.scan). The reading is sized by the middle of the three measures
// (the line as the page's read sized it, as its own read did, and its boxes
// at the median ratio of the page's words of the script most of its words
// are in, counted over at least kMinSizedPageWords words): superscripts,
// whose size is their own, are not counted but are scaled with the rest.
// A line the page's read did not read (`line` empty: dropped_lines.hpp) is
// sized by its boxes alone.
inline constexpr std::size_t kMinSizedPageWords = 10;
void size_as_page(const std::vector<Word>& words, const std::vector<WordRun>& lines, const WordRun& line,
                  std::vector<Word>& reading);

}  // namespace pdf2tei::ocr
