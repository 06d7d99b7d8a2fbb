#include "un_document.hpp"

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/dtfmtsym.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <map>
#include <memory>
#include <set>
#include <utility>
#include <vector>
#include <array>

#include "furniture.hpp"
#include "headings.hpp"
#include "layout.hpp"
#include "pdf2tei/language_table.hpp"
#include "pdf2tei/pattern.hpp"
#include "pdf2tei/text.hpp"

namespace pdf2tei::structure {
namespace {

bool contains(std::string_view s, std::string_view part) { return s.find(part) != std::string_view::npos; }

// Every language's masthead wordings (language_tables()), exact ones first,
// then by field in the order below: a line that two rules take is the
// first's ("Resolution adopted by the General Assembly at its 79th
// session" is the session's line, whatever language's rule comes first).
using FieldRule = MastheadWording;
const std::vector<FieldRule>& field_rules() {
    static const auto rules = [] {
        constexpr std::array<std::string_view, 9> kFieldOrder = {"un",     "organ",  "committee", "distribution",
                                                                 "language", "session", "agenda",   "author",
                                                                 "adoption"};
        const auto rank = [&](const FieldRule& r) {
            const auto field = std::find(kFieldOrder.begin(), kFieldOrder.end(), r.field);
            return std::pair(r.how == FieldRule::Exact ? 0 : 1, field - kFieldOrder.begin());
        };
        std::vector<FieldRule> all;
        for (const LanguageTable* t : language_tables()) all.insert(all.end(), t->masthead.begin(), t->masthead.end());
        std::stable_sort(all.begin(), all.end(), [&](const FieldRule& x, const FieldRule& y) { return rank(x) < rank(y); });
        return all;
    }();
    return rules;
}

const Pattern& resolution_title() {
    // "74/173. Title"; Arabic "74/173 - Title"; OCR may lose the space
    // after the period ("79/96.Declaración", dev seed 7 es-7-004.garbled).
    static const Pattern re(R"(^(\d{1,3}/\d{1,4})(?:\.\s*|\s+-\s+)(\D.*)$)");
    return re;
}

// The title without its number: "74/173. ", or Arabic's "74/173 - " (the
// masthead's title field holds neither, dev seed 9).
std::string without_resolution_number(const std::string& title) {
    std::vector<std::string> m;
    return resolution_title().match(title, m) ? m[2] : title;
}

// Two numbers of one length that differ in one figure only.
bool one_figure_off(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    std::size_t off = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i] != b[i]) {
            if (!is_ascii_digit(static_cast<unsigned char>(a[i])) || !is_ascii_digit(static_cast<unsigned char>(b[i]))) return false;
            ++off;
        }
    return off == 1;
}

// `a` is the number `b` with one figure more ("71/1131" for "71/131").
// Whether `a` is `b` with one character more that `extra` accepts.
template <class Extra>
bool one_more(std::string_view a, std::string_view b, Extra extra) {
    if (a.size() != b.size() + 1) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (extra(static_cast<unsigned char>(a[i])) && a.substr(0, i) == b.substr(0, i) && a.substr(i + 1) == b.substr(i))
            return true;
    return false;
}

bool one_figure_more(std::string_view a, std::string_view b) {
    return one_more(a, b, [](unsigned char c) { return is_ascii_digit(c); });
}

// `a` is `b` with one to kMaxExtraSymbolFigures figures more, anywhere
// ("A/RES/73/10323" for "A/RES/73/103": dev scan300-35 zh-35-000).
constexpr std::size_t kMaxExtraSymbolFigures = 2;
bool few_figures_more(std::string_view a, std::string_view b) {
    if (a.size() <= b.size() || a.size() > b.size() + kMaxExtraSymbolFigures) return false;
    std::size_t j = 0;
    for (const char c : a) {
        if (j < b.size() && c == b[j]) ++j;
        else if (!is_ascii_digit(static_cast<unsigned char>(c))) return false;
    }
    return j == b.size();
}

// A stroke OCR reads between figures out of a speck or a serif: "7]1/269."
// for 71/269 (dev scan300-30 zh-30-000).
bool one_stroke_more(std::string_view a, std::string_view b) {
    return one_more(a, b, [](unsigned char c) { return c == ']' || c == '[' || c == '|' || c == '!' || c == 'l' || c == 'I'; });
}

// A resolution's number OCR read in at most this many pieces ("5 7" for
// "195").
constexpr std::size_t kMaxTitleNumberPieces = 3;

// A word of figures and slashes only ("57", "4/148").
bool all_figures(std::string_view text) {
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c == '/' || is_ascii_digit(c); });
}

// How many words of figures a line opens with, where they are at most
// kMaxTitleNumberPieces (a number OCR read in pieces: "5 7") and the
// title's right-to-left words follow, its mark or not; 0 otherwise.
std::size_t title_number_pieces(const std::vector<Word>& words) {
    std::size_t figures = 0;
    while (figures < words.size() && all_figures(words[figures].text)) ++figures;
    if (figures == 0 || figures > kMaxTitleNumberPieces) return 0;
    const std::size_t title = figures + (figures < words.size() && words[figures].text == "-");
    return title < words.size() && text_direction(words[title].text) == Direction::RightToLeft ? figures : 0;
}

// Arabic's mark after a title's number, put back where OCR lost it: a word
// of its own after the number, with no ink of its own.
void put_back_title_mark(std::vector<Word>& words) {
    Word mark = words.front();
    mark.text = "-";
    mark.box.x0 = mark.box.x1;
    words.insert(words.begin() + 1, std::move(mark));
}

