#pragma once
// Footnotes: the note area at the page foot, split into notes, and each
// note's call (anchor) in the running text.
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "pdf2tei/model.hpp"
#include "pdf2tei/structure/structure.hpp"

namespace pdf2tei::structure {

// Note lines are at most this share of the page's body font size (UN notes:
// 8 or 9 pt under 10 to 12 pt text; TeX: 8 under 10).
inline constexpr double kNoteSizeRatio = 0.92;
// OCR measures small type large: a scan's 8 pt notes under 10 pt text came
// out at 0.92-0.94 of the text's size (dev seed 7 ru-7-005.garbled,
// es-7-018.garbled). On an OCR page, lines under this share of the body
// size are notes when they open with a note's number, set off from the
// text above by at least kOcrNoteGapEm (baseline to baseline), with
// nothing but such lines under them.
inline constexpr double kOcrNoteSizeRatio = 0.97;
// ... and under that share of the median size of the lines above that open
// as a note does (numbered paragraphs), where there are this many
// (seed_ocr_note_area).
inline constexpr std::size_t kMinNumberedLinesToSizeNotes = 2;
inline constexpr double kOcrNoteGapEm = 2.5;
// A note's next line stands at most this far (em, baseline to baseline)
// under its last: further off, small type in the bottom band is a foot.
inline constexpr double kMaxNoteLinePitchEm = 1.6;
// An OCR line of at most this many words right under a note line, within
// kMaxNoteLinePitchEm, has no size to tell: it carries the note on.
inline constexpr std::size_t kMaxUnsizedNoteTailWords = 2;
// An Arabic OCR page's notes, whose sizes say nothing, are also told by
// being set tighter than the gap that sets them off: each line under the
// last by under this share of that gap. Measured against the body's OCR
// size alone (kMaxNoteLinePitchEm), notes 18-19 points apart under text
// measured 8.9-9.4 points, 2.0-2.1 em, stayed in the body (dev
// scan300-11 ar-11-000, ar-11-008, ar-11-014: set off by 29-107 points).
inline constexpr double kMaxArabicNotePitchShareOfGap = 0.8;
// Nor do an Arabic OCR page's sizes set its notes off: the gap over
// them is also told against the page's own line pitch. Notes whose gap
// measured 2.2 em of the body's OCR size (27.6 points) but 1.4 times the
// lines' usual pitch over them (19.5-20.9), themselves 11-17 points apart,
// stayed in the body (dev scan300-11 ar-11-007). The gap must pass
// kMinArabicNoteGapInPitches of that pitch, and the notes' median pitch
// stay under kMaxArabicNotePitchInPitches of it: a numbered paragraph
// under a heading is set off as widely, but its lines at the text's pitch.
inline constexpr double kMinArabicNoteGapInPitches = 1.25;
inline constexpr double kMaxArabicNotePitchInPitches = 0.75;
// So too a page's notes in smaller type than its text, numbered, when
// the gap over them is under kOcrNoteGapEm of the body's OCR size: set
// off by kMinArabicNoteGapInPitches of the text's pitch, two lines at
// least, each under the last by at most this share of that pitch (notes
// in smaller type are set tighter; a last numbered paragraph that OCR
// measured small keeps the text's pitch). Notes 17.8 pt under text
// lines 12.7 pt apart, themselves 9.4 pt apart (0.74), stayed in the
// body (dev seed 14 fr-14-005.garbled, pdflatex in a monospaced font,
// its OCR size 2.1 em short of kOcrNoteGapEm); so LibreOffice's, 0.84 of
// the pitch (ru-14-012.garbled, ru-14-013.garbled).
inline constexpr double kMaxSmallNotePitchInPitches = 0.9;
// Fewer pitches than this over the notes give no usual one.
inline constexpr std::size_t kMinTextPitches = 3;
// Notes in two columns stand at least this far apart (em of the notes'
// size): LaTeX's column gap is 10 pt, an em of its 10-point notes under
// 12-point text (dev seed 7 es-7-012, pdfTeX: notes 1-3 left, 4 right,
// read line by line across both, and "de-" joined to the left column's
// "General,"). A note's word spaces are a third of an em.
inline constexpr double kMinNoteColumnGapEm = 0.5;
// On an OCR page, a left column of notes whose numbers were all lost
// stands at least this far (em) from a right one numbered past 1: note
// 1's raised number lost, its two lines ran into note 2, read across the
// columns line by line (dev seed 25 ru-25-004.garbled, LibreOffice: 2.7
// em apart). A monospaced double space is 1.2 em.
inline constexpr double kMinUnnumberedNoteColumnGapEm = 2.0;
// On an OCR page, two columns of notes whatever their numbers: each of
// this many lines at least, side by side over this share of the shorter
// column's height (dev seed 28 en-28-011.scan).
inline constexpr std::size_t kMinNoteColumnLines = 3;
inline constexpr double kMinNoteColumnOverlap = 0.5;
// On an OCR page, a lone digit whose box starts this far (em) inside the
// word before it is a note's call Tesseract cut off that word.
inline constexpr double kMinCallOverlapEm = 0.1;
// A number alone on its line, at most this share of the size of the line
// it sits before and raised at least this far (em of that line) above its
// baseline, is that line's note number (footnotes.cpp).
inline constexpr double kRaisedNumberSizeRatio = 0.8;
inline constexpr double kMinNumberRaiseEm = 0.15;
// A note number is at most this many digits.
inline constexpr std::size_t kMaxNoteNumberDigits = 3;
// On an OCR page, one letter of a cased script at most this share of its
// note line's size is the note's raised number misread; standing apart, it is
// that note's when within kMaxTinyMarkGapEm of the note's text.
inline constexpr double kMaxTinyMarkShare = 0.65;
inline constexpr double kMaxTinyMarkGapEm = 2.0;
// Opening its line, it stands at least this far (em) from the note's text.
inline constexpr double kMinTinyMarkGapEm = 0.8;
// At most this many unnumbered lines can open a page's note area, carrying
// on the previous page's last note; on a text layer, a foot of such lines
// alone, set off from the text by kOcrNoteGapEm, up to
// kMaxSetOffContinuedNoteLines: four lines of a long note in 8-point type
// under a resolution's closing lines ("education. Education shall be free,
// …", dev seed 32 en-32-000.clean, XeLaTeX; it stood in the text as a
// paragraph). Not set off, eight were a table's last rows in small type
// (real A/80/590: "Total requirements" left its table). join_continued_notes
// gives them back unless the last page's note is open. On an OCR page,
// three: four small lines at the foot without their numbers' column are
// small print there.
inline constexpr std::size_t kMaxContinuedNoteLines = 3;
inline constexpr std::size_t kMaxSetOffContinuedNoteLines = 8;
// A page's foot whose small lines open no note holds the end of the last
// page's note only when its first line has this many words at least.
inline constexpr std::size_t kMinCarriedNoteWords = 3;
// On an OCR page, such lines that carry on no note, their first line this
// far (em) right of the text's margin, are a note whose number was lost.
inline constexpr double kMinLostNumberIndentEm = 0.5;

// A note number's digits ("1", "12", "3." or "3)" -> "3"), or "" when the
// text is none.
std::string note_number_of(std::string_view text);

// The mark a note is called by instead of a number ("*", "**", "***",
// "†", "‡"): UN documents mark their first page's notes so (the agenda
// item's "A/80/150.", "On behalf of the States that are members of …",
// "The present document was not edited …"), or "" when `text` is none.
// Such notes stand outside the numbered sequence.
std::string note_symbol_of(std::string_view text);

// Whether a note's n is such a mark.
inline bool is_note_symbol(std::string_view n) { return !n.empty() && !note_symbol_of(n).empty(); }

// Whether a word opens a note's text: a letter, an opening bracket or
// quote (what a plain number must stand before to number a note: "37
// 339.0 48" is a table row).
bool starts_note_text(std::string_view word);

// The note numbers whose calls the page's running text holds (words
// flagged kFlagNoteAnchor).
std::set<std::string> called_note_numbers(const Page& page);

// The number a note line starts with ("1", "12", "3." -> "3"), or "" when it
// does not start with one.
std::string leading_note_number(const Line& line);

// A number set smaller than the line it starts and raised above its
// baseline (kRaisedNumberSizeRatio, kMinNumberRaiseEm): a note's number,
// whatever the page's size (a page of endnotes is all small print).
bool raised_before(const Line& num, const Line& host);

// Whether `num` stands just before `host`'s start, within `reach_em` of
// host's size across and level with its top (0.8 em).
bool stands_before(const Line& num, const Line& host, double reach_em);

// A one-word line of a note number, raised before `host` and standing just
// before it (within 1 em): a superscript note number the extractor put on
// a line of its own ("2" beside "A/80/804, anexo." atop a page of
// endnotes).
bool raised_note_number_before(const Line& num, const Line& host);

// Splits the trailing run of small lines that starts with a note number
// (or continues a note from the previous page) off `lines`, returning it as
// Note blocks, their number still in the text. `body_size` is the page's running-text font size.
//
// With `numbers_may_be_lost` (OCR pages: a note number is read as "‘" or
// not at all, "‘Resolution 65/230" and "See Official Records" above "3
// United Nations" on the generated scan), the unnumbered lines above the
// first numbered note n that start where it starts (within
// kNoteStartAlignEm) are the notes before it, numbered up to n - 1, when
// there are fewer than n of them. A line that opens with a mark OCR made
// of the note's raised number ("*See", "'Naciones") after a note's closed
// end opens a note too, its number kLostNoteNumber until number_lost_notes
// gives it the next one.
inline constexpr double kNoteStartAlignEm = 0.5;
inline constexpr std::string_view kLostNoteNumber = "?";
// A column of note numbers OCR read as one tall word (footnotes.cpp,
// read_number_columns): at most this wide (em of the body size), beside at
// least this many note lines, at most this far left of them (em).
inline constexpr double kMaxNumberColumnWidthEm = 1.5;
// A piece of the column holds at most this many words (the tall word and
// a dash OCR read over it).
inline constexpr std::size_t kMaxNumberColumnPieceWords = 2;
inline constexpr std::size_t kMinNumberColumnLines = 2;
inline constexpr double kMaxNumberColumnGapEm = 3.0;
// Without `sizes_measured` (a layer an earlier OCR made, whose line sizes
// follow its boxes: notes read 10-11 points under text of 9, dev seed 31
// en-31-011.invisible-ocr), a line's size says nothing of a note: a line
// opening one, set off from the text above by kOcrNoteGapEm, with the
// lines under it at a note's pitch, seeds the area as an Arabic chain
// does (seed_ocr_note_area).
std::vector<Block> take_note_area(std::vector<Line>& lines, double body_size, bool numbers_may_be_lost = false,
                                  bool sizes_measured = true);

// Each note whose number OCR lost (kLostNoteNumber) takes the number after
// the document's note before it; so does one whose number, out of turn,
// OCR boxed under kMaxMisreadRaisedNumberShare of the note's size (a
// raised "1" read as "7"), unless a call on its page answers it and no
// earlier note took it. Called by anchor_notes, first.
inline constexpr double kMaxMisreadRaisedNumberShare = 0.5;
void number_lost_notes(std::vector<Page>& pages);

}  // namespace pdf2tei::structure
