#pragma once
// Tesseract's word boxes, mended where they are plainly wrong. Used by the
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

}  // namespace pdf2tei::ocr
