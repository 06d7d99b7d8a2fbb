#pragma once
// Right-to-left pages (Arabic) are laid out in a mirror.
//
// Every layout rule reads a line from its start: indents, hanging numbers,
// short last lines, columns read first, the side a running head sits on.
// On an Arabic page the start is the right edge. Rather than write each rule
// twice, the page's words are mirrored (x -> width - x) before layout, so
// that the rules see an ordinary page, and the blocks are mirrored back
// after it. Words stay in logical order throughout (ingest/logical_order.hpp
// puts each word's characters right); the line's order of words comes from
// the mirror, and runs of left-to-right words inside it ("Distr.: General",
// "Supplement No. 10") are read left to right again at the end. Pure
// functions.
#include <vector>

#include "pdf2tei/model.hpp"

namespace pdf2tei::structure {

// True when most of the page's strong letters are right-to-left ones.
bool is_right_to_left(const std::vector<Word>& words);

// Mirrors the words' and glyphs' boxes, and the drawings', about the
// page's middle; within each run of consecutive words on one line, sorts
// the words by their mirrored position (the extractor gives them left to
// right, the mirror reads them right to left).
void mirror_page(std::vector<Word>& words, std::vector<Box>& drawings, double page_width);

// Mirrors the laid-out blocks back (blocks, lines, words, glyphs), and puts
// each line's runs of left-to-right words back in left-to-right order.
void unmirror_blocks(std::vector<Block>& blocks, double page_width);

// The words of one line in logical order: maximal runs that start and end
// with a left-to-right word, holding no right-to-left word (numbers and
// punctuation between them belong to the run), reversed; a word's
// space_after follows the gap it stood before.
void order_left_to_right_runs(std::vector<Word>& line_words);

}  // namespace pdf2tei::structure
