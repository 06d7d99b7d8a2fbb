#include "columns.hpp"
#include "font_style.hpp"
#include "furniture.hpp"
#include "layout.hpp"
#include "tables.hpp"
#include "un_document.hpp"

#include "pdf2tei/stats.hpp"
#include "pdf2tei/text.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>
#include <optional>
#include <string>
#include <string_view>

namespace pdf2tei::structure {
namespace {

// Rows: words sharing a baseline band, whatever order they came in.
std::vector<std::vector<std::size_t>> rows_of(const std::vector<Word>& words) {
    std::vector<std::size_t> order(words.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return words[a].box.y1 < words[b].box.y1; });
    std::vector<std::vector<std::size_t>> rows;
    double row_bottom = 0, row_height = 0;
    for (std::size_t i : order) {
        const Box& b = words[i].box;
        if (rows.empty() || b.y1 - row_bottom > 0.5 * std::max(row_height, 1.0)) {
            rows.emplace_back();
            row_bottom = b.y1;
            row_height = b.height();
        }
        rows.back().push_back(i);
    }
    return rows;
}

// Column words in reading order from their geometry: rows by vertical
// overlap (a raised note call joins its row), top to bottom, each left to
// right. The extractor's own order inside a column is not to be trusted
// either: it splits justified headings with wide gaps.
std::vector<std::size_t> reading_order(const std::vector<Word>& words, std::vector<std::size_t> ids) {
    std::stable_sort(ids.begin(), ids.end(),
                     [&](std::size_t a, std::size_t b) { return words[a].box.center_y() < words[b].box.center_y(); });
    struct Row {
        Box box;
        std::vector<std::size_t> ids;
    };
    std::vector<Row> rows;
    for (std::size_t i : ids) {
        const Box& b = words[i].box;
        Row* home = nullptr;
        for (auto r = rows.rbegin(); r != rows.rend() && r - rows.rbegin() < 3; ++r) {
            const double min_h = std::max(std::min(b.height(), r->box.height()), 0.1);
            if (b.vertical_overlap(r->box) >= 0.5 * min_h) {
                home = &*r;
                break;
            }
        }
        if (!home) {
            rows.push_back({b, {}});
            home = &rows.back();
        }
        home->box = home->box.united(b);
        home->ids.push_back(i);
    }
    std::vector<std::size_t> out;
    for (auto& r : rows) {
        std::stable_sort(r.ids.begin(), r.ids.end(),
                         [&](std::size_t a, std::size_t b) { return words[a].box.x0 < words[b].box.x0; });
        out.insert(out.end(), r.ids.begin(), r.ids.end());
    }
    return out;
}

// A word spans the gutter when it covers its middle (a few lines may reach
// into the strip itself, as justified text does): Gutter::crossed_by,
// Gutter::over_middle, Gutter::left_of.

double median_size(const std::vector<Word>& words) {
    std::vector<double> s;
    for (const auto& w : words) s.push_back(w.font_size);
    return median(std::move(s));
}

// Calls visit(start, end) for each maximal run of [from, to) whose values
// all satisfy `keep`, left to right.
template <typename Keep, typename Visit>
void for_each_run(const std::vector<int>& values, std::size_t from, std::size_t to, Keep keep, Visit visit) {
    for (std::size_t k = from; k < to;) {
        if (!keep(values[k])) {
            ++k;
            continue;
        }
        std::size_t end = k;
        while (end < to && keep(values[end])) ++end;
        visit(k, end);
        k = end;
    }
}

// The fewest rows any strip of `width` points inside [from, to) is crossed
// by (the most rows over one of its points). A gutter narrower than a
// gutter's width of empty points still stands out from a ragged strip: a
// masthead line reaching into XeLaTeX's 10 pt column gap leaves 5 pt empty
// and 4 pt crossed by one row, where the right column's ragged short lines
// leave a wider strip crossed by a quarter of the rows (dev seed 7
// ru-7-018).
int emptiest_window(const std::vector<int>& covered, std::size_t from, std::size_t to, double width) {
    const std::size_t w = std::max<std::size_t>(1, static_cast<std::size_t>(std::ceil(width)));
    int best = std::numeric_limits<int>::max();
    for (std::size_t k = from; k + w <= to; ++k)
        best = std::min(best, *std::max_element(covered.begin() + static_cast<std::ptrdiff_t>(k),
                                                covered.begin() + static_cast<std::ptrdiff_t>(k + w)));
    return best;
}

// How a column's rows fill its width: running text fills it from edge to
// edge in most rows, or at least in the rows that carry most of its text.
struct ColumnFill {
    int rows = 0, full = 0;
    double width = 0, full_width = 0;
    std::vector<double> fills;  // each row's share of the column's width
    std::vector<double> starts;  // each row's first word's left edge
    // Rows between the page's first and last (its running head and foot):
    // how many, the first and last with text on this side, and those with.
    int seen = 0, first = -1, last = -1;
    std::vector<double> row_middles;  // each inner row's middle, for holes()
    std::vector<double> text_middles;  // ... of those with text on this side
    // `heading`: the side's words are all bold, a heading's ("المادة 5"
    // over each short article of a column, dev seed 11 ar-11-013): a row
    // for the count and the holes, but no measure of how the text fills
    // its column.
    void add(const Box& side, double column_width, bool edge_row, double row_middle, bool heading = false) {
        if (!edge_row) {
            ++seen;
            row_middles.push_back(row_middle);
        }
        if (side.empty()) return;
        if (!edge_row) {
            if (first < 0) first = seen - 1;
            last = seen - 1;
            text_middles.push_back(row_middle);
        }
        ++rows;
        // The page's first and last rows are its running head and foot,
        // whose fields stand anywhere (a barcode at the right of the job
        // number's row under a short right column, dev endnotes-17
        // fr-17-003): no measure of where the column's rows start.
        if (!edge_row) starts.push_back(side.x0);
        if (heading) return;
        width += side.width();
        if (column_width > 0) fills.push_back(side.width() / column_width);
        if (side.width() >= kFullRowShare * column_width) {
            ++full;
            full_width += side.width();
        }
    }
    // Every row starts at the column's start, or an indent past it: a
    // column's lines, not a table's cells.
    bool aligned(double em) const {
        return !starts.empty() && *std::max_element(starts.begin(), starts.end()) -
                                          *std::min_element(starts.begin(), starts.end()) <=
                                      kMaxColumnIndentEm * em;
    }
    // The share of rows between its first and last where this side is
    // empty: no row with text on this side within kHoleReachEm of it. A
    // row of the other column only, set between two of this one's (the
    // columns' baselines out of step after headings of another size, dev
    // endnotes-7 ru-7-006), is no hole; a table's short cell beside a long
    // one leaves holes a line pitch and more from its row.
    double holes(double em) const {
        if (first < 0) return 1.0;
        std::vector<double> near_rows = text_middles;  // rows sort by their foot, not their middle
        std::sort(near_rows.begin(), near_rows.end());
        int empty = 0;
        for (int k = first; k <= last; ++k) {
            const double y = row_middles[static_cast<std::size_t>(k)];
            const auto near = std::lower_bound(near_rows.begin(), near_rows.end(), y - kHoleReachEm * em);
            if (near == near_rows.end() || *near > y + kHoleReachEm * em) ++empty;
        }
        return static_cast<double>(empty) / (last - first + 1);
    }
    // `drawn` when the column holds a drawn shape: a figure's labels are
    // short rows that would pass for a column's ragged text (the state
    // diagram of pdf.js's tracemonkey.pdf, p. 2), so only the count holds.
    // `dense` when both columns are (holes): then a ragged column passes
    // on its median row.
    bool running_text(bool drawn, bool dense, bool right_to_left) const {
        if (full >= kMinFullRows * rows) return true;
        if (drawn) return false;
        const double ragged_fill = right_to_left ? kMinRaggedMedianFillRtl : kMinRaggedMedianFill;
        return (width > 0 && full_width >= kMinFullWidthShare * width) ||
               (dense && !fills.empty() && median(fills) >= ragged_fill);
    }
};

// Where the right column's rows start: the most common left edge (to the
// point) of the rows' first words right of the gutter; the gutter's edge
// when no row has any.
double right_column_edge(const std::vector<Word>& words, const std::vector<std::vector<std::size_t>>& rows,
                         const Gutter& g) {
    std::map<long, int> starts;
    for (const auto& row : rows) {
        double first = std::numeric_limits<double>::infinity();
        for (std::size_t i : row)
            if (words[i].box.x0 >= g.middle()) first = std::min(first, words[i].box.x0);
        if (std::isfinite(first)) ++starts[std::lround(first)];
    }
    if (starts.empty()) return g.x1;
    const auto most = std::max_element(starts.begin(), starts.end(),
                                       [](const auto& a, const auto& b) { return a.second < b.second; });
    return static_cast<double>(most->first);
}

// Where the right column's text ends: the median right end of the rows
// that start at the column's start (its justified margin, or a little
// short of it when ragged). Not the page's last point: a table set in the
// column may run past the margin (monospaced figures, dev seed 33
// en-33-027, pdflatex: to 593 pt where the text ends at 527), and the
// masthead's fields, flush with the margin, then look short of it.
double right_column_end(const std::vector<Word>& words, const std::vector<std::vector<std::size_t>>& rows,
                        const Gutter& gutter, double em) {
    std::vector<double> ends;
    for (const auto& row : rows) {
        double start = std::numeric_limits<double>::infinity(), end = -std::numeric_limits<double>::infinity();
        for (std::size_t i : row) {
            if (gutter.left_of(words[i].box)) continue;
            start = std::min(start, words[i].box.x0);
            end = std::max(end, words[i].box.x1);
        }
        if (std::isfinite(start) && start <= gutter.x1 + kMaxColumnIndentEm * em) ends.push_back(end);
    }
    if (!ends.empty()) return median(std::move(ends));
    double page_end = -std::numeric_limits<double>::infinity();
    for (const auto& w : words) page_end = std::max(page_end, w.box.x1);
    return page_end;
}

// How many rows from the top a masthead above the columns fills: rows with
// left-side text only, or whose right-side fields stand flush right past
// the right column's start ("United Nations ... A/73/155", the date alone
// on the right; dev seed 7 ru-7-006). They read the same either way, and
// the columns begin at the first row with text at the right column's start.
std::size_t masthead_rows(const std::vector<Word>& words, const std::vector<std::vector<std::size_t>>& rows,
                          const Gutter& gutter) {
    const double em = std::max(median_size(words), 1.0);
    const double right_edge = right_column_end(words, rows, gutter, em);
    const auto masthead_row = [&](const std::vector<std::size_t>& row) {
        bool right_side = false, flush_right = false;
        for (std::size_t i : row) {
            const Box& box = words[i].box;
            if (gutter.left_of(box)) continue;
            if (box.x0 <= gutter.x1 + kMaxColumnIndentEm * em) return false;  // at the column's start
            right_side = true;
            flush_right |= box.x1 >= right_edge - em;
        }
        return !right_side || flush_right;
    };
    std::size_t n = 0;
    while (n < rows.size() && masthead_row(rows[n])) ++n;
    return n;
}

// A full-width mark's ink stands in the left half of its em box, and
// xeCJK hangs a line's last mark past the column's end, into the gutter
// ("…不论国界寻求、" to 300.8 pt, the column ending at 292.7 and the
// gutter's middle at 297.5: dev seed 31 zh-31-012.clean, whose row was
// then read across both columns, the left column's paragraph cut in two).
// The word's box, as far as crossing a gutter goes: to its last mark's
// middle.
Box box_without_hanging_mark(const Word& w) {
    Box b = w.box;
    const char32_t last = last_code_point(w.text);
    if (!w.glyphs.empty() && (is_wide_clause_mark(last) || last == U'\u3001'))
        b.x1 = std::min(b.x1, w.glyphs.back().box.center_x());
    return b;
}

// The row's words on either side of the gutter's middle, each side sorted
// from the left.
std::pair<std::vector<Box>, std::vector<Box>> sides_of(const std::vector<Word>& words,
                                                       const std::vector<std::size_t>& row, const Gutter& gutter) {
    std::vector<Box> left, right;
    for (std::size_t i : row) (gutter.left_of(words[i].box) ? left : right).push_back(box_without_hanging_mark(words[i]));
    const auto by_x = [](const Box& a, const Box& b) { return a.x0 < b.x0; };
    std::sort(left.begin(), left.end(), by_x);
    std::sort(right.begin(), right.end(), by_x);
    return {left, right};
}

// Whether the gap at the gutter is the row's own word space: as wide as
// the spaces before and after it (of those that `left` and `right` have),
// within kSameWordSpaceShare.
bool gap_is_word_space(const std::vector<Box>& left, const std::vector<Box>& right,
                       double share = kSameWordSpaceShare) {
    const double gap = right.front().x0 - left.back().x1;
    std::vector<double> spaces;
    if (left.size() >= 2) spaces.push_back(left.back().x0 - left[left.size() - 2].x1);
    if (right.size() >= 2) spaces.push_back(right[1].x0 - right.front().x1);
    const auto alike = [gap, share](double other) { return std::abs(other - gap) <= share * gap; };
    return gap > 0 && !spaces.empty() && std::all_of(spaces.begin(), spaces.end(), alike);
}

// A line justified with spaces as wide as a narrow gutter, one of them
// where a strip no other row crosses runs down the page (XeLaTeX, 6.56
// points at 9.5, 0.69 em: dev endnotes-30 ru-30-004, whose last page's
// closing lines made a short right column beside the text and the notes):
// the gap at the strip is a gutter's width and the row's own word space,
// measured on both sides, alike within kSameWideSpaceShare: a line's
// spaces are one glue, where two justified monospaced columns may part at
// a gutter near their spaces ("… has the right to | unions for …", 9.9
// points between spaces of 8.7 and 9.2: dev seed 27 en-27-009, FreeMono).
// It crosses the strip, which is then no gutter.
bool spaced_across(const std::vector<Word>& words, const std::vector<std::size_t>& row, const Gutter& gutter,
                   double em) {
    const auto [left, right] = sides_of(words, row, gutter);
    return left.size() >= 2 && right.size() >= 2 && right.front().x0 - left.back().x1 >= kMinGutterEm * em &&
           gap_is_word_space(left, right, kSameWideSpaceShare);
}

// Whether a row has a word over the gutter's strip at all.
bool crosses_strip(const std::vector<Word>& words, const std::vector<std::size_t>& row, const Gutter& g) {
    return std::any_of(row.begin(), row.end(), [&](std::size_t i) { return words[i].box.x1 > g.x0 && words[i].box.x0 < g.x1; });
}

// Whether a row has words either side of the strip, none over it: a row
// both columns share.
bool side_by_side(const std::vector<Word>& words, const std::vector<std::size_t>& row, const Gutter& g) {
    const auto left = [&](std::size_t i) { return g.left_of(words[i].box); };
    return !crosses_strip(words, row, g) && std::any_of(row.begin(), row.end(), left) && !std::all_of(row.begin(), row.end(), left);
}

}  // namespace

