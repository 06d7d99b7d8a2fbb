#include "page_layout.hpp"

#include <algorithm>
#include <optional>
#include <limits>
#include <map>
#include <cmath>

#include "columns.hpp"
#include "flow.hpp"
#include "pdf2tei/stats.hpp"
#include "figures.hpp"
#include "footnotes.hpp"
#include "furniture.hpp"
#include "headings.hpp"
#include "layout.hpp"
#include "side_by_side.hpp"
#include "tables.hpp"
#include "un_document.hpp"  // masthead_field
#include "pdf2tei/text.hpp"

namespace pdf2tei::structure {
namespace {

Band band_of(const Line& line, double page_height) {
    if (page_height <= 0) return Band::Body;
    if (line.box.y1 <= kTopBandShare * page_height) return Band::Top;
    if (line.box.y0 >= (1 - kBottomBandShare) * page_height) return Band::Bottom;
    return Band::Body;
}

// Splits a band line into pieces of furniture, each a run of words whose
// text has a furniture form, longest first ("2/27 26-00248" -> page number,
// job number; "26-00248 (E) 160126" -> one job number). Empty when some
// word belongs to none.
std::vector<std::pair<Line, std::string>> furniture_pieces(const Line& line) {
    std::vector<std::pair<Line, std::string>> pieces;
    const auto& words = line.words;
    const bool ocr = !words.empty() && words.front().source == Source::Ocr;
    for (std::size_t i = 0; i < words.size();) {
        std::size_t best = i;
        std::string type;
        std::string text;
        // A piece is at most "Page 3 of 9" or "26-00248 (E) 160126 ..." long,
        // or a right-to-left page's job number and barcode in six pieces
        // ("26-20098 (A ) * 2620098 *", LibreOffice, dev seed 9), or an OCR
        // line's job number, its code and the QR code beside read as six
        // short words (furniture.cpp's kMaxOcrJobNumberParts).
        constexpr std::size_t kMaxPieceWords = 8;
        for (std::size_t j = i; j < words.size() && j < i + kMaxPieceWords; ++j) {
            if (j > i) text += ' ';
            text += words[j].text;
            if (auto t = furniture_type(text, ocr)) {
                best = j + 1;
                type = *t;
            }
        }
        if (best == i) return {};
        Line piece;
        piece.baseline = line.baseline;
        piece.font_size = line.font_size;
        for (std::size_t k = i; k < best; ++k) {
            piece.words.push_back(words[k]);
            piece.box = piece.box.united(words[k].box);
        }
        pieces.emplace_back(std::move(piece), type);
        i = best;
    }
    return pieces;
}

// A band line: furniture pieces when all of it is furniture by its form,
// else one candidate block for the cross-page rules, as a block of
// stacked lines is.
void add_band_block(std::vector<Block>& out, std::vector<Line> lines, Band band) {
    auto pieces = lines.size() == 1 ? furniture_pieces(lines.front()) : decltype(furniture_pieces(lines.front())){};
    if (!pieces.empty()) {
        for (auto& [piece, type] : pieces) out.push_back(furniture_block(std::move(piece), std::move(type), band));
        return;
    }
    Block b;
    b.band = band;
    for (auto& l : lines) {
        b.box = b.box.united(l.box);
        b.lines.push_back(std::move(l));
    }
    out.push_back(std::move(b));
}

// Two band lines set one under the other as one text: the same size,
// close together, over the same stretch of the page. A/RES/78/1 sets its
// running title in two lines right of its symbol, the second line on the
// symbol's baseline: the title is one head, the symbol another.
bool stacked(const Line& upper, const Line& lower) {
    const double size = std::max({upper.font_size, lower.font_size, 1.0});
    if (std::fabs(upper.font_size - lower.font_size) > kStackedSizeShare * size) return false;
    const double gap = lower.box.y0 - upper.box.y1;
    if (gap < 0 || gap > kStackedGapEm * size) return false;
    const double overlap = std::min(upper.box.x1, lower.box.x1) - std::max(upper.box.x0, lower.box.x0);
    return overlap >= kStackedOverlapShare * std::min(upper.box.width(), lower.box.width());
}

// The lines of a band as blocks of text, in the order the lines came:
// stacked lines (see stacked()) as one block; the others that share a
// baseline as one line left to right: a running head set in two parts
// ("Section 10" ... "Least developed countries ...") comes out of the
// extractor as one line on some pages and two on others (A/81/6 p. 17),
// and is matched across pages as one.
std::vector<std::vector<Line>> band_blocks(std::vector<Line> band_lines) {
    // Pieces far apart on one line are looked at apart: the extractor reads
    // a title's last line and the symbol beside it as one line.
    std::vector<Line> lines;
    for (const auto& l : band_lines)
        for (auto& piece : split_at_gaps(l)) lines.push_back(std::move(piece));
    const std::size_t n = lines.size();
    std::vector<std::size_t> root(n);
    for (std::size_t i = 0; i < n; ++i) root[i] = i;
    const auto find = [&](std::size_t i) {
        while (root[i] != i) i = root[i] = root[root[i]];
        return i;
    };
    std::vector<int> members(n, 1);
    // Quadratic: a band of more lines than a page's head or foot can hold
    // (a hostile file) is taken line by line.
    for (std::size_t i = 0; i < n && n <= kMaxStackedBandLines; ++i)
        for (std::size_t j = 0; j < n; ++j)
            if (i != j && stacked(lines[i], lines[j]) && find(i) != find(j)) {
                members[find(i)] += members[find(j)];
                root[find(j)] = find(i);
            }
    std::vector<std::vector<Line>> out;
    std::vector<char> is_stack;                // per block of out
    std::vector<std::size_t> block_of(n, n);   // a stack's root -> its block
    for (std::size_t i = 0; i < n; ++i) {
        Line& l = lines[i];
        if (members[find(i)] > 1) {
            std::size_t& at = block_of[find(i)];
            if (at == n) {
                at = out.size();
                out.emplace_back();
                is_stack.push_back(1);
            }
            out[at].push_back(std::move(l));
            continue;
        }
        std::size_t same = 0;
        for (; same < out.size(); ++same) {
            if (is_stack[same]) continue;
            const Line& o = out[same].front();
            if (std::fabs(o.baseline - l.baseline) <= kSameBaselineEm * std::max({o.font_size, l.font_size, 1.0}) &&
                (l.box.x0 >= o.box.x1 || l.box.x1 <= o.box.x0))
                break;
        }
        if (same == out.size()) {
            out.push_back({std::move(l)});
            is_stack.push_back(0);
            continue;
        }
        Line& o = out[same].front();
        o.words.back().space_after = true;  // the pieces stand apart
        l.words.back().space_after = true;
        for (auto& w : l.words) o.words.push_back(std::move(w));
        std::stable_sort(o.words.begin(), o.words.end(),
                         [](const Word& a, const Word& b) { return a.box.x0 < b.box.x0; });
        o.box = o.box.united(l.box);
    }
    for (auto& b : out)
        std::stable_sort(b.begin(), b.end(), [](const Line& x, const Line& y) { return x.box.y0 < y.box.y0; });
    return out;
}

// Opens with a figure or a bracket: beside a block, a table's cell ("4
// Aircraft" right of its output's text in A/80/590) as often as a
// paragraph carried on.
bool opens_with_figure(const Block& b) {
    const auto& words = b.lines.front().words;
    if (words.empty()) return false;
    const char32_t c = first_code_point(words.front().text);
    return c == U'(' || (c >= U'0' && c <= U'9');
}

// A paragraph that runs from the foot of one column to the head of the next
// comes out as two blocks, the second starting higher up the page, in the
// same type: a heading atop the next column starts anew after a caption
// that ends the last ("Table 1" / "Article 23", dev seed 7 en-7-027).
bool same_type(const Line& a, const Line& b) {
    return std::fabs(a.font_size - b.font_size) <= kFontSizeChange * std::max({a.font_size, b.font_size, 1.0});
}

void join_column_breaks(std::vector<Block>& blocks) {
    std::vector<Block> out;
    for (auto& b : blocks) {
        // Nor does a caption, whatever the type of what follows, unless
        // that goes on in lower case ("Таблица 1" at a column's foot, its
        // table taken out of the flow, then "Статья 12" atop the next one
        // in the text's type: dev seed 14 ru-14-000).
        const bool caption = !out.empty() && out.back().lines.size() == 1 && !b.lines.empty() &&
                             opens_with_caption(out.back().lines.front()) && !starts_lower_case(line_text(b.lines.front()));
        if (!out.empty() && !out.back().lines.empty() && !b.lines.empty() && !caption &&
            b.lines.front().box.y0 < out.back().lines.back().box.y0 && !opens_with_figure(b) &&
            same_type(out.back().lines.back(), b.lines.front()) && continues_paragraph(out.back(), b)) {
            out.back().box = out.back().box.united(b.box);
            for (auto& l : b.lines) out.back().lines.push_back(std::move(l));
            continue;
        }
        out.push_back(std::move(b));
    }
    blocks = std::move(out);
}

// A rule drawn with characters ("__________________"), as word processors
// put above the notes.
bool is_rule_line(const Line& line) {
    const std::string text = line_text(line);
    return text.size() >= 5 && text.find_first_not_of("_") == std::string::npos;
}

// Furniture by its form alone, away from the usual band: lines side by
// side on one baseline (a page mark left, the job number right) whose
// pieces are all job numbers, barcodes, symbols or page marks that are more
// than a bare number ("2/3", "- 2 -"). A bare number counts only beside a
// job number or barcode ("4 … GE.09-17088"): alone it may be a table's year
// or figure ("2025" heading a column at a page's top, A/81/6), and before a
// symbol a note ("1 A/78/505.", A/RES/78/253).
bool furniture_by_form(const std::vector<const Line*>& row) {
    bool bare_number = false, job_or_barcode = false;
    for (const Line* l : row) {
        if (is_un_symbol(line_text(*l))) continue;
        const auto pieces = furniture_pieces(*l);
        if (pieces.empty()) return false;
        for (const auto& [piece, type] : pieces) {
            bare_number |= line_text(piece).find_first_not_of("0123456789") == std::string::npos;
            job_or_barcode |= type == "jobNumber" || type == "barcode";
        }
    }
    return !bare_number || job_or_barcode;
}

bool furniture_by_form(const Line& line) { return furniture_by_form(std::vector<const Line*>{&line}); }

// The body's lines that share the outermost one's height (a row at the
// page's foot or top), by index.
std::vector<std::size_t> outer_row(const std::vector<Line>& body, bool bottom) {
    const auto outer = bottom ? std::max_element(body.begin(), body.end(),
                                                 [](const Line& a, const Line& b) { return a.box.y1 < b.box.y1; })
                              : std::min_element(body.begin(), body.end(),
                                                 [](const Line& a, const Line& b) { return a.box.y0 < b.box.y0; });
    const double mid = outer->box.center_y();
    std::vector<std::size_t> row;
    for (std::size_t i = 0; i < body.size(); ++i)
        if (body[i].box.y0 <= mid && body[i].box.y1 >= mid) row.push_back(i);
    return row;
}

// Moves the row out of the body into `band`.
void move_row(std::vector<Line>& body, const std::vector<std::size_t>& row, std::vector<Line>& band) {
    for (std::size_t i : row) band.push_back(std::move(body[i]));
    for (auto it = row.rbegin(); it != row.rend(); ++it) body.erase(body.begin() + static_cast<std::ptrdiff_t>(*it));
}

// Moves to the bands the body's outermost rows that are furniture by form
// and stand within kWideBandShare of the page's top or foot.
void take_outer_furniture(std::vector<Line>& body, std::vector<Line>& top, std::vector<Line>& bottom,
                          double page_height) {
    if (page_height <= 0) return;
    for (const bool at_foot : {true, false}) {
        while (!body.empty()) {
            const auto row = outer_row(body, at_foot);
            std::vector<const Line*> lines;
            for (std::size_t i : row) lines.push_back(&body[i]);
            const bool outside = std::all_of(lines.begin(), lines.end(), [&](const Line* l) {
                return at_foot ? l->box.y0 >= (1 - kWideBandShare) * page_height
                               : l->box.y1 <= kWideBandShare * page_height;
            });
            if (!outside || !furniture_by_form(lines)) break;
            move_row(body, row, at_foot ? bottom : top);
        }
    }
    // The bands keep their lines top to bottom.
    const auto by_y = [](const Line& a, const Line& b) { return a.box.y0 < b.box.y0; };
    std::stable_sort(top.begin(), top.end(), by_y);
    std::stable_sort(bottom.begin(), bottom.end(), by_y);
}

// A note's last line may reach into the bottom band ("contra actos que
// violen ...", the second line of a LibreOffice note 50 pt above the page's
// foot, dev seed 7 es-7-000). A band line that is no furniture by its form,
// in the note's small type, right under the lowest body line above it
// when that is small type too, is that note's, not the band's: the note
// area ends where furniture begins, not at a fixed distance from the foot.
// A running foot in small type stands further off. "Above it" is over the
// same stretch of the page: notes in two columns end in two lines on one
// baseline, each under its own column's note ("24 (A/71/24)." left,
// "38004." right, dev seed 7 ru-7-018, XeLaTeX). A band line that opens a
// note with its number, in small type, is one too. So is a column's last
// line of running text, in the body's type at a paragraph's line pitch
// under the text above it ("on account of any act or omission which did
// not", 2 pt inside the band, 15 pt under its paragraph's line: dev
// endnotes-14 en-14-013, pdflatex; it had been read after the page's
// notes).
// The band's lines are top to bottom (take_outer_furniture). Returns
// whether it took any.
bool reclaim_foot_lines(std::vector<Line>& body, std::vector<Line>& bottom, double body_size) {
    // Where the band line goes in the body, if anywhere: at its end (a
    // note's line: the note area is taken by its place on the page), or
    // right after the line it carries on (running text, read in the body's
    // order).
    const auto place = [&](const Line& next) -> std::optional<std::size_t> {
        std::optional<std::size_t> lowest;
        for (std::size_t k = 0; k < body.size(); ++k)
            if (next.box.horizontal_overlap(body[k].box) > 0 && (!lowest || body[k].baseline > body[*lowest].baseline))
                lowest = k;
        if (!lowest || furniture_by_form(next)) return std::nullopt;
        const Line& above = body[*lowest];
        const double size = std::max(above.font_size, 1.0);
        const bool small = above.font_size <= kNoteSizeRatio * body_size && next.font_size <= kNoteSizeRatio * body_size;
        const bool same_size = std::fabs(above.font_size - next.font_size) <= kFontSizeChange * size;
        const double pitch = next.baseline - above.baseline;
        // A note's first line opening with its number, in small type: the
        // page's only note may stand wholly in the band, under text of the
        // body's size ("1 A/72/527, annex." 30 pt over the job number, dev
        // seed 12 en-12-017.scan).
        if (next.font_size <= kNoteSizeRatio * body_size && !leading_note_number(next).empty()) return body.size();
        if (small && same_size && pitch > 0 && pitch <= kMaxNoteLinePitchEm * size) return body.size();
        const bool body_type = std::fabs(next.font_size - body_size) <= kFontSizeChange * body_size;
        if (body_type && same_size && pitch > 0 && pitch <= kMaxLinePitchEm * size) return *lowest + 1;
        return std::nullopt;
    };
    bool took = false;
    for (std::size_t i = 0; i < bottom.size();) {  // top to bottom: a note's lines one by one
        const auto at = place(bottom[i]);
        if (!at) {
            ++i;
            continue;
        }
        body.insert(body.begin() + static_cast<std::ptrdiff_t>(*at), std::move(bottom[i]));
        bottom.erase(bottom.begin() + static_cast<std::ptrdiff_t>(i));
        took = true;
    }
    return took;
}

// The running text may start inside the top band (LibreOffice's narrow
// top margin: "13. La maternidad ..." 33 pt under the running head, dev
// seed 7 es-7-000 p. 2). A band line that is no furniture by its form, in
// the body's type, set at a line's pitch over the body's first line, is
// running text; the band's stacking would have glued it to the head.
// The band's lines are top to bottom (take_outer_furniture). Returns
// whether it took any.
bool reclaim_top_text_lines(std::vector<Line>& body, std::vector<Line>& top, double body_size) {
    bool took = false;
    std::optional<Box> taken_beside;  // the last line taken beside another (beside_band_line)
    while (!top.empty() && !body.empty() && body_size > 0) {
        Line& last = top.back();
        // A note's raised number the extractor set on a line of its own,
        // just before a body line whose top lies under the band's edge ("2"
        // beside "A/80/804, anexo." atop a page of endnotes, dev seed 32
        // es-32-006.endnotes, XeLaTeX): alone in the band it was taken for
        // the page's number, and its note was lost.
        const auto host = std::find_if(body.begin(), body.end(),
                                       [&](const Line& l) { return raised_note_number_before(last, l); });
        if (host != body.end()) {
            body.insert(host, std::move(last));
            top.pop_back();
            took = true;
            continue;
        }
        // Level with a line beside it, the band's edge between their
        // tops: the other column's first line (a paragraph's last word,
        // "обрядов.", atop the right column beside the left one's heading
        // "Статья 17" a point higher, dev endnotes-16 ru-16-007,
        // LibreOffice), read before the first body line under it: its
        // column's next.
        const auto box_beside = [&](const Box& b) {
            const double shared = std::min(b.y1, last.box.y1) - std::max(b.y0, last.box.y0);
            return shared >= kMinLevelShare * std::min(b.height(), last.box.height()) && b.horizontal_overlap(last.box) <= 0;
        };
        const auto level_beside = [&](const Line& l) { return box_beside(l.box); };
        const auto under = std::find_if(body.begin(), body.end(), [&](const Line& l) {
            return l.box.horizontal_overlap(last.box) > 0 && l.box.y0 >= last.box.y1;
        });
        // Beside another band line, level with it, a line is measured
        // against the text under it alone, and set before its column's
        // next: a short last page's two columns may both start inside the
        // band ("fondamental. …" left, "fondamentales. …" right, dev seed
        // 27 fr-27-008, LibreOffice), where the band read them as one line.
        // So is the line left of one so taken, level with it (on an OCR
        // page, a line level with text stays in the band otherwise). No
        // masthead field, nor a line beside one ("Distr.: General" beside
        // the organ's line keeps its place in the masthead; an Arabic
        // scan's date, misread, beside it ran into it: scan300-27
        // ar-27-011).
        const auto text_beside = [&](const Line& l) { return level_beside(l) && !masthead_field(line_text(l)); };
        const bool beside_band_line =
            ((top.size() >= 2 && text_beside(top[top.size() - 2])) || (taken_beside && box_beside(*taken_beside))) &&
            under != body.end() && !masthead_field(line_text(last));
        if (beside_band_line) taken_beside = last.box;
        const auto higher = [](const Line& a, const Line& b) { return a.baseline < b.baseline; };
        const Line& highest = beside_band_line ? *std::min_element(body.begin(), body.end(), [&](const Line& a, const Line& b) {
            const bool a_under = a.box.horizontal_overlap(last.box) > 0, b_under = b.box.horizontal_overlap(last.box) > 0;
            return a_under != b_under ? a_under : higher(a, b);
        })
                                               : *std::min_element(body.begin(), body.end(), higher);
        const bool body_type = std::fabs(last.font_size - body_size) <= kFontSizeChange * body_size &&
                               std::fabs(highest.font_size - body_size) <= kFontSizeChange * body_size;
        const double pitch = highest.baseline - last.baseline;
        // Under the running head (the band's top line), a line may be set
        // a paragraph's line pitch over the text, whatever the page's
        // median size: a page of notes in smaller type had it at 9 pt
        // under 10.5 pt text (dev seed 7 ru-7-016; es-7-019, leading 1.6).
        // The head itself must sit a note line's pitch over it.
        const bool under_head = std::any_of(top.begin(), top.end() - 1,
                                            [&](const Line& l) { return l.box.y1 <= last.box.y0; });
        const double max_pitch = under_head ? std::max(kMaxNoteLinePitchEm * body_size, kMaxLinePitchEm * last.font_size)
                                            : kMaxNoteLinePitchEm * body_size;
        const bool over_text = last.box.horizontal_overlap(highest.box) > 0 && pitch > 0;
        const bool close_over_text = over_text && pitch <= max_pitch;
        // A sentence's last line, carried over from the page before and
        // set at the top of the text area, inside the band, over a gap (a
        // resolution's "… a tal discriminación⁴." over its closing lines,
        // dev seed 7 es-7-004, LibreOffice): running heads end in no
        // clause's end.
        const bool sentence_end = pitch > 0 && last.words.size() >= kMinCarriedLineWords && ends_clause(last);
        // A heading under the running head, over the text it opens: a UN
        // symbol in the head would make the whole band furniture.
        const bool heading_over_text = under_head && over_text && last.font_size >= (1 + kFontSizeChange) * body_size &&
                                       pitch <= kMaxHeadingOverTextEm * last.font_size;
        // A text layer's line only, and no masthead field: "Distr.: General"
        // level with an OCR page's Arabic organ line beside it is the
        // masthead's, whatever band it falls in.
        const bool level = body_type && !last.words.empty() && last.words.front().source != Source::Ocr &&
                           !masthead_field(line_text(last)) && under != body.end() &&
                           std::any_of(body.begin(), body.end(), level_beside);
        if (!(body_type && (close_over_text || sentence_end)) && !heading_over_text && !level) break;
        if (furniture_by_form(last)) break;
        // Over all of the text, or, beside it only, before its column's next.
        const bool beside_only = level && !close_over_text && !sentence_end && !heading_over_text;
        // Taken bottom to top and right to left, a row's pieces before one
        // next line go in left to right: before a piece taken already
        // that stands level and right of it ("choose the kind of education
        // that shall" | "be given to their children.", a short last page's
        // one row, both in the band, over a note across both columns: dev
        // seed 32 en-32-008.clean, LibreOffice, read right column first).
        auto at = beside_only || beside_band_line ? under : body.begin();
        while (at != body.begin() && box_beside(std::prev(at)->box) && std::prev(at)->box.x0 >= last.box.x1) --at;
        body.insert(at, std::move(last));
        top.pop_back();
        took = true;
    }
    return took;
}

// An OCR page's two columns under lines that run across their strip: a
// title over both, spaced out ("D é c l a r a t i o n universelle des
// droits de l’homme" over "Article premier" | "Article 4", dev seed 27
// fr-27-009.scan-bw, pdfTeX) left no strip that no row crosses, and the
// columns were read row by row across. The fewest top lines (by their
// tops, at most half the page's) under which a strip parts two columns of
// running text, one of them at least crossing it, are taken out of
// `lines`, in the order they came; the strip is the columns' gutter. At
// most kMaxOcrLeadLines: a masthead and a title, not a hostile page's
// thousands of lines each measured again.
struct ColumnsUnderLead {
    std::vector<Line> lead;
    Gutter gutter;
};
std::optional<ColumnsUnderLead> ocr_columns_under_lead(std::vector<Line>& lines, const std::vector<Box>& drawings) {
    // Not only where the running text's gutter (rows may cross it) finds
    // two columns: a table in the left column leaves it too few full rows
    // for running text over the whole page, and under the masthead's lines
    // the strip still parts two columns (dev seed 35 es-35-003.garbled,
    // Liberation Mono: read across, CER 0.60). Each cut below is measured
    // by the strip alone, a few milliseconds against a page's OCR.
    std::vector<std::size_t> by_top(lines.size());
    for (std::size_t i = 0; i < by_top.size(); ++i) by_top[i] = i;
    std::stable_sort(by_top.begin(), by_top.end(),
                     [&](std::size_t a, std::size_t b) { return lines[a].box.y0 < lines[b].box.y0; });
    double lead_foot = 0;
    for (std::size_t k = 1; k <= std::min(lines.size() / 2, kMaxOcrLeadLines); ++k) {
        lead_foot = std::max(lead_foot, lines[by_top[k - 1]].box.y1);
        if (lines[by_top[k]].box.y0 < lead_foot) continue;  // cut between rows only
        std::vector<Line> rest;
        for (std::size_t j = k; j < by_top.size(); ++j) rest.push_back(lines[by_top[j]]);
        const auto g = gutter_of(rest, drawings, /*strip_only=*/true);
        if (!g || !two_text_columns(rest, *g)) continue;
        std::vector<char> in_lead(lines.size(), 0);
        bool crosses = false;
        for (std::size_t j = 0; j < k; ++j) {
            in_lead[by_top[j]] = 1;
            crosses |= g->over_middle(lines[by_top[j]].box);
        }
        if (!crosses) return std::nullopt;  // the strip was there above too
        ColumnsUnderLead out{{}, *g};
        std::vector<Line> kept;
        for (std::size_t i = 0; i < lines.size(); ++i) (in_lead[i] ? out.lead : kept).push_back(std::move(lines[i]));
        lines = std::move(kept);
        return out;
    }
    return std::nullopt;
}

// The masthead's fields that a text layer gives after the text under
// them go where they stand: before the first line read earlier that starts
// under their top. On a two-column page whose right column held nothing
// but the fields under the symbol ("Distr. générale", "3 décembre 2021"),
// Poppler read those as a flow of their own after the left column, and
// they stood at the end of the body (dev seed 29 fr-29-006, XeLaTeX). A
// run of fields, each under the last at a line's pitch, in the page's top
// kMastheadBandShare, read after running text under them, with only a
// masthead's short lines read before them above their foot.
void lift_late_masthead_fields(std::vector<Line>& lines, double page_height) {
    const auto field = [](const Line& l) { return !l.words.empty() && masthead_field(line_text(l)).has_value(); };
    // The text is asked only of lines in the band that some line read
    // before them stands under: masthead_field parses dates, and most
    // lines of most pages are neither.
    double lowest_before = -std::numeric_limits<double>::infinity();
    for (std::size_t s = 1; s < lines.size(); ++s) {
        lowest_before = std::max(lowest_before, lines[s - 1].box.y0);
        if (lines[s].box.y1 > kMastheadBandShare * page_height || lowest_before <= lines[s].box.y0 || !field(lines[s]))
            continue;
        const double em = std::max(lines[s].font_size, 1.0);
        std::size_t end = s + 1;
        while (end < lines.size() && field(lines[end]) && lines[end].box.y0 > lines[end - 1].box.y0 &&
               lines[end].baseline - lines[end - 1].baseline <= kMaxLinePitchEm * em &&
               lines[end].box.horizontal_overlap(lines[end - 1].box) > 0)
            ++end;
        Box run = lines[s].box;
        for (std::size_t k = s + 1; k < end; ++k) run = run.united(lines[k].box);
        const auto first = lines.begin(), from = lines.begin() + static_cast<std::ptrdiff_t>(s);
        const auto at = std::find_if(first, from, [&](const Line& l) { return l.box.y0 > run.y0 + kSameBaselineEm * em; });
        const auto masthead_line = [&](const Line& l) { return l.words.size() <= kMaxMastheadLineWords || field(l); };
        const bool masthead_above =
            std::all_of(first, from, [&](const Line& l) { return l.box.y0 >= run.y1 || masthead_line(l); });
        // Read after running text: a masthead's own lines in another order
        // ("General Assembly" before the symbol on its left) are read
        // whole as they come.
        const bool after_text = !std::all_of(at, from, masthead_line);
        if (at == from || run.y1 > kMastheadBandShare * page_height || !masthead_above || !after_text) {
            s = end - 1;
            continue;
        }
        std::rotate(at, from, lines.begin() + static_cast<std::ptrdiff_t>(end));
        return;
    }
}

}  // namespace

double body_font_size(const std::vector<Line>& lines) {
    std::vector<double> sizes;
    // Characters by the size a text layer sets them at (to a hundredth of
    // a point): OCR's sizes, from line heights, vary too much to count
    // alike; they are windowed below. A word OCR patched on a lossy layer
    // keeps its layer's size: a page of closing lines over a note's last
    // line, the closing lines patched, took the note's type for its text,
    // and the note stayed in the body (dev seed 27 fr-27-002.no-tounicode).
    std::map<long, std::size_t> set_at;
    for (const auto& l : lines)
        for (const auto& w : l.words) {
            const std::size_t chars = std::max<std::size_t>(w.text.size(), 1);
            sizes.insert(sizes.end(), chars, w.font_size);
            if (w.source == Source::TextLayer || w.has(kFlagOcrPatched)) set_at[std::lround(w.font_size * 100)] += chars;
        }
    // The largest size that sets a good share of the characters: notes in
    // smaller type may outnumber the text on a page (a last page of four
    // lines of text over five of notes, dev seed 7 ru-7-016), and were then
    // taken for its running text, and the text for headings.
    for (auto s = set_at.rbegin(); s != set_at.rend(); ++s)
        if (static_cast<double>(s->second) >= kMinRunningTextShare * static_cast<double>(sizes.size()))
            return static_cast<double>(s->first) / 100;
    // OCR: the same, over the sizes within kOcrSizeWindow of one another,
    // up to kMaxOcrTextOverMedian of the median (the notes' 9 pt were the
    // median of an OCR page of 10.5 pt text, dev mixed ru-7-016: its notes
    // stayed text, and each line a paragraph at the notes' pitch). Not on
    // Arabic lines, whose sizes vary with their letters.
    const bool ocr = set_at.empty() && std::none_of(lines.begin(), lines.end(), [](const Line& l) {
                         return !l.words.empty() && text_direction(line_text(l)) == Direction::RightToLeft;
                     });
    return ocr ? ocr_running_text_size(std::move(sizes)) : median(std::move(sizes));
}

double ocr_running_text_size(std::vector<double> sizes) {
    if (sizes.empty()) return 0;
    const double middle = median(sizes);
    std::sort(sizes.begin(), sizes.end());
    for (auto s = sizes.rbegin(); s != sizes.rend(); ++s) {
        if (*s > kMaxOcrTextOverMedian * middle) continue;
        if (*s <= middle) break;
        const auto from = std::lower_bound(sizes.begin(), sizes.end(), *s * (1 - kOcrSizeWindow));
        const auto to = std::upper_bound(sizes.begin(), sizes.end(), *s * (1 + kOcrSizeWindow));
        if (static_cast<double>(to - from) >= kMinRunningTextShare * static_cast<double>(sizes.size()))
            return *(from + (to - from) / 2);
    }
    return middle;
}

double ocr_document_text_size(const std::vector<const std::vector<Word>*>& pages) {
    std::vector<double> sizes;
    for (const auto* words : pages)
        for (const auto& w : *words) {
            if (text_direction(w.text) == Direction::RightToLeft) return 0;
            sizes.insert(sizes.end(), std::max<std::size_t>(w.text.size(), 1), w.font_size);
        }
    return ocr_running_text_size(std::move(sizes));
}

namespace {

// Whether an OCR page's lines at its measured text size (`own`) all stand
// under every line at the document's (`document`), some of which it holds:
// a last page whose notes outnumber its few lines of text.
bool notes_outnumber_text(const std::vector<Line>& body, double own, double document) {
    const auto at = [](const Line& l, double size) { return std::fabs(l.font_size - size) <= kOcrSizeWindow * size; };
    double lowest_text = -1, highest_own = std::numeric_limits<double>::infinity();
    for (const auto& l : body) {
        if (at(l, document)) lowest_text = std::max(lowest_text, l.baseline);
        else if (at(l, own)) highest_own = std::min(highest_own, l.baseline);
    }
    return lowest_text >= 0 && std::isfinite(highest_own) && highest_own > lowest_text;
}

}  // namespace

LineSource line_source(const Page& page) {
    if (page.source == Source::Ocr) return LineSource::Ocr;
    return page.verdict == PageVerdict::InvisibleOcr ? LineSource::EarlierOcr : LineSource::TextLayer;
}

std::vector<Block> lay_out_page(std::vector<Line> lines, double page_height, LineSource source,
                                const std::vector<Box>& drawings, double document_text_size) {
    std::vector<Block> top, bottom, rules;
    std::vector<Line> body, top_lines, bottom_lines;
    for (auto& l : lines) {
        const Band band = band_of(l, page_height);
        if (band == Band::Top) top_lines.push_back(std::move(l));
        else if (band == Band::Bottom) bottom_lines.push_back(std::move(l));
        else if (is_rule_line(l)) rules.push_back(furniture_block(std::move(l), "separator", Band::Body));
        else body.push_back(std::move(l));
    }
    take_outer_furniture(body, top_lines, bottom_lines, page_height);
    // The body's size, measured again only when a band gave a line back.
    // A short last page's notes may outnumber its text (a paragraph's last
    // line and the closing lines over three note lines, dev seed 31
    // es-31-010.scan: the notes' 9.4 points were the page's size, and its
    // one note stayed in the body): the document's OCR text size is the
    // page's when the page's own lies all under lines set at it.
    const auto measure = [&] {
        const double own = body_font_size(body);
        return source == LineSource::Ocr && document_text_size > 0 && own < kOcrNoteSizeRatio * document_text_size &&
                       notes_outnumber_text(body, own, document_text_size)
                   ? document_text_size
                   : own;
    };
    double body_size = measure();
    if (reclaim_foot_lines(body, bottom_lines, body_size)) body_size = measure();
    if (reclaim_top_text_lines(body, top_lines, body_size)) body_size = measure();
    for (auto& b : band_blocks(std::move(top_lines))) add_band_block(top, std::move(b), Band::Top);
    for (auto& b : band_blocks(std::move(bottom_lines))) add_band_block(bottom, std::move(b), Band::Bottom);
    // A note number read as "1See" or "‘" by whichever OCR made the words
    // (dev seed 7 en-7-023.invisible-ocr, its first page's layer kept).
    std::vector<Block> notes =
        take_note_area(body, body_size, source != LineSource::TextLayer, source != LineSource::EarlierOcr);
    std::vector<Block> figures = take_figures(body, drawings, body_size, page_height);
    std::vector<Block> tables;
    // An OCR page's columns too, by the strip no row crosses: two columns'
    // lines share baselines, and a table in one took the other's prose into
    // its rows (dev scan300-7 zh-7-029, zh-10-011).
    std::optional<Gutter> gutter = gutter_of(body, drawings, /*strip_only=*/source == LineSource::Ocr);
    bool ocr_columns = false;  // an OCR page read column by column
    if (source == LineSource::Ocr) {
        // Lines over the columns that run across their strip (a title over
        // both) are read first, and the columns are found under them.
        std::vector<Line> lead;
        if (!gutter)
            if (auto under = ocr_columns_under_lead(body, drawings)) {
                lead = std::move(under->lead);
                gutter = under->gutter;
            }
        // Two columns of running text parted by a strip no row crosses: read
        // column by column, whatever lines Tesseract ran across the strip.
        ocr_columns = gutter && two_text_columns(body, *gutter);
        if (ocr_columns) order_ocr_columns(body, *gutter);
        body.insert(body.begin(), std::make_move_iterator(lead.begin()), std::make_move_iterator(lead.end()));
        // Rows above the columns, read first: measured by the running
        // text's gutter too, which a masthead line may reach into (XeLaTeX's
        // 10 pt, dev seed 7 ru-7-018.scan), where no strip is left empty.
        // Without columns, the symbol's block read late is lifted alone.
        const auto columns = gutter ? gutter : gutter_of(body, drawings);
        if (!(columns && lift_rows_above_columns(body, *columns))) lift_late_symbol_block(body);
    }
    if (source == LineSource::TextLayer) lift_late_masthead_fields(body, page_height);
    if (source != LineSource::Ocr) tables = take_tables(body, body_size, gutter);
    else tables = take_figure_tables(body, body_size, gutter);
    // Headings are told against the size of the running text: on a page
    // that is mostly table, the tables' smaller type would make every
    // paragraph "large".
    const double text_size = tables.empty() || body.empty() ? body_size : body_font_size(body);
    std::vector<Block> paragraphs =
        group_paragraphs(std::move(body), /*measured_pitch=*/true, /*sizes_measured=*/source != LineSource::EarlierOcr);
    join_column_breaks(paragraphs);
    mark_headings(paragraphs, text_size);
    // An OCR page read column by column holds no table of prose side by
    // side: there, two columns' headings on one row ("第六条" beside "第十
    // 一条", which OCR's sizes did not make headings) are their sections'
    // (dev scan300-11 zh-11-005, ar-11-001: read row by row across both).
    if (!ocr_columns) order_side_by_side_rows(paragraphs, body_size, gutter);
    place_tables(paragraphs, std::move(tables), gutter);
    place_tables(paragraphs, std::move(figures));
    std::vector<Block> blocks = std::move(top);
    for (auto& b : paragraphs) blocks.push_back(std::move(b));
    for (auto& b : rules) blocks.push_back(std::move(b));
    for (auto& b : notes) blocks.push_back(std::move(b));
    for (auto& b : bottom) blocks.push_back(std::move(b));
    return blocks;
}

}  // namespace pdf2tei::structure
