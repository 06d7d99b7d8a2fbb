#include "tables.hpp"

#include <algorithm>
#include <array>
#include <limits>
#include <set>
#include <cmath>
#include <cstring>
#include <map>

#include <unicode/uchar.h>

#include "pdf2tei/stats.hpp"
#include "pdf2tei/text.hpp"
#include "layout.hpp"    // is_table_caption
#include "headings.hpp"  // kHeadingSizeRatio: a one-cell row that large is a heading

namespace pdf2tei::structure {
namespace {

// Rows point into the page's lines: every page is looked at, few have
// tables, and only a table's words are copied.
using Cell = std::vector<const Word*>;

// Lines that share a baseline, as one row.
struct Row {
    std::vector<std::size_t> lines;       // indices into the page's lines
    std::vector<const Word*> words;       // all their words, left to right
    std::vector<const Word*> line_ends;   // the last word of each line: a space follows it in a cell
    Box box;
    std::vector<Cell> cells;
    bool is_tabular = false;
    bool tabular() const { return is_tabular; }
};

std::vector<Cell> cells_at_gaps(const std::vector<const Word*>& words) {
    std::vector<Cell> cells;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (i == 0) {
            cells.emplace_back();
        } else {
            const Word& prev = *words[i - 1];
            const double em = std::max(prev.font_size, words[i]->font_size);
            if (words[i]->box.x0 - prev.box.x1 >= kCellGapEm * (em > 0 ? em : 10.0)) cells.emplace_back();
        }
        cells.back().push_back(words[i]);
    }
    return cells;
}

// At least kMinRowCells cells, at most one of them as wide as a line of
// running text (a long label): two columns of prose side by side, one line
// starting "3.  Data for ...", make three cells too.
bool tabular(const Row& r) {
    if (static_cast<int>(r.cells.size()) < kMinRowCells) return false;
    return std::count_if(r.cells.begin(), r.cells.end(), [&](const Cell& c) {
               return c.back()->box.x1 - c.front()->box.x0 > kMaxCellShare * r.box.width();
           }) <= 1;
}

double size_of(const Line& l) { return l.font_size > 0 ? l.font_size : 10.0; }

// A word of running text: lower-case letters, perhaps followed by , . ; or :
bool lower_case_word(const Word& w) {
    std::u32string t = utf8_decode(w.text);
    while (!t.empty() && std::u32string_view(U",.;:").find(t.back()) != std::u32string_view::npos) t.pop_back();
    return !t.empty() && std::all_of(t.begin(), t.end(), [](char32_t c) { return u_islower(static_cast<UChar32>(c)); });
}

// `line` reads as justified prose (see kJustifiedAlikeShare).
bool justified_prose(const Line& line) {
    const auto& ws = line.words;
    if (ws.size() < kMinJustifiedGaps + 1) return false;
    std::vector<double> gaps;
    for (std::size_t i = 0; i + 1 < ws.size(); ++i) gaps.push_back(ws[i + 1].box.x0 - ws[i].box.x1);
    const double widest = *std::max_element(gaps.begin(), gaps.end());
    const double mid = median(gaps);
    // Only a line its own spaces cut into cells: a table's cells of wrapped
    // text are lines of ordinary spaces side by side (A/81/6's logframe).
    if (mid < kCellGapEm * size_of(line) || widest > kMaxJustifiedGapRatio * mid) return false;
    const auto alike = std::count_if(gaps.begin(), gaps.end(),
                                     [&](double g) { return std::fabs(g - mid) <= kJustifiedGapSpread * mid; });
    const auto lower = std::count_if(ws.begin(), ws.end(), lower_case_word);
    return static_cast<double>(alike) >= kJustifiedAlikeShare * static_cast<double>(gaps.size()) &&
           static_cast<double>(lower) >= kProseWordShare * static_cast<double>(ws.size());
}

bool is_dash(const std::string& text) { return text == "–" || text == "-" || text == "—"; }

// An amount, or the dash that stands for none: "28 587.8", "(49.4)", "–".
bool is_figure(const std::string& text) {
    if (is_dash(text)) return true;
    bool digit = false;
    for (unsigned char c : text) {
        if (c >= '0' && c <= '9') digit = true;
        else if (!std::strchr("().,%-/", c)) return false;
    }
    return digit;
}

std::vector<Row> rows_of(const std::vector<Line>& lines) {
    std::vector<std::size_t> order(lines.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return lines[a].box.center_y() < lines[b].box.center_y(); });
    std::vector<Row> rows;
    double row_middle = 0, row_size = 0;
    for (std::size_t i : order) {
        const Line& l = lines[i];
        if (l.words.empty()) continue;
        // A line of figures, in the em of the row's largest line: OCR sizes
        // such a line by the figures' height (6.4 points beside the row's
        // label at 7.4 and its other figures at 11, and the figures'
        // middles stand lower than the label's: dev scan300-23 ar-23-000).
        // Not a line of specks read as letters and marks beside a line of
        // text ("5 م 5", 3.8-9 points: dev scan300-13 ar-13-008, whose
        // paragraph then read as a row of the table above it).
        const bool figures = std::all_of(l.words.begin(), l.words.end(), [](const Word& w) { return is_figure(w.text); });
        const double em = figures ? std::max(size_of(l), row_size) : size_of(l);
        if (rows.empty() || std::fabs(l.box.center_y() - row_middle) > kSameRowEm * em) {
            rows.emplace_back();
            row_middle = l.box.center_y();
            row_size = 0;
        }
        row_size = std::max(row_size, size_of(l));
        Row& r = rows.back();
        r.lines.push_back(i);
        r.box = r.box.united(l.box);
        for (const auto& w : l.words) r.words.push_back(&w);
        r.line_ends.push_back(&l.words.back());
    }
    for (auto& r : rows) {
        std::stable_sort(r.words.begin(), r.words.end(),
                         [](const Word* a, const Word* b) { return a->box.x0 < b->box.x0; });
        r.cells = cells_at_gaps(r.words);
        r.is_tabular = tabular(r) && !std::all_of(r.lines.begin(), r.lines.end(),
                                                  [&](std::size_t i) { return justified_prose(lines[i]); });
    }
    return rows;
}