bool too_short_to_judge_columns(const std::vector<Word>& words, std::size_t rows) {
    return words.size() < kMinColumnPageWords || rows < kMinColumnPageRows;
}

bool keeps_to_gutter(const std::vector<Word>& words, const Gutter& g) {
    const auto rows = rows_of(words);
    std::vector<std::size_t> beside;  // the rows both columns share
    for (std::size_t k = 0; k < rows.size(); ++k)
        if (side_by_side(words, rows[k], g)) beside.push_back(k);
    if (beside.size() < static_cast<std::size_t>(kMinShortColumnRows)) return false;
    for (std::size_t k = beside.front(); k <= beside.back(); ++k)
        if (crosses_strip(words, rows[k], g)) return false;
    return true;
}

namespace {

using Rows = std::vector<std::vector<std::size_t>>;

// What find_gutter measures of the whole page once, for each look at its
// rows: the words' leftmost and rightmost x, and their median size.
struct PageMeasures {
    double left = 0, right = 0, em = 1;
};

// The page's foot: from which row on every row's words are in type smaller
// than the page's text (under kMinColumnTextSize of `em`), its notes and
// the furniture below them; rows.size() when the last row is of text size.
std::size_t foot_start(const std::vector<Word>& words, const Rows& rows, double em) {
    std::size_t k = rows.size();
    while (k > 0 && std::all_of(rows[k - 1].begin(), rows[k - 1].end(),
                                [&](std::size_t i) { return words[i].font_size < kMinColumnTextSize * em; }))
        --k;
    return k;
}

// find_gutter on `rows` of `words`; `candidate` tells whether a strip
// empty enough for a gutter was there at all. With `clear_only`, a strip
// some row crosses is none.
std::optional<Gutter> gutter_in_rows(const std::vector<Word>& words, const Rows& rows, const PageMeasures& page,
                                     const std::vector<Box>& drawings, bool strip_only, bool clear_only,
                                     bool& candidate) {
    const double left = page.left, right = page.right, em = page.em;
    const double width = right - left;

    // For each point of the middle third, the rows with a word over it.
    const int x_from = static_cast<int>(left + width / 3), x_to = static_cast<int>(left + 2 * width / 3);
    std::vector<int> covered(static_cast<std::size_t>(std::max(0, x_to - x_from)), 0);
    for (const auto& row : rows) {
        std::vector<char> hit(covered.size(), 0);
        for (std::size_t i : row)
            for (int x = std::max(x_from, static_cast<int>(words[i].box.x0));
                 x < std::min(x_to, static_cast<int>(words[i].box.x1) + 1); ++x)
                hit[static_cast<std::size_t>(x - x_from)] = 1;
        for (std::size_t k = 0; k < hit.size(); ++k) covered[k] += hit[k];
    }
    // Runs of points few rows cover. A ragged-right left column leaves a
    // wide strip few rows cross; the gutter is its emptiest part: the
    // fewest rows any strip a gutter wide crosses (none, mostly), widened
    // over the points no more rows cross. Its middle then decides which
    // words cross it: a short line's last word reaching into the strip is
    // not a row across both columns. Of several runs, the one with the
    // emptiest such core wins, then the widest: short headings and a table
    // in the left column leave a wider strip that some rows still cross
    // beside the true gutter that none does (dev seed 9 zh-9-006). A
    // masthead line may reach into a narrow gutter (XeLaTeX's 10 pt, 0.9
    // em): it is still the emptiest strip, beside a short right column
    // whose few rows cross a wider one (dev seed 7 ru-7-018).
    const int max_cover = static_cast<int>(kMaxCrossingRows * static_cast<double>(rows.size()));
    struct Run {
        std::size_t start = 0, len = 0;
        int least = 0;
    };
    const double min_gutter = (strip_only ? kMinOcrStripGutterEm : kMinGutterEm) * em;
    std::optional<Run> best;
    auto better = [](const Run& a, const Run& b) { return a.least != b.least ? a.least < b.least : a.len > b.len; };
    for_each_run(covered, 0, covered.size(), [&](int c) { return c <= max_cover; },
                 [&](std::size_t start, std::size_t end) {
                     if (static_cast<double>(end - start) < min_gutter) return;
                     const int least = emptiest_window(covered, start, end, min_gutter);
                     Run run{start, 0, least};
                     for_each_run(covered, start, end, [&](int c) { return c <= least; },
                                  [&](std::size_t s, std::size_t e) {
                                      if (e - s > run.len) run.start = s, run.len = e - s;
                                  });
                     if (!best || better(run, *best)) best = run;
                 });
    if (!best) return std::nullopt;
    candidate = true;
    if (clear_only && best->least != 0) return std::nullopt;
    Gutter g{static_cast<double>(x_from + static_cast<int>(best->start)),
             static_cast<double>(x_from + static_cast<int>(best->start + best->len))};
    if (g.x1 - g.x0 > kMaxGutterEm * em) return std::nullopt;  // a table's empty column, not a gutter
    g.right_edge = right_column_edge(words, rows, g);
    g.reach = g.right_edge - kMinColumnClearanceEm * em;
    if (strip_only) return best->least == 0 ? std::optional<Gutter>(g) : std::nullopt;

    // Both columns must hold running text: rows that fill the column from
    // edge to edge, as set text does (a table's cells leave it half empty).
    // Short paragraphs, headings and the masthead's rows may outnumber the
    // full rows (a Chinese report of two- and three-line articles, dev seed
    // 9 zh-9-006: 39% of the left rows full), yet the full rows still carry
    // most of the column's text: a table's cells do not.
    // Each side's rows from row `from` on.
    const auto measure = [&](std::size_t from, double min_size) {
        std::pair<ColumnFill, ColumnFill> fills;
        for (std::size_t k = from; k < rows.size(); ++k) {
            const auto& row = rows[k];
            const bool edge_row = k == 0 || k + 1 == rows.size();
            Box l, r, whole;
            bool l_bold = true, r_bold = true;
            for (std::size_t i : row) {
                if (words[i].font_size < min_size) continue;
                whole = whole.united(words[i].box);
                if (g.over_middle(words[i].box)) continue;
                const bool left_side = g.left_of(words[i].box);
                Box& side = left_side ? l : r;
                side = side.united(words[i].box);
                (left_side ? l_bold : r_bold) &= is_bold_font(words[i].font);
            }
            fills.first.add(l, g.x0 - left, edge_row, whole.center_y(), l_bold);
            fills.second.add(r, right - g.x1, edge_row, whole.center_y(), r_bold);
        }
        return fills;
    };
    // The page's direction as the mirror pass judges it.
    const bool right_to_left = is_right_to_left(words);
    // Below the masthead: its flush-right fields (the symbol, "Distr.",
    // the date) are no rows of the right column, and made a column of
    // ragged running text beside them fail (dev endnotes-18 en-18-003,
    // pdflatex: 7 full rows of 24 with them, of 20 without). A right-to-
    // left page's masthead stands in the mirror, which masthead_rows does
    // not read (dev endnotes-11 ar-11-015: its last page's notes heading
    // went into the closing lines' columns).
    const std::size_t below_masthead = masthead_rows(words, rows, g);
    const auto [left_fill, right_fill] = measure(right_to_left ? 0 : below_masthead, 0);
    const double n = static_cast<double>(rows.size());
    const bool both_tall = left_fill.rows >= kMinColumnRows * n && right_fill.rows >= kMinColumnRows * n;
    bool left_drawn = false, right_drawn = false;
    for (const Box& d : drawings) {
        if (d.width() < kMinFigureShapeEm * em || d.height() < kMinFigureShapeEm * em) continue;  // rules, bars
        if (d.x1 <= g.middle()) left_drawn = true;
        else if (d.x0 >= g.middle()) right_drawn = true;
    }
    const bool dense = left_fill.holes(em) <= kMaxRaggedColumnHoles && right_fill.holes(em) <= kMaxRaggedColumnHoles;
    const bool left_text = left_fill.running_text(left_drawn, dense, right_to_left);
    const bool right_text = right_fill.running_text(right_drawn, dense, right_to_left);
    // A short column beside running text, where no row crosses the gutter:
    // a section's last lines at the top of the right column ("ishment." /
    // "Article 6" / "6. Everyone has the right to recognition" / "everywhere
    // as …", dev seed 7 en-7-004: 1 full row of 7), its rows all starting
    // at the column's start, as a table's cells do not, and one at least
    // filling it; and it stands at the top, from the other column's first
    // row to within its first half: a table's right-hand cells beside its
    // left-hand prose run on down the page (A/80/590's outputs and
    // remarks, to 56-95% of the rows; the dev short columns ended at
    // 14-44%: dev seed 35 ru-35-009 and zh-35-003, beside a left column
    // whose spaced headings add rows the right one does not share).
    // A line of running text crossing the strip at its own word space
    // makes it none (spaced_across).
    if (std::any_of(rows.begin() + static_cast<std::ptrdiff_t>(below_masthead), rows.end(),
                    [&](const auto& row) { return spaced_across(words, row, g, em); }))
        return std::nullopt;
    if (both_tall && left_text && right_text) return g;
    // Measured again, below the masthead, only when it may be one: the
    // masthead's fields above the columns are no column's rows. Then once
    // more without the smaller type, which may be the notes at the
    // column's foot ("³ A/80/685, annex." under a short right column, dev
    // seed 8 en-8-004, pdflatex) or the column itself (endnotes under
    // their heading, at the top of the right column).
    if (!(left_text || right_text)) return std::nullopt;
    const auto short_column = [&](const ColumnFill& c, bool drawn) {
        return !drawn && c.rows >= kMinShortColumnRows && c.full >= 1 && c.aligned(em) && c.first == 0 &&
               c.last < kMaxShortColumnReach * c.seen;
    };
    // No row beside the short column may cross the gutter. A title above
    // the columns may: it is read whole, as the masthead is (a bold title
    // reaching 2 pt into LibreOffice's gutter over a right column of five
    // rows, dev seed 12 fr-12-014: the columns were read across, the right
    // one's paragraphs set after the left one's first).
    const auto crosses_gutter = [&](const std::vector<std::size_t>& row) { return crosses_strip(words, row, g); };
    // Rows that cross it above the first row both columns share are a
    // title over the columns, as the masthead is ("D e c l a r a c i ó n
    // Universal de Derechos Humanos" spaced across the gutter over a right
    // column of one article: dev seed 28 es-28-003, read across, CER 0.17);
    // the columns are measured from that row.
    std::size_t columns_top = below_masthead;
    if (best->least != 0) {
        const auto shared = [&](const std::vector<std::size_t>& row) { return side_by_side(words, row, g); };
        const auto first_shared = std::find_if(rows.begin() + static_cast<std::ptrdiff_t>(below_masthead), rows.end(), shared);
        if (std::any_of(first_shared, rows.end(), crosses_gutter)) return std::nullopt;
        columns_top = static_cast<std::size_t>(first_shared - rows.begin());
    }
    for (const double min_size : {0.0, kMinColumnTextSize * em}) {
        const auto [left_body, right_body] = measure(columns_top, min_size);
        if ((left_text && short_column(right_body, right_drawn)) || (right_text && short_column(left_body, left_drawn)))
            return g;
    }
    return std::nullopt;
}

}  // namespace

