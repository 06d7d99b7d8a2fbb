#pragma once
// The document model: plain value types, comparable with ==, holding no
// pointer into any library's memory. Document -> Page -> Block -> Line -> Word
// -> Glyph. Every stage reads and returns these; repairs record what they did
// in flags and counters instead of rewriting silently.
#include <cstdint>
#include <ctime>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <string_view>

#include "pdf2tei/geometry.hpp"
#include "pdf2tei/warning.hpp"

namespace pdf2tei {

// Where a word's (or a page's) text came from.
enum class Source : std::uint8_t { TextLayer, Ocr };
std::string_view to_string(Source s);  // "text-layer", "ocr"

// The OCR triage's judgement of a page's text layer.
enum class PageVerdict : std::uint8_t {
    Text,          // a good layer
    None,          // no text: image-only or vector-only
    Garbled,       // text that is not language (scrambled or missing ToUnicode)
    Lossy,         // accents or ligatures lost beyond repair from the layer
    InvisibleOcr,  // an earlier OCR layer, drawn invisibly over an image
    Partial,       // text, plus large image regions that hold text
};
std::string_view to_string(PageVerdict v);  // "text", "none", "garbled", ...

// Word flags: provenance of what a stage did to a word. Bit values are stable
// (they may be reported), so only ever append.
enum WordFlag : std::uint32_t {
    kFlagNone = 0,
    kFlagSuperscript = 1u << 0,       // raised and smaller than its line
    kFlagUnicodeRepaired = 1u << 1,   // normalisation changed its text
    kFlagSyntheticSpace = 1u << 2,    // space_after set from geometry, not by the extractor
    kFlagDehyphenated = 1u << 3,      // joined with the next line's first word, hyphen dropped
    kFlagLineEndCompound = 1u << 4,   // joined with the next line's first word, hyphen kept
    kFlagNoteAnchor = 1u << 5,        // a footnote's call: text is the note's number; the note goes here
    kFlagSpaceRemoved = 1u << 6,      // joined with the next word: the extractor's space was not there
    kFlagCellLineEnd = 1u << 7,       // in a table: its cell's text wraps onto the next line after it
    kFlagLigatureRestored = 1u << 8,  // a ligature the text layer lost put back ("ef cient" -> "efficient")
    kFlagOcrPatched = 1u << 9,        // a lossy layer's word whose text OCR read again (ocr/layer_patch.hpp)
    kFlagSpaceDrawn = 1u << 10,       // the layer draws a space glyph between it and the next word
    kFlagEarlierOcr = 1u << 11,       // an earlier OCR layer's word, kept: an OCR engine read and placed it
};

struct Glyph {
    char32_t code_point = 0;
    Box box;
    bool operator==(const Glyph&) const = default;
};

struct Word {
    std::string text;              // UTF-8
    Box box;
    std::string font;              // PDF font name, subset prefix kept
    double font_size = 0;          // points
    bool space_after = false;      // the extractor put a space after it
    Source source = Source::TextLayer;
    float confidence = 1.0f;       // 0..1; 1 for a text layer
    std::uint32_t flags = kFlagNone;
    std::vector<Glyph> glyphs;     // one per code point, when known
    int column = -1;               // in a table block: the column of its cell (0-based)
    // A word joined across a line end (kFlagDehyphenated, kFlagLineEndCompound):
    // the byte offset in `text` where the next line's part begins. -1 otherwise.
    int line_break = -1;
    // OCR: y of the baseline the word stands on (Tesseract's, for its
    // textline, at the word's middle). 0 where unknown: a text layer's
    // words, whose boxes' feet all lie one descent below it.
    double baseline = 0;