using Columns = std::vector<std::pair<double, double>>;

// The columns as the fullest rows set them: the number of cells most
// tabular rows have (the largest such, on a tie), and for each column the
// median left and right edges of its cells in those rows. A label that
// runs long in one row does not widen its column, as it would a strip of
// ink. Empty unless kMinTabularRows rows agree and their columns do not
// overlap.
Columns columns_of_full_rows(const std::vector<Row>& rows) {
    std::map<std::size_t, int> rows_with;
    for (const auto& r : rows)
        if (r.tabular()) ++rows_with[r.cells.size()];
    std::size_t cells = 0;
    int most = 0;
    for (const auto& [n, count] : rows_with)
        if (count >= most) {
            cells = n;
            most = count;
        }
    if (most < kMinTabularRows) return {};
    Columns columns;
    for (std::size_t c = 0; c < cells; ++c) {
        std::vector<double> left, right;
        for (const auto& r : rows)
            if (r.cells.size() == cells) {
                left.push_back(r.cells[c].front()->box.x0);
                right.push_back(r.cells[c].back()->box.x1);
            }
        columns.emplace_back(median(std::move(left)), median(std::move(right)));
        if (c > 0 && columns[c - 1].second >= columns[c].first) return {};
    }
    return columns;
}

// Strips of x within `span` where the rows have ink (their cells', or
// their words'), separated by strips at least kMinColumnGapEm wide where at
// most kMaxGutterInk of `counted` rows have any. One bin a point.
Columns strips_of_ink(const std::vector<Row>& rows, const Box& span, bool by_words, int counted, double body_size) {
    if (counted == 0 || span.width() <= 0) return {};
    const auto bins = static_cast<std::size_t>(std::ceil(span.width())) + 1;
    std::vector<int> ink(bins, 0);
    const auto mark = [&](std::vector<char>& covered, double x0, double x1) {
        x0 = std::max(x0, span.x0);
        x1 = std::min(x1, span.x1);
        if (x1 < x0) return;
        const auto from = static_cast<std::size_t>(std::floor(x0 - span.x0));
        const auto to = std::min(bins - 1, static_cast<std::size_t>(std::ceil(x1 - span.x0)));
        for (std::size_t b = from; b <= to; ++b) covered[b] = 1;
    };
    for (const auto& r : rows) {
        if (!by_words && !r.tabular()) continue;
        std::vector<char> covered(bins, 0);
        if (by_words)
            for (const Word* w : r.words) mark(covered, w->box.x0, w->box.x1);
        else
            for (const auto& cell : r.cells) mark(covered, cell.front()->box.x0, cell.back()->box.x1);
        for (std::size_t b = 0; b < bins; ++b) ink[b] += covered[b];
    }
    const double max_gutter_ink = kMaxGutterInk * counted;
    const double min_gap = kMinColumnGapEm * body_size;
    Columns strips;
    std::size_t b = 0;
    while (b < bins) {
        // A strip: from the first inked bin to the start of the next gap
        // that is wide enough.
        while (b < bins && ink[b] <= max_gutter_ink) ++b;
        if (b == bins) break;
        const std::size_t start = b;
        std::size_t end = b;
        while (b < bins) {
            if (ink[b] > max_gutter_ink) {
                end = ++b;
                continue;
            }
            std::size_t gap_end = b;
            while (gap_end < bins && ink[gap_end] <= max_gutter_ink) ++gap_end;
            if (gap_end == bins || static_cast<double>(gap_end - b) >= min_gap) break;
            b = gap_end;
        }
        strips.emplace_back(span.x0 + static_cast<double>(start), span.x0 + static_cast<double>(end));
        b = std::max(b, end);
    }
    return strips;
}

int tabular_rows(const std::vector<Row>& rows) {
    return static_cast<int>(std::count_if(rows.begin(), rows.end(), [](const Row& r) { return r.tabular(); }));
}

// The columns as ink sets them, for tables whose rows seldom fill every
// column: strips where the cells of the tabular rows have ink.
Columns columns_of_ink(const std::vector<Row>& rows, double body_size) {
    Box span;
    for (const auto& r : rows)
        if (r.tabular()) span = span.united(r.box);
    return strips_of_ink(rows, span, /*by_words=*/false, tabular_rows(rows), body_size);
}

struct TableColumns {
    Columns columns;
    // Gutters no word crosses (in all but kMaxGutterInk of the rows): a
    // cell that spans one (two text columns closer than a cell gap) is cut.
    std::vector<double> gutters;
};