std::optional<Gutter> find_gutter(const std::vector<Word>& words, const std::vector<Box>& drawings, bool strip_only) {
    if (words.size() < kMinColumnPageWords) return std::nullopt;
    PageMeasures page{words.front().box.x0, words.front().box.x1};
    for (const auto& w : words) {
        page.left = std::min(page.left, w.box.x0);
        page.right = std::max(page.right, w.box.x1);
    }
    const auto rows = rows_of(words);
    if (page.right - page.left <= 0 || too_short_to_judge_columns(words, rows.size())) return std::nullopt;
    page.em = std::max(median_size(words), 1.0);
    bool candidate = false;
    if (auto g = gutter_in_rows(words, rows, page, drawings, strip_only, false, candidate)) return g;
    // Notes set across the page's width under two columns (LibreOffice's
    // footnotes, 8.5 pt under 10 pt columns: dev seed 36 zh-36-008.clean)
    // cross the gutter and narrow it to where their longest line ends; the
    // columns above them were read across as one. When the page has a
    // strip for a gutter but no columns, they are looked for again above
    // its foot, the rows of smaller type at its bottom, in a strip no row
    // above the foot crosses: a page of one column crosses it with its full
    // lines, which the closing lines' short right-hand rows beside a
    // paragraph's short last lines otherwise let pass for a short column
    // (dev endnotes-36 en-36-007, XeLaTeX, endnotes under "Notes"). A page
    // that has columns with its foot keeps them as found.
    if (!candidate || strip_only) return std::nullopt;
    const std::size_t foot = foot_start(words, rows, page.em);
    if (foot == rows.size() || too_short_to_judge_columns(words, foot)) return std::nullopt;
    const Rows above(rows.begin(), rows.begin() + static_cast<std::ptrdiff_t>(foot));
    return gutter_in_rows(words, above, page, drawings, /*strip_only=*/false, /*clear_only=*/true, candidate);
}

