#include "table_heads.hpp"

#include <algorithm>
#include <string>

#include "furniture.hpp"  // furniture_block

namespace pdf2tei::structure {
namespace {

using WordBag = std::vector<std::string>;  // sorted: the heads' cells may be read in another order

void add_words(const Line& line, WordBag& bag) {
    for (const auto& w : line.words) bag.push_back(w.text);
}

WordBag sorted(WordBag bag) {
    std::sort(bag.begin(), bag.end());
    return bag;
}

bool is_body_text(const Block& b) {
    return b.band == Band::Body && (b.kind == BlockKind::Paragraph || b.kind == BlockKind::Heading ||
                                    b.kind == BlockKind::Table);
}

// The page opens with the heading row `head`: its words, in the leading
// paragraphs (where the row's lines were not seen as a table's, being too
// few) and at most the first row of a table under them. Marks them.
bool mark_opening_head(Page& page, const WordBag& head) {
    const auto first = std::find_if(page.blocks.begin(), page.blocks.end(), is_body_text);
    WordBag seen;
    auto end = first;  // one past the last block that holds head words
    for (auto it = first; it != page.blocks.end() && seen.size() < head.size(); ++it) {
        if (!is_body_text(*it)) continue;
        if (it->lines.empty()) return false;  // no model from a PDF has one; a hostile caller may
        end = std::next(it);
        if (it->kind == BlockKind::Table) {
            add_words(it->lines.front(), seen);
            break;
        }
        for (const auto& l : it->lines) add_words(l, seen);
    }
    if (seen.size() != head.size() || sorted(std::move(seen)) != head) return false;
    for (auto m = first; m != end; ++m) {
        if (!is_body_text(*m)) continue;
        if (m->kind != BlockKind::Table) {
            m->kind = BlockKind::Furniture;
            m->type = kColumnHeadType;
        } else if (m->lines.size() < 2) {
            m->kind = BlockKind::Furniture;
            m->type = kColumnHeadType;
            m->columns = 0;
        } else {  // the table's first row, out of it and before it
            Block fw = furniture_block(std::move(m->lines.front()), kColumnHeadType, m->band);
            m->lines.erase(m->lines.begin());
            m->box = Box{};
            for (const auto& l : m->lines) m->box = m->box.united(l.box);
            page.blocks.insert(m, std::move(fw));
            break;  // the insertion moved the blocks; the table was the last
        }
    }
    return true;
}

}  // namespace

int mark_repeated_table_heads(std::vector<Page>& pages) {
    int marked = 0;
    WordBag head;  // the heading row of the last table that had one
    for (auto& page : pages) {
        const bool repeated = head.size() >= kMinHeadWords && mark_opening_head(page, head);
        marked += repeated ? 1 : 0;
        // A continued table's first row is data now: its head stays the
        // one it was. Any other table brings its own.
        const Block* continued = nullptr;
        if (repeated)
            if (auto it = std::find_if(page.blocks.begin(), page.blocks.end(), is_body_text); it != page.blocks.end())
                continued = &*it;
        for (const auto& b : page.blocks)
            if (b.kind == BlockKind::Table && b.band == Band::Body && !b.lines.empty() && &b != continued) {
                head.clear();
                add_words(b.lines.front(), head);
                head = sorted(std::move(head));
            }
    }
    return marked;
}

}  // namespace pdf2tei::structure