TableColumns find_columns(const std::vector<Row>& rows, double body_size) {
    Columns columns = columns_of_full_rows(rows);
    if (columns.empty()) columns = columns_of_ink(rows, body_size);
    // The same, word by word: text columns set closer than a cell gap show
    // a gutter no word crosses inside what the cells made one column, and
    // a column whose cells all merged with a neighbour's shows as a strip
    // of words outside every column.
    Box span;
    for (const auto& r : rows) span = span.united(r.box);
    const int tabular = tabular_rows(rows);
    Columns strips = strips_of_ink(rows, span, /*by_words=*/true, tabular, body_size);
    // A gutter most tabular rows keep inside a cell is a word space: a
    // label's number standing a little apart from its word in each row
    // ("المادة 4" under the head "المادة", dev scan300-13 ar-13-014,
    // whose labels were cut in two). Heads set closer than a cell gap
    // have figures under them that are cells apart.
    const auto parts_cells = [&](double g) {
        const auto kept = std::count_if(rows.begin(), rows.end(), [&](const Row& r) {
            return r.tabular() && std::any_of(r.cells.begin(), r.cells.end(), [&](const Cell& c) {
                       return c.front()->box.x0 < g && c.back()->box.x1 > g;
                   });
        });
        return 2 * kept <= tabular;
    };
    for (std::size_t k = 1; k < strips.size();) {
        if (parts_cells((strips[k - 1].second + strips[k].first) / 2)) {
            ++k;
            continue;
        }
        strips[k - 1].second = strips[k].second;
        strips.erase(strips.begin() + static_cast<std::ptrdiff_t>(k));
    }
    TableColumns t;
    for (std::size_t k = 1; k < strips.size(); ++k)  // cells are cut where no word is
        t.gutters.push_back((strips[k - 1].second + strips[k].first) / 2);
    for (const auto& [x0, x1] : columns) {
        Columns parts;
        for (const auto& [s0, s1] : strips)
            if (s1 > x0 && s0 < x1) parts.emplace_back(std::max(s0, x0), std::min(s1, x1));
        if (parts.size() < 2) t.columns.emplace_back(x0, x1);
        else t.columns.insert(t.columns.end(), parts.begin(), parts.end());
    }
    for (const auto& [s0, s1] : strips)
        if (std::none_of(columns.begin(), columns.end(), [&](const auto& c) { return s1 > c.first && s0 < c.second; }))
            t.columns.emplace_back(s0, s1);
    std::sort(t.columns.begin(), t.columns.end());
    return t;
}

// A cell's words, cut at the gutters that fall between two of them.
int column_of(const Cell& cell, const std::vector<std::pair<double, double>>& columns);

// The column a word stands over (overlapping its extent), or -1.
int column_under(const Word& w, const std::vector<std::pair<double, double>>& columns) {
    const int c = column_of({&w}, columns);
    const auto& [x0, x1] = columns[static_cast<std::size_t>(c)];
    return std::min(w.box.x1, x1) > std::max(w.box.x0, x0) ? c : -1;
}

// Cuts a cell where a gutter runs between two of its words, or where two
// words stand over two different columns: column heads set closer than a
// cell gap ("2025 2026 2027" over three narrow columns in A/81/6) and wider
// than their column's figures, so that gutters cross them. The end of a
// long label that only reaches towards the next column stands over none.
std::vector<Cell> cut_at_gutters(const Cell& cell, const std::vector<double>& gutters,
                                 const std::vector<std::pair<double, double>>& columns) {
    std::vector<Cell> pieces(1);
    for (std::size_t i = 0; i < cell.size(); ++i) {
        const auto cut_by_columns = [&] {
            const int before = column_under(*cell[i - 1], columns), here = column_under(*cell[i], columns);
            return before >= 0 && here >= 0 && before != here;
        };
        if (i > 0 && (std::any_of(gutters.begin(), gutters.end(),
                                  [&](double g) { return cell[i - 1]->box.x1 <= g && g <= cell[i]->box.x0; }) ||
                      cut_by_columns()))
            pieces.emplace_back();
        pieces.back().push_back(cell[i]);
    }
    return pieces;
}

// The column a cell falls in: the one it overlaps most, else the nearest.
int column_of(const Cell& cell, const std::vector<std::pair<double, double>>& columns) {
    const double x0 = cell.front()->box.x0, x1 = cell.back()->box.x1;
    int best = 0;
    double best_overlap = -1, best_distance = 1e18;
    for (std::size_t c = 0; c < columns.size(); ++c) {
        const double overlap = std::min(x1, columns[c].second) - std::max(x0, columns[c].first);
        const double distance = std::fabs((x0 + x1) / 2 - (columns[c].first + columns[c].second) / 2);
        if (overlap > best_overlap || (overlap <= 0 && best_overlap <= 0 && distance < best_distance)) {
            best = static_cast<int>(c);
            best_overlap = std::max(overlap, 0.0);
            best_distance = distance;
        }
    }
    return best;
}

double row_size(const Row& r) {
    std::vector<double> sizes;
    for (const Word* w : r.words) sizes.push_back(w->font_size);
    return median(std::move(sizes));
}

// Whether a row only carries on cells of the row above (a label, or a
// whole row of text cells, wrapped onto more lines): set tight under it,
// with no figure but a label's own (a row with an amount is a row of its own), and, in a
// table that sets its rows as tight as its lines, with words only in
// columns the row above has words in, fewer of them.
bool continues_row(const Line& above, const Line& row, double gap, bool rows_spaced, double row_gap) {
    // In a table of rows set apart, a wrap stands closer than half their
    // usual gap, however loose its leading: "Disposicione" / "s", 0.37 em
    // apart over rows 1.2 em apart (dev seed 13 es-13-009, LibreOffice).
    const double wrap_gap = std::max(kWrapGapEm * row.font_size, rows_spaced ? kWrapShareOfRowGap * row_gap : 0.0);
    if (gap > wrap_gap) return false;
    // A label's number wrapped under its word ("Статья" / "4" in a narrow
    // monospaced column, dev endnotes-16 ru-16-007, LibreOffice) stands in
    // the label column alone, under a row with cells past it.
    const auto in_label_column = [](const Word& w) { return w.column == 0; };
    const bool label_wrap = std::all_of(row.words.begin(), row.words.end(), in_label_column) &&
                            !std::all_of(above.words.begin(), above.words.end(), in_label_column);
    if (!label_wrap && std::any_of(row.words.begin(), row.words.end(), [](const Word& w) { return is_figure(w.text); }))
        return false;
    if (rows_spaced) return true;
    std::vector<int> above_columns, columns;
    for (const auto& w : above.words) above_columns.push_back(w.column);
    for (const auto& w : row.words) columns.push_back(w.column);
    for (auto* v : {&above_columns, &columns}) {
        std::sort(v->begin(), v->end());
        v->erase(std::unique(v->begin(), v->end()), v->end());
    }
    return columns.size() < above_columns.size() &&
           std::includes(above_columns.begin(), above_columns.end(), columns.begin(), columns.end());
}