// OCR reads the slash of a resolution's number as a stroke ("731300."
// under the symbol A/RES/73/300, dev scan300-7 fr-7-003): a title's first
// word that is the symbol's last two parts with one character where the
// slash stands is mended to them.
// Arabic's model reads the left-to-right number of a right-to-left title
// by its last figures only ("8 - الإعلان …" under A/RES/77/258, "0 - …"
// under A/RES/71/10: dev scan300-7 ar-7-008, ar-7-011, ar-7-007): figures
// a resolution's number ends with, then the title's dash and its
// right-to-left words, in the first block after the masthead that begins
// with figures (`first`: a numbered operative paragraph further down may
// begin so too; a misread session line may stand above it, ar-7-002), are
// the number; so are its last figures and its slash ("4/285 - …" under
// A/RES/74/285, dev scan300-11 ar-11-006), with the mark or without.
// A number with a figure too many in that block is the symbol's too
// ("71/1131." under A/RES/71/131: dev seed 25 en-25-009.invisible-ocr).
// Right over the opening formula (`over_formula`), a block that begins
// with figures, then the title's right-to-left words, is the title
// whatever figures OCR made of its number, the first such block or not:
// "32 - الإعلان …" under A/RES/79/172, a date read as running text above
// it; "5 7 الإعلان …", its number in two and its mark lost, under
// A/RES/72/195 (dev scan300-35 ar-35-007, ar-35-000). The symbol and the
// formula's place vouch for the number.
// `earlier_ocr`: the page's words are an earlier OCR layer's, mended too.
void mend_ocr_resolution_number(Block& b, const std::vector<std::string>& symbols, bool first, bool earlier_ocr,
                                bool over_formula) {
    if (b.lines.empty() || b.lines.front().words.empty()) return;
    auto& words = b.lines.front().words;
    Word& lead = words.front();
    if (lead.source != Source::Ocr && !earlier_ocr) return;
    std::string number = lead.text;
    const bool dot = !number.empty() && number.back() == '.';
    if (dot) number.pop_back();
    for (const auto& symbol : symbols) {
        const auto last = symbol.rfind('/');
        if (last == std::string::npos || last == 0) continue;
        const auto before = symbol.rfind('/', last - 1);
        const std::string session = symbol.substr(before == std::string::npos ? 0 : before + 1, last - before - 1);
        const std::string index = symbol.substr(last + 1);
        if (session.empty() || index.empty()) continue;
        const std::string whole = session + "/" + index;
        const bool figures = !number.empty() && number.front() != '/' && all_figures(number);
        const bool ends_number = first && !dot && figures && symbol.find("/RES/") != std::string::npos &&
                                 number.size() < whole.size() && whole.ends_with(number);
        if (ends_number && words.size() >= 3 && words[1].text == "-" &&
            text_direction(words[2].text) == Direction::RightToLeft) {
            lead.text = whole;
            return;
        }
        // Its slash read too, the mark lost ("4/148 الإعلان …" under
        // A/RES/74/148, dev scan300-11 ar-11-000): the mark is put back.
        if (ends_number && number.find('/') != std::string::npos && words.size() >= 2 &&
            text_direction(words[1].text) == Direction::RightToLeft) {
            lead.text = whole;
            put_back_title_mark(words);
            return;
        }
        if (first && dot && symbol.find("/RES/") != std::string::npos &&
            (one_figure_more(number, whole) || one_stroke_more(number, whole))) {
            lead.text = whole + ".";
            return;
        }
        if (const std::size_t pieces = over_formula && symbol.find("/RES/") != std::string::npos
                                           ? title_number_pieces(words)
                                           : 0;
            pieces > 0) {
            words.erase(words.begin() + 1, words.begin() + static_cast<std::ptrdiff_t>(pieces));
            lead.text = whole;
            if (words[1].text != "-") put_back_title_mark(words);
            return;
        }
        if (number.size() != session.size() + 1 + index.size()) continue;
        const char stroke = number[session.size()];
        const bool slash_misread = stroke == '1' || stroke == 'l' || stroke == 'I' || stroke == '|' || stroke == '!';
        if (slash_misread && number.compare(0, session.size(), session) == 0 &&
            number.compare(session.size() + 1, std::string::npos, index) == 0) {
            lead.text = whole + (dot ? "." : "");
            return;
        }
        // The number read whole, its mark lost: "71/207 الإعلان …" under
        // A/RES/71/207 for "71/207 - الإعلان …" (dev scan300-10 ar-10-013).
        // The symbol vouches for the number; the mark is the script's. In
        // the first block after the masthead that begins with figures, so
        // it does for a number one figure off ("19/229 الإعلان …" under
        // A/RES/79/229, dev scan300-7 ar-7-014 and ar-7-016).
        const bool vouched = number == whole || (first && one_figure_off(number, whole));
        if (!dot && vouched && words.size() >= 2 && words[1].text != "-") {
            lead.text = whole;
            if (text_direction(words[1].text) == Direction::RightToLeft) {
                put_back_title_mark(words);
            } else {
                lead.text += ".";
            }
            return;
        }
    }
}

// OCR's slips in a fixed masthead wording ("الأمم المتجدة" for
// "الأمم المتحدة", dev scan300-7 ar-7-000): the rule whose exact wording
// a segment is nearest to, in edits (characters inserted, deleted or
// replaced).
// - Away from the symbol, one edit, and only for a wording long enough
//   (kMinMisreadFieldLength characters) that one edit cannot make it
//   another.
// - In a masthead that has shown its symbol, on the segment's line or
//   above it, the place vouches for the field: a short wording is mended
//   ("联合" for "联合国", dev scan300-10 zh-10-008, from
//   kMinMisreadFieldLengthBesideSymbol characters), and a longer one at one
//   edit in kMastheadCharsPerEdit of its characters ("الأمير المتحرة",
//   3 edits in 13, dev scan300-7 ar-7-014; "| لجمعية العامة" for
//   "الجمعية العامة", 2 in 14, ar-7-013).
// - On the symbol's own line, where only the UN's name or the organ
//   stands, at one edit in kMastheadCharsPerEditOnSymbolLine ("الأهم
//   الفحوة" for "الأمم المتحدة", 4 in 13, dev scan300-11 ar-11-006: the
//   masthead, its date and session were lost with it).
// The edits (characters inserted, deleted or replaced) that make `read`
// into `wording`, when they are `allowed` at most; none otherwise.
std::optional<std::size_t> edits_within(const std::u32string& read, const std::u32string& wording, std::size_t allowed) {
    const std::size_t longer = std::max(wording.size(), read.size()), shorter = std::min(wording.size(), read.size());
    if (longer - shorter > allowed) return std::nullopt;  // the lengths say so already
    const std::size_t edits = edit_distance(read, wording);
    return edits <= allowed ? std::optional<std::size_t>(edits) : std::nullopt;
}

constexpr std::size_t kMinMisreadFieldLength = 8;
constexpr std::size_t kMinMisreadFieldLengthBesideSymbol = 2;
constexpr std::size_t kMastheadCharsPerEdit = 4;
constexpr std::size_t kMastheadCharsPerEditOnSymbolLine = 3;
const FieldRule* masthead_field_misread(std::string_view text, bool beside_symbol, bool on_symbol_line) {
    const std::size_t min_length = beside_symbol ? kMinMisreadFieldLengthBesideSymbol : kMinMisreadFieldLength;
    const std::u32string t = utf8_decode(text);
    if (t.size() + 1 < min_length || t.size() < kMinMisreadFieldLengthBesideSymbol) return nullptr;
    // No field ends in a comma; the resolution's opening formula does, and
    // is its organ and a word or two ("La Asamblea General,": 4 edits from
    // "Asamblea General", dev seed 7 es-7-009.scan).
    if (t.back() == U',' || t.back() == U'،' || t.back() == U'，') return nullptr;
    const FieldRule* nearest = nullptr;
    std::size_t fewest = 0;
    for (const auto& r : field_rules()) {
        if (r.how != FieldRule::Exact) continue;
        const std::u32string wording = utf8_decode(r.text);
        if (wording.size() < min_length) continue;
        const std::size_t chars_per_edit = on_symbol_line ? kMastheadCharsPerEditOnSymbolLine : kMastheadCharsPerEdit;
        const std::size_t allowed = beside_symbol ? std::max<std::size_t>(1, wording.size() / chars_per_edit) : 1;
        const auto edits = edits_within(t, wording, allowed);
        if (edits && (!nearest || *edits < fewest)) {
            nearest = &r;
            fewest = *edits;
        }
    }
    return nearest;
}

