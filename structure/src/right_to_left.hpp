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
#include "pdf2tei/structure/structure.hpp"

namespace pdf2tei::structure {

// order_word_neutrals (declared in structure.hpp, called by the pipeline
// after mirror_page on text layers): the words of a mirrored right-to-left
// page (each line in reading order) whose characters no right-to-left
// letter put in order: digits, Latin and punctuation still stand as drawn.
// Their edge neutrals move where UAX #9 resolves them in a right-to-left
// line: "،2231" is read "2231،", and ".(A/74/4)" "(A/74/4)."; a neutral
// between two left-to-right letters stays ("Distr.: General"). Brackets a
// right-to-left reading reversed, in these words and in those ingest put
// in order, are then mirrored when the page's producer mapped mirrored
// glyphs by their shape, as the page's own bracket pairs show (XeTeX does;
// LibreOffice maps the character).

// The words of one line in logical order: maximal runs that start and end
// with a left-to-right word, holding no right-to-left word (numbers and
// punctuation between them belong to the run), reversed; a word's
// space_after follows the gap it stood before.
void order_left_to_right_runs(std::vector<Word>& line_words);

}  // namespace pdf2tei::structure
