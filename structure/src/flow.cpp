#include "flow.hpp"

#include <unicode/uchar.h>

#include "layout.hpp"
#include "un_document.hpp"
#include "pdf2tei/pattern.hpp"
#include "pdf2tei/text.hpp"

namespace pdf2tei::structure {
namespace {

char32_t first_char(const Block& b) {
    for (const auto& l : b.lines)
        for (const auto& w : l.words)
            if (!w.text.empty()) return utf8_decode(w.text).front();
    return 0;
}

char32_t last_char(const Block& b) {
    for (auto l = b.lines.rbegin(); l != b.lines.rend(); ++l)
        for (auto w = l->words.rbegin(); w != l->words.rend(); ++w)
            if (!w->text.empty() && !w->has(kFlagNoteAnchor)) return utf8_decode(w->text).back();
    return 0;
}

// An amount written with a separator: "15.000", "1,500", "3.5".
bool is_figure(const std::string& word) {
    static const Pattern figure(R"(^\d+(?:[.,]\d+)+[.,;:]?$)");
    return figure.matches(word);
}

// A numbered paragraph or item starts afresh: "12.", Arabic "12 -",
// "(a)", "IV.", or any word opening with a digit (a running head OCR left
// in the text: "652 Assemblée générale", "985ème séance"). An amount with
// a separator ("15.000 victims") or a bracket that is no label ("(art.
// 36)") carries on (A/HRC/WG.6/7/ITA/1 broke two paragraphs so at its page
// breaks).
bool starts_numbered(const Block& b) {
    if (!b.n.empty()) return true;
    for (const auto& l : b.lines)
        if (!l.words.empty()) {
            const std::string& first = l.words.front().text;
            const bool digit = first.front() >= '0' && first.front() <= '9';
            return is_paragraph_number(first) || (digit && !is_figure(first)) ||
                   !paragraph_number(line_text(l)).empty();
        }
    return false;
}

}  // namespace

Block* last_paragraph(Page& page) {
    for (auto b = page.blocks.rbegin(); b != page.blocks.rend(); ++b)
        if (b->kind == BlockKind::Paragraph) return &*b;
    return nullptr;
}

Block* first_paragraph(Page& page) {
    for (auto& b : page.blocks) {
        if (b.kind == BlockKind::Paragraph) return &b;
        if (b.kind == BlockKind::Heading || b.kind == BlockKind::Closing) return nullptr;
    }
    return nullptr;
}

bool continues_paragraph(const Block& prev, const Block& next) {
    const char32_t start = first_char(next), end = last_char(prev);
    if (start == 0 || end == 0) return false;
    if (u_islower(static_cast<UChar32>(start))) return true;
    // Stopped mid-sentence: a letter, digit or hyphen last, and the next
    // block is not a numbered paragraph of its own.
    const bool open_end = u_isalnum(static_cast<UChar32>(end)) || end == U'-';
    return open_end && !starts_numbered(next);
}

void mark_continued_paragraphs(std::vector<Page>& pages) {
    for (std::size_t i = 1; i < pages.size(); ++i) {
        Block* prev = last_paragraph(pages[i - 1]);
        Block* next = first_paragraph(pages[i]);
        if (prev && next && continues_paragraph(*prev, *next)) next->continued = true;
    }
}

}  // namespace pdf2tei::structure