// A date whose month OCR misread, in a masthead that has shown its
// symbol: a day (1-31) and a year (1945-2099) among at most
// kMaxMisreadDateWords words, the others without figures ("8 شباط/قيرا بن
// 2026" for "8 شباط/فبراير 2026", dev scan300-7 ar-7-013). Its month
// cannot be trusted, so it is kept as read and given no ISO form.
constexpr std::size_t kMaxMisreadDateWords = 5;
bool misread_date(std::string_view text) {
    const auto words = space_separated(text);
    bool day = false, year = false;
    for (const std::string_view w : words) {
        const bool figures = all_ascii_digits(w);
        const int n = figures && w.size() <= 4 ? std::stoi(std::string(w)) : -1;
        if (figures && w.size() <= 2 && n >= 1 && n <= 31 && !day) day = true;
        else if (figures && w.size() == 4 && n >= 1945 && n <= 2099 && !year) year = true;
        else if (std::any_of(w.begin(), w.end(), is_ascii_digit)) return false;
    }
    return day && year && words.size() <= kMaxMisreadDateWords;
}

// A masthead segment OCR misread, as the fixed form it stands for: one
// word over the segment's words.
void mend_segment(Line& seg, std::string text) {
    Word w = seg.words.front();
    for (const auto& other : seg.words) w.box = w.box.united(other.box);
    w.text = std::move(text);
    w.space_after = seg.words.back().space_after;
    seg.words.assign(1, std::move(w));
}

Block segment_block(Line segment, BlockKind kind, std::string type) {
    Block b;
    b.kind = kind;
    b.type = std::move(type);
    b.box = segment.box;
    b.lines.push_back(std::move(segment));
    return b;
}

// The first page's masthead: the leading blocks all of whose line segments
// are masthead fields. Returns how many blocks it spans (furniture skipped),
// or 0 when it holds no symbol.
struct Masthead {
    // The page's blocks it takes lines from, and which lines.
    std::vector<std::pair<std::size_t, std::vector<bool>>> blocks;
    std::vector<Block> fields;
};

// A segment's words as they stand from left to right. A symbol reads so
// whatever the page's direction: the Latin model read "A/RES/71/10" on an
// Arabic page as "A/RES/7" and "1/10", which the right-to-left line put
// in the other order, as Unicode's algorithm reads figures after Arabic
// (dev scan300-7 ar-7-007).
std::string left_to_right_text(const Line& seg) {
    std::vector<const Word*> words;
    for (const auto& w : seg.words) words.push_back(&w);
    std::stable_sort(words.begin(), words.end(), [](const Word* a, const Word* b) { return a->box.x0 < b->box.x0; });
    std::string out;
    for (const Word* w : words) out += (out.empty() ? "" : " ") + w->text;
    return out;
}

// The line's words from `begin` to `end`, as a line of their own.
Line words_of(const Line& line, std::size_t begin, std::size_t end) {
    Line part;
    part.baseline = line.baseline;
    part.font_size = line.font_size;
    for (std::size_t i = begin; i < end; ++i) {
        part.words.push_back(line.words[i]);
        part.box = part.box.united(line.words[i].box);
    }
    return part;
}

// A long wording may run up to the symbol with no more than a word space
// between them ("Организация Объединенных Наций A/RES/72/326" on a page
// of DejaVu Sans: dev seed 28 ru-28-007, whose masthead, title and
// structure were lost). A segment that is no field, but is a symbol at one
// end and a field in the rest, is those two fields.
void split_symbol_from_field(std::vector<Line>& segments) {
    for (std::size_t k = 0; k < segments.size(); ++k) {
        const Line seg = segments[k];
        const std::size_t n = seg.words.size();
        if (n < 2 || masthead_field(line_text(seg))) continue;
        for (const std::size_t cut : {n - 1, std::size_t{1}}) {
            Line left = words_of(seg, 0, cut), right = words_of(seg, cut, n);
            const std::string& symbol_side = cut == 1 ? line_text(left) : line_text(right);
            const Line& rest = cut == 1 ? right : left;
            if (!is_un_symbol(symbol_side) || !masthead_field(line_text(rest))) continue;
            segments[k] = std::move(left);
            segments.insert(segments.begin() + static_cast<std::ptrdiff_t>(k + 1), std::move(right));
            ++k;
            break;
        }
    }
}

// The masthead fields a line is made of, or nothing when any part of it is
// not one.
std::optional<std::vector<Block>> line_fields(const Line& line, bool symbol_above) {
    std::vector<Line> segments = split_at_gaps(line);
    split_symbol_from_field(segments);
    std::vector<std::optional<std::string>> found(segments.size());
    bool symbol_here = false;
    for (std::size_t k = 0; k < segments.size(); ++k) {
        Line& seg = segments[k];
        found[k] = masthead_field(line_text(seg));
        // OCR's slips in the symbol mended: the symbol is what makes the
        // masthead, and the resolution's structure with it (dev scan300-7
        // fr-7-003: "AIRES/73/300").
        // A slip may leave a symbol's form ("A/T3/686"): mended too.
        if ((!found[k] || found[k] == "symbol") && !seg.words.empty() && seg.words.front().source == Source::Ocr)
            if (std::string s = ocr_un_symbol(line_text(seg)); !s.empty() || !(s = ocr_un_symbol(left_to_right_text(seg))).empty()) {
                if (s != line_text(seg)) mend_segment(seg, std::move(s));
                found[k] = "symbol";
            }
        symbol_here = symbol_here || found[k] == "symbol";
    }
    const bool symbol = symbol_above || symbol_here;
    std::vector<Block> fields;
    for (std::size_t k = 0; k < segments.size(); ++k) {
        Line& seg = segments[k];
        if (!found[k] && !seg.words.empty() && seg.words.front().source == Source::Ocr) {
            if (const FieldRule* near = masthead_field_misread(line_text(seg), symbol, symbol_here)) {
                mend_segment(seg, std::string(near->text));
                found[k] = std::string(near->field);
            } else if (symbol && misread_date(line_text(seg))) {
                found[k] = "date";
            }
        }
        if (!found[k]) return std::nullopt;
        fields.push_back(segment_block(std::move(seg), BlockKind::Masthead, *found[k]));
    }
    return fields;
}

// OCR may lose a masthead's symbol altogether ("联合国 2" for "联合国
// A/72/721", "الأمم المتحدة 10/02": dev scan300-7 zh-7-005, zh-7-007,
// ar-7-004), and the masthead, its title and its structure went with it.
// Fields OCR read, of at least kMinFieldKindsWithoutSymbol kinds (organ,
// distribution, date, session, agenda item, author...), make one without
// it; a text layer's masthead keeps needing its symbol.
constexpr std::size_t kMinFieldKindsWithoutSymbol = 4;
bool masthead_without_symbol(const std::vector<Block>& fields) {
    std::set<std::string> kinds;
    for (const auto& f : fields) {
        const bool ocr = !f.lines.empty() && !f.lines.front().words.empty() &&
                         f.lines.front().words.front().source == Source::Ocr;
        if (!ocr) return false;
        kinds.insert(f.type);
    }
    return kinds.size() >= kMinFieldKindsWithoutSymbol;
}

// Whether the text holds four figures in a row, as every date's year is.
bool holds_year(std::string_view text) {
    return std::search_n(text.begin(), text.end(), 4, 0, [](char c, int) { return c >= '0' && c <= '9'; }) != text.end();
}