Block make_table(const std::vector<Row>& rows, const TableColumns& found, const std::vector<Line>& lines) {
    const Columns& columns = found.columns;
    Block table;
    table.kind = BlockKind::Table;
    table.columns = static_cast<int>(columns.size());
    // Rows stand apart from each other (a gap of twice a wrapped line's at
    // least) somewhere in the table: then a tight line is a wrapped one.
    bool rows_spaced = false;
    std::vector<double> gaps;
    for (std::size_t k = 1; k < rows.size(); ++k) {
        gaps.push_back(rows[k].box.y0 - rows[k - 1].box.y1);
        rows_spaced = rows_spaced || gaps.back() > 2 * kWrapGapEm * row_size(rows[k]);
    }
    const double row_gap = gaps.empty() ? 0.0 : median(gaps);
    for (const auto& r : rows) {
        Line row;
        for (const auto& cell : r.cells)
            for (const auto& piece : cut_at_gutters(cell, found.gutters, columns)) {
                const int column = column_of(piece, columns);
                for (const Word* w : piece) {
                    row.words.push_back(*w);
                    row.words.back().column = column;
                    if (std::find(r.line_ends.begin(), r.line_ends.end(), w) != r.line_ends.end())
                        row.words.back().space_after = true;
                }
            }
        std::vector<double> sizes;
        for (std::size_t i : r.lines) {
            row.baseline = std::max(row.baseline, lines[i].baseline);
            sizes.push_back(lines[i].font_size);
        }
        row.font_size = median(std::move(sizes));
        row.box = r.box;
        table.box = table.box.united(r.box);
        if (!table.lines.empty() &&
            continues_row(table.lines.back(), row, row.box.y0 - table.lines.back().box.y1, rows_spaced, row_gap)) {
            Line& above = table.lines.back();
            for (const auto& w : row.words)  // each cell it carries on wraps after its last word so far
                for (auto it = above.words.rbegin(); it != above.words.rend(); ++it)
                    if (it->column == w.column) {
                        it->flags |= kFlagCellLineEnd;
                        break;
                    }
            for (auto& w : row.words) above.words.push_back(std::move(w));
            above.box = above.box.united(row.box);
            continue;
        }
        table.lines.push_back(std::move(row));
    }
    for (auto& row : table.lines)  // a cell's words together, top line first
        std::stable_sort(row.words.begin(), row.words.end(),
                         [](const Word& a, const Word& b) { return a.column < b.column; });
    return table;
}

// A row of one or two cells that is as wide as the table: a line of prose.
// Or a heading ("B. Office of Investment Management"): set larger than the
// table's rows. A line that ends before the table's data columns begin
// (`data_x0`) is a label wrapped in a wide label column, however long
// (A/81/6's deliverables: labels take three quarters of the width).
bool is_prose(const Row& r, const Box& table, double table_size, double data_x0) {
    if (r.tabular()) return false;
    const bool in_label_column = r.box.x1 < data_x0;
    if (!in_label_column && table.width() > 0 && r.box.width() > kMaxLabelShare * table.width()) return true;
    return r.cells.size() <= 2 && table_size > 0 && r.words.front()->font_size > kHeadingSizeRatio * table_size;
}

// "Table 1. Financial resources": the caption over a table, which stays a
// paragraph of its own rather than a row of column heads.
bool is_caption(const Row& r) {
    return !r.words.empty() && is_table_caption(r.words[0]->text, r.words.size() > 1 ? r.words[1]->text : "");
}


}  // namespace

std::vector<std::vector<Word>> split_cells(const std::vector<Word>& words) {
    std::vector<const Word*> refs;
    for (const auto& w : words) refs.push_back(&w);
    std::vector<std::vector<Word>> cells;
    for (const auto& cell : cells_at_gaps(refs)) {
        cells.emplace_back();
        for (const Word* w : cell) cells.back().push_back(*w);
    }
    return cells;
}

bool reads_as_table_row(const Line& line) {
    const auto cells = split_cells(line.words);
    if (cells.size() < static_cast<std::size_t>(kMinRowCells)) return false;
    const auto figures = static_cast<std::size_t>(std::count_if(cells.begin(), cells.end(), [](const std::vector<Word>& c) {
        return std::all_of(c.begin(), c.end(), [](const Word& w) { return is_figure(w.text); });
    }));
    // A label, then amounts: a note OCR spread over wide gaps ("“Naciones
    // Unidas, Treaty Series, vol. 903, núm. 42297.", dev seed 14
    // es-14-014.garbled) has words among its figures.
    return figures >= 2 && figures + 1 >= cells.size();
}

bool heads_table_row(const Line& head, const std::vector<Line>& lines) {
    const std::size_t cells = split_cells(head.words).size();
    if (cells < static_cast<std::size_t>(kMinRowCells)) return false;
    const double reach = kMaxRowGapEm * size_of(head);
    return std::any_of(lines.begin(), lines.end(), [&](const Line& row) {
        return &row != &head && row.box.y0 >= head.box.center_y() && row.box.y0 - head.box.y1 <= reach &&
               row.box.horizontal_overlap(head.box) > 0 && reads_as_table_row(row) &&
               split_cells(row.words).size() == cells;
    });
}