namespace {

// The number of the first numbered paragraph in a column's words (in
// reading order, row by row): a row opening with "1 -" or "1.".
std::optional<int> first_paragraph_number(const std::vector<Word>& words, const std::vector<std::size_t>& ordered) {
    for (std::size_t k = 0; k < ordered.size(); ++k) {
        const bool row_start = k == 0 || words[ordered[k]].box.x0 < words[ordered[k - 1]].box.x0;
        if (!row_start) continue;
        const bool next_in_row = k + 1 < ordered.size() && words[ordered[k + 1]].box.x0 > words[ordered[k]].box.x0;
        if (const auto n = leading_paragraph_number(words[ordered[k]].text,
                                                    next_in_row ? words[ordered[k + 1]].text : std::string_view()))
            return n;
    }
    return std::nullopt;
}

}  // namespace

bool lift_rows_above_columns(std::vector<Line>& lines, const Gutter& gutter) {
    if (lines.empty() || gutter.right_edge <= 0) return false;
    std::vector<double> sizes;
    for (const auto& l : lines) sizes.push_back(l.font_size);
    const double em = std::max(median(std::move(sizes)), 1.0);
    // The right column's first line: right of the gutter, starting at the
    // column's start or an indent past it.
    double column_top = std::numeric_limits<double>::infinity();
    for (const auto& l : lines)
        if (l.box.x0 >= gutter.middle() && l.box.x0 <= gutter.right_edge + kMaxColumnIndentEm * em)
            column_top = std::min(column_top, l.box.y0);
    if (!std::isfinite(column_top)) return false;
    const auto above = [&](const Line& l) { return l.box.y1 <= column_top; };
    // In order already: every line above comes before every line under.
    // Only a masthead is lifted: a line out of order that is the
    // document's symbol, or a masthead's field under a symbol the top band
    // took ("Distr.: General", the date: dev seed 7 en-7-018.scan). A
    // typescript's right-hand headings over its column ("Chez moi", "Fête
    // de J. d'Arc 1929": ocr-gt tapuscorpus) are read with their column,
    // as Tesseract reads them.
    const auto first_under = std::find_if(lines.begin(), lines.end(), [&](const Line& l) { return !above(l); });
    if (std::none_of(first_under, lines.end(), [&](const Line& l) {
            const std::string text = line_text(l);
            return above(l) && (!ocr_un_symbol(text).empty() || masthead_field(text));
        }))
        return false;
    std::vector<Line> top, rest;
    for (auto& l : lines) (above(l) ? top : rest).push_back(std::move(l));
    std::stable_sort(top.begin(), top.end(), [](const Line& a, const Line& b) { return a.box.y0 < b.box.y0; });
    lines = std::move(top);
    for (auto& l : rest) lines.push_back(std::move(l));
    return true;
}

