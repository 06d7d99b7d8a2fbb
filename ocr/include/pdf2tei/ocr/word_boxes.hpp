#pragma once
// Tesseract's word boxes, mended where they are plainly wrong, and what
// they can and cannot measure. Used by the
// Tesseract module as it collects a textline's words; here, apart from
// Tesseract, to be tested.
#include <cstddef>
#include <vector>

#include "pdf2tei/model.hpp"

namespace pdf2tei::ocr {

// Words [begin, end) of one textline, in Tesseract's order: a word boxed
// over the whole of the next two ends where the next one starts. Chinese's model
// gave the line's first word of figures the line's width ("2017" over
// "2017年3月12日", 84 points; "71/80." over its title: dev scan300-7
// zh-7-016), and the line fell apart in layout. A box that only reaches
// into the next word stays: a misread note call set into the word before
// is told by it (layout's digit call stand-in, dev seed 7 fr-7-018.scan,
// whose calls the first version of this rule lost); so does one over a
// single word (a note's number over its first word: zh-7-001's notes 2
// and 3 ran together when it was cut). Right-to-left words are
// left alone: their order runs the other way (the module mends Arabic
// words' boxes itself).
void end_words_at_the_next(std::vector<Word>& words, std::size_t begin, std::size_t end);

// Whether a textline's Arabic word heights (pixels, those short of the
// line's own box) are a chunk's boxes rather than the words' ink: more
// than kChunkBoxedShare of at least kMinChunkBoxedWords of them one height,
// to the pixel. Ink rises and falls with the letters; Tesseract boxes the
// words of a chunk of the line it could not cut alike ("4 - لا يعرض أحد …":
// 9 of its 13 words 14.6 points, the paragraph's next line 9.1, and it was
// cut there: dev scan300-7 ar-7-001). Such a line takes the page's size.
inline constexpr double kChunkBoxedShare = 0.5;
inline constexpr std::size_t kMinChunkBoxedWords = 4;
bool chunk_boxed(const std::vector<int>& heights);

// An OCR line without small letters (kMinXHeightSamples, in the module),
// with a number of three digits or more (a job number
// "20-11277"), is sized by that number's digits, 0.7 em tall: its box, as
// tall as they are, made 9-point type 5.2 points, a note's size, and the
// page's foot a note line (dev scan300-7 fr-7-000, once its lines were
// straight). Not by lone digits: a column of note numbers "1", "2" read as
// one line is as small as it looks (tests/corpus
// report-en-2col.no-tounicode).
inline constexpr std::size_t kMinDigitSamples = 3;

// Ideographs are all of one height: two are enough (a paragraph's last
// line, "福利。", read from its box came out 9.4 points, not 12, and stood
// apart as a paragraph of its own). Of two, the taller counts ("一" is flat).
inline constexpr std::size_t kMinIdeographSamples = 2;

// chi_sim boxes some ideographs of a short line past its textline's box,
// taller than their ink ("视为无罪。": 14.4 points for 9.4-point ink, dev
// scan300-10 zh-10-008; "大会，" and the title of the CI's random
// zh-1001-000 scan): such a line came out 13-16 points among 10.5-point lines, a
// heading or a paragraph of its own, and its feet, the line's baseline for
// layout, 4 points too low. The ideographs boxed otherwise size the line and
// set its feet; a line of only such boxes keeps them. Past the line's
// box: by more than kLineBoxSlackPixels above or below it (the others
// stand within it; on a line of ideographs it is one ideograph tall).
inline constexpr int kLineBoxSlackPixels = 2;

// Whether a glyph (top and bottom, pixels) was boxed as its textline, to
// kLineBoxSlackPixels: then its box measures the line, no less than its ink.
bool boxed_as_textline(int top, int bottom, int line_top, int line_bottom);

// Whether a Chinese textline takes its size from a number's digits
// (`digit_size`, kMinDigitSamples of them or more) rather than from its
// ideographs (`ideograph_size`): when fewer than kMinIdeographSamples of
// its ideographs were boxed by their ink (the others boxed as the line, by
// boxed_as_textline), and the digits make it smaller. A note line "1 第217
// A (III) 号决议。" came out 11.6 points as the body's lines (dev scan300-7
// zh-7-013): "第" 41 pixels tall, "决" and "议" 45 as the line, which the
// parentheses made; its digits, 32 pixels, say 11.0. The notes stayed in
// the body.
bool digits_size_the_line(std::size_t inked_ideographs, std::size_t digits, double ideograph_size, double digit_size);

// Figures Tesseract read as a word of their own within the box of the word
// before, on its textline, level with it and as tall, after a figure: the
// rest of that word ("A/RES/75/5" boxed over 449.5-531.4 points and "1"
// over 524.9-531.8: dev seed 32 ru-32-009.invisible-ocr, whose masthead
// then lost its symbol). Joined to it; a raised call set into a word
// (its foot above the word's by kMinSplitFigureRaiseShare of the word's
// height or more) and figures after a letter stay apart. Over an OCR
// page's words (textlines end with ends_ocr_textline); returns how many
// were joined.
inline constexpr double kMinSplitFigureRaiseShare = 0.2;
inline constexpr std::size_t kMaxSplitFigures = 3;
int join_figures_boxed_inside(std::vector<Word>& words);

}  // namespace pdf2tei::ocr