namespace {

// A cell that opens with an amount. A dash stands for none only alone, or
// before other amounts: a dash that text follows is a numbered label's
// ("6 - لكل فرد ..."), and an Arabic page of numbered paragraphs in a
// monospaced font read "6" | "- لكل ... دولة." as rows of two figures
// (dev scan300-27 ar-27-009: three paragraphs made a table).
bool figure_cell(const Cell& c) {
    if (!is_figure(c.front()->text)) return false;
    if (!is_dash(c.front()->text)) return true;
    return std::all_of(c.begin() + 1, c.end(), [](const Word* w) { return is_figure(w->text); });
}

// A row of figures: two cells or more that are amounts.
bool figures_row(const Row& r) { return std::count_if(r.cells.begin(), r.cells.end(), figure_cell) >= 2; }

// Whether kMinFigureRowShare of a table's rows, heads included, are rows
// of figures.
bool shows_figures(const std::vector<Row>& region) {
    const auto figures = std::count_if(region.begin(), region.end(), figures_row);
    return !region.empty() && static_cast<double>(figures) >= kMinFigureRowShare * static_cast<double>(region.size());
}

// Declared here, defined with the column tests below.
bool columns_of_prose(const std::vector<Row>& region, const Gutter& gutter);

// `across`: the page's gutter when the search runs over both of its
// columns at once, whose prose side by side is no table.
std::vector<Block> find_tables(std::vector<Line>& lines, double body_size, bool figures_required,
                               const Gutter* across = nullptr) {
    if (body_size <= 0) body_size = 10.0;
    std::vector<Row> rows = rows_of(lines);
    const double max_gap = kMaxRowGapEm * body_size;
    const auto gap = [&](std::size_t upper, std::size_t lower) { return rows[lower].box.y0 - rows[upper].box.y1; };

    std::vector<Block> tables;
    std::vector<char> taken(lines.size(), 0);
    // On an OCR page, a region that shows too few figures is searched again
    // from its first row of figures, taking rows of figures only: justified
    // prose in a monospaced font spreads its words a cell's gap apart, and
    // an Arabic line has no small letters to tell it for prose, so the
    // lines about a table made one region with it (dev scan300-22
    // ar-22-003, LibreOffice). Only then: a table's first head row may be
    // wrapped ("Статья  Положени  Доклады  Обзоры" over "я", dev seed 14
    // ru-14-000), which heads found upwards from the figures stop at.
    bool figure_rows_only = false;
    const auto searched = [&](const Row& r) { return r.tabular() && (!figure_rows_only || figures_row(r)); };
    for (std::size_t i = 0; i < rows.size();) {
        if (!searched(rows[i])) {
            ++i;
            continue;
        }
        // Down from a tabular row, while rows stay close and are not prose.
        std::size_t last = i;
        int tabular = 1;
        Box span = rows[i].box;
        const double size = row_size(rows[i]);
        // Where the data columns begin: the first of the row's cells of
        // figures, where it has two or more (else its second cell), in the
        // leftmost row. Not a numbered label's text: "1.  Meetings of the
        // Second Committee ...  3  5  3  4" would put the data at
        // "Meetings", and make the long labels wrapped around it prose. A
        // contents line has one figure, its page: its text is no label.
        const auto data_cell_x0 = [&](const Row& r) {
            const auto is_figures = [](const Cell& c) { return is_figure(c.front()->text); };
            const auto figures = std::find_if(r.cells.begin() + 1, r.cells.end(), is_figures);
            const bool several = std::count_if(r.cells.begin() + 1, r.cells.end(), is_figures) >= 2;
            return (several ? *figures : r.cells[1]).front()->box.x0;
        };
        double data_x0 = data_cell_x0(rows[i]);
        // Nor past a caption: it heads the next table, and the rows above
        // it are the text's (an Arabic OCR paragraph's last line, its
        // words set a cell's gap apart, over "الجدول 1" took the table's
        // head row and the caption into it: dev scan300-13 ar-13-014).
        for (std::size_t k = i + 1; k < rows.size() && gap(k - 1, k) <= max_gap &&
                                    !is_prose(rows[k], span, size, data_x0) && !is_caption(rows[k]);
             ++k) {
            if (!searched(rows[k])) continue;
            last = k;
            ++tabular;
            span = span.united(rows[k].box);
            data_x0 = std::min(data_x0, data_cell_x0(rows[k]));
        }
        // On an OCR page a table ends at its last row of figures: lines of
        // prose under it, an Arabic paragraph's or justified monospaced
        // type's, read as rows too (dev scan300-22 ar-22-003).
        const std::size_t reach = last;  // past rows of prose no table starts in
        if (figures_required)
            while (last > i && !figures_row(rows[last])) {
                if (searched(rows[last])) --tabular;
                --last;
            }
        if (tabular < kMinTabularRows) {
            i = reach + 1;
            figure_rows_only = false;
            continue;
        }
        // The last lines of cells that run longer than the others: set
        // tight under the last row, inside the table's width.
        const auto narrow_cells = [&](const Row& r) {
            return std::none_of(r.cells.begin(), r.cells.end(), [&](const Cell& c) {
                return c.back()->box.x1 - c.front()->box.x0 > kMaxLabelShare * span.width();
            });
        };
        while (last + 1 < rows.size() && gap(last, last + 1) <= kWrapGapEm * size && narrow_cells(rows[last + 1]) &&
               rows[last + 1].box.x0 >= span.x0 - body_size && rows[last + 1].box.x1 <= span.x1 + body_size)
            ++last;
        // Up from it: the column heads that sit on rows of their own, but
        // not the last line of a paragraph that ends above the table.
        const auto heads_row = [&](std::size_t r) {
            // On an OCR page, a row of column heads has a cell a column:
            // a heading, a line of text or a misread caption over the
            // table ("第六条", "表 !1": dev scan300-10 zh-10-026) does not.
            if (figures_required && static_cast<int>(rows[r].cells.size()) < kMinRowCells) return false;
            if (gap(r, r + 1) > max_gap || is_prose(rows[r], span, size, data_x0) ||
                rows[r].box.x0 < span.x0 - kHeaderOutdentEm * body_size ||
                is_caption(rows[r]))
                return false;
            if (r > 0 && is_prose(rows[r - 1], span, size, data_x0) && gap(r - 1, r) <= kWrapGapEm * body_size)
                return false;
            return std::none_of(rows[r].lines.begin(), rows[r].lines.end(), [&](std::size_t l) { return taken[l] != 0; });
        };
        std::size_t first = i;
        while (first > 0 && i - first < static_cast<std::size_t>(kMaxHeaderRows) && heads_row(first - 1)) --first;
        std::vector<Row> region(rows.begin() + static_cast<std::ptrdiff_t>(first),
                                rows.begin() + static_cast<std::ptrdiff_t>(last + 1));
        const TableColumns columns = find_columns(region, body_size);
        if (static_cast<int>(columns.columns.size()) >= kMinTableColumns &&
            (!figures_required || shows_figures(region)) && !(across && columns_of_prose(region, *across))) {
            for (const auto& r : region)
                for (std::size_t l : r.lines) taken[l] = 1;
            tables.push_back(make_table(region, columns, lines));
        } else if (figures_required && !figure_rows_only) {
            const auto figures = std::find_if(rows.begin() + static_cast<std::ptrdiff_t>(i),
                                              rows.begin() + static_cast<std::ptrdiff_t>(last + 1), figures_row);
            if (figures != rows.begin() + static_cast<std::ptrdiff_t>(last + 1)) {
                figure_rows_only = true;
                i = static_cast<std::size_t>(figures - rows.begin());
                continue;
            }
        }
        figure_rows_only = false;
        i = last + 1;
    }
    if (!tables.empty()) drop_taken(lines, taken);
    return tables;
}

}  // namespace