bool lift_late_symbol_block(std::vector<Line>& lines) {
    for (std::size_t s = 1; s < lines.size(); ++s) {
        const Line& symbol = lines[s];
        if (ocr_un_symbol(line_text(symbol)).empty()) continue;
        const auto below = [&](const Line& l) { return l.box.y0 >= symbol.box.y1; };
        if (std::none_of(lines.begin(), lines.begin() + static_cast<std::ptrdiff_t>(s), below)) continue;
        const double em = std::max(symbol.font_size, 1.0);
        std::size_t end = s + 1;
        while (end < lines.size() && lines[end].box.y0 > lines[end - 1].box.y0 &&
               lines[end].baseline - lines[end - 1].baseline <= kMaxLinePitchEm * em &&
               lines[end].box.horizontal_overlap(symbol.box) > 0)
            ++end;
        // Before the first line read earlier that starts under the symbol's
        // top ("General Assembly" under "United Nations", on the symbol's row).
        const auto at = std::find_if(lines.begin(), lines.begin() + static_cast<std::ptrdiff_t>(s), [&](const Line& l) {
            return l.box.y0 > symbol.box.y0 + kSameBaselineEm * em;
        });
        std::rotate(at, lines.begin() + static_cast<std::ptrdiff_t>(s), lines.begin() + static_cast<std::ptrdiff_t>(end));
        return true;
    }
    return false;
}

