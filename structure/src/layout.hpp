#pragma once
// First-pass layout: words -> lines -> paragraph blocks. Pure functions.
// Every threshold is in em, i.e. a multiple of the font size involved, so the
// same rule holds for 8 pt footnotes and 14 pt titles.
#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pdf2tei/model.hpp"
#include "pdf2tei/structure/structure.hpp"

namespace pdf2tei::structure {

// Two words share a line when their boxes overlap vertically by at least this
// share of the smaller box's height.
inline constexpr double kSameLineOverlap = 0.5;
// Whether two boxes stand on one line so: overlapping vertically by
// kSameLineOverlap of the smaller height (0.1 pt at least).
inline bool level_with(const Box& a, const Box& b) {
    return a.vertical_overlap(b) >= kSameLineOverlap * std::max(std::min(a.height(), b.height()), 0.1);
}
// A word starting this far left of the previous word's end starts a new line
// (poppler's order moved on to the next line or column); an Arabic OCR word,
// this far left of the previous one's start (layout.cpp, continues_line).
inline constexpr double kBackwardStepEm = 0.5;
// Two lines whose words a text layer gives in turn (interleaved_with_last):
// in one type, sizes within this share of an em, and their words' feet at
// least this far apart (em): a line's pitch, not a raised call's rise.
inline constexpr double kInterleavedSizeShare = 0.05;
inline constexpr double kInterleavedLineApartEm = 0.8;
// ... and the word stands at most this share of the widest space of the
// line it carries on from that line's last word.
inline constexpr double kInterleavedGapShare = 1.25;
// Another OCR word continues the line when it starts past this share of the
// previous OCR word's width (a textline's stretched last glyph).
inline constexpr double kStretchedOcrWordShare = 0.5;
// An OCR textline that starts at most this far (em) left of the end of the
// textline read just before it, on its height, and ends right of it, goes
// on along that line (layout.cpp, join_ocr_line_pieces).
inline constexpr double kMaxOcrPieceOverlapEm = 1.0;
// An OCR word of CJK characters is measured no wider than this many ems a
// character: Tesseract stretches such words' boxes over the gap that
// follows ("匮乏" 91 points wide under 10-point type, "言论" 56; dev
// scan300-7 zh-7-000), and the next piece of the same line then seemed to
// start inside the word.
inline constexpr double kMaxCjkCharEm = 1.2;
// Words merged into one line with a gap wider than this get a space, even
// where the extractor put none (it puts none at the end of its own lines,
// and two of its lines can share a baseline: "Assembly" ... "Distr.").
inline constexpr double kMinWordGapEm = 0.15;
// A word smaller than this share of its line's font size, with its bottom
// raised by more than kSuperscriptRiseEm, is a superscript.
inline constexpr double kSuperscriptSizeRatio = 0.85;
inline constexpr double kSuperscriptRiseEm = 0.15;
// A line of at most this many small words overlapping the line beside it
// is a superscript the extractor set apart, and joins that line.
inline constexpr std::size_t kMaxStrayWords = 2;
// ... each of at most this many letters ("12", "*", "(a)", "bis").
inline constexpr std::size_t kMaxStrayWordLetters = 4;
// ... and overlapping that line by at least this share of its own height:
// a raised call's foot reaches its line's middle; a masthead row that
// touches the row below it by a hair does not.
inline constexpr double kMinStrayOverlapShare = 0.25;
// A paragraph number or list label read as a line of its own joins the
// line whose baseline is this close (em) and that starts at most
// kMaxLabelGapEm right of it ("10.49" and its text: 1.3 em).
inline constexpr double kSameBaselineEm = 0.25;
inline constexpr double kMaxLabelGapEm = 2.0;
// An OCR textline of at most kMaxStrayWords words that stands in a gap of
// another beside it, at most this far (em) from the words either side, is
// that line's middle, read as a textline of its own.
inline constexpr double kMaxOcrGapFillEm = 1.0;
// An Arabic line's opening piece read apart (join_arabic_ocr_line_heads):
// a paragraph's number, its dash and a word ("8 - لا").
inline constexpr std::size_t kMaxHeadPieceWords = 3;
// A line's tail read after the next line stands at most this far (em)
// right of the line's end: a justified line's widest space.
inline constexpr double kMaxCutGapEm = 4.0;
// ... and at most this multiple of the line's median space, or of
// kCutGapAfterSentenceShare after a sentence's end: TeX widens the space
// after a full stop (twice a monospaced font's word space, before
// stretch: "assistance.   All children," in FreeMono, 2.0 times the
// line's spaces, dev endnotes-17 en-17-011, pdflatex).
inline constexpr double kCutGapShareOfSpace = 1.5;
inline constexpr double kCutGapAfterSentenceShare = 2.5;
// ... and is found among the lines read at most this many before it.
inline constexpr std::size_t kMaxCutLookBack = 4;
// A justified line's pieces read as columns (join_scattered_pieces) are
// looked for among this many lines after the first: a paragraph of four
// lines cut into fifteen pieces (dev seed 33 ru-33-000.clean).
inline constexpr std::size_t kMaxScatterLookAhead = 16;
// ... and make a line of at least this many spaces, starting at most this
// far (em) right of the leftmost line around (a paragraph's indent, not a
// table's next column).
inline constexpr std::size_t kMinScatterSpaces = 3;
inline constexpr double kMaxScatterIndentEm = 4.0;

// Baseline-to-baseline distance above this multiple of the page's usual line
// pitch, or above kMaxLinePitchEm, separates paragraphs.
inline constexpr double kParagraphPitchFactor = 1.3;
// After a line that ends short, a pitch above this multiple of the usual
// one is space between paragraphs.
inline constexpr double kSpacedParagraphPitchFactor = 1.12;
// A pitch no more than this share under the page's paragraph spacing
// (learnt after short lines) is that spacing.
inline constexpr double kSamePitchShare = 0.04;
inline constexpr double kMaxLinePitchEm = 2.2;
// ... unless the page's usual pitch is wider: on a page of tall type whose
// running text has no pitch under kMaxLinePitchEm, the usual one may reach
// this multiple of a line's own height (its words' median box: the font's
// ascent to descent). Arabic fonts stand tall: LibreOffice sets Amiri's
// lines, 1.3 em high, 2.2 em apart at single spacing (dev seed 10
// ar-10-003), 2.35 em (1.81 line heights) at a leading of 1.34 (dev seed
// 33 ar-33-008: 1.8 until session 52, and every paragraph's second line
// stood alone). Latin lines are about 1.15 em high.
inline constexpr double kMaxLinePitchHeights = 2.0;
// ... on a page whose type stands this tall (its words' median height, in
// em of their size) or taller.
inline constexpr double kMinTallFontHeightEm = 1.25;
// The usual line pitch is the lowest one shared, within this share, by at
// least kPitchClusterShare of a page's pitches.
inline constexpr double kPitchClusterTolerance = 0.06;
inline constexpr double kPitchClusterShare = 0.2;
// ... or by kMinSingleSpacedPitches pitches that agree, if they lie in
// this range of the type's size: the leading of single-spaced text; or by
// two, under kMaxPairedPitchShare of the shared pitch (a Chinese preamble
// of one-line clauses 21.4 pt apart had two wrapped ones, 13.8 and 13.5
// pt, dev seed 7 zh-7-019).
inline constexpr struct {
    double min, max;
} kSingleSpacingEm{1.0, 1.6};
inline constexpr std::size_t kMinSingleSpacedPitches = 3;
inline constexpr double kMaxPairedPitchShare = 0.8;
// ... between lines whose sizes differ by at most this share, each at least
// this many em wide.
inline constexpr double kSameSizeShare = 0.05;
// ... and within this share of the page's median type size: the running
// text's, not notes' set 15-20 % smaller (8 under 10, 10 under 12).
inline constexpr double kRunningTextSizeShare = 0.1;
inline constexpr double kTextLineEm = 8.0;
// A clause's last line ends a paragraph when the next line's first word,
// and this many em more, would have fitted after it.
inline constexpr double kFitSlackEm = 1.0;
// Font sizes differing by more than this share separate paragraphs.
inline constexpr double kFontSizeChange = 0.2;
// ...on an OCR line of at least this many letters (fewer are sized poorly);
// on an Arabic OCR line, by more than this share.
inline constexpr std::size_t kMinSizedLetters = 3;
// ...and on an Arabic OCR line, of at least this many words (the OCR
// module's kMinArabicWordSamples: a shorter line takes the page's size).
inline constexpr std::size_t kMinSizedArabicWords = 3;
// An OCR line of at most this many words in a cased script, under a full
// line at the page's usual pitch, carries its paragraph on whatever size
// OCR gave it (a paragraph's last line).
inline constexpr std::size_t kMaxUnsizedOcrTailWords = 2;
// Arabic OCR sizes jitter more than the 0.7-1.4 times the paragraph's
// median that seed 7's scans showed: lines of one paragraph measured 0.58
// to 1.74 times it on scan300-7 and scan300-11 (12 of their 268 pairs of
// lines in one paragraph parted by size at 0.35), while the pairs of two
// paragraphs that size alone parted were a closing's meeting and date
// lines, which the resolution's closing parts again (un_document.cpp). At
// 0.5, scans within 10% of their true paragraph count went 7 -> 9 of
// scan300-11's 15 Arabic ones, 22 of scan300-7's 30 and 18 of seed 7's 30
// Arabic OCR-path files stayed.
inline constexpr double kOcrArabicSizeChange = 0.5;
// Between two Arabic OCR lines, a pitch over this many times the usual
// one separates paragraphs (kParagraphPitchFactor elsewhere): their
// baselines are their words' feet, and with or without a descender ("ي",
// "ن", "و") under most words a paragraph's lines stood up to 1.35 times
// their usual pitch apart (30 dev scans of scan300-7: 173 pairs of lines in
// one paragraph, 10% of them over 1.22). The same 30 scans part the same
// paragraphs at 1.5.
inline constexpr double kOcrArabicParagraphPitchFactor = 1.4;
// Between two Arabic OCR lines, the widest pitch inside a paragraph, in
// the paragraph's median size (kMaxLinePitchEm elsewhere): LibreOffice's
// Amiri at a leading of 1.2-1.35 sets a paragraph's lines 2.2-2.7 times
// OCR's size apart (dev scan300-11 ar-11-008, ar-11-013, ar-11-014: 9-point
// type, lines 20-23 points apart, paragraphs 27-31; too few pitches agreed
// to give a usual one, and most lines stood alone). Seed 7's scans, none of
// them so set, had this at 2.2; at 2.6, scans within 10% of their true
// paragraph count went 21 -> 22 of scan300-7's 30 Arabic ones and 6 -> 7 of
// scan300-11's 15; one count went further off (ar-11-003: 0.88 -> 0.79).
inline constexpr double kMaxOcrArabicLinePitchEm = 2.6;
// An OCR word of letters or digits less tall than this is a speck's
// reading (the smallest, "a" or "x", stands 0.45 em).
inline constexpr double kMinOcrLetterEm = 0.25;
// A line indented by more than this, after a line that ended this short of
// the paragraph's right edge, starts a new paragraph.
inline constexpr double kIndentEm = 1.0;
inline constexpr double kShortLineEm = 2.0;
// Two neighbouring lines read out of order share a column when the one
// ends no more than this (em) left of where the other starts: a
// paragraph's first-line indent.
inline constexpr double kMaxFirstLineIndentEm = 4.0;
// A numbered line this far left of the line above (em) hangs: it starts a
// paragraph after a clause's end.
inline constexpr double kMinOutdentEm = 0.5;
// A line starting this close (em) to where the text after a label starts
// on the line above hangs under that label.
inline constexpr double kHangingAlignEm = 0.5;

// The widest pitch from `line` that may be a tall font's usual one:
// kMaxLinePitchEm, or kMaxLinePitchHeights of the line's height.
double max_line_pitch(const Line& line);
// The pitch from line `above` down to line `below`: their baselines'
// distance; between two Arabic OCR lines of kMinSizedArabicWords words or
// more, their words' middles' (halfway from their median top to their
// median foot). An Arabic OCR line's baseline is its words' feet, with or
// without a descender ("ي", "ن", "و") under most of them: a paragraph's
// pitches measured that way strayed 0.12 from their page's median on
// average (dev scan300-13's 99 pairs of lines of one paragraph; 0.31 for
// one in ten), the middles' 0.07 (0.19). One word's middle is no line's.
double line_pitch(const Line& above, const Line& below);

// The usual baseline pitch of consecutive lines of the same size inside a
// paragraph (the lowest well-shared one), or 0 when there are too few lines
// to tell.
double typical_line_pitch(const std::vector<Line>& lines, bool text_layer = true);

// The line ends a clause: ". ; :" at its end, or their Arabic and
// full-width forms ("؛", "。", "；", "：").
bool ends_clause(const Line& line);

// The number of a paragraph whose line opens with the words `first` and
// `second`: "12." or "12)", Arabic's "12 -", or OCR's "12-" read as one
// word; nothing for a bare number (a year may open a wrapped line).
std::optional<int> leading_paragraph_number(std::string_view first, std::string_view second);

// A short number, then a word a language sets after it (Arabic's "12 -"):
// a paragraph's number, never a note's.
bool opens_with_separated_number(const Line& l);

// "10.49", "12.", "(a)", "a)", "(iii)", "IV.", "B.", "•": a paragraph's
// number or a list item's label.
bool is_label_word(const std::string& t);

// A label that numbers a paragraph or a heading: "10.", "(a)", "b)", "IV."
// (not a bare number: a year may start a wrapped line).
bool is_paragraph_number(const std::string& t);

// Whether the text holds a letter of a cased script (Latin, Cyrillic).
bool has_cased_letter(std::string_view text);

// "Table 1", "Tableau IV", "Cuadro 2", "Таблица 3", "الجدول 1", "表 1" (or
// "表1"): a table's caption, from its first two words (the word for table,
// then a number).
bool is_table_caption(const std::string& first, const std::string& number);
// The line opens with a table's caption ("Tableau 1").
bool opens_with_caption(const Line& l);
// The text's first letter is a small one.
bool starts_lower_case(const std::string& t);

// Groups lines into paragraph blocks by vertical gap, font size and indent.
// `measured_pitch`: the lines' pitch is exact, so a small extra space
// after a short line is a paragraph's end. A text layer's is; so is OCR's
// since its words stay on the straightened page and stand on Tesseract's
// baselines (page_layout passes true for both). Mapped back onto a skewed
// scan, OCR's lines had jittered by ±4 points.
// `sizes_measured`: the lines' sizes tell type apart. Not on a layer an
// earlier OCR made, which sizes each line by its box: one paragraph's
// lines came out 12 and 17 points, lines with and without descenders (dev
// seed 30 en-30-000.invisible-ocr: every such line started a paragraph).
std::vector<Block> group_paragraphs(std::vector<Line> lines, bool measured_pitch = false, bool sizes_measured = true);

// Removes the lines marked in `taken` (one flag a line), keeping the
// others in order: what a table or figure took out of the page's body.
void drop_taken(std::vector<Line>& lines, const std::vector<char>& taken);

}  // namespace pdf2tei::structure