std::vector<Block> take_tables(std::vector<Line>& lines, double body_size) {
    return find_tables(lines, body_size, /*figures_required=*/false);
}

std::vector<Block> take_figure_tables(std::vector<Line>& lines, double body_size, const std::optional<Gutter>& gutter) {
    return take_tables(lines, body_size, gutter, /*figures_required=*/true);
}

namespace {

// kMinProseChars characters or more, kMinProseLetterShare of them small
// letters or letters of a script without capitals, gaps aside.
bool prose_letters(const std::vector<Word>& words) {
    std::size_t chars = 0, running = 0;
    for (const auto& w : words)
        for (char32_t c : utf8_decode(w.text)) {
            ++chars;
            const auto u = static_cast<UChar32>(c);
            running += u_isalpha(u) && !u_isupper(u) && !u_istitle(u);
        }
    return chars >= kMinProseChars && static_cast<double>(running) >= kMinProseLetterShare * static_cast<double>(chars);
}

}  // namespace

// Words of running text: one cell (no gap wider than a word space) of
// kMinProseChars characters or more, most of them small letters or letters
// of a script without capitals (Chinese, Arabic). A table's row has cells,
// capitals and figures ("Artículo 135 106 100"). A paragraph's number set
// off by a tab opens running text ("11.   Everyone has the right to own",
// beside a table in the other column: dev seed 7 en-7-018.scan).
bool prose_words(const std::vector<Word>& words) {
    if (words.size() >= 2 && is_label_word(words.front().text) && split_cells(words).size() == 2)
        return prose_words(std::vector<Word>(words.begin() + 1, words.end()));
    if (words.empty() || split_cells(words).size() != 1) return false;
    return prose_letters(words);
}