namespace {

// A line's words either side of the gutter's middle, each side boxed.
std::array<Line, 2> line_sides(const Line& l, const Gutter& gutter) {
    std::array<Line, 2> sides;
    for (const auto& w : l.words) {
        Line& side = sides[gutter.left_of(w.box) ? 0 : 1];
        side.box = side.box.united(w.box);
        side.words.push_back(w);
    }
    return sides;
}

}  // namespace

bool two_text_columns(const std::vector<Line>& lines, const Gutter& gutter) {
    // Each line's words either side of the strip, as order_ocr_columns
    // cuts them: Tesseract runs two columns' lines into one across a
    // narrow gutter (Liberation Mono's 20 pt, three of its spaces: dev
    // seed 35 es-35-003.garbled), and those lines are the columns' too.
    struct Piece {
        Box box;
        double font_size = 0;
    };
    std::vector<Piece> sides[2];
    for (const auto& l : lines) {
        const auto pieces = line_sides(l, gutter);
        for (int k = 0; k < 2; ++k)
            if (!pieces[k].words.empty() && prose_words(pieces[k].words) && !gutter.crossed_by(pieces[k].box))
                sides[k].push_back({pieces[k].box, l.font_size});
    }
    for (const auto& side : sides) {
        if (side.size() < static_cast<std::size_t>(kMinColumnProseLines)) return false;
        std::vector<double> starts;
        for (const Piece& l : side) starts.push_back(l.box.x0);
        const double start = quantile(starts, 0.1);
        const auto at_start = std::count_if(side.begin(), side.end(), [&](const Piece& l) {
            return l.box.x0 <= start + kMaxColumnIndentEm * std::max(l.font_size, 1.0);
        });
        if (static_cast<double>(at_start) < kMinColumnStartShare * static_cast<double>(side.size())) return false;
    }
    return true;
}