// An adoption line may wrap inside its date ("Резолюция, принятая
// Генеральной Ассамблеей 14" / "февраля 2018 года": dev seed 28
// ru-28-007, whose second line became a heading of the body). The next
// line is the adoption's too when the adoption holds no year yet and the
// two end with a date: its last kMaxDateWords words or fewer.
constexpr std::size_t kMaxDateWords = 6;
bool ends_adoption_date(const std::string& adoption, const std::string& next) {
    if (holds_year(adoption) || !holds_year(next)) return false;
    // The date starts in the adoption line: at one of its last words.
    const std::string joined = adoption + " " + next;
    std::size_t start = joined.size();
    for (std::size_t n = 0; n < kMaxDateWords && start > 0; ++n) {
        start = joined.rfind(' ', start - 1);
        if (start == std::string::npos) return false;
        if (start < adoption.size() && !iso_date(std::string_view(joined).substr(start + 1)).empty()) return true;
    }
    return false;
}

// `symbol_row`: the box of the masthead's symbol, when a first scan
// found it; a line level with it is beside it, wherever it was read.
Masthead scan_masthead(Page& page, const std::optional<Box>& symbol_row) {
    // The masthead ends where running text starts: a block this long is not
    // part of it, and nothing after it is.
    constexpr std::size_t kMaxMastheadWords = 30;
    Masthead m;
    bool symbol = false, adopted = false;
    const auto level_with_symbol = [&](const Line& l) { return symbol_row && level_with(l.box, *symbol_row); };
    for (std::size_t i = 0; i < page.blocks.size() && !adopted; ++i) {
        Block& b = page.blocks[i];
        // The symbol at the top of the first page repeats as every page's
        // running head; on this page it is the masthead's.
        const bool top_symbol = b.kind == BlockKind::Furniture && b.band == Band::Top && b.lines.size() == 1 &&
                                is_un_symbol(line_text(b.lines[0]));
        if (b.kind == BlockKind::Furniture && !top_symbol) continue;
        if (!is_running_text(b.kind) && !top_symbol) break;
        // The lines that are all fields; the others (a title set right under
        // the adoption line) stay in the block.
        std::vector<Block> fields;
        std::vector<bool> taken(b.lines.size(), false);
        std::size_t lines = 0;
        for (std::size_t k = 0; k < b.lines.size(); ++k) {
            auto f = line_fields(b.lines[k], symbol || level_with_symbol(b.lines[k]));
            if (!f && k > 0 && taken[k - 1] && !fields.empty() && fields.back().type == "adoption" &&
                ends_adoption_date(block_text(fields.back()), line_text(b.lines[k])))
                f = std::vector<Block>{segment_block(b.lines[k], BlockKind::Masthead, "adoption")};
            if (!f) continue;
            taken[k] = true;
            ++lines;
            for (auto& x : *f) {
                symbol = symbol || x.type == "symbol";
                fields.push_back(std::move(x));
            }
        }
        if (lines == 0) {
            std::size_t words = 0;
            for (const auto& l : b.lines) words += l.words.size();
            if (words > kMaxMastheadWords) break;
            continue;
        }
        for (auto& f : fields) {
            symbol = symbol || f.type == "symbol";
            adopted = adopted || f.type == "adoption";
            m.fields.push_back(std::move(f));
        }
        m.blocks.push_back({i, std::move(taken)});
    }
    if (!symbol && !masthead_without_symbol(m.fields)) return {};
    return m;
}

// The masthead. A line OCR read before the symbol, level with it, is
// beside it too, and its misread wording is mended as such ("الأمم
// التعدة" for "الأمم المتحدة", read before "A/71/183" on its row, stayed
// in the text: dev scan300-13 ar-13-006). A line above the symbol's row
// is not (a short wording one edit off, "联合").
Masthead find_masthead(Page& page) {
    Masthead m = scan_masthead(page, std::nullopt);
    const auto symbol = std::find_if(m.fields.begin(), m.fields.end(), [](const Block& f) { return f.type == "symbol"; });
    return symbol == m.fields.end() ? m : scan_masthead(page, symbol->box);
}

// A field's text without its notes' calls ("A/81/6 (Sect. 10)/Part A*",
// "Item 35 of the provisional agenda*": the symbol and the agenda item
// are what precedes the call).
std::string text_without_calls(Block b) {
    for (auto& l : b.lines) std::erase_if(l.words, [](const Word& w) { return w.has(kFlagNoteAnchor); });
    return block_text(b);
}

// Other readings of the symbol that must agree to outvote the masthead's.
constexpr std::size_t kMinSymbolReadings = 2;

// OCR may misread a figure of the masthead's symbol ("A/RES/70/87" over
// the title "76/87. Declaración …" and under page 2's running head
// "A/RES/76/87": dev seed 25 es-25-002.scan-bw). The document reads its
// symbol again, in a resolution's number and in later pages' running
// heads and feet: an OCR reading one figure off kMinSymbolReadings others
// that agree takes theirs, in the header and in the masthead.
void mend_symbol_by_its_readings(Document& doc) {
    if (doc.un.symbols.empty() || doc.pages.empty()) return;
    std::string& symbol = doc.un.symbols.front();
    Line* read = nullptr;  // the masthead's symbol line
    for (auto& b : doc.pages.front().blocks)
        if (b.kind == BlockKind::Masthead && b.type == "symbol" && b.lines.size() == 1 &&
            !b.lines.front().words.empty() && text_without_calls(b) == symbol)
            read = &b.lines.front();
    if (!read || read->words.front().source != Source::Ocr) return;
    std::vector<std::string> readings;
    if (const auto res = symbol.find("/RES/"); res != std::string::npos && !doc.un.resolution_number.empty()) {
        const std::string titled = symbol.substr(0, res + 5) + doc.un.resolution_number;
        // A figure too many is OCR's, as in a title's number under the
        // symbol (mend_ocr_resolution_number): "A/RES/71/3206" over the
        // title "71/326. 世界人权宣言" (dev scan300-30 zh-30-010); so are
        // two ("A/RES/73/10323" over "73/103.", zh-35-000). The title
        // alone vouches for the shorter reading.
        if (few_figures_more(symbol, titled)) {
            mend_segment(*read, titled);
            symbol = titled;
            return;
        }
        readings.push_back(titled);
    }
    for (std::size_t p = 1; p < doc.pages.size(); ++p)
        for (const auto& b : doc.pages[p].blocks) {
            if (b.kind != BlockKind::Furniture) continue;
            for (const auto& l : b.lines)
                for (const auto& w : l.words)
                    if (std::string s = is_un_symbol(w.text) ? w.text : ocr_un_symbol(w.text); !s.empty())
                        readings.push_back(std::move(s));
        }
    for (const auto& r : readings)
        if (one_figure_off(symbol, r) &&
            std::count(readings.begin(), readings.end(), r) >= static_cast<std::ptrdiff_t>(kMinSymbolReadings)) {
            mend_segment(*read, r);
            symbol = r;
            return;
        }
}

void fill_metadata(UnMetadata& un, const std::vector<Block>& fields) {
    for (const auto& f : fields) {
        const std::string t = text_without_calls(f);
        if (f.type == "symbol") un.symbols.push_back(t);
        else if (f.type == "organ" && un.organ.empty()) un.organ = t;
        else if (f.type == "distribution") un.distribution = t;
        else if (f.type == "date" && un.date.empty()) {
            un.date = t;
            un.date_iso = iso_date(t);
        } else if (f.type == "language") un.original_language = t;
        else if (f.type == "session") un.session = t;
        else if (f.type == "agenda") un.agenda_item = t;
        else if (f.type == "adoption") un.adoption += (un.adoption.empty() ? "" : " ") + t;
        else if (f.type == "author") un.author = t;
    }
}

