// The pass list (see passes.hpp): every repair and structure rule the
// pipeline runs after ingest and OCR, in order, each with its switch and
// counters. Reordering passes changes the output: each one's comment says
// what it needs from those before it.
#include "passes.hpp"

#include "pdf2tei/structure/structure.hpp"
#include "pdf2tei/text.hpp"

namespace pdf2tei::pipeline {
namespace {

using normalize::RepairSwitches;
namespace n = normalize;
namespace s = structure;

// Figures are found among the layer's drawings; OCR pages are read without them.
const std::vector<Box>& drawings_for_layout(const PageWork& w) {
    static const std::vector<Box> kNoDrawings;
    return w.in.page.source == Source::Ocr ? kNoDrawings : w.in.drawings;
}

std::vector<PagePass> make_page_passes() {
    return {
        // Word scale: the words as read, with their glyph boxes.
        {"accents", Scale::Word, &RepairSwitches::diacritics, {n::kRepairAccentComposed},
         [](PageWork& w) { n::compose_spacing_accents(w.in.words, w.page().repairs); }},
        {"guillemets", Scale::Word, &RepairSwitches::diacritics, {n::kRepairGuillemet},  // OT1's other stand-in
         [](PageWork& w) { n::restore_guillemets(w.in.words, w.page().repairs); }},
        // Before "characters", which drops the kashidas it brings together.
        {"kashida-pieces", Scale::Word, &RepairSwitches::kashida, {},
         [](PageWork& w) { n::join_kashida_pieces(w.in.words); }},
        // Its own switches (nfc, ligatures, presentation forms, kashida) act
        // inside: the removals of controls and private use always run.
        {"characters", Scale::Word, nullptr,
         {n::kRepairNfc, n::kRepairControl, n::kRepairPrivateUse, n::kRepairLigature, n::kRepairPresentationForm,
          n::kRepairKashida},
         [](PageWork& w) { n::clean_words(w.in.words, w.page().repairs, w.repairs); }},
        // Page scale. Right-to-left pages are laid out in a mirror, so that
        // every rule after reads them from their start.
        {"mirror", Scale::Page, nullptr, {},
         [](PageWork& w) {
             w.right_to_left = s::is_right_to_left(w.in.words);
             if (!w.right_to_left) return;
             s::mirror_page(w.in.words, w.in.drawings, w.page().width);
             if (w.page().source == Source::TextLayer) s::order_word_neutrals(w.in.words);
             for (auto& b : w.in.drawn_spaces) b = b.mirrored(w.page().width);
         }},
        // OCR finds columns itself; text layers are often read across them.
        {"columns", Scale::Page, nullptr, {},
         [](PageWork& w) {
             if (w.page().source == Source::TextLayer)
                 s::order_columns(w.in.words, w.in.drawings, w.right_to_left, w.neighbours_gutter);
         }},
        {"lines", Scale::Page, nullptr, {},
         [](PageWork& w) {
             w.lines = s::group_lines(std::move(w.in.words));
             if (w.page().source == Source::TextLayer) n::mark_drawn_spaces(w.lines, w.in.drawn_spaces);
         }},
        {"spacing", Scale::Page, &RepairSwitches::spacing,
         {n::kRepairSpaceRemoved, n::kRepairElisionJoined, n::kRepairThinSpace, n::kRepairLetterSpacing},
         [](PageWork& w) { n::repair_spacing(w.lines, w.page().repairs); }},
        // Before "cjk-spaces": the mended number is spaced from its text.
        {"ocr-cjk-paragraph-numbers", Scale::Page, &RepairSwitches::spacing, {n::kRepairOcrNumberMark},
         [](PageWork& w) {
             if (w.page().source == Source::Ocr) n::mend_ocr_cjk_paragraph_numbers(w.lines, w.page().repairs);
         }},
        {"cjk-spaces", Scale::Page, &RepairSwitches::spacing, {n::kRepairCjkSpace},
         [](PageWork& w) {
             const bool layer_draws_spaces = w.page().source == Source::TextLayer && !w.in.drawn_spaces.empty();
             n::remove_cjk_spaces(w.lines, w.page().repairs, layer_draws_spaces);
         }},
        {"layout", Scale::Page, nullptr, {},
         [](PageWork& w) {
             w.page().blocks = s::lay_out_page(std::move(w.lines), w.page().height, s::line_source(w.page()),
                                               drawings_for_layout(w), w.document_text_size);
         }},
        {"unmirror", Scale::Page, nullptr, {},
         [](PageWork& w) {
             if (w.right_to_left) s::unmirror_blocks(w.page().blocks, w.page().width);
         }},
        // Later passes work on words: the glyph boxes go.
        {"release-glyphs", Scale::Page, nullptr, {}, [](PageWork& w) { release_glyphs(w.page()); }},
    };
}

// Each page's paragraphs, in page order, as the classifier reads them.
std::string running_text_sample(const std::vector<Page>& pages) {
    std::string sample;
    for (const auto& p : pages) {
        for (const auto& b : p.blocks) {
            if (b.kind != BlockKind::Paragraph) continue;
            sample += block_text(b);
            sample += '\n';
        }
        if (sample.size() >= n::kMaxLanguageSample) break;
    }
    return sample;
}

std::vector<DocumentPass> make_document_passes() {
    return {
        // The info dictionary's strings get the same hygiene as the text
        // (they are not page repairs: nothing is counted).
        {"metadata", Scale::Document, nullptr, {},
         [](DocumentWork& w) {
             RepairCounts ignored;
             DocumentInfo& info = w.doc.info;
             for (std::string* s : {&info.title, &info.author, &info.subject, &info.keywords, &info.creator,
                                    &info.producer})
                 *s = n::clean_string(*s, ignored);
         }},
        // Everything after needs the language: dictionaries, hyphenation.
        {"language", Scale::Document, nullptr, {},
         [](DocumentWork& w) {
             w.doc.language = n::detect_language(running_text_sample(w.doc.pages));
             w.dictionary = n::dictionary_loader(w.doc.language);
         }},
        {"ocr-apostrophes", Scale::Document, &RepairSwitches::apostrophes, {n::kRepairApostrophe},
         [](DocumentWork& w) { n::unify_ocr_apostrophes(w.doc.pages); }},
        {"ocr-punctuation-spaces", Scale::Document, &RepairSwitches::spacing, {n::kRepairThinSpace},
         [](DocumentWork& w) { n::space_ocr_high_punctuation(w.doc.pages, w.doc.language); }},
        {"ocr-marks-in-script", Scale::Document, &RepairSwitches::apostrophes, {n::kRepairOcrScriptMark},
         [](DocumentWork& w) { n::write_ocr_marks_in_script(w.doc.pages, w.doc.language); }},
        {"ocr-slash-spaces", Scale::Document, &RepairSwitches::spacing, {n::kRepairOcrSlashSpace},
         [](DocumentWork& w) { n::join_ocr_slash_spaces(w.doc.pages); }},
        {"ocr-references", Scale::Document, &RepairSwitches::apostrophes, {n::kRepairOcrReference},
         [](DocumentWork& w) { n::mend_ocr_references(w.doc.pages); }},
        {"ocr-letters", Scale::Document, &RepairSwitches::apostrophes, {n::kRepairOcrLetter},
         [](DocumentWork& w) { n::mend_ocr_confused_letters(w.doc.pages, w.doc.language, w.dictionary); }},
        {"ocr-word-slips", Scale::Document, &RepairSwitches::apostrophes, {n::kRepairOcrWord},
         [](DocumentWork& w) { n::mend_ocr_word_slips(w.doc.pages, w.doc.language); }},
        {"ocr-latin-twins", Scale::Document, &RepairSwitches::apostrophes, {n::kRepairOcrLatinTwin},
         [](DocumentWork& w) { n::write_ocr_latin_twins_in_script(w.doc.pages, w.doc.language, w.dictionary); }},
        {"ocr-small-capitals", Scale::Document, &RepairSwitches::apostrophes, {n::kRepairOcrSmallCapitals},
         [](DocumentWork& w) { n::lower_ocr_small_capitals(w.doc.pages, w.doc.language, w.dictionary); }},
        {"capital-accents", Scale::Document, &RepairSwitches::diacritics, {n::kRepairCapitalAccent},
         [](DocumentWork& w) { n::restore_capital_accents(w.doc.pages, w.dictionary); }},
        {"lost-ligatures", Scale::Document, &RepairSwitches::ligatures, {n::kRepairLigatureRestored},
         [](DocumentWork& w) {
             for (auto& page : w.doc.pages) n::restore_lost_ligatures(page, w.dictionary);
         }},
        {"split-words", Scale::Document, &RepairSwitches::spacing, {n::kRepairSplitWordJoined},
         [](DocumentWork& w) { n::join_split_words(w.doc.pages, w.dictionary); }},
        // The document's own spellings, read before any word is joined at a
        // line end.
        {"spellings", Scale::Document, &RepairSwitches::dehyphenation, {},
         [](DocumentWork& w) { w.spellings = n::DocumentSpellings::of(w.doc.pages); }},
        {"line-end-hyphens", Scale::Document, &RepairSwitches::dehyphenation,
         {n::kRepairDehyphenated, n::kRepairCompoundJoined, n::kRepairSoftHyphen, n::kRepairCellWrapJoined},
         [](DocumentWork& w) { n::join_line_end_hyphens(w.doc.pages, w.dictionary, &w.spellings); }},
        // After "line-end-hyphens": a word's line-end half is no word glued
        // to another ("tion" is "ti on" to the dictionary).
        {"ocr-glued-words", Scale::Document, &RepairSwitches::spacing, {n::kRepairOcrGluedWord},
         [](DocumentWork& w) { n::split_ocr_glued_words(w.doc.pages, w.doc.language, w.dictionary); }},
        {"running-furniture", Scale::Document, nullptr, {},
         [](DocumentWork& w) { s::mark_running_furniture(w.doc.pages); }},
        {"column-heads", Scale::Document, nullptr, {},
         [](DocumentWork& w) { s::mark_repeated_column_heads(w.doc.pages); }},
        {"table-heads", Scale::Document, nullptr, {},
         [](DocumentWork& w) { s::mark_repeated_table_heads(w.doc.pages); }},
        // Notes carried onto the next page are joined before they are
        // anchored: the call is on the page where the note starts.
        {"continued-notes", Scale::Document, nullptr, {},
         [](DocumentWork& w) { s::join_continued_notes(w.doc.pages); }},
        {"note-calls", Scale::Document, nullptr, {}, [](DocumentWork& w) { s::anchor_notes(w.doc.pages, w.doc.language); }},
        // After the footnotes took their calls: the calls left are the
        // endnotes'.
        {"endnotes", Scale::Document, nullptr, {}, [](DocumentWork& w) { s::link_endnotes(w.doc.pages); }},
        {"uncalled-notes", Scale::Document, nullptr, {},
         [](DocumentWork& w) { s::warn_uncalled_notes(w.doc.pages); }},
        // After furniture and notes are set aside, which lie between a
        // page's last paragraph and the next page's first.
        {"continued-paragraphs", Scale::Document, nullptr, {},
         [](DocumentWork& w) { s::mark_continued_paragraphs(w.doc.pages); }},
        {"page-break-hyphens", Scale::Document, &RepairSwitches::dehyphenation,
         {n::kRepairDehyphenated, n::kRepairCompoundJoined},
         [](DocumentWork& w) {
             auto& pages = w.doc.pages;
             for (std::size_t i = 1; i < pages.size(); ++i) {
                 Block* after = s::first_paragraph(pages[i]);
                 if (!after || !after->continued) continue;
                 if (Block* before = s::last_paragraph(pages[i - 1]))
                     n::join_across_page_break(*before, *after, w.dictionary, pages[i - 1].repairs, &w.spellings);
             }
         }},
        {"un-document", Scale::Document, nullptr, {}, [](DocumentWork& w) { s::recognise_un_document(w.doc); }},
        // Last: the calls (Chinese ones stand before a full-width mark,
        // "放逐1，"), the paragraphs and the resolution's parts are found
        // with the commas as read.
        {"ocr-cjk-commas", Scale::Document, &RepairSwitches::apostrophes, {n::kRepairOcrCjkComma},
         [](DocumentWork& w) { n::unify_ocr_cjk_line_end_commas(w.doc.pages, w.doc.language); }},
    };
}

template <typename Work>
void run_passes(const std::vector<Pass<Work>>& passes, Work& work) {
    for (const auto& pass : passes)
        if (!pass.on || work.repairs.*pass.on) pass.run(work);
}

}  // namespace

const std::vector<PagePass>& page_passes() {
    static const std::vector<PagePass> passes = make_page_passes();
    return passes;
}

const std::vector<DocumentPass>& document_passes() {
    static const std::vector<DocumentPass> passes = make_document_passes();
    return passes;
}

void run_page_passes(PageWork& work) { run_passes(page_passes(), work); }

void run_document_passes(DocumentWork& work) { run_passes(document_passes(), work); }

}  // namespace pdf2tei::pipeline
