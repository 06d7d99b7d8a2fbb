#pragma once
// structure: what the text is, from where it stands. The page-scale calls
// make one page's lines and blocks (reading order, paragraphs, headings,
// tables, figures, the furniture bands and the note area); the
// document-scale calls decide what needs neighbouring pages (running heads,
// notes across pages and at their calls, paragraphs across page breaks,
// the UN masthead and divisions). The pipeline calls them as passes
// (pipeline/src/passes.cpp); their rules, thresholds (in font-size units)
// and helpers are internal (structure/src/*.hpp, with their tests).
//
// Threads: the page-scale calls may run on different pages at once; the
// document-scale calls run once, on the caller's thread, after every page.
#include <optional>
#include <string_view>
#include <vector>

#include "pdf2tei/model.hpp"

namespace pdf2tei::structure {

// ---- Page scale ------------------------------------------------------------

// True when most of the page's strong letters are right-to-left ones
// (right_to_left.hpp): such a page is laid out in a mirror, so that every
// rule reads it from its start.
bool is_right_to_left(const std::vector<Word>& words);
// Mirrors the words' and glyphs' boxes, and the drawings', about the page's
// middle, each line's words in their mirrored order.
void mirror_page(std::vector<Word>& words, std::vector<Box>& drawings, double page_width);
// On a text layer's mirrored page, the neutrals of words still in drawing
// order go where a right-to-left reading puts them, and brackets are
// mirrored as the producer needs (right_to_left.hpp). OCR reads in logical
// order already.
void order_word_neutrals(std::vector<Word>& words);
// Mirrors the laid-out blocks back, each line's left-to-right runs (numbers,
// Latin words) in their own order.
void unmirror_blocks(std::vector<Block>& blocks, double page_width);

// The strip between two columns of running text (columns.hpp).
struct Gutter {
    double x0 = 0, x1 = 0;
    // Where the right column's rows start, and how far a left column's
    // word may reach (that edge less kMinColumnClearanceEm); 0 when not
    // measured: then the gutter's middle is both.
    double right_edge = 0, reach = 0;
    double middle() const { return (x0 + x1) / 2; }
    // A box over the gutter's middle at all: how the columns are measured
    // (find_gutter), before any word may keep to its column past it.
    bool over_middle(const Box& b) const { return b.x0 < middle() && b.x1 > middle(); }
    // A box over the gutter's middle and past what the left column may
    // reach: across both columns.
    bool crossed_by(const Box& b) const { return over_middle(b) && b.x1 > reach; }
    bool left_of(const Box& b) const { return (b.x0 + b.x1) / 2 < middle(); }
};

// A text layer's words in column order when the page has a gutter
// (columns.hpp); `drawings` are the page's painted paths. On a
// right-to-left page (laid out in the mirror) the column whose paragraph
// numbers come first is read first. A page too short to judge its own
// columns keeps to `neighbours`, a page's beside it in the document
// (columns_gutter), where its rows do. Returns whether it changed anything.
bool order_columns(std::vector<Word>& words, const std::vector<Box>& drawings = {}, bool right_to_left = false,
                   const std::optional<Gutter>& neighbours = std::nullopt);

// The gutter of a left-to-right text layer's page, as it is read (words
// as ingested), for the pages beside it; none on a right-to-left page,
// whose words order_columns sees mirrored.
std::optional<Gutter> columns_gutter(const std::vector<Word>& words, const std::vector<Box>& drawings);
// Whether a page, as it is read, may be too short to judge its own
// columns (order_columns asks again, exactly): few words, or few rows told
// apart by their words' middles. Only such a page asks its neighbours'.
bool may_be_too_short_for_columns(const std::vector<Word>& words);

// Groups words (in reading order) into lines, keeping that order, and marks
// superscripts (layout.hpp).
std::vector<Line> group_lines(std::vector<Word> words);

// Which lines a page's words came from: OCR lines are never looked at as
// tables or figures (page_layout.hpp). An earlier OCR's layer, kept, is
// laid out as a text layer, but its note numbers may be lost as OCR's are
// (take_note_area).
enum class LineSource { TextLayer, Ocr, EarlierOcr };

// Where the page's words came from: OCR, an earlier OCR's layer (kept), or
// a text layer.
LineSource line_source(const Page& page);

// One page's blocks in order: top-band lines (furniture when their form
// says so), paragraphs and headings, tables and figures (found among
// `drawings`), notes, bottom-band lines (page_layout.hpp).
// On an OCR page, `document_text_size` (ocr_document_text_size, 0 when
// unknown) is the text's size where the page's own measure is its notes'.
std::vector<Block> lay_out_page(std::vector<Line> lines, double page_height,
                                LineSource source = LineSource::TextLayer, const std::vector<Box>& drawings = {},
                                double document_text_size = 0);

// The running text's size over a document's OCR pages (their words as
// read), measured as one page's is (page_layout.hpp, body_font_size); 0
// when a word is right to left: Arabic sizes vary with their letters.
double ocr_document_text_size(const std::vector<const std::vector<Word>*>& pages);

// ---- Document scale ----------------------------------------------------------

// Band lines repeated on two pages or more, or holding the document's
// symbol after the first page, become furniture (furniture.hpp).
void mark_running_furniture(std::vector<Page>& pages);
// Table heads Word repeats on each page a side-by-side table runs onto
// become furniture (side_by_side.hpp). Returns how many blocks it changed.
int mark_repeated_column_heads(std::vector<Page>& pages);
// The same for a table's column heads repeated over its continuation
// (table_heads.hpp). Returns how many repeats it marked.
int mark_repeated_table_heads(std::vector<Page>& pages);
// A note that opens a page's note area without a number carries on the
// previous page's last note (footnotes.hpp).
void join_continued_notes(std::vector<Page>& pages);
// Each note is placed at its call, the first superscript of its number
// not yet used; a note without a call is kept at its page (footnotes.hpp).
// `language` (BCP 47) says whether a word may end in an apostrophe, which
// an OCR page's unpaired call stand-ins are then not.
void anchor_notes(std::vector<Page>& pages, std::string_view language = {});
// Notes printed together after the text (at the end of a report or a
// chapter) are cut from their list and moved to their calls, the raised
// numbers no footnote answered, as Block::type "end" (endnotes.hpp).
// Returns how many it linked.
int link_endnotes(std::vector<Page>& pages);
// A warning for each note still without a call, on a text layer.
void warn_uncalled_notes(std::vector<Page>& pages);
// Block::continued on each page's first paragraph that carries on the
// previous page's last (flow.hpp).
void mark_continued_paragraphs(std::vector<Page>& pages);
// A page's last and first running paragraph (Paragraph kind), or null.
Block* last_paragraph(Page& page);
Block* first_paragraph(Page& page);
// The masthead, title and divisions of a UN document: fills doc.un and
// retypes blocks; numbered paragraphs get Block::n in any document
// (un_document.hpp).
void recognise_un_document(Document& doc);

}  // namespace pdf2tei::structure