// "The General Assembly," alone, or without its comma when the resolution
// has a single operative sentence ("The General Assembly / Endorses ...").
bool is_opening_formula(const std::string& text, const std::string& n) {
    if (!n.empty()) return false;
    for (const LanguageTable* t : language_tables())
        for (std::string_view f : t->opening_formulas) {
            if (text == f) return true;
            if (f.ends_with(t->formula_comma) && text == f.substr(0, f.size() - t->formula_comma.size())) return true;
        }
    return false;
}

// The line over a draft's title (A/C.1/80/L.12, Word): the sponsors, then
// what the draft is ("Indonesia:* draft resolution", "France, …, and
// State of Palestine:** draft decision"), or what it is first ("Draft
// decision submitted by the President of the General Assembly*"), a
// language's draft_kinds; `text` without its notes' calls. Committee
// drafts set the committee's name as a heading over it ("First
// Committee"), which is no title.
bool is_draft_line(const std::string& text) {
    constexpr std::size_t kMaxDraftOpeningWords = 25;  // a line's worth, not a paragraph
    std::u32string lowered = utf8_decode(text);
    if (lowered.empty()) return false;
    lowered[0] = static_cast<char32_t>(u_tolower(static_cast<UChar32>(lowered[0])));
    const std::string t = utf8_encode(lowered);
    const auto words = static_cast<std::size_t>(std::count(t.begin(), t.end(), ' ')) + 1;
    for (const LanguageTable* table : language_tables())
        for (std::string_view kind : table->draft_kinds) {
            if (t.ends_with(kind) && t.size() > kind.size()) return true;
            if (t.starts_with(kind) && words <= kMaxDraftOpeningWords &&
                (t.size() == kind.size() || t[kind.size()] == ' '))
                return true;
        }
    return false;
}

bool is_meeting_line(const std::string& text) {
    for (const LanguageTable* t : language_tables())
        for (std::string_view w : t->meeting_words)
            if (contains(text, w)) return true;
    return false;
}

// "Annex", "Annex I", "Annexe II" as the block's first line.
bool is_annex_heading(const Block& b) {
    if (b.lines.empty()) return false;
    const std::string first = line_text(b.lines.front());
    static const Pattern numbered(R"(^\S+( [IVXL]{1,5}| \d{1,2})?$)");
    for (const LanguageTable* t : language_tables())
        for (std::string_view w : t->annex_words)
            if (first.starts_with(w) && numbered.matches(first)) return true;
    return false;
}

// The index of the block's first line that names the meeting, or the
// number of lines.
std::size_t meeting_line_index(const Block& b) {
    for (std::size_t i = 0; i < b.lines.size(); ++i)
        if (is_meeting_line(line_text(b.lines[i]))) return i;
    return b.lines.size();
}

// Moves the lines from `at` on into a block of their own.
Block split_lines_from(Block& b, std::size_t at) {
    Block tail;
    tail.lines.assign(std::make_move_iterator(b.lines.begin() + static_cast<std::ptrdiff_t>(at)),
                      std::make_move_iterator(b.lines.end()));
    b.lines.erase(b.lines.begin() + static_cast<std::ptrdiff_t>(at), b.lines.end());
    b.box = {};
    for (const auto& l : b.lines) b.box = b.box.united(l.box);
    for (const auto& l : tail.lines) tail.box = tail.box.united(l.box);
    return tail;
}

// Splits a closing block into one Closing block per line ("50th plenary
// meeting", "18 December 2019").
std::vector<Block> closing_lines(Block b) {
    std::vector<Block> out;
    for (auto& l : b.lines) out.push_back(segment_block(std::move(l), BlockKind::Closing, ""));
    return out;
}

// OCR's slips in the opening formula ("إن اجمعية العامة»" for "إن الجمعية
// العامة،", 2 edits in 18: dev scan300-7 ar-7-011, ar-7-002, where the
// formula then ran into the first preamble paragraph): the first line of a
// block read by OCR within one edit in kMastheadCharsPerEdit of a
// language's formula is that formula, mended, as a masthead's fixed
// wordings are. Its words are the formula's, one for one, where they are
// as many; else one word over the line.
void mend_opening_formula(Block& b) {
    if (b.kind != BlockKind::Paragraph || b.lines.empty() || b.lines.front().words.empty() || !b.n.empty()) return;
    Line& line = b.lines.front();
    if (line.words.front().source != Source::Ocr) return;
    const std::string read = line_text(line);
    const std::u32string t = utf8_decode(read);
    for (const LanguageTable* table : language_tables())
        for (std::string_view f : table->opening_formulas) {
            if (read == f) return;
            const std::u32string formula = utf8_decode(f);
            if (!edits_within(t, formula, std::max<std::size_t>(1, formula.size() / kMastheadCharsPerEdit))) continue;
            const auto words = space_separated(f);
            if (words.size() == line.words.size()) {
                for (std::size_t k = 0; k < words.size(); ++k) {
                    line.words[k].text = std::string(words[k]);
                    line.words[k].glyphs.clear();
                }
            } else {
                mend_segment(line, std::string(f));
            }
            return;
        }
}

// The opening formula on the first line of a longer paragraph block
// ("The General Assembly," over "Whereas it is essential ..." at the
// usual pitch, no indent: LibreOffice, dev seed 7 en-7-014) is a paragraph
// of its own; the lines under it go into the next block.
void split_opening_formula(std::vector<Block>& blocks, std::size_t i) {
    Block& b = blocks[i];
    if (b.kind != BlockKind::Paragraph || b.lines.size() < 2 || !is_opening_formula(line_text(b.lines.front()), b.n))
        return;
    Block rest = split_lines_from(b, 1);  // a paragraph, as a new Block is
    rest.band = b.band;
    blocks.insert(blocks.begin() + static_cast<std::ptrdiff_t>(i) + 1, std::move(rest));
}

