#include "headings.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>

#include "layout.hpp"  // is_paragraph_number
#include "pdf2tei/language_table.hpp"
#include "pdf2tei/text.hpp"

namespace pdf2tei::structure {

// "Article 1", "Chapter II", "Annexe III": a division's word and its
// number, as a line of its own. Conventions set their articles' heads in
// the text's italic or roman ("Article 1" / "Statement of purpose" in
// A/RES/79/243): no font tells them, the words do.
bool is_division_number_line(const Line& l) {
    if (l.words.size() != 2) return false;
    if (!in_any_language(&LanguageTable::division_words, l.words[0].text)) return false;
    std::string n = l.words[1].text;
    if (!n.empty() && n.back() == '.') n.pop_back();
    return !n.empty() && std::all_of(n.begin(), n.end(), [](char c) {
        return (c >= '0' && c <= '9') || c == 'I' || c == 'V' || c == 'X' || c == 'L';
    });
}

namespace {

// Set as a heading is: bold, or large, or under a division's number; short;
// with a letter somewhere (a bold amount is a table's total, "233 916.7"
// in A/80/590's two-column statement). How it ends is judged once the
// heading's blocks are joined (heading_ends_well).
bool looks_like_heading(const Block& b, double body_size) {
    if (b.kind != BlockKind::Paragraph || b.lines.empty() || b.lines.size() > kMaxHeadingLines) return false;
    std::size_t words = 0;
    bool all_bold = true, all_large = true;
    const bool division = is_division_number_line(b.lines.front());
    for (const auto& l : b.lines)
        for (const auto& w : l.words) {
            // OCR gives no font, and its sizes come from line heights: too
            // rough to tell a heading by. Its words still do ("المادة 19",
            // dev scan300-7 ar-7-000).
            if (w.source == Source::Ocr && !division) return false;
            ++words;
            all_bold = all_bold && is_bold_font(w.font);
            all_large = all_large && body_size > 0 && w.font_size >= kHeadingSizeRatio * body_size;
        }
    // A title in bold may run long: the annex of A/RES/79/243 is "United
    // Nations Convention against Cybercrime; Strengthening International
    // Cooperation ... of Serious Crimes", 32 words over four lines.
    const std::size_t max_words = all_bold ? kMaxBoldHeadingWords : kMaxHeadingWords;
    if (words == 0 || words > max_words || !(all_bold || all_large || division)) return false;
    return has_letter(block_text(b));
}

// A heading does not end like a sentence part (", ;"); one told by its
// division number alone, in the text's font, does not end like a sentence
// either ("Article 5" over "shall apply to ... article 7.").
bool heading_ends_well(const Block& b) {
    const std::string text = block_text(b);
    if (text.empty()) return false;
    const char last = text.back();
    if (last == ',' || last == ';') return false;
    const bool plain = std::none_of(b.lines.begin(), b.lines.end(), any_bold);
    return !(plain && is_division_number_line(b.lines.front()) && (last == '.' || last == ':'));
}

// Two heading blocks are one heading when the second sits right under the
// first (see kMaxHeadingJoinGapEm), at the same size and left edge, and
// has no number of its own.
bool same_heading(const Block& a, const Block& b) {
    const Line& la = a.lines.back();
    const Line& lb = b.lines.front();
    // A heading with a number of its own starts a heading of its own: the
    // annex's title, then "I.  Our shared commitment" (A/RES/78/1); the
    // chapter's, then "Article 1" (A/RES/79/243).
    if (!lb.words.empty() && is_paragraph_number(lb.words.front().text)) return false;
    if (is_division_number_line(lb)) return false;
    // No further under it than its own lines are apart (plus a little): a
    // heading of three lines set tight, then the next 0.6 em lower, are two
    // (A/81/6: "Result 2: ..." over "Programme performance in 2025 ...").
    const double gap = lb.box.y0 - la.box.y1;
    double max_gap = kMaxHeadingJoinGapEm * std::max(la.font_size, 1.0);
    if (a.lines.size() >= 2) {
        const Line& above = a.lines[a.lines.size() - 2];
        max_gap = std::max(0.0, la.box.y0 - above.box.y1) + kHeadingJoinSlackEm * std::max(la.font_size, 1.0);
    }
    if (gap > max_gap) return false;
    const double em = std::max(la.font_size, 1.0);
    // Same size, under it, from the same left edge or a hanging indent
    // ("78/1. Political declaration ... / sustainable development").
    const double indent = b.box.x0 - a.box.x0;
    return std::fabs(la.font_size - lb.font_size) < 0.1 * em && indent > -em && indent < kMaxHangingIndentEm * em &&
           lb.box.y0 > la.box.y0;
}

}  // namespace

void mark_headings(std::vector<Block>& blocks, double body_size) {
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        Block& b = blocks[i];
        if (!looks_like_heading(b, body_size)) continue;
        // A block opening in lower case carries a sentence on: a
        // paragraph's last line atop the next page, larger than the page's
        // notes that set its size ("tiene derecho a la protección …", dev
        // endnotes-14 es-14-001). Only a heading's own next line may
        // ("IV. Responses" / "of Member States"), or a label ("a) Evolution
        // of the Italian society", A/HRC/WG.6/7/ITA/1).
        const auto& opening = b.lines.front().words;
        const bool lower = !opening.empty() && starts_lower_case(opening.front().text) &&
                           !is_label_word(opening.front().text);
        if (lower && !(i > 0 && blocks[i - 1].kind == BlockKind::Heading && same_heading(blocks[i - 1], b))) continue;
        b.kind = BlockKind::Heading;
    }
    // Join first, then judge the end: a title's line may end in ";" ("...
    // against Cybercrime;" over "Strengthening International ...").
    std::vector<Block> out;
    for (auto& b : blocks) {
        if (!out.empty() && out.back().kind == BlockKind::Heading && b.kind == BlockKind::Heading &&
            same_heading(out.back(), b)) {
            out.back().box = out.back().box.united(b.box);
            for (auto& l : b.lines) out.back().lines.push_back(std::move(l));
            continue;
        }
        out.push_back(std::move(b));
    }
    for (auto& b : out)
        if (b.kind == BlockKind::Heading && !heading_ends_well(b)) b.kind = BlockKind::Paragraph;
    blocks = std::move(out);
}

}  // namespace pdf2tei::structure