namespace {

// Running text as a column's line gives it: one cell of prose
// (prose_words), or words a narrow column's justification spreads a cell
// gap apart and more ("его   прав    и   обязанностей   и   для",
// "установления          обоснованности" beside a table's rows at the
// top of the other column: dev seed 14 ru-14-000, LibreOffice), which
// without a figure among them are still running text.
bool running_text(const std::vector<Word>& words) {
    if (prose_words(words)) return true;
    return std::none_of(words.begin(), words.end(), [](const Word& w) { return is_figure(w.text); }) &&
           prose_letters(words);
}

enum class Side { Left, Right, Across };

// A table's right-aligned last column may reach into the gutter: its rows
// are still the left column's (Gutter::crossed_by).
Side side_of(const Box& b, const Gutter& g) {
    if (g.crossed_by(b)) return Side::Across;
    return g.left_of(b) ? Side::Left : Side::Right;
}

// Beside a table found in one column, the other column's lines over the
// same height are mostly prose: else the "gutter" ran between a wide
// table's own columns (a budget table, its labels and first amounts on one
// side). The height reaches kMaxRowGapEm above and below the table: a
// short table may stand beside a heading alone ("Article 13" beside
// "Table 1"'s rows, its paragraphs' lines above and below: dev seed 14
// en-14-013, pdfLaTeX).
bool beside_prose(const Block& table, Side side, const std::vector<Line>& lines, const Gutter& gutter,
                  double body_size) {
    const double reach = kMaxRowGapEm * body_size;
    int beside = 0, prose = 0;
    for (const auto& l : lines) {
        const Side s = side_of(l.box, gutter);
        if (s == side || s == Side::Across || l.box.center_y() < table.box.y0 - reach ||
            l.box.center_y() > table.box.y1 + reach)
            continue;
        ++beside;
        prose += running_text(l.words);
    }
    return beside > 0 && 2 * prose >= beside;
}

// A table found across both columns whose rows all keep to the columns,
// most of each column's parts of them running text: the two columns of a
// page of narrow justified prose, side by side. Their lines share
// baselines here and there, and LibreOffice spreads a narrow column's
// words a cell gap apart ("требований          справедливости" beside
// "5.      Никто       не      может": dev endnotes-17 ru-17-001, its
// lower half read across as one table). A table across the page has a
// column of figures or labels on one side at least, or cells over the
// gutter.
bool columns_of_prose(const std::vector<Row>& region, const Gutter& gutter) {
    std::array<int, 2> parts{}, prose{};
    for (const Row& r : region) {
        std::array<std::vector<Word>, 2> sides;
        for (const Word* w : r.words) {
            if (gutter.crossed_by(w->box)) return false;
            sides[gutter.left_of(w->box) ? 0 : 1].push_back(*w);
        }
        for (std::size_t k = 0; k < 2; ++k) {
            if (sides[k].empty()) continue;
            ++parts[k];
            prose[k] += running_text(sides[k]);
        }
    }
    return parts[0] > 0 && parts[1] > 0 && 2 * prose[0] >= parts[0] && 2 * prose[1] >= parts[1];
}

// `b` stands atop the right column: nothing of that column within
// kMaxRowGapEm above it (a masthead's date may stand higher up).
bool opens_right_column(const Box& b, const std::vector<Line>& lines, const Gutter& gutter, double body_size) {
    return side_of(b, gutter) == Side::Right && std::none_of(lines.begin(), lines.end(), [&](const Line& l) {
               return side_of(l.box, gutter) == Side::Right && l.box.center_y() < b.y0 &&
                      l.box.y1 > b.y0 - kMaxRowGapEm * body_size;
           });
}

// A table that ends its left column, nothing of that column below it, and
// rows of as many columns that open the right column, nothing of it within
// kMaxRowGapEm above (a masthead's date may stand higher up), are one
// table broken at the column's foot (LibreOffice: "Таблица 1"'s head and
// first three rows at the left column's foot, its last three atop the
// right column, dev seed 14 ru-14-000; "Artículo 16 222 133 100", a last
// row alone, dev seed 13 es-13-001). The rows, a table of their own or a
// line of as many cells, join the first table; its box stays its own,
// where the table stands in the reading order.
void join_tables_across_columns(std::vector<Block>& tables, std::vector<Line>& lines, const Gutter& gutter,
                                double body_size) {
    const auto ends_column = [&](const Block& t) {
        return side_of(t.box, gutter) == Side::Left && std::none_of(lines.begin(), lines.end(), [&](const Line& l) {
                   return side_of(l.box, gutter) == Side::Left && l.box.center_y() > t.box.y1;
               });
    };
    const auto opens_column = [&](const Box& b) { return opens_right_column(b, lines, gutter, body_size); };
    for (auto first = tables.begin(); first != tables.end(); ++first) {
        if (!ends_column(*first)) continue;
        const auto next = std::find_if(tables.begin(), tables.end(), [&](const Block& t) {
            return &t != &*first && t.columns == first->columns && opens_column(t.box);
        });
        if (next != tables.end()) {
            for (auto& row : next->lines) first->lines.push_back(std::move(row));
            tables.erase(next);
            return;  // one such pair a page: one column's foot, the next one's head
        }
        const auto row = std::find_if(lines.begin(), lines.end(), [&](const Line& l) {
            return split_cells(l.words).size() == static_cast<std::size_t>(first->columns) && opens_column(l.box);
        });
        if (row == lines.end()) return;
        Line joined = std::move(*row);
        lines.erase(row);
        const std::vector<Word> words = std::move(joined.words);
        joined.words.clear();
        int column = 0;
        for (auto& cell : split_cells(words)) {
            for (auto& w : cell) {
                w.column = column;
                joined.words.push_back(std::move(w));
            }
            ++column;
        }
        first->lines.push_back(std::move(joined));
        return;
    }
}

// A table's head row alone at the left column's foot, nothing of that
// column below it but a line that wraps one of its cells, over a table
// that opens the right column (LibreOffice: "Cuadro 1" and "Artículo
// Disposicion|es  Informes Exámenes" at the left column's foot, articles
// 3-8 atop the right one; dev endnotes-13 es-13-006): the head is that
// table's first row, the wrap in its cell (join_cell_wraps joins the
// word). The two parts are one table's, its columns where the rows set
// them, measured from the table's left edge: each head word goes to the
// column nearest it, and the head, in cells apart (kMinRowCells at
// least), must fill every column, with words, no amounts. The table's box
// stays its own.
void join_head_across_columns(std::vector<Block>& tables, std::vector<Line>& lines, const Gutter& gutter,
                              double body_size) {
    const auto opens_column = [&](const Box& b) { return opens_right_column(b, lines, gutter, body_size); };
    const auto table = std::find_if(tables.begin(), tables.end(), [&](const Block& t) { return opens_column(t.box); });
    if (table == tables.end() || table->columns < kMinRowCells) return;
    // The left column's last two lines, lowest first.
    std::vector<std::size_t> left;
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (side_of(lines[i].box, gutter) == Side::Left) left.push_back(i);
    std::sort(left.begin(), left.end(), [&](std::size_t a, std::size_t b) {
        return lines[a].box.center_y() > lines[b].box.center_y();
    });
    if (left.empty()) return;
    // The table's columns, from its left edge.
    std::vector<std::pair<double, double>> spans(static_cast<std::size_t>(table->columns),
                                                 {std::numeric_limits<double>::max(), std::numeric_limits<double>::lowest()});
    for (const auto& row : table->lines)
        for (const auto& w : row.words)
            if (w.column >= 0 && w.column < table->columns) {
                auto& span = spans[static_cast<std::size_t>(w.column)];
                span = {std::min(span.first, w.box.x0 - table->box.x0), std::max(span.second, w.box.x1 - table->box.x0)};
            }
    const auto nearest_column = [&](const Box& b, double x0) {
        const double middle = b.center_x() - x0;
        int best = -1;
        double best_distance = std::numeric_limits<double>::max();
        for (std::size_t c = 0; c < spans.size(); ++c) {
            if (spans[c].first > spans[c].second) continue;
            const double distance = middle < spans[c].first    ? spans[c].first - middle
                                    : middle > spans[c].second ? middle - spans[c].second
                                                               : 0.0;
            if (distance < best_distance) best = static_cast<int>(c), best_distance = distance;
        }
        return best;
    };
    const auto head_like = [&](const Line& l) {
        // Cells apart, as a row's are (a line of prose fills the columns too).
        if (split_cells(l.words).size() < static_cast<std::size_t>(kMinRowCells)) return false;
        std::set<int> filled;
        for (const auto& w : l.words) {
            if (is_figure(w.text)) return false;
            filled.insert(nearest_column(w.box, l.box.x0));
        }
        return filled.size() == spans.size() && !filled.count(-1);
    };
    std::size_t head = left[0];
    std::optional<std::size_t> wrap;
    if (!head_like(lines[head])) {
        if (left.size() < 2 || split_cells(lines[left[0]].words).size() != 1 || !head_like(lines[left[1]])) return;
        const Line &above = lines[left[1]], &below = lines[left[0]];
        if (below.box.y0 - above.box.y1 > kWrapGapEm * size_of(above)) return;
        head = left[1];
        wrap = left[0];
    }
    Line row = lines[head];
    const double x0 = row.box.x0;
    for (auto& w : row.words) w.column = nearest_column(w.box, x0);
    if (wrap) {
        const Line& more = lines[*wrap];
        const int c = nearest_column(more.box, x0);
        for (auto it = row.words.rbegin(); it != row.words.rend(); ++it)
            if (it->column == c) {
                it->flags |= kFlagCellLineEnd;
                break;
            }
        for (Word w : more.words) {
            w.column = c;
            row.words.push_back(std::move(w));
        }
        row.box = row.box.united(more.box);
    }
    std::stable_sort(row.words.begin(), row.words.end(), [](const Word& a, const Word& b) { return a.column < b.column; });
    table->lines.insert(table->lines.begin(), std::move(row));
    std::vector<std::size_t> gone{head};
    if (wrap) gone.push_back(*wrap);
    std::sort(gone.rbegin(), gone.rend());
    for (std::size_t i : gone) lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(i));
}

}  // namespace

