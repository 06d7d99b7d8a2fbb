#include "columns.hpp"

#include "pdf2tei/stats.hpp"

#include <algorithm>
#include <numeric>

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
// into the strip itself, as justified text does).
double middle(const Gutter& g) { return (g.x0 + g.x1) / 2; }
bool crosses(const Box& b, const Gutter& g) { return b.x0 < middle(g) && b.x1 > middle(g); }
bool left_of(const Box& b, const Gutter& g) { return (b.x0 + b.x1) / 2 < middle(g); }

double median_size(const std::vector<Word>& words) {
    std::vector<double> s;
    for (const auto& w : words) s.push_back(w.font_size);
    return median(std::move(s));
}

}  // namespace

std::optional<Gutter> find_gutter(const std::vector<Word>& words) {
    if (words.size() < 40) return std::nullopt;
    double left = words.front().box.x0, right = words.front().box.x1;
    for (const auto& w : words) {
        left = std::min(left, w.box.x0);
        right = std::max(right, w.box.x1);
    }
    const auto rows = rows_of(words);
    const double width = right - left;
    if (width <= 0 || rows.size() < 8) return std::nullopt;

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
    // The widest run of points few rows cover.
    const int max_cover = static_cast<int>(kMaxCrossingRows * static_cast<double>(rows.size()));
    std::size_t best_start = 0, best_len = 0;
    for (std::size_t k = 0; k < covered.size();) {
        if (covered[k] > max_cover) {
            ++k;
            continue;
        }
        std::size_t end = k;
        while (end < covered.size() && covered[end] <= max_cover) ++end;
        if (end - k > best_len) {
            best_len = end - k;
            best_start = k;
        }
        k = end;
    }
    const double em = std::max(median_size(words), 1.0);
    if (static_cast<double>(best_len) < kMinGutterEm * em) return std::nullopt;
    // A ragged-right left column leaves a wide strip few rows cross; the
    // gutter is its emptiest part (where no row reaches), when that is wide
    // enough. Its middle then decides which words cross it: a short line's
    // last word reaching into the strip is not a row across both columns.
    const int least = *std::min_element(covered.begin() + static_cast<std::ptrdiff_t>(best_start),
                                        covered.begin() + static_cast<std::ptrdiff_t>(best_start + best_len));
    std::size_t core_start = best_start, core_len = 0;
    for (std::size_t k = best_start; k < best_start + best_len;) {
        if (covered[k] != least) {
            ++k;
            continue;
        }
        std::size_t end = k;
        while (end < best_start + best_len && covered[end] == least) ++end;
        if (end - k > core_len) core_len = end - k, core_start = k;
        k = end;
    }
    if (static_cast<double>(core_len) >= kMinGutterEm * em) best_start = core_start, best_len = core_len;
    const Gutter g{static_cast<double>(x_from + static_cast<int>(best_start)),
                   static_cast<double>(x_from + static_cast<int>(best_start + best_len))};

    if (g.x1 - g.x0 > kMaxGutterEm * em) return std::nullopt;  // a table's empty column, not a gutter

    // Both columns must hold running text: rows that fill the column from
    // edge to edge, as set text does (a table's cells leave it half empty).
    int left_rows = 0, right_rows = 0, left_full = 0, right_full = 0;
    for (const auto& row : rows) {
        Box l, r;
        for (std::size_t i : row) {
            if (crosses(words[i].box, g)) continue;
            Box& side = left_of(words[i].box, g) ? l : r;
            side = side.united(words[i].box);
        }
        left_rows += !l.empty();
        right_rows += !r.empty();
        left_full += !l.empty() && l.width() >= kFullRowShare * (g.x0 - left);
        right_full += !r.empty() && r.width() >= kFullRowShare * (right - g.x1);
    }
    const double n = static_cast<double>(rows.size());
    if (left_rows < kMinColumnRows * n || right_rows < kMinColumnRows * n) return std::nullopt;
    if (left_full < kMinFullRows * left_rows || right_full < kMinFullRows * right_rows) return std::nullopt;
    return g;
}

bool order_columns(std::vector<Word>& words) {
    const auto gutter = find_gutter(words);
    if (!gutter) return false;
    const auto rows = rows_of(words);
    // Row by row from the top: a row crossing the gutter closes the current
    // two-column section (left words, then right) and is read whole.
    std::vector<std::size_t> order, left, right;
    auto close_section = [&] {
        for (auto* column : {&left, &right}) {
            const auto ordered = reading_order(words, std::move(*column));
            order.insert(order.end(), ordered.begin(), ordered.end());
        }
        left.clear();
        right.clear();
    };
    for (const auto& row : rows) {
        const bool spans = std::any_of(row.begin(), row.end(), [&](std::size_t i) { return crosses(words[i].box, *gutter); });
        if (spans) {
            close_section();
            std::vector<std::size_t> whole(row.begin(), row.end());
            std::sort(whole.begin(), whole.end());
            order.insert(order.end(), whole.begin(), whole.end());
            continue;
        }
        for (std::size_t i : row) (left_of(words[i].box, *gutter) ? left : right).push_back(i);
    }
    close_section();
    std::vector<Word> out;
    out.reserve(words.size());
    for (std::size_t i : order) out.push_back(std::move(words[i]));
    words = std::move(out);
    return true;
}

}  // namespace pdf2tei::structure