namespace {

// A column's lines (top to bottom) that stand on one baseline side by
// side, as one line left to right: Tesseract cuts a justified line at its
// wide spaces ("2. Nul ne" / "peut être", each its own textline, dev seed
// 14 fr-14-004.garbled, LibreOffice), and the pieces, sorted by their
// tops, came out of order as lines of their own. The pieces may
// interleave ("to … and to … trade" / "form … join", FreeMono, dev seed 27
// en-27-009.garbled); no word of one may overlap a word of the other.
// Returns whether it joined any.
bool words_overlap(const Line& a, const Line& b) {
    for (const auto& x : a.words)
        for (const auto& y : b.words)
            if (x.box.horizontal_overlap(y.box) > 0) return true;
    return false;
}

bool join_row_pieces(std::vector<Line>& side) {
    bool joined = false;
    for (std::size_t i = 0; i < side.size(); ++i) {
        if (side[i].words.empty()) continue;
        for (std::size_t j = i + 1; j < side.size(); ++j) {
            Line &a = side[i], &b = side[j];
            if (b.words.empty()) continue;
            const double size = std::max({a.font_size, b.font_size, 1.0});
            if (b.box.y0 > a.box.y1) break;  // below: sorted by top, none after is on the row
            if (std::fabs(a.baseline - b.baseline) > kSameBaselineEm * size || words_overlap(a, b)) continue;
            a.words.back().space_after = true;
            b.words.back().space_after = true;
            for (auto& w : b.words) a.words.push_back(std::move(w));
            std::stable_sort(a.words.begin(), a.words.end(),
                             [](const Word& x, const Word& y) { return x.box.x0 < y.box.x0; });
            a.words.back().space_after = false;
            a.box = a.box.united(b.box);
            b.words.clear();
            joined = true;
        }
    }
    std::erase_if(side, [](const Line& l) { return l.words.empty(); });
    return joined;
}

}  // namespace

bool order_ocr_columns(std::vector<Line>& lines, const Gutter& gutter) {
    std::vector<Line> left, right, bridging;
    bool cut = false;
    const auto cut_line = [&](const Line& l, std::array<Line, 2> sides) {
        cut = true;
        sides[0].words.back().space_after = true;
        for (int k = 0; k < 2; ++k) {
            sides[k].baseline = l.baseline;
            sides[k].font_size = l.font_size;
            (k == 0 ? left : right).push_back(std::move(sides[k]));
        }
    };
    // A line whose two pieces meet at its own word space: a title over the
    // columns whose space falls in their strip ("Derechos | Humanos", dev
    // seed 35 es-35-003.garbled, as order_columns's `bridges` on a text
    // layer).
    const auto meets_at_word_space = [](const std::array<Line, 2>& sides) {
        std::vector<Box> boxes[2];
        for (int k = 0; k < 2; ++k)
            for (const auto& w : sides[k].words) boxes[k].push_back(w.box);
        return gap_is_word_space(boxes[0], boxes[1]);
    };
    for (const auto& l : lines) {
        auto sides = line_sides(l, gutter);
        if (sides[0].words.empty() || sides[1].words.empty()) {
            (sides[0].words.empty() ? right : left).push_back(l);
            continue;
        }
        if (meets_at_word_space(sides)) bridging.push_back(l);
        else cut_line(l, std::move(sides));
    }
    // Such a line above the right column's first is read whole, before the
    // columns; one beside them is two columns' lines after all.
    double right_top = std::numeric_limits<double>::infinity();
    for (const auto& l : right) right_top = std::min(right_top, l.box.y0);
    for (const auto& l : bridging) {
        if (l.box.y1 <= right_top) left.push_back(l);
        else cut_line(l, line_sides(l, gutter));
    }
    const auto by_top = [](const Line& a, const Line& b) { return a.box.y0 < b.box.y0; };
    std::stable_sort(left.begin(), left.end(), by_top);
    std::stable_sort(right.begin(), right.end(), by_top);
    cut |= join_row_pieces(left) | join_row_pieces(right);
    // Right to left (the page mirrored), the columns' paragraph numbers
    // say which is read first, as order_columns's do on a text layer:
    // XeTeX's bidi sets the first column on the left, which the mirror
    // puts right (dev scan300-11 ar-11-001: articles 21-22 read before
    // 16-20).
    const auto first_number = [](const std::vector<Line>& side) -> std::optional<int> {
        for (const auto& l : side)
            if (l.words.size() >= 2)
                if (const auto n = leading_paragraph_number(l.words[0].text, l.words[1].text)) return n;
        return std::nullopt;
    };
    // The page's direction, as the mirror pass judged it (is_right_to_left).
    std::vector<Word> words;
    for (const auto& l : lines) words.insert(words.end(), l.words.begin(), l.words.end());
    if (is_right_to_left(words)) {
        const auto a = first_number(left), b = first_number(right);
        if (a && b && *b < *a) std::swap(left, right);
    }
    std::vector<Line> ordered = std::move(left);
    for (auto& l : right) ordered.push_back(std::move(l));
    const bool changed = cut || ordered != lines;
    lines = std::move(ordered);
    return changed;
}

std::optional<Gutter> columns_gutter(const std::vector<Word>& words, const std::vector<Box>& drawings) {
    return is_right_to_left(words) ? std::nullopt : find_gutter(words, drawings);
}