// Resolution body: opening formula and preamble, numbered operative
// paragraphs with their sub-paragraphs, closing lines, annexes.
void divide_resolution(std::vector<Page>& pages, std::size_t first_page_start) {
    Division division = Division::Body;
    bool closed = false;
    // Whether the text's last block so far is the meeting's closing line:
    // on this page's `out`, past its furniture and notes, or on the pages
    // before.
    bool page_before_ends_in_meeting = false;
    const auto ends_in_meeting = [](const std::vector<Block>& blocks, bool before) {
        for (auto b = blocks.rbegin(); b != blocks.rend(); ++b)
            if (b->kind == BlockKind::Paragraph || b->kind == BlockKind::Heading || b->kind == BlockKind::Closing)
                return b->kind == BlockKind::Closing && is_meeting_line(block_text(*b));
        return before;
    };
    for (std::size_t p = 0; p < pages.size(); ++p) {
        std::vector<Block> out;
        // Each line of `closing` a Closing block of the current division.
        const auto add_closing = [&](Block closing) {
            for (auto& c : closing_lines(std::move(closing))) {
                c.division = division;
                out.push_back(std::move(c));
            }
        };
        auto& blocks = pages[p].blocks;
        for (std::size_t i = 0; i < blocks.size(); ++i) {
            const bool before_start = p == 0 && i < first_page_start;  // the masthead and title
            if (division == Division::Body && !before_start) {
                mend_opening_formula(blocks[i]);
                split_opening_formula(blocks, i);
            }
            Block& b = blocks[i];
            const bool running = is_running_text(b.kind);
            if (b.kind == BlockKind::Table || b.kind == BlockKind::Figure) b.division = division;  // in its place, but it opens nothing
            if (!running || before_start) {
                out.push_back(std::move(b));
                continue;
            }
            const std::string text = block_text(b);
            if (is_annex_heading(b)) {
                division = Division::Annex;
                b.kind = BlockKind::Heading;
            } else if (division == Division::Body && is_opening_formula(text, b.n)) {
                // Without its comma, the formula opens a single operative
                // sentence: there is no preamble.
                bool comma = false;
                for (const LanguageTable* t : language_tables())
                    comma = comma || (!t->formula_comma.empty() && text.ends_with(t->formula_comma));
                division = comma ? Division::Preamble : Division::Operative;
            } else if (division == Division::Preamble && b.n == "1" && !b.continued) {
                division = Division::Operative;
            } else if (closed && b.lines.size() == 1 && ends_in_meeting(out, page_before_ends_in_meeting) &&
                       !iso_date(text).empty()) {
                // The date under the meeting line, set a little apart from
                // it (LibreOffice's right-aligned closing lines), or over
                // the page's break.
                add_closing(std::move(b));
                continue;
            } else if (division != Division::Body && !closed) {
                // The closing lines may share a block with the last paragraph.
                const std::size_t at = meeting_line_index(b);
                if (at < b.lines.size()) {
                    closed = true;
                    Block closing = split_lines_from(b, at);
                    if (!b.lines.empty()) {
                        b.division = division;
                        out.push_back(std::move(b));
                    }
                    add_closing(std::move(closing));
                    continue;
                }
            }
            b.division = division;
            out.push_back(std::move(b));
        }
        page_before_ends_in_meeting = ends_in_meeting(out, page_before_ends_in_meeting);
        blocks = std::move(out);
    }
}

bool all_bold(const Block& b) {
    for (const auto& l : b.lines)
        for (const auto& w : l.words)
            if (!is_bold_font(w.font)) return false;
    return !b.lines.empty();
}

// A long title set in bold can come out as several blocks; the bold ones
// right after the title's first are the rest of it.
void absorb_title_lines(std::vector<Block>& blocks, std::size_t title) {
    while (title + 1 < blocks.size()) {
        Block& next = blocks[title + 1];
        if ((next.kind != BlockKind::Paragraph && next.kind != BlockKind::Heading) || !all_bold(next) ||
            !all_bold(blocks[title]))
            return;
        for (auto& l : next.lines) blocks[title].lines.push_back(std::move(l));
        blocks[title].box = blocks[title].box.united(next.box);
        blocks.erase(blocks.begin() + static_cast<std::ptrdiff_t>(title + 1));
    }
}

}  // namespace

std::optional<std::string> masthead_field(std::string_view text) {
    if (text.empty()) return std::nullopt;
    if (is_un_symbol(text)) return "symbol";
    for (const auto& r : field_rules()) {
        const bool hit = r.how == FieldRule::Exact    ? text == r.text
                         : r.how == FieldRule::Prefix ? text.starts_with(r.text)
                         : r.how == FieldRule::Suffix ? text.ends_with(r.text)
                                                      : contains(text, r.text);
        if (hit) return std::string(r.field);
    }
    if (!iso_date(text).empty()) return "date";
    // The adoption date on a line of its own: "on 24 December 2024",
    // "le 18 décembre 2019", "el 18 de diciembre de 2019".
    for (const LanguageTable* t : language_tables())
        for (std::string_view on : t->date_prefixes)
            if (text.starts_with(on) && !iso_date(text.substr(on.size())).empty()) return "adoption";
    return std::nullopt;
}

namespace {

// The month (1-12) whose name in `locale` is `name`, case aside; 0 if none.
// The names come from ICU's locale data, as a date prints them (Russian in
// the genitive: "января"). ICU's date formatter would read the same forms,
// but building one costs 4 ms a document (a calendar, a time zone and
// number formats), against ~1 ms for the month names: issue 18's one run per
// file. Each thread keeps its own tables, filled the first time a locale
// is asked for.
// "2019-12-18".
std::string iso_form(int year, int month, int day) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return buf;
}

int month_number(std::string_view locale_tag, std::string_view name) {
    thread_local std::map<std::string, std::array<std::string, 12>, std::less<>> months;
    auto it = months.find(locale_tag);
    const std::string locale(locale_tag);
    if (it == months.end()) {
        std::array<std::string, 12> folded;
        UErrorCode status = U_ZERO_ERROR;
        const icu::DateFormatSymbols symbols(icu::Locale(locale.c_str()), status);
        int32_t count = 0;
        const icu::UnicodeString* names =
            U_SUCCESS(status) ? symbols.getMonths(count, icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::WIDE)
                              : nullptr;
        for (int32_t i = 0; names && i < count && i < 12; ++i) icu::UnicodeString(names[i]).foldCase().toUTF8String(folded[static_cast<std::size_t>(i)]);
        it = months.emplace(locale, std::move(folded)).first;
    }
    std::string key;
    icu::UnicodeString::fromUTF8(icu::StringPiece(name.data(), static_cast<int32_t>(name.size()))).foldCase().toUTF8String(key);
    const auto& table = it->second;
    const auto hit = std::find(table.begin(), table.end(), key);
    return hit == table.end() || key.empty() ? 0 : static_cast<int>(hit - table.begin()) + 1;
}

}  // namespace

// The forms ICU's patterns do not read, from the language tables: numeric
// ones ("2025年7月8日", Chinese) and the UN's own month names ("11 تشرين
// الأول/أكتوبر 2020", Arabic, as the UN writes both calendars' month).
std::string iso_date_own_forms(std::string_view text) {
    static const auto numeric = [] {
        std::vector<std::unique_ptr<Pattern>> n;
        for (const LanguageTable* t : language_tables())
            if (!t->numeric_date.empty()) n.push_back(std::make_unique<Pattern>(t->numeric_date));
        return n;
    }();
    static const Pattern day_month_year(R"(^(\d{1,2}) (.+) (\d{4})$)");
    std::vector<std::string> m;
    int y = 0, mo = 0, d = 0;
    const auto found = [&] {
        for (const auto& form : numeric)
            if (form->match(text, m)) {
                y = std::stoi(m[1]), mo = std::stoi(m[2]), d = std::stoi(m[3]);
                return true;
            }
        if (!day_month_year.match(text, m)) return false;
        for (const LanguageTable* t : language_tables()) {
            const auto& names = t->own_month_names;
            const auto it = std::find(names.begin(), names.end(), m[2]);
            if (it == names.end() || it->empty()) continue;
            y = std::stoi(m[3]), mo = static_cast<int>(it - names.begin()) + 1, d = std::stoi(m[1]);
            return true;
        }
        return false;
    };
    if (!found() || mo < 1 || mo > 12 || d < 1 || d > 31) return "";
    return iso_form(y, mo, d);
}

