#pragma once
// Tesseract's word boxes, mended where they are plainly wrong. Used by the
// Tesseract module as it collects a textline's words; here, apart from
// Tesseract, to be tested.
#include <cstddef>
#include <vector>

#include "pdf2tei/model.hpp"

namespace pdf2tei::ocr {

// Words [begin, end) of one textline, in Tesseract's order: a word boxed
// over the next one's start ends where that one starts. Chinese's model
// gave the line's first word of figures the line's width ("2017" over
// "2017年3月12日", 84 points; "71/80." over its title: dev scan300-7
// zh-7-016), and the line fell apart in layout. Right-to-left words are
// left alone: their order runs the other way (the module mends Arabic
// words' boxes itself).
void end_words_at_the_next(std::vector<Word>& words, std::size_t begin, std::size_t end);

}  // namespace pdf2tei::ocr