std::vector<Block> take_tables(std::vector<Line>& lines, double body_size, const std::optional<Gutter>& gutter,
                               bool figures_required) {
    if (!gutter) return find_tables(lines, body_size, figures_required);
    std::vector<Block> tables;
    std::vector<char> taken(lines.size(), 0);
    bool in_a_column = false;  // a table found in one column, beside prose
    for (const Side side : {Side::Left, Side::Right, Side::Across}) {
        std::vector<std::size_t> ids;
        std::vector<Line> part;
        for (std::size_t i = 0; i < lines.size(); ++i)
            if (side_of(lines[i].box, *gutter) == side) {
                ids.push_back(i);
                part.push_back(lines[i]);
            }
        auto found = find_tables(part, body_size, figures_required);
        if (found.empty()) continue;
        if (side != Side::Across && !std::all_of(found.begin(), found.end(), [&](const Block& t) {
                return beside_prose(t, side, lines, *gutter, body_size);
            }))
            return find_tables(lines, body_size, figures_required, &*gutter);
        in_a_column |= side != Side::Across;
        // `part` keeps the lines not taken, in order: the others were.
        std::size_t k = 0;
        for (std::size_t i : ids) {
            if (k < part.size() && part[k] == lines[i]) ++k;
            else taken[i] = 1;
        }
        for (auto& t : found) tables.push_back(std::move(t));
    }
    // Without a table in one column, the columns do not matter: tables
    // across the page are found whole, with heads that stand on one side
    // ("Variance" over two amount columns).
    if (!in_a_column) return find_tables(lines, body_size, figures_required, &*gutter);
    drop_taken(lines, taken);
    join_tables_across_columns(tables, lines, *gutter, body_size);
    join_head_across_columns(tables, lines, *gutter, body_size);
    std::stable_sort(tables.begin(), tables.end(), [](const Block& a, const Block& b) { return a.box.y0 < b.box.y0; });
    return tables;
}

void place_tables(std::vector<Block>& blocks, std::vector<Block> tables, const std::optional<Gutter>& gutter) {
    for (auto& t : tables) {
        const Side side = gutter ? side_of(t.box, *gutter) : Side::Across;
        const auto in_flow = [&](const Block& b) {
            return side == Side::Across || side_of(b.box, *gutter) == side || side_of(b.box, *gutter) == Side::Across;
        };
        auto at = std::find_if(blocks.begin(), blocks.end(),
                               [&](const Block& b) { return in_flow(b) && b.box.y0 > t.box.y0; });
        if (at == blocks.end() && side != Side::Across) {
            const auto last = std::find_if(blocks.rbegin(), blocks.rend(), in_flow);
            if (last != blocks.rend()) at = last.base();
        }
        blocks.insert(at, std::move(t));
    }
}

std::optional<Gutter> gutter_of(const std::vector<Line>& lines, const std::vector<Box>& drawings, bool strip_only) {
    std::vector<Word> words;
    std::size_t count = 0;
    for (const auto& l : lines) count += l.words.size();
    words.reserve(count);
    for (const auto& l : lines)
        for (const auto& w : l.words) {
            Word light;
            light.box = w.box;
            light.font_size = w.font_size;
            light.font = w.font;  // a bold heading's row is no measure of its column's fill
            words.push_back(std::move(light));
        }
    return find_gutter(words, drawings, strip_only);
}

}  // namespace pdf2tei::structure