std::string iso_date(std::string_view text) {
    if (text.size() < 8 || text.size() > 60) return "";
    // Every form holds a four-digit year: text without one is no date, and
    // is refused before any regex or month name is looked at.
    if (!holds_year(text)) return "";
    if (std::string own = iso_date_own_forms(text); !own.empty()) return own;
    // The forms UN mastheads print dates in (each language's date_forms),
    // as ICU date patterns read them. Tried in the tables' order.
    // The text's tokens; a comma is one of its own ("December 18, 2019").
    std::vector<std::string> tokens;
    for (std::size_t at = 0; at < text.size();) {
        const std::size_t end = std::min(text.find(' ', at), text.size());
        std::string_view t = text.substr(at, end - at);
        const bool comma = t.size() > 1 && t.back() == ',';
        if (comma) t.remove_suffix(1);
        if (!t.empty()) tokens.emplace_back(t);
        if (comma) tokens.emplace_back(",");
        at = end + 1;
    }
    const auto number = [](const std::string& t, std::size_t min, std::size_t max) {
        if (t.size() < min || t.size() > max || !all_ascii_digits(t)) return -1;
        return std::stoi(t);
    };
    for (const LanguageTable* language : language_tables())
    for (const DateForm& form : language->date_forms) {
        const std::size_t n = static_cast<std::size_t>(std::count_if(form.tokens.begin(), form.tokens.end(),
                                                                     [](std::string_view t) { return !t.empty(); }));
        if (tokens.size() != n) continue;
        int d = -1, m = -1, y = -1;
        bool fits = true;
        for (std::size_t i = 0; i < n && fits; ++i) {
            const std::string_view want = form.tokens[i];
            // The first of the month may be no number (French "1er").
            const bool first = !language->first_of_month.empty() && tokens[i] == language->first_of_month;
            if (want == "d") fits = (d = first ? 1 : number(tokens[i], 1, 2)) >= 0;
            else if (want == "y") fits = (y = number(tokens[i], 4, 4)) >= 0;
            else if (want == "MMMM") fits = (m = month_number(language->tag, tokens[i])) > 0;
            else fits = tokens[i] == want;
        }
        if (!fits) continue;
        const std::chrono::year_month_day ymd{std::chrono::year(y), std::chrono::month(static_cast<unsigned>(m)),
                                              std::chrono::day(static_cast<unsigned>(d))};
        if (!ymd.ok()) continue;  // "31 February": no date, as ICU's strict parse says
        return iso_form(y, m, d);
    }
    return "";
}

std::string paragraph_number(std::string_view text) {
    if (text.empty() || !(text[0] == '(' || (text[0] >= '0' && text[0] <= '9'))) return "";  // the usual case, cheaply
    // "12." and, in Arabic, "12 -".
    static const Pattern numbered(R"(^(\d{1,3})(?:\.| -)(\s|$).*)");
    static const Pattern lettered(R"(^(\((?:[a-z]{1,2}|[ivxl]{1,6}|\d{1,2})\))(\s|$).*)");
    // Both patterns decide within their first 9 bytes: no need to convert
    // and scan a whole paragraph.
    constexpr std::size_t kNumberPrefix = 16;
    text = text.substr(0, kNumberPrefix);
    std::vector<std::string> m;
    if (numbered.match(text, m)) return m[1];
    if (lettered.match(text, m)) return m[1];
    return "";
}

// Where no font tells the title (a page read by OCR; a text layer that
// sets it in its text's font and size, as a monospaced report does, dev
// seed 12 es-12-012, seed 7 en-7-004, es-7-012, whose first article's
// heading became the title; recognise_un_document lets it pass over a
// text layer's division heading only): the title is the first block after the
// masthead when it stands centred over the text (within kCentredTitleEm
// of its middle), or alone at the text's start, is a heading's length,
// and does not end like a sentence. The index of that block, or none.
constexpr double kCentredTitleEm = 2.0;
// A title flush with the text's start is a line of its own that leaves
// more than this share of the measure empty.
constexpr double kShortTitleShare = 0.3;
bool ends_like_sentence(std::string_view text) {
    const char32_t c = last_code_point(text);
    for (char32_t mark : {U'.', U',', U';', U':', U'\u060C', U'\u061B', U'\u3002', U'\uFF0C', U'\uFF1B', U'\uFF1A'})
        if (c == mark) return true;
    return false;
}
// A block that ends above the masthead's last field is a field OCR
// misread, left over ("2022 年 哆 月 册 O 日" right of the session line, over
// the author's: dev scan300-7 zh-7-017), not the title: passed over.
std::optional<std::size_t> title_by_place(const Page& page, std::size_t after) {
    double left = 1e18, right = -1e18, masthead_bottom = -1e18;
    for (const auto& b : page.blocks)
        if (b.kind == BlockKind::Paragraph) {
            left = std::min(left, b.box.x0);
            right = std::max(right, b.box.x1);
        } else if (b.kind == BlockKind::Masthead) {
            masthead_bottom = std::max(masthead_bottom, b.box.y1);
        }
    for (std::size_t i = after; i < page.blocks.size(); ++i) {
        const Block& b = page.blocks[i];
        if (b.kind == BlockKind::Furniture || b.box.y1 <= masthead_bottom) continue;
        if (b.kind != BlockKind::Paragraph || b.lines.empty() || b.lines.size() > kMaxHeadingLines) return std::nullopt;
        std::size_t words = 0;
        for (const auto& l : b.lines)
            words += l.words.size();
        const std::string text = block_text(b);
        if (words == 0 || words > kMaxHeadingWords || text.empty()) return std::nullopt;
        if (ends_like_sentence(text)) return std::nullopt;
        const double em = std::max(b.lines.front().font_size, 1.0);
        if (std::fabs(b.box.center_x() - (left + right) / 2) <= kCentredTitleEm * em) return i;
        // Arabic documents set their title flush right, where the text's
        // lines start (dev scan300-7 ar-7-000): a line of its own there.
        const bool right_to_left = text_direction(text) == Direction::RightToLeft;
        const bool at_start = right_to_left ? right - b.box.x1 < em : b.box.x0 - left < em;
        const bool stands_alone = b.lines.size() == 1 && (right_to_left ? b.box.x0 - left : right - b.box.x1) > kShortTitleShare * (right - left);
        return at_start && stands_alone ? std::optional<std::size_t>(i) : std::nullopt;
    }
    return std::nullopt;
}

// The text's words one space apart, and how many; with `drop_symbols`, a
// UN symbol among them left out (a running head's "A/76/646").
std::pair<std::u32string, std::size_t> spaced_words(std::string_view text, bool drop_symbols) {
    std::string out;
    std::size_t words = 0;
    for (std::string_view w : space_separated(text)) {
        if (drop_symbols && (is_un_symbol(w) || !ocr_un_symbol(w).empty())) continue;
        if (!out.empty()) out += ' ';
        out += w;
        ++words;
    }
    return {utf8_decode(out), words};
}

// A report repeats its title in the running head of its later pages, with
// its symbol ("A/76/646 Déclaration universelle des droits de l’homme"):
// the heads' words without the symbol, when two words or more remain.
std::vector<std::u32string> running_head_titles(const Document& doc) {
    std::vector<std::u32string> out;
    for (std::size_t p = 1; p < doc.pages.size(); ++p)
        for (const auto& b : doc.pages[p].blocks) {
            if (b.kind != BlockKind::Furniture || b.type != "header") continue;
            auto [title, words] = spaced_words(block_text(b), /*drop_symbols=*/true);
            if (words < 2) continue;
            if (std::find(out.begin(), out.end(), title) == out.end()) out.push_back(std::move(title));
        }
    return out;
}

