#include "endnotes.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>

#include "footnotes.hpp"
#include "layout.hpp"
#include "pdf2tei/stats.hpp"
#include "pdf2tei/text.hpp"
#include "pdf2tei/structure/structure.hpp"

namespace pdf2tei::structure {
namespace {

// Where a line (word = 0) or a word stands in the document, in reading order.
struct Position {
    std::size_t page = 0, block = 0, line = 0, word = 0;
    auto operator<=>(const Position&) const = default;
};

// A raised number in the running text that no footnote answered.
struct Call {
    Position at;
    std::string number;
    bool used = false;
};

struct Endnote {
    std::string number;
    std::vector<Position> lines;  // word = 0
    Call* call = nullptr;
};

struct NoteList {
    std::vector<Endnote> notes;
    Position start;
};

bool running_text(const Block& b) { return is_running_text(b.kind); }

// A line that opens with a number before words: a list's item.
bool opens_item(const Line& line) {
    return line.words.size() >= 2 && !note_number_of(line.words[0].text).empty() &&
           starts_note_text(line.words[1].text);
}

std::vector<Call> unanswered_calls(const std::vector<Page>& pages) {
    std::vector<Call> calls;
    for (std::size_t p = 0; p < pages.size(); ++p)
        for (std::size_t b = 0; b < pages[p].blocks.size(); ++b) {
            const Block& block = pages[p].blocks[b];
            if (!running_text(block)) continue;
            for (std::size_t l = 0; l < block.lines.size(); ++l) {
                const auto& words = block.lines[l].words;
                // A number before words opens a list's item; one before
                // punctuation alone is a call a line-end join left first
                // ("matri-" + "monio²." leaves "²." on its line).
                for (std::size_t w = opens_item(block.lines[l]) ? 1 : 0; w < words.size(); ++w)
                    if (words[w].has(kFlagSuperscript) && !words[w].has(kFlagNoteAnchor))
                        if (auto n = note_number_of(words[w].text); !n.empty()) calls.push_back({{p, b, l, w}, n});
            }
        }
    return calls;
}

// The size of the text that calls the notes: the median size of the lines
// holding the calls. Notes are set smaller. (A page of endnotes is all
// small print, so a page's own size cannot tell them; nor can the
// document's, where the notes are half its text.)
double calling_text_size(const std::vector<Page>& pages, const std::vector<Call>& calls) {
    std::vector<double> sizes;
    sizes.reserve(calls.size());
    for (const auto& c : calls) sizes.push_back(pages[c.at.page].blocks[c.at.block].lines[c.at.line].font_size);
    return median(std::move(sizes));
}

// The note number a line opens with: a number before words, or a raised
// number alone on its line (LaTeX's endnotes sets it above its text).
std::string opening_number(const Line& line) {
    if (line.words.size() == 1 && line.words[0].has(kFlagSuperscript)) return note_number_of(line.words[0].text);
    return leading_note_number(line);
}

// The note number a line of the running head's band opens with (a band
// line may open a note: LibreOffice sets a page's first note there). Also
// a number alone on the band's line, smaller than the line right under it
// as a call is than its line: LaTeX's endnotes raises a note's number on a
// line of its own, and a page's first one falls in the band, with no word
// beside it to show it raised ("4" at 7 pt over "A/71/632, anexo." at 10,
// dev endnotes-36 es-36-002, pdfLaTeX; its call stayed in the text).
std::string band_note_number(const Page& page, std::size_t b) {
    const Line& line = page.blocks[b].lines.front();
    if (std::string n = opening_number(line); !n.empty()) return n;
    if (line.words.size() != 1 || b + 1 >= page.blocks.size() || page.blocks[b + 1].lines.empty()) return "";
    const Line& under = page.blocks[b + 1].lines.front();
    const bool smaller = line.words[0].font_size < kSuperscriptSizeRatio * under.font_size;
    const bool right_over = under.box.y0 >= line.box.y0 && under.box.y0 - line.box.y1 < under.font_size;
    return smaller && right_over ? note_number_of(line.words[0].text) : "";
}

// Whether a call of number n stands after `after` (if any) and before
// `before`.
bool called_between(const std::map<std::string, std::vector<Position>>& by_number, const std::string& n,
                    const std::optional<Position>& after, const Position& before) {
    const auto it = by_number.find(n);
    if (it == by_number.end()) return false;
    const auto first = after ? std::upper_bound(it->second.begin(), it->second.end(), *after) : it->second.begin();
    return first != it->second.end() && *first < before;
}

// The lists of notes: runs of small lines, each note opening with the next
// number, the first with the number of a call before it. A line of running
// text, a table or a figure ends a list; furniture does not.
std::vector<NoteList> find_note_lists(const std::vector<Page>& pages, const std::vector<Call>& calls, double body) {
    std::map<std::string, std::vector<Position>> by_number;  // in reading order, as the calls are
    for (const auto& c : calls) by_number[c.number].push_back(c.at);
    std::vector<NoteList> lists;
    bool open = false;
    long next = 0;
    for (std::size_t p = 0; p < pages.size(); ++p) {
        // The footnotes the note-calls pass put at their calls.
        const std::set<std::string> answered = called_note_numbers(pages[p]);
        for (std::size_t b = 0; b < pages[p].blocks.size(); ++b) {
            const Block& block = pages[p].blocks[b];
            if (block.kind == BlockKind::Masthead) continue;
            // A note alone at the top of a page of notes falls in the
            // running head's band (LibreOffice's endnote page): a band line
            // may open a note, never carry one on.
            const bool band = block.kind == BlockKind::Furniture;
            if (band && (block.lines.size() != 1 || band_note_number(pages[p], b).empty())) continue;
            if (block.kind == BlockKind::Note && answered.count(block.n)) {
                // A footnote: a note of the list printed on its call's page,
                // which the note-calls pass took. The list's count goes on
                // past it, or the next page's note would run into the list's
                // last (dev endnotes-14 en-14-008: note 4 into note 1).
                if (open && all_ascii_digits(block.n) && !block.n.empty() && std::stol(block.n) == next) ++next;
                continue;
            }
            if (!running_text(block) && block.kind != BlockKind::Note && !band) {
                open = false;
                continue;
            }
            for (std::size_t l = 0; l < block.lines.size(); ++l) {
                const Line& line = block.lines[l];
                const Position here{p, b, l, 0};
                const bool small = block.kind == BlockKind::Note || line.font_size <= kNoteSizeRatio * body;
                if (!small) {
                    open = false;
                    continue;
                }
                // A note the page took at its foot has its number in n.
                const std::string n = l == 0 && block.kind == BlockKind::Note ? block.n
                                      : band                                  ? band_note_number(pages[p], b)
                                                                              : opening_number(line);
                const long number = n.empty() ? -1 : std::stol(n);
                // The next number after a list closed (by a note holding a
                // table of its own at the text's size) carries it on.
                if (number == next && !lists.empty()) {
                    lists.back().notes.push_back({n, {here}});
                    open = true;
                    ++next;
                } else if (!open && number >= 0 &&
                           called_between(by_number, n,
                                          lists.empty() ? std::nullopt
                                                        : std::optional{lists.back().notes.back().lines.back()},
                                          here)) {
                    lists.push_back({{{n, {here}}}, here});
                    open = true;
                    next = number + 1;
                } else if (open && !band) {
                    lists.back().notes.back().lines.push_back(here);
                }
            }
        }
    }
    return lists;
}

// Whether no running text follows `last` in the document: the list there
// is the document's last text.
bool ends_document(const std::vector<Page>& pages, const Position& last) {
    for (std::size_t p = last.page; p < pages.size(); ++p)
        for (std::size_t b = p == last.page ? last.block : 0; b < pages[p].blocks.size(); ++b) {
            const Block& block = pages[p].blocks[b];
            if (!running_text(block)) continue;
            const std::size_t from = p == last.page && b == last.block ? last.line + 1 : 0;
            if (from < block.lines.size()) return false;
        }
    return true;
}

// Gives each note of each list its call: the first unused call of its
// number between the previous list and this one. Keeps the lists whose
// notes are called often enough to be notes, or, at the document's end,
// whose every note is called (one note, or two with the second's call on
// its own page, which the footnotes took).
std::vector<NoteList> called_lists(const std::vector<Page>& pages, std::vector<NoteList> lists,
                                   std::vector<Call>& calls) {
    std::map<std::string, std::vector<Call*>> by_number;  // in reading order
    for (auto& c : calls) by_number[c.number].push_back(&c);
    std::vector<NoteList> kept;
    Position after{};
    for (auto& list : lists) {
        int called = 0;
        for (auto& note : list.notes) {
            const auto it = by_number.find(note.number);
            if (it == by_number.end()) continue;
            auto c = std::lower_bound(it->second.begin(), it->second.end(), after,
                                      [](const Call* call, const Position& p) { return call->at < p; });
            while (c != it->second.end() && (*c)->used) ++c;
            if (c == it->second.end() || !((*c)->at < list.start)) continue;
            note.call = *c;
            (*c)->used = true;
            ++called;
        }
        const auto notes = static_cast<int>(list.notes.size());
        const bool believed = (called >= kMinCalledEndnotes && called >= kMinCalledEndnoteShare * notes) ||
                              (called == notes && ends_document(pages, list.notes.back().lines.back()));
        if (believed) {
            after = list.notes.back().lines.back();
            kept.push_back(std::move(list));
        } else {
            for (auto& note : list.notes)
                if (note.call) note.call->used = false;
        }
    }
    return kept;
}

Block note_block(std::vector<Page>& pages, const Endnote& note) {
    Block b;
    b.kind = BlockKind::Note;
    b.type = kEndnotePlace;
    b.n = note.number;
    for (const Position& at : note.lines) {
        Line& line = pages[at.page].blocks[at.block].lines[at.line];
        b.box = b.box.united(line.box);
        b.lines.push_back(std::move(line));
        line.words.clear();
    }
    auto& first = b.lines.front().words;
    if (!first.empty() && note_number_of(first.front().text) == note.number) first.erase(first.begin());
    std::erase_if(b.lines, [](const Line& l) { return l.words.empty(); });
    return b;
}

// A block whose lines a note took keeps the rest, split where the note's
// lines were.
std::vector<Block> split_around_taken(Block&& block) {
    std::vector<Line> lines = std::move(block.lines);
    block.lines.clear();  // each piece copies the rest of the block, not its lines
    std::vector<Block> out;
    bool gap = true;
    for (auto& line : lines) {
        if (line.words.empty()) {
            gap = true;
            continue;
        }
        if (gap) {
            out.push_back(block);
            out.back().lines.clear();
            out.back().box = {};
            // Only the first piece carries on from the previous page.
            if (out.size() > 1) out.back().continued = false;
            gap = false;
        }
        out.back().box = out.back().box.united(line.box);
        out.back().lines.push_back(std::move(line));
    }
    return out;
}

}  // namespace

int link_endnotes(std::vector<Page>& pages) {
    std::vector<Call> calls = unanswered_calls(pages);
    if (calls.empty()) return 0;
    const double body = calling_text_size(pages, calls);
    if (body <= 0) return 0;
    std::vector<NoteList> lists = called_lists(pages, find_note_lists(pages, calls, body), calls);
    if (lists.empty()) return 0;

    // The notes' blocks, by the page they go to and where: at the page of
    // their call, or where they were printed when no call was found.
    std::map<std::size_t, std::vector<Block>> moved;             // page -> notes appended
    // (page, block) -> an uncalled note that opened at that block's line
    std::map<std::tuple<std::size_t, std::size_t>, std::pair<std::size_t, Block>> kept;
    int linked = 0;
    for (auto& list : lists)
        for (auto& note : list.notes) {
            Block b = note_block(pages, note);
            if (b.lines.empty()) continue;
            if (note.call) {
                Word& call = pages[note.call->at.page]
                                 .blocks[note.call->at.block]
                                 .lines[note.call->at.line]
                                 .words[note.call->at.word];
                call.flags |= kFlagNoteAnchor;
                call.text = note.number;
                // Printed on its call's page, it is a footnote the page's
                // note area missed (a page whose notes are half its text).
                if (note.lines.front().page == note.call->at.page) b.type.clear();
                moved[note.call->at.page].push_back(std::move(b));
                ++linked;
            } else {
                const Position& at = note.lines.front();
                kept.emplace(std::tuple{at.page, at.block}, std::pair{at.line, std::move(b)});
            }
        }

    for (std::size_t p = 0; p < pages.size(); ++p) {
        auto& blocks = pages[p].blocks;
        std::vector<Block> rebuilt;
        for (std::size_t b = 0; b < blocks.size(); ++b) {
            const bool touched = std::any_of(blocks[b].lines.begin(), blocks[b].lines.end(),
                                             [](const Line& l) { return l.words.empty(); });
            std::vector<Block> pieces =
                touched ? split_around_taken(std::move(blocks[b])) : std::vector<Block>{std::move(blocks[b])};
            // An uncalled note stays where it was printed: after what its
            // block held above it, if anything.
            if (auto it = kept.find({p, b}); it != kept.end()) {
                const std::size_t before = it->second.first > 0 && !pieces.empty() ? 1 : 0;
                for (std::size_t k = 0; k < before; ++k) rebuilt.push_back(std::move(pieces[k]));
                rebuilt.push_back(std::move(it->second.second));
                for (std::size_t k = before; k < pieces.size(); ++k) rebuilt.push_back(std::move(pieces[k]));
                continue;
            }
            for (auto& piece : pieces) rebuilt.push_back(std::move(piece));
        }
        if (auto it = moved.find(p); it != moved.end())
            for (auto& b : it->second) rebuilt.push_back(std::move(b));
        blocks = std::move(rebuilt);
    }
    return linked;
}

}  // namespace pdf2tei::structure