    bool has(WordFlag f) const { return (flags & f) != 0; }
    bool operator==(const Word&) const = default;
};

// Read by an OCR engine: this run's OCR, or a kept earlier OCR layer. Its
// boxes are OCR's, hugging the ink, and its word gaps OCR's, not a
// typesetter's: spacing is judged by OCR's rules (issue 16).
inline bool read_by_ocr(const Word& w) { return w.source == Source::Ocr || w.has(kFlagEarlierOcr); }

struct Line {
    std::vector<Word> words;
    Box box;
    double baseline = 0;   // y of the line's dominant baseline
    double font_size = 0;  // dominant (median) font size of its words
    bool operator==(const Line&) const = default;
};

// What a block is, once structure has looked at it. Paragraphs are running
// text; everything else is set aside by a rule in structure/.
enum class BlockKind : std::uint8_t {
    Paragraph,  // running text
    Heading,    // a title or section heading
    Furniture,  // running head or foot, page number, job number, barcode
    Note,       // a footnote, from the page foot
    Masthead,   // one field of a UN masthead (symbol, date, session...)
    Closing,    // a closing line: meeting and date under a resolution
    Table,      // rows of cells: each line a row, each word's column its cell
    Figure,     // a chart or diagram: each line one of its labels
};
std::string_view to_string(BlockKind k);  // "paragraph", "heading", ...
// The running text's blocks: paragraphs and headings, where note calls
// stand and a document's own words are read.
inline bool is_running_text(BlockKind k) { return k == BlockKind::Paragraph || k == BlockKind::Heading; }

// Where a block sits in a UN resolution's logical structure; Body for any
// other document.
enum class Division : std::uint8_t { Body, Preamble, Operative, Annex };
std::string_view to_string(Division d);  // "body", "preamble", "operative", "annex"

// Where a line sits on its page: furniture is looked for only in the bands.
enum class Band : std::uint8_t { Body, Top, Bottom };

struct Block {
    BlockKind kind = BlockKind::Paragraph;
    std::vector<Line> lines;
    Box box;
    // Furniture: the TEI fw type ("header", "footer", "pageNum", "jobNumber",
    // "barcode"). Masthead: the field ("symbol", "organ", "date"...).
    std::string type;
    // Notes: the note's number. Numbered paragraphs: their number ("3",
    // "(a)", "IV"), which stays in the text as printed.
    std::string n;
    Division division = Division::Body;
    Band band = Band::Body;
    // A paragraph (or note) that carries on from the previous page's last
    // one: the page break falls inside it.
    bool continued = false;
    // Tables: how many columns (each word's `column` says which is its).
    int columns = 0;
    bool operator==(const Block&) const = default;
};

// What the raw text layer looks like, measured before any repair. The OCR
// triage reads these; ingest fills them from the content stream.
struct TextLayerStats {
    int glyphs = 0;                 // characters drawn
    int invisible_glyphs = 0;       // drawn in render mode 3 (no paint)
    int glyphs_without_tounicode = 0;  // font has no ToUnicode CMap
    int unmapped_glyphs = 0;        // no Unicode at all for the code
    int control_glyphs = 0;         // mapped to a control code (lost ligatures, accents)
    int notdef_glyphs = 0;          // a CID font's glyph 0: drawn as nothing or an empty box
    double image_coverage = 0;      // share of page area under images, 0..1
    int image_dpi = 0;              // resolution of the largest image, 0 if none
    bool probed = false;            // false when the probe did not run
    bool operator==(const TextLayerStats&) const = default;
};

// Per-page counters of what normalisation did, keyed by repair name, so the
// TEI header can report them and tests can check them. std::map keeps the
// output order stable.
using RepairCounts = std::map<std::string, int>;

struct Page {
    int number = 0;          // 1-based physical page number
    std::string label;       // the PDF's page label, if any
    double width = 0, height = 0;  // points, after rotation
    int rotation = 0;        // degrees: 0, 90, 180, 270
    std::vector<Block> blocks;
    TextLayerStats text_layer;
    PageVerdict verdict = PageVerdict::Text;
    Source source = Source::TextLayer;  // Ocr when the words were read by OCR
    float ocr_confidence = -1;          // mean word confidence 0..1, -1 without OCR
    bool rendered = false;              // the page was rendered to an image
    // The layer kept, some words read by OCR: a lossy layer's untrusted
    // words (ocr/layer_patch.hpp), or the text of a partial page's images.
    bool ocr_patched = false;
    RepairCounts repairs;
    std::vector<Warning> warnings;
    bool operator==(const Page&) const = default;
};

// A page as read: geometry and the words in Poppler's reading order, before
// any layout. Page::blocks is still empty.
struct IngestedPage {
    Page page;
    std::vector<Word> words;
    // Boxes of the vector paths the page paints (rules, frames, the bars and
    // axes of charts), in the words' space; text layers only.
    std::vector<Box> drawings;
    // Boxes of the space characters (U+0020) the layer draws, in the same
    // space. Producers that draw them (LibreOffice, Word) draw one for each
    // space of the text, and none where they only position: a gap with one
    // is a word space however narrow, and on such a page a gap without one
    // is not a space of the text (CJK autospacing). TeX draws none.
    std::vector<Box> drawn_spaces;
    // Boxes of the images the page draws, in the same space (the triage
    // looks in the large ones for text the layer lacks: `partial`).
    std::vector<Box> images;
    // Of those, the ones the OCR triage found text in that the layer lacks
    // (a `partial` page): only they are read by OCR.
    std::vector<Box> text_images;
    // The OCR triage's decision: the page (or its text images) is read by OCR.
    bool needs_ocr = false;
};

struct DocumentInfo {
    std::string file_name;      // as given on the command line ("-" = stdin)
    std::string sha256;         // lowercase hex of the input bytes
    std::uint64_t file_size = 0;
    int pdf_major = 0, pdf_minor = 0;
    int page_count = 0;
    bool encrypted = false;
    std::string title, author, subject, keywords, creator, producer;
    std::optional<std::time_t> created, modified;  // UTC seconds
    bool operator==(const DocumentInfo&) const = default;
};

// What the masthead of a UN document says, in the document's language as
// printed, plus ISO forms where a field has one. Empty when not found.
struct UnMetadata {
    std::vector<std::string> symbols;  // "A/RES/74/173", first = main symbol
    std::string organ;                 // "General Assembly"
    std::string distribution;          // "Distr.: General"
    std::string date;                  // as printed: "22 January 2020"
    std::string date_iso;              // "2020-01-22"
    std::string original_language;     // "Original: English"
    std::string session;               // "Seventy-fourth session"
    std::string agenda_item;           // "Agenda item 107"
    std::string adoption;              // "Resolution adopted by the General Assembly on ..."
    std::string author;                // "Report of the Secretary-General"
    std::string resolution_number;     // "74/173"
    std::string title;                 // the resolution's or report's title
    bool empty() const { return symbols.empty() && title.empty(); }
    bool operator==(const UnMetadata&) const = default;
};

struct Document {
    DocumentInfo info;
    UnMetadata un;
    std::string language;  // BCP 47 primary tag ("fr"), "und" if unknown
    std::vector<Page> pages;
    std::vector<Warning> warnings;  // document-level (not tied to a page)
    std::vector<std::string> repairs_off;  // repairs the user switched off ("spacing"...)
    bool operator==(const Document&) const = default;

    // Every warning, document-level first, then by page.
    std::size_t warning_count() const;
    // Keeps the first `cap` warnings (document-level first, then by page)
    // and turns the rest into one document-level warning that says how many
    // of which codes were dropped: a hostile file's thousand pages of damage
    // make one line, not a thousand.
    void cap_warnings(std::size_t cap);
};

// Frees the glyph boxes of every word of the page. The per-page stages need
// them (spacing, ligatures, diacritics); the cross-page stages and the output
// work on words, and on a long document the boxes are the largest part of
// the model (58 of 150 MB on 506 pages).
void release_glyphs(Page& page);

}  // namespace pdf2tei
