#include "side_by_side.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

#include <unicode/uchar.h>

#include "layout.hpp"       // opens_with_caption
#include "table_heads.hpp"  // kColumnHeadType
#include "pdf2tei/text.hpp"

namespace pdf2tei::structure {
namespace {

bool is_text(const Block& b) { return is_running_text(b.kind); }

std::size_t word_count(const Block& b) {
    std::size_t n = 0;
    for (const auto& l : b.lines) n += l.words.size();
    return n;
}

// A column head is a label: it does not end a sentence, a word then a
// full stop. A paragraph's last line at the top of the right column
// ("应有平等的权利。" beside the left column's "第十三条", dev seed 7
// zh-7-007, LibreOffice) heads nothing; "Item 7." (mandate-pipeline
// A/C.3/80/L.60) does.
bool ends_sentence(const Block& b) {
    const std::u32string text = utf8_decode(block_text(b));
    if (text.size() < 2) return false;
    const char32_t c = text.back();
    const bool stop = c == U'.' || c == U'\u3002' || c == U'!' || c == U'?' || c == U'\uFF01' || c == U'\uFF1F' ||
                      c == U'\u061F';
    return stop && u_isalpha(static_cast<UChar32>(text[text.size() - 2]));
}

// A table's caption ("Table 1") heads the table under it, not a column of
// prose beside another's head (dev endnotes-14 en-14-013: "Table 1" in the
// left column beside "Article 13" in the right).
bool is_head(const Block& b) {
    return is_text(b) && b.lines.size() == 1 && word_count(b) <= kMaxSideHeadWords && !ends_sentence(b) &&
           !opens_with_caption(b.lines.front());
}

// Which column a block stands in, right of `boundary` or left of it; -1
// when it crosses it (a heading or paragraph over the page's width).
int side_of(const Block& b, double boundary) {
    if (b.box.x1 <= boundary) return 0;
    if (b.box.x0 >= boundary) return 1;
    return -1;
}

struct Table {
    std::size_t left_head = 0, right_head = 0;
    double boundary = 0;  // between the columns: the right head's left edge, less a little
};

// The topmost pair of column heads at or below `from`, each with text
// under it in its own column.
bool find_heads(const std::vector<Block>& blocks, double from, double em, Table& out) {
    double best_top = std::numeric_limits<double>::max();
    for (std::size_t a = 0; a < blocks.size(); ++a) {
        const Block& l = blocks[a];
        if (!is_head(l) || l.box.y0 < from || l.box.y0 >= best_top) continue;
        for (std::size_t b = 0; b < blocks.size(); ++b) {
            const Block& r = blocks[b];
            if (b == a || !is_head(r) || std::fabs(r.box.y0 - l.box.y0) > kSameRowTopEm * em) continue;
            if (r.box.x0 - l.box.x1 < kMinSideGutterEm * em) continue;
            const double boundary = r.box.x0 - kMinSideGutterEm * em / 2;
            bool under_left = false, under_right = false;
            for (const Block& c : blocks) {
                if (&c == &l || &c == &r || !is_text(c) || c.box.y0 <= l.box.y1) continue;
                const int side = side_of(c, boundary);
                under_left = under_left || (side == 0 && c.box.x0 >= l.box.x0 - em);
                under_right = under_right || side == 1;
            }
            if (!under_left || !under_right) continue;
            best_top = l.box.y0;
            out = {a, b, boundary};
        }
    }
    return best_top != std::numeric_limits<double>::max();
}

// Two columns of running text, each in sections: the "heads" are headings
// ("Article 15" beside "Article 18"), and each column holds more headings
// below them ("Article 16", "Article 19"; dev seed 7 fr-7-011, LibreOffice,
// whose paragraphs in the two columns start on one line half the time), or
// above them, the columns running on from higher up the page ("Artículo
// 17" beside "Artículo 21" halfway down, articles 15-16 and 19-20 above
// them; dev seed 7 es-7-021, pdflatex). Above counts from the last block
// across both columns wholly above the heads: a table starts under text
// across the page. A table's column heads head its cells alone (A/80/590,
// A/81/6). Either side of the running text's gutter (`columns`), one
// column's heading below or above will do: "Artículo 5" beside "Artículo
// 8" at the top of a page of two columns, articles 6 and 7 below in the
// left column, article 8 alone in the right one (dev seed 7 es-7-012,
// zh-7-027: article 8 was read after article 5's heading, and paragraph
// 4 after paragraph 1). A/80/590's request/action table stands in such a
// gutter too, with no heading under its heads.
bool sections_in_columns(const std::vector<Block>& blocks, const Table& t, const std::vector<std::size_t>& cells,
                         const std::optional<Gutter>& columns) {
    if (blocks[t.left_head].kind != BlockKind::Heading || blocks[t.right_head].kind != BlockKind::Heading) return false;
    const double head_top = std::min(blocks[t.left_head].box.y0, blocks[t.right_head].box.y0);
    double columns_top = -std::numeric_limits<double>::max();
    for (const Block& b : blocks)
        if (is_text(b) && side_of(b, t.boundary) < 0 && b.box.y1 <= head_top) columns_top = std::max(columns_top, b.box.y1);
    bool left = false, right = false;
    const auto count = [&](std::size_t i) {
        if (i == t.left_head || i == t.right_head || blocks[i].kind != BlockKind::Heading) return;
        const int side = side_of(blocks[i], t.boundary);
        if (side >= 0) (side == 0 ? left : right) = true;
    };
    for (std::size_t i : cells) count(i);
    for (std::size_t i = 0; i < blocks.size(); ++i)
        if (blocks[i].box.y1 <= head_top && blocks[i].box.y0 >= columns_top) count(i);
    const bool across_gutter = columns && blocks[t.left_head].box.x1 <= columns->middle() &&
                               blocks[t.right_head].box.x0 >= columns->middle();
    return (left && right) || (across_gutter && (left || right));
}

}  // namespace

int order_side_by_side_rows(std::vector<Block>& blocks, double body_size, const std::optional<Gutter>& columns) {
    if (blocks.size() > kMaxSideBySideBlocks) return 0;
    const double em = body_size > 0 ? body_size : 10;
    const double tolerance = kSameRowTopEm * em;
    int rows_ordered = 0;
    double from = -std::numeric_limits<double>::max();
    Table t;
    while (find_heads(blocks, from, em, t)) {
        const double head_top = std::min(blocks[t.left_head].box.y0, blocks[t.right_head].box.y0);
        // The table runs down to the first text block across both columns.
        double end = std::numeric_limits<double>::max();
        for (const Block& b : blocks)
            if (is_text(b) && b.box.y0 > head_top + tolerance && side_of(b, t.boundary) < 0) end = std::min(end, b.box.y0);
        std::vector<std::size_t> cells;
        for (std::size_t i = 0; i < blocks.size(); ++i)
            if (is_text(blocks[i]) && blocks[i].box.y0 >= head_top - tolerance && blocks[i].box.y0 < end &&
                side_of(blocks[i], t.boundary) >= 0)
                cells.push_back(i);
        // Rows start where both columns start a paragraph on one line.
        std::vector<double> starts;
        for (std::size_t i : cells) {
            if (side_of(blocks[i], t.boundary) != 0) continue;
            for (std::size_t j : cells)
                if (side_of(blocks[j], t.boundary) == 1 && std::fabs(blocks[j].box.y0 - blocks[i].box.y0) <= tolerance) {
                    starts.push_back(blocks[i].box.y0 - tolerance);
                    break;
                }
        }
        from = end;
        if (starts.size() < 2) continue;  // the heads, and at least one row of cells
        if (sections_in_columns(blocks, t, cells, columns)) continue;
        std::sort(starts.begin(), starts.end());
        const auto row_of = [&](const Block& b) {
            return static_cast<int>(std::upper_bound(starts.begin(), starts.end(), b.box.y0) - starts.begin());
        };
        blocks[t.left_head].type = kColumnHeadType;
        blocks[t.right_head].type = kColumnHeadType;
        std::vector<Block> ordered;
        for (std::size_t i : cells) ordered.push_back(std::move(blocks[i]));
        std::stable_sort(ordered.begin(), ordered.end(), [&](const Block& a, const Block& b) {
            const int ra = row_of(a), rb = row_of(b);
            if (ra != rb) return ra < rb;
            const int sa = side_of(a, t.boundary), sb = side_of(b, t.boundary);
            if (sa != sb) return sa < sb;
            return a.box.y0 < b.box.y0;
        });
        // Back where the table's first block stood; the others' places close up.
        const std::size_t at = cells.front();
        for (auto it = cells.rbegin(); it != cells.rend(); ++it) blocks.erase(blocks.begin() + static_cast<std::ptrdiff_t>(*it));
        blocks.insert(blocks.begin() + static_cast<std::ptrdiff_t>(at), std::make_move_iterator(ordered.begin()),
                      std::make_move_iterator(ordered.end()));
        rows_ordered += static_cast<int>(starts.size()) - 1;
        if (end == std::numeric_limits<double>::max()) break;
    }
    return rows_ordered;
}

int mark_repeated_column_heads(std::vector<Page>& pages) {
    int changed = 0;
    std::pair<std::string, std::string> last;  // the texts of the last heads seen
    for (auto& page : pages) {
        std::vector<Block*> heads;  // in pairs, left then right, table by table
        for (auto& b : page.blocks)
            if (b.type == kColumnHeadType && b.kind != BlockKind::Furniture) heads.push_back(&b);
        // Only heads that open the page repeat a table run on from the page
        // before; further down, equal heads head a table of their own.
        const auto first_text = std::find_if(page.blocks.begin(), page.blocks.end(), [](const Block& b) {
            return b.band == Band::Body && is_text(b);
        });
        for (std::size_t i = 0; i + 1 < heads.size(); i += 2) {
            std::pair<std::string, std::string> texts{block_text(*heads[i]), block_text(*heads[i + 1])};
            const bool opens_page = i == 0 && first_text != page.blocks.end() && &*first_text == heads[0];
            if (opens_page && texts == last) {
                heads[i]->kind = heads[i + 1]->kind = BlockKind::Furniture;
                changed += 2;
            }
            last = std::move(texts);
        }
    }
    return changed;
}

}  // namespace pdf2tei::structure