bool may_be_too_short_for_columns(const std::vector<Word>& words) {
    if (words.size() < kMinColumnPageWords) return true;
    // Rows' middles, a word's half height apart at least; enough of them
    // is enough (a page's words are read a few hundred at a time).
    std::vector<double> middles;
    for (const auto& w : words) {
        const double m = w.box.center_y();
        if (std::any_of(middles.begin(), middles.end(), [&](double x) { return std::fabs(x - m) < w.box.height() / 2; }))
            continue;
        middles.push_back(m);
        if (middles.size() >= kMinColumnPageRows) return false;
    }
    return true;
}

bool order_columns(std::vector<Word>& words, const std::vector<Box>& drawings, bool right_to_left,
                   const std::optional<Gutter>& neighbours) {
    const auto rows = rows_of(words);
    auto gutter = find_gutter(words, drawings);
    if (!gutter && neighbours && !right_to_left && too_short_to_judge_columns(words, rows.size()) &&
        keeps_to_gutter(words, *neighbours))
        gutter = neighbours;
    if (!gutter) return false;
    // The masthead's rows are read whole, row by row.
    const double em = std::max(median_size(words), 1.0);
    const std::size_t columns_from = masthead_rows(words, rows, *gutter);
    // Row by row from the top: a row crossing the gutter closes the current
    // two-column section (left words, then right) and is read whole.
    std::vector<std::size_t> order, left, right;
    auto close_section = [&] {
        auto first = reading_order(words, std::move(left));
        auto second = reading_order(words, std::move(right));
        // A right-to-left page laid out in the mirror reads its right-hand
        // column first, as LibreOffice sets it; XeTeX's bidi sets the first
        // column on the left (dev endnotes-8 ar-8-005: articles 16-20 left,
        // 21-22 right). The columns' paragraph numbers tell.
        if (right_to_left) {
            const auto a = first_paragraph_number(words, first), b = first_paragraph_number(words, second);
            if (a && b && *b < *a) std::swap(first, second);
        }
        order.insert(order.end(), first.begin(), first.end());
        order.insert(order.end(), second.begin(), second.end());
        left.clear();
        right.clear();
    };
    // A row whose words meet across the gutter's middle at a word space,
    // not a gutter's width, runs across both columns too: a title over
    // them whose space falls in the gutter ("Derechos | Humanos", dev seed
    // 8 es-8-000, LibreOffice).
    const auto bridges = [&](const std::vector<std::size_t>& row) {
        const auto [left_boxes, right_boxes] = sides_of(words, row, *gutter);
        if (left_boxes.empty() || right_boxes.empty()) return false;
        const double left_end = left_boxes.back().x1, right_start = right_boxes.front().x0;
        const double gap = right_start - left_end;
        // As wide as a gutter in em (a monospaced font's space is 0.6 em,
        // kMinGutterEm), the gap still bridges the columns where the word
        // after it starts inside the gutter, short of the right column's
        // edge, at the row's own word space: "Derechos | Humanos", 6.6 pt
        // in Liberation Mono at 11 pt, "Humanos" 6 pt short of the column
        // (dev seed 35 es-35-003.clean, LibreOffice; the title lost its
        // last word to the right column). Two justified monospaced columns
        // parting at their spaces' width start the right one at its edge
        // (dev seed 27 en-27-009, FreeMono).
        if (gap >= kMinGutterEm * em)
            return gutter->right_edge > 0 && right_start < gutter->right_edge - kColumnEdgeToleranceEm * em &&
                   left_boxes.size() >= 2 && gap_is_word_space(left_boxes, right_boxes);
        // A table in the left column may reach into the gutter, its last
        // column's figures a few points short of the right column's text
        // ("145" at 282-298 pt beside "11. Motherhood" at 303, gutter
        // 290-302; dev seed 7 en-7-027, pdflatex). Its row still keeps to
        // the columns: the left words end within the left column's reach,
        // and the right ones start at the right column's edge (a title's
        // right word, after a space in the gutter, starts inside it).
        const bool keeps_to_columns = gutter->right_edge > 0 && left_end <= gutter->reach &&
                                      right_start >= gutter->right_edge - kColumnEdgeToleranceEm * em;
        if (!keeps_to_columns) return true;
        // Unless the gap at the gutter is the row's own word space, as wide
        // as the gaps before and after it: a title's line over the columns
        // whose word happens to start at the right column's edge
        // ("droits | de l’homme", 3.5 pt each; dev endnotes-14 fr-14-002).
        // The table's figure stands a cell's gap from its label. A title's
        // last word may stand alone past the gutter ("Human | Rights",
        // FreeMono's spaces 6.9 pt each; dev seed 27 en-27-009): then the
        // spaces before the gutter's are what it is measured by.
        return gap_is_word_space(left_boxes, right_boxes);
    };
    for (std::size_t k = 0; k < rows.size(); ++k) {
        const auto& row = rows[k];
        const bool spans = k < columns_from || bridges(row) || std::any_of(row.begin(), row.end(), [&](std::size_t i) {
                               return gutter->crossed_by(box_without_hanging_mark(words[i]));
                           });
        if (spans) {
            close_section();
            std::vector<std::size_t> whole(row.begin(), row.end());
            std::sort(whole.begin(), whole.end());
            order.insert(order.end(), whole.begin(), whole.end());
            continue;
        }
        for (std::size_t i : row) (gutter->left_of(words[i].box) ? left : right).push_back(i);
    }
    close_section();
    std::vector<Word> out;
    out.reserve(words.size());
    for (std::size_t i : order) out.push_back(std::move(words[i]));
    words = std::move(out);
    return true;
}

}  // namespace pdf2tei::structure