// Whether a block reads as one of the running heads' titles, within one
// edit in kRunningTitleCharsPerEdit (OCR's slips in either).
constexpr std::size_t kRunningTitleCharsPerEdit = 10;
bool is_running_head_title(const Block& b, const std::vector<std::u32string>& titles) {
    if (titles.empty() || b.lines.size() > kMaxHeadingLines) return false;
    const std::u32string t = spaced_words(block_text(b), /*drop_symbols=*/false).first;
    for (const auto& title : titles)
        if (edit_distance(t, title) <= std::max<std::size_t>(1, title.size() / kRunningTitleCharsPerEdit)) return true;
    return false;
}

void recognise_un_document(Document& doc) {
    for (auto& page : doc.pages)
        for (auto& b : page.blocks)
            if (b.kind == BlockKind::Paragraph && !b.continued && b.n.empty()) b.n = paragraph_number(block_text(b));
    if (doc.pages.empty()) return;

    Page& first = doc.pages.front();
    Masthead m = find_masthead(first);
    if (m.fields.empty()) return;
    fill_metadata(doc.un, m.fields);

    // The masthead's lines become its fields, in their place.
    std::vector<Block> blocks;
    bool placed = false;
    std::size_t next = 0;
    for (std::size_t i = 0; i < first.blocks.size(); ++i) {
        Block& b = first.blocks[i];
        if (next < m.blocks.size() && m.blocks[next].first == i) {
            if (!placed)
                for (auto& f : m.fields) blocks.push_back(std::move(f));
            placed = true;
            const std::vector<bool>& taken = m.blocks[next++].second;
            std::vector<Line> kept;
            for (std::size_t k = 0; k < b.lines.size(); ++k)
                if (!taken[k]) kept.push_back(std::move(b.lines[k]));
            if (kept.empty()) continue;
            b.lines = std::move(kept);
            b.box = {};
            for (const auto& l : b.lines) b.box = b.box.united(l.box);
        }
        blocks.push_back(std::move(b));
    }
    first.blocks = std::move(blocks);

    // The title: "74/173. Title" for a resolution, right after the
    // masthead; else the first heading.
    // Looked for among the first running blocks after the masthead.
    constexpr std::size_t kTitleSearchBlocks = 6;
    std::size_t start = 0;
    bool resolution = !doc.un.adoption.empty();
    std::size_t after = 0;
    for (std::size_t i = 0; i < first.blocks.size(); ++i)
        if (first.blocks[i].kind == BlockKind::Masthead) after = i + 1;
    // The first running blocks after the masthead, where the title is
    // looked for (indices stay valid: a title's lines are absorbed only
    // as the search ends).
    std::vector<std::size_t> candidates;
    for (std::size_t i = after; i < first.blocks.size() && candidates.size() < kTitleSearchBlocks; ++i)
        if (is_running_text(first.blocks[i].kind)) candidates.push_back(i);
    // A draft's title is the block under the line that says what the draft
    // is; the draft is divided as a resolution is.
    std::optional<std::size_t> draft_title;
    for (std::size_t i : candidates) {
        if (!is_draft_line(text_without_calls(first.blocks[i]))) continue;
        const auto next = std::find_if(first.blocks.begin() + static_cast<std::ptrdiff_t>(i) + 1, first.blocks.end(),
                                       [](const Block& t) { return is_running_text(t.kind); });
        if (next != first.blocks.end() && next->n.empty() && !is_opening_formula(block_text(*next), next->n))
            draft_title = static_cast<std::size_t>(next - first.blocks.begin());
        break;
    }
    if (draft_title) {
        Block& b = first.blocks[*draft_title];
        b.kind = BlockKind::Heading;
        b.type = "title";
        absorb_title_lines(first.blocks, *draft_title);
        doc.un.title = text_without_calls(first.blocks[*draft_title]);
        divide_resolution(doc.pages, *draft_title + 1);
        return;
    }
    const auto placed_title = title_by_place(first, after);
    const bool placed_by_ocr = placed_title && !first.blocks[*placed_title].lines.empty() &&
                               !first.blocks[*placed_title].lines.front().words.empty() &&
                               first.blocks[*placed_title].lines.front().words.front().source == Source::Ocr;
    const std::vector<std::u32string> running_titles = running_head_titles(doc);
    bool numbered_before = false;  // a candidate above began with figures
    for (std::size_t k = 0; k < candidates.size(); ++k) {
        const std::size_t i = candidates[k];
        Block& b = first.blocks[i];
        // The next block opens with the formula, OCR's slips in it mended
        // as divide_resolution mends them ("إن الجعية العامة").
        bool over_formula = false;
        if (k + 1 < candidates.size()) {
            Block& next = first.blocks[candidates[k + 1]];
            mend_opening_formula(next);
            over_formula = !next.lines.empty() && is_opening_formula(line_text(next.lines.front()), next.n);
        }
        mend_ocr_resolution_number(b, doc.un.symbols, !numbered_before, line_source(first) == LineSource::EarlierOcr,
                                   over_formula);
        const std::string text = block_text(b);
        numbered_before = numbered_before || (!text.empty() && text[0] >= '0' && text[0] <= '9');
        std::vector<std::string> match;
        if (resolution_title().match(text, match)) {
            b.kind = BlockKind::Heading;
            b.n.clear();
            absorb_title_lines(first.blocks, i);
            doc.un.resolution_number = match[1];
            doc.un.title = without_resolution_number(block_text(b));
            resolution = true;
            start = i + 1;
            break;
        }
        // A heading under a title told by its place is not the title: on
        // an OCR page any heading, on a text layer a division's ("Article
        // 4"), which titles no document (a draft's real title, set as a
        // heading under its agenda item's name, stays the title).
        const bool under_placed_title = placed_title && *placed_title < i &&
                                        (placed_by_ocr || (!b.lines.empty() && is_division_number_line(b.lines.front())));
        // A block the running heads repeat is the title, whatever its
        // font: OCR tells none (dev seed 7 fr-7-001.garbled, a report whose
        // "Article 12" heading became its title).
        if (doc.un.title.empty() && !resolution && is_running_head_title(b, running_titles)) {
            b.kind = BlockKind::Heading;
            b.type = "title";
            b.n.clear();
            doc.un.title = text;
            break;
        }
        if (b.kind == BlockKind::Heading && doc.un.title.empty() && !under_placed_title) {
            doc.un.title = text;
            b.type = "title";
            if (!resolution) break;
        }
    }
    // No resolution's title nor heading above it among the blocks looked
    // at: a title told by its place. Looked for last: a patched
    // layer's cut adoption line ("Resolució", dev seed 7
    // es-7-013.no-tounicode) stood before the resolution's numbered title.
    if (doc.un.title.empty() && !resolution && placed_title) {
        Block& b = first.blocks[*placed_title];
        b.kind = BlockKind::Heading;
        b.type = "title";
        b.n.clear();
        doc.un.title = block_text(b);
    }
    mend_symbol_by_its_readings(doc);
    if (resolution) divide_resolution(doc.pages, start);
}

}  // namespace pdf2tei::structure
