#pragma once
// The pipeline as a declared list of passes (passes.cpp). pipeline.cpp runs
// ingest and OCR, then every page through page_passes() (in parallel), then
// the document through document_passes(), in the order listed, and nothing
// else. A pass is one decision at one scale of the data:
//   Word      the words of one page as read: glyph and character repairs;
//   Page      one page's lines and blocks: spacing, columns, layout;
//   Document  every page at once: what needs the language, the document's
//             own spellings, or the neighbouring pages (furniture, notes,
//             flow, hyphens across lines and pages, the UN divisions).
// To add one, see docs/how-it-works.md ("Adding a pass").
#include <functional>
#include <string>
#include <vector>

#include "pdf2tei/model.hpp"
#include "pdf2tei/normalize/normalize.hpp"
#include "pdf2tei/structure/structure.hpp"

namespace pdf2tei::pipeline {

enum class Scale { Word, Page, Document };

// One page on its way through the page-scale passes.
struct PageWork {
    IngestedPage in;           // the words until `lines` takes them, the drawings
    std::vector<Line> lines;   // from the "lines" pass until "layout" makes blocks
    bool right_to_left = false;  // laid out in a mirror (structure/right_to_left)
    normalize::RepairSwitches repairs;  // which passes run, and the switches "characters" reads inside
    // The gutter of the nearest page before (else after) set in two
    // columns, for a page too short to judge its own ("columns").
    std::optional<structure::Gutter> neighbours_gutter;
    // The running text's size over the document's OCR pages, 0 if none
    // ("layout", for a page whose notes outnumber its text).
    double document_text_size = 0;
    Page& page() { return in.page; }
};

// The document on its way through the document-scale passes.
struct DocumentWork {
    Document& doc;
    normalize::RepairSwitches repairs;  // which passes run
    // The document language's dictionary (after the "language" pass).
    normalize::DictionaryLoader dictionary;
    // The document's own spellings, read before any word is joined.
    normalize::DocumentSpellings spellings;
};

template <typename Work>
struct Pass {
    const char* name;   // as docs/how-it-works.md and the tests name it
    Scale scale;
    // The repair switch that turns it off (nullptr: always runs).
    bool normalize::RepairSwitches::*on;
    // The repair counters it records (RepairCounts keys), if any.
    std::vector<const char*> counters;
    std::function<void(Work&)> run;
};

using PagePass = Pass<PageWork>;
using DocumentPass = Pass<DocumentWork>;

const std::vector<PagePass>& page_passes();
const std::vector<DocumentPass>& document_passes();

// Runs the passes work.repairs leaves on, in order.
void run_page_passes(PageWork& work);
void run_document_passes(DocumentWork& work);

}  // namespace pdf2tei::pipeline
