#pragma once
// Lines Tesseract's page layout dropped. Laid out as a page, a text line
// may be left out altogether, no word of it read: a paragraph's short last
// line ("القول والعقيدة ويتحرر من الفزع والفاقة." flush right under a full
// line) and a numbered paragraph's first line ("1 - لا يعرض أحد لتدخل
// تعسفي …"), on dev scan300-11 ar-11-000; twelve lines on seed 11's
// fifteen Arabic scans, none on its Chinese ones nor on seed 14's Latin
// OCR files. Their ink is still on the page: a band of it, a line's height,
// with no word read over it nor beside it. Each such band is cut from the
// page as it was read (straightened) and read alone, as a line; the reading
// is taken when it is sure.
#include <cstddef>
#include <vector>

#include "pdf2tei/image.hpp"
#include "pdf2tei/model.hpp"

namespace pdf2tei::ocr {

// A pixel is ink under this grey level (0 black, 255 white).
inline constexpr int kInkGreyLevel = 128;
// The page's line height is the median height of its words' boxes, over at
// least kMinDroppedLinePageWords words (fewer say nothing of a line).
inline constexpr std::size_t kMinDroppedLinePageWords = 20;
// A row holds unread ink when at least this many of its pixels (per line
// height) are ink no word's box covers: a word's box is widened by
// kReadWordReachX line heights each side (the ink beside a read word is a
// mark or letter of that line, not a line of its own) and kReadWordReachY
// up and down (accents, Arabic dots).
inline constexpr double kMinRowInkPerLine = 0.2;
inline constexpr double kReadWordReachX = 1.0;
inline constexpr double kReadWordReachY = 0.25;
// Rows of unread ink at most kMaxBandGapLines apart are one band; a band
// is a line when it is kMinBandHeightLines to kMaxBandHeightLines line
// heights tall (a rule, a speck or a column's stray dots are less; a
// figure, a stamp or the emblem more; an Arabic line's ink, its tall
// letters and its dots, stood 1.72 times its words' median box on
// ar-11-000) and its ink kMinBandWidthLines wide.
inline constexpr double kMaxBandGapLines = 0.15;
inline constexpr double kMinBandHeightLines = 0.5;
inline constexpr double kMaxBandHeightLines = 2.2;
inline constexpr double kMinBandWidthLines = 3.0;
// Nor is ink level with a read word (over half the band's height) and
// within kLevelWordGapLines line heights of it across: a word the line's
// read missed, not a line of its own (a column's gutter is wider).
inline constexpr double kLevelWordGapLines = 1.5;
// The band's region is padded by this share of a line height up and down
// and sideways: Tesseract reads no line whose ink touches the crop's edge
// (the dropped line of dev scan300-11 ar-11-000, its dots at the top of a
// crop padded by 0.3, came back empty; padded by ten white pixels, whole).
inline constexpr double kBandPaddingLines = 0.6;

// A line the page's layout dropped: its band of ink and the region it is
// read in (page points, on the page as it was read: straightened by the
// page's skew, as OcrEngine::recognize_straight_lines takes them).
struct DroppedLine {
    Box band, region;
};

// The ink bands no word of `words` (the page's OCR words) was read over:
// lines the page's layout dropped. `image` is the page as scanned, read
// straightened by `skew_degrees`. Top to bottom.
std::vector<DroppedLine> dropped_lines(const GrayImage& image, double skew_degrees, const std::vector<Word>& words);

// The page in black and white, ink (under kInkGreyLevel) and paper, to
// read dropped lines on: cut out of a grey scan, a line's crop went by
// Tesseract's own threshold, found on the crop alone, and came back empty
// ("القول والعقيدة …", ar-11-000, at any padding); in black and white, whole.
GrayImage ink_and_paper(const GrayImage& image);

// A dropped line's reading is taken when its words within the band's
// height (the padded region catches bits of the lines above and below)
// have letters and are this sure on average: a band of noise, a rule or a
// picture's edge read as a line comes back a guess.
inline constexpr float kSureDroppedLineConfidence = 0.7f;
bool dropped_line_reading_wins(const DroppedLine& line, std::vector<Word>& reading);

// Adds each reading (a textline) among `words` (an OCR page's textlines,
// ends_ocr_textline), after the last textline above it whose box overlaps
// it across, or before the first, its last word ending a textline. Returns
// how many lines were added.
int insert_lines(std::vector<Word>& words, std::vector<std::vector<Word>> readings);

}  // namespace pdf2tei::ocr
