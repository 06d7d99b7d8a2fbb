#include "layout.hpp"

#include <unicode/uchar.h>

#include "pdf2tei/language_table.hpp"
#include "pdf2tei/stats.hpp"
#include "pdf2tei/text.hpp"
#include "font_style.hpp"

#include <algorithm>
#include <map>
#include <cstring>
#include <optional>
#include <cmath>
#include <initializer_list>
#include <iterator>
#include <string_view>

namespace pdf2tei::structure {
namespace {


// An OCR word's width; one holding CJK characters capped at kMaxCjkCharEm a
// character.
double ocr_word_width(const Word& w) {
    const std::u32string cps = utf8_decode(w.text);
    if (std::none_of(cps.begin(), cps.end(), is_cjk)) return w.box.width();
    return std::min(w.box.width(), kMaxCjkCharEm * std::max(w.font_size, 1.0) * static_cast<double>(cps.size()));
}

bool continues_line(const Line& line, const Word& w) {
    const Word& prev = line.words.back();
    const double em = std::max(prev.font_size, 1.0);
    // Tesseract cuts a line into textlines, and the next textline's first
    // box may reach back over the last word of the one before. A skewed
    // Chinese line's last glyph is stretched to 2 em or more ("住" 27.8 pt
    // wide under 12-point type, dev seed 9 zh-9-001.scan): the next piece
    // starts in its right half. An Arabic line's next piece is boxed from
    // the start of the previous word ("الزواج" from 340 pt, over "الراغيين"
    // at 364-384, dev scan300-10 ar-10-000). Joining Chinese pieces from
    // there too put the other column's heads among this one's (dev seed 9
    // zh-9-005, two columns).
    const bool ocr_pair = w.source == Source::Ocr && prev.source == Source::Ocr;
    const bool right_to_left = ocr_pair && text_direction(w.text) == Direction::RightToLeft &&
                               text_direction(prev.text) == Direction::RightToLeft;
    const double back_limit = right_to_left ? prev.box.x0
                              : ocr_pair    ? prev.box.x0 + kStretchedOcrWordShare * ocr_word_width(prev)
                                            : prev.box.x1 - kBackwardStepEm * em;
    if (w.box.x0 < back_limit - (right_to_left ? kBackwardStepEm * em : 0.0)) return false;
    return level_with(w.box, line.box);
}

// Font size and baseline of a line: those of the words holding most of its
// characters, so a superscript or a lone symbol does not set them. OCR's
// words give their baseline: their boxes' feet are their ink's, and a line
// where most words have a descender ("p", "g", ",") stood 0.2 em lower
// than one where most have none, pitches jittering by as much.
void finish_line(Line& line) {
    // A size and a bottom per glyph; reserved, as this runs on every line.
    std::size_t glyphs = 0;
    for (const auto& w : line.words) glyphs += std::max<std::size_t>(w.glyphs.size(), 1);
    std::vector<double> sizes, bottoms;
    sizes.reserve(glyphs);
    bottoms.reserve(glyphs);
    for (const auto& w : line.words)
        for (std::size_t i = 0; i < std::max<std::size_t>(w.glyphs.size(), 1); ++i) {
            sizes.push_back(w.font_size);
            bottoms.push_back(w.baseline > 0 ? w.baseline : w.box.y1);
        }
    line.font_size = median(std::move(sizes));
    line.baseline = median(std::move(bottoms));
    // OCR's reading of a speck: letters a quarter of an em tall or less
    // are no letters ("ES" 0.9 points tall between a page's number and its
    // job number, which then stood apart as no furniture: dev scan300-7
    // fr-7-000).
    const auto speck = [&](const Word& w) {
        return w.source == Source::Ocr && w.box.height() < kMinOcrLetterEm * line.font_size &&
               std::any_of(w.text.begin(), w.text.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)); });
    };
    if (std::erase_if(line.words, speck) > 0) {
        line.box = Box{};
        for (const auto& w : line.words) line.box = line.box.united(w.box);
    }
    for (std::size_t i = 0; i + 1 < line.words.size(); ++i) {
        Word& w = line.words[i];
        const Word& next = line.words[i + 1];
        const double gap = next.box.x0 - w.box.x1;
        // Two of OCR's textlines joined on one line (continues_line): the
        // next one's first box may reach back over this word, and the
        // textline's end put no space.
        // Not a lossy layer's words OCR patched: their boxes overlap inside
        // a word ("intrí nseca", dev seed 8 es-8-004.no-tounicode).
        const bool ocr_pieces_overlap = w.source == Source::Ocr && next.source == Source::Ocr && gap < 0 &&
                                        !w.has(kFlagSuperscript) && !next.has(kFlagSuperscript) &&
                                        !w.has(kFlagOcrPatched) && !next.has(kFlagOcrPatched);
        if (!w.space_after && (gap > kMinWordGapEm * std::max(w.font_size, 1.0) || ocr_pieces_overlap)) {
            w.space_after = true;
            w.flags |= kFlagSyntheticSpace;
        }
    }
    for (auto& w : line.words) {
        const bool smaller = w.font_size < kSuperscriptSizeRatio * line.font_size;
        const bool raised = line.baseline - w.box.y1 > kSuperscriptRiseEm * line.font_size;
        if (smaller && raised) w.flags |= kFlagSuperscript;
    }
}

// Letters of any script in a word.
std::size_t letter_count(std::string_view text) {
    std::size_t n = 0;
    for_each_code_point(text, [&](char32_t c) { n += u_isalpha(static_cast<UChar32>(c)) ? 1 : 0; });
    return n;
}

double max_font_size(const Line& l) {
    double m = 0;
    for (const auto& w : l.words) m = std::max(m, w.font_size);
    return m;
}

// The word of `line` horizontally nearest `box` (one it overlaps, if any).
const Word& nearest_word(const Line& line, const Box& box) {
    const auto distance = [&](const Word& w) { return std::max({w.box.x0 - box.x1, box.x0 - w.box.x1, 0.0}); };
    return *std::min_element(line.words.begin(), line.words.end(),
                             [&](const Word& a, const Word& b) { return distance(a) < distance(b); });
}

// A raised note call or exponent the extractor read as a line of its own
// (before or after the line it belongs to) can join `host`: a line of
// kMaxStrayWords smaller words, overlapping the host and within its width.
bool stray_superscript_fits(const Line& stray, const Line& host) {
    if (stray.words.size() > kMaxStrayWords || stray.words.empty() || host.words.empty()) return false;
    // A call or an exponent has few letters: "United Nations" over
    // "General Assembly" in larger type, their boxes touching, is a line of
    // its own (dev endnotes-14 en-14-017). Figures may run longer (a job
    // number's date set small beside it, "271025").
    if (std::any_of(stray.words.begin(), stray.words.end(),
                    [](const Word& w) { return letter_count(w.text) > kMaxStrayWordLetters; }))
        return false;
    const double host_size = max_font_size(host);
    if (max_font_size(stray) >= kSuperscriptSizeRatio * host_size) return false;
    if (stray.box.vertical_overlap(host.box) <= 0) return false;
    // On a text layer, whose sizes and boxes are the fonts', smaller than
    // the host's largest word is not enough: each of its words is smaller
    // than the host's word it rides on, and it overlaps the host by a share
    // of its height. A Chinese masthead's first row, "联合国" (12 pt) and
    // the symbol "A/73/456" (12 pt) far right, touches the row below, "大会"
    // in 14.3 pt and "Distr.: General" in 9 pt, by 1.7 pt: the symbol is
    // larger than the words under it, and the two rows are not one (dev
    // seed 33 zh-33-001.clean). OCR's boxes are the ink's, and a call's
    // ink stands over a host word's x-height, touching its box by a
    // quarter of its height or less ("pays" and its "¹" read "l" on an
    // earlier OCR's layer: dev seed 33 fr-33-002.invisible-ocr).
    if (stray.words.front().source == Source::TextLayer &&
        (stray.box.vertical_overlap(host.box) < kMinStrayOverlapShare * stray.box.height() ||
         std::any_of(stray.words.begin(), stray.words.end(), [&](const Word& w) {
             return w.font_size >= kSuperscriptSizeRatio * nearest_word(host, w.box).font_size;
         })))
        return false;
    return stray.box.x0 >= host.box.x0 - host_size && stray.box.x1 <= host.box.x1 + host_size;
}

// ... and stands raised in it: its middle inside the host's box, in the
// upper half. Between two tight lines a call overlaps both; it hangs
// below the upper one.
bool stands_raised_in(const Line& stray, const Line& host) {
    const double middle = stray.box.center_y();
    return middle >= host.box.y0 && middle <= host.box.center_y();
}

// The line a stray superscript (lines[i]) joins: of its neighbours in
// reading order, the first it fits and stands raised in, looking two lines
// either way, since the extractor may read it inside the line above its
// own (pdfTeX's Type 3 fonts, dev seed 13 en-13-003.no-tounicode: "equal"
// / "2" / "rights …" / "… larger freedom ,", the call freedom's); else
// the next line or the one before that it fits, as ever. Null: none.
Line* stray_superscript_host(std::vector<Line>& lines, std::size_t i) {
    const Line& stray = lines[i];
    const auto at = [&](std::ptrdiff_t step) -> Line* {
        const auto k = static_cast<std::ptrdiff_t>(i) + step;
        if (k < 0 || k >= static_cast<std::ptrdiff_t>(lines.size())) return nullptr;
        Line& l = lines[static_cast<std::size_t>(k)];
        return stray_superscript_fits(stray, l) ? &l : nullptr;
    };
    for (const std::ptrdiff_t step : {1, -1, 2, -2})
        if (Line* host = at(step); host && stands_raised_in(stray, *host)) return host;
    for (const std::ptrdiff_t step : {1, -1})
        if (Line* host = at(step)) return host;
    return nullptr;
}

// Moves the stray superscript's words into its host, in x order: "avail-"
// / "2" / "able data ," -> "able data 2 ,".
void merge_stray_superscript(Line& stray, Line& host) {
    for (auto& w : stray.words) {
        auto at = std::find_if(host.words.begin(), host.words.end(), [&](const Word& h) { return h.box.x0 > w.box.x0; });
        host.words.insert(at, std::move(w));
    }
    host.box = host.box.united(stray.box);
    stray.words.clear();
}


// "*", "**", "***": the calls of the notes on a UN document's first page.
bool is_star_label(const std::string& t) {
    return !t.empty() && t.size() <= 3 && t.find_first_not_of('*') == std::string::npos;
}

// The line's last word ends in one of `ascii`'s characters or one of
// `wide` (their Arabic and full-width forms).
bool ends_with_any(std::string_view t, std::string_view ascii, std::initializer_list<std::string_view> wide) {
    if (t.empty()) return false;
    if (ascii.find(t.back()) != std::string_view::npos) return true;
    return std::any_of(wide.begin(), wide.end(), [&](std::string_view end) { return t.ends_with(end); });
}

bool ends_with_any(const Line& line, std::string_view ascii, std::initializer_list<std::string_view> wide) {
    return !line.words.empty() && ends_with_any(line.words.back().text, ascii, wide);
}

// The line ends in punctuation that may end a paragraph (a preamble's
// comma included). A list of short indented entries without it is no run
// of paragraphs (A/81/6).
bool ends_with_punctuation(std::string_view word) {
    return ends_with_any(word, ".,;:!?", {"。", "，", "；", "：", "،", "؛"});
}

bool ends_with_punctuation(const Line& line) { return !line.words.empty() && ends_with_punctuation(line.words.back().text); }

// The line ends where a preamble's clauses do: in punctuation, or in a
// conjunction after a semicolon or comma ("… при большей свободе; и", dev
// seed 12 ru-12-022; "…; and"); a raised note call after either aside.
bool ends_like_clause(const Line& line) {
    std::size_t end = line.words.size();
    while (end > 0 && line.words[end - 1].has(kFlagSuperscript)) --end;
    if (end == 0) return false;
    const std::string& last = line.words[end - 1].text;
    if (ends_with_punctuation(last)) return true;
    if (end < 2 || !in_any_language(&LanguageTable::conjunctions, utf8_decode(last))) return false;
    const std::string& before = line.words[end - 2].text;
    return !before.empty() && (before.back() == ';' || before.back() == ',');
}

// One to three digits: a paragraph's number (a year, four digits, may open
// a wrapped line).
bool is_short_number(std::string_view t) {
    return !t.empty() && t.size() <= 3 && t.find_first_not_of("0123456789") == std::string_view::npos;
}

// The number a line opens with when it numbers a paragraph.
std::optional<int> paragraph_number_of(const Line& l) {
    if (l.words.empty()) return std::nullopt;
    return leading_paragraph_number(l.words[0].text, l.words.size() > 1 ? l.words[1].text : std::string_view());
}

// The line opens with a paragraph number or a note's star.
bool opens_with_label(const Line& l) {
    return !l.words.empty() &&
           (is_paragraph_number(l.words[0].text) || is_star_label(l.words[0].text) || opens_with_separated_number(l));
}


// A paragraph's number or a list label that the extractor read as a line of
// its own, apart from its text on the same baseline just right of it
// (A/81/6 p. 17: "10.49" came out before the sub-paragraphs above it),
// goes back at the head of that line.
void attach_stray_labels(std::vector<Line>& lines) {
    for (auto& label : lines) {
        if (label.words.size() != 1 || !is_label_word(label.words[0].text)) continue;
        const double em = std::max(label.font_size, 1.0);
        Line* host = nullptr;
        for (auto& l : lines) {
            if (&l == &label || l.words.empty() || std::fabs(l.baseline - label.baseline) > kSameBaselineEm * em) continue;
            const double gap = l.box.x0 - label.box.x1;
            if (gap < 0 || gap > kMaxLabelGapEm * em) continue;
            if (!host || l.box.x0 < host->box.x0) host = &l;
        }
        if (!host) continue;
        host->words.insert(host->words.begin(), std::move(label.words[0]));
        host->box = host->box.united(label.box);
        label.words.clear();
        finish_line(*host);
    }
}

// The gaps between a line's neighbouring words, appended to `gaps`.
void append_word_gaps(const Line& line, std::vector<double>& gaps) {
    for (std::size_t k = 0; k + 1 < line.words.size(); ++k)
        gaps.push_back(line.words[k + 1].box.x0 - line.words[k].box.x1);
}

// Whether a gap after the word `before` is one of a justified line's
// spaces, whose median is `usual`: at most kCutGapShareOfSpace of it, or
// kCutGapAfterSentenceShare after a sentence's end (TeX widens the space
// after a full stop).
bool justified_space(double gap, const std::string& before, double usual) {
    const bool sentence_end = !before.empty() && std::strchr(".!?", before.back()) != nullptr;
    return gap <= (sentence_end ? kCutGapAfterSentenceShare : kCutGapShareOfSpace) * usual;
}

// The extractor may cut a justified line at a wide space and read its tail
// after the next line ("1. Todo ser humano tiene derecho," / "reconocimiento
// de su …" / "en todas partes, al": a short LibreOffice paragraph, dev seed
// 1 es-1-001). A line on the baseline of a line read shortly before it,
// with a lower line read in between, just right of its end, is that line's
// tail and joins it. Text layers only: OCR
// orders its own lines, by columns it found.
void join_cut_tails(std::vector<Line>& lines) {
    for (std::size_t i = 2; i < lines.size(); ++i) {
        Line& late = lines[i];
        if (late.words.empty() || late.words.front().source == Source::Ocr) continue;
        // The line's other part: one of the few lines read before, on its
        // baseline, with a line read below it in between. Poppler may read
        // more than one line in between: a monospaced note's "3 Resolution"
        // / "4 Resolution" / the job number / "217 A (III)." (its spaces
        // are wide enough to pass for a column's gap; dev seed 7 en-7-010).
        Line* early = nullptr;
        bool below_between = false;
        for (std::size_t j = i, looked = 0; j-- > 0 && looked < kMaxCutLookBack;) {
            Line& l = lines[j];
            if (l.words.empty()) continue;
            ++looked;
            const double em = std::max(l.font_size, 1.0);
            if (looked > 1 && below_between && std::fabs(late.baseline - l.baseline) <= kSameBaselineEm * em) {
                early = &l;
                break;
            }
            below_between = below_between || l.baseline > late.baseline + kSameBaselineEm * em;
        }
        if (!early || early->words.front().source == Source::Ocr) continue;
        // Usually the tail is read late; pdflatex's notes may give a line's
        // tail first and its head after the next lines ("217 A (III)." /
        // "3 Naciones Unidas …" / "2 Resolución", dev seed 8 es-8-004). The
        // joined line stands where the part read first stood.
        const bool late_is_tail = late.box.x0 >= early->box.x1;
        Line& head = late_is_tail ? *early : late;
        Line& tail = late_is_tail ? late : *early;
        const double em = std::max(head.font_size, 1.0);
        const double gap = tail.box.x0 - head.box.x1;
        if (gap < 0 || gap > kMaxCutGapEm * em) continue;
        if (std::fabs(tail.font_size - head.font_size) > kFontSizeChange * em) continue;
        // Justification spreads a line's spaces evenly: the cut is one of
        // them, not wider. A table's next cell stands further off ("Yes"
        // beside "Provision of staff counselling services to", A/80/590).
        // A head of one or two words has too few spaces to tell: the
        // tail's own stand in.
        std::vector<double> spaces;
        for (const Line* l : {&head, &tail}) {
            if (l == &tail && spaces.size() >= 2) break;
            append_word_gaps(*l, spaces);
        }
        if (spaces.size() < 2 || !justified_space(gap, head.words.back().text, median(spaces))) continue;
        head.words.back().space_after = true;
        std::vector<Word> joined = std::move(head.words);
        for (auto& w : tail.words) joined.push_back(std::move(w));
        early->words = std::move(joined);
        early->box = early->box.united(late.box);
        late.words.clear();
        finish_line(*early);
    }
}

// Poppler may cut a justified paragraph's lines into pieces at their wide
// spaces and read them as columns: a monospaced LibreOffice paragraph's
// three lines came as "4. Каждый работающий" / "удовлетворительное" /
// "человека" / "вознаграждение," / "существование" / … (dev seed 33
// ru-33-000.clean, words of one line scattered over fifteen pieces, and
// "самого семьи," read as one piece round "и его"). Where a text layer's
// pieces on one baseline, in one type, read within kMaxScatterLookAhead
// lines of the first with lines of other baselines between them, make one
// line whose words stand apart, in order, and evenly (every space within
// kCutGapShareOfSpace of their median, or kCutGapAfterSentenceShare after
// a sentence's end, as join_cut_tails asks, and none over kMaxCutGapEm),
// from the text's left edge or its indent (kMaxScatterIndentEm), they are
// that line, where its head (the leftmost piece) stood. A table's cells on
// one baseline, unevenly spaced or starting at a column, stay.
void join_scattered_pieces(std::vector<Line>& lines) {
    // Lines emptied here stood between, as read: a paragraph's last line
    // is scattered among those above it.
    std::vector<char> joined_away(lines.size(), 0);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        Line& first = lines[i];
        if (first.words.empty() || first.words.front().source == Source::Ocr) continue;
        const double em = std::max(first.font_size, 1.0);
        // A text layer's line in the first's type.
        const auto in_first_type = [&](const Line& l) {
            return l.words.front().source != Source::Ocr && std::fabs(l.font_size - first.font_size) <= kFontSizeChange * em;
        };
        std::vector<std::size_t> pieces;
        bool other_between = false, scattered = false;
        for (std::size_t j = i + 1; j < lines.size() && j <= i + kMaxScatterLookAhead; ++j) {
            const Line& l = lines[j];
            if (l.words.empty()) {
                other_between = other_between || joined_away[j];
                continue;
            }
            const bool same_baseline = std::fabs(l.baseline - first.baseline) <= kSameBaselineEm * em;
            if (!same_baseline) {
                other_between = true;
                continue;
            }
            if (!in_first_type(l)) continue;
            pieces.push_back(j);
            scattered = scattered || other_between;
        }
        if (pieces.empty() || !scattered) continue;
        std::vector<Word> words = first.words;
        for (std::size_t j : pieces) words.insert(words.end(), lines[j].words.begin(), lines[j].words.end());
        std::stable_sort(words.begin(), words.end(), [](const Word& a, const Word& b) { return a.box.x0 < b.box.x0; });
        std::vector<double> gaps;
        for (std::size_t k = 0; k + 1 < words.size(); ++k) gaps.push_back(words[k + 1].box.x0 - words[k].box.x1);
        // Three spaces at least: the median of two is the wider, and a
        // masthead's "Assemblée générale" and its symbol across the page
        // passed for even.
        if (gaps.size() < kMinScatterSpaces || *std::min_element(gaps.begin(), gaps.end()) <= 0) continue;
        const double usual = median(gaps);
        // No wider than a justified line's widest space (join_cut_tails):
        // a chart's evenly spaced labels ("2023" "2024" … across its
        // columns, real A/81/6 section 10) are no line.
        bool even = *std::max_element(gaps.begin(), gaps.end()) <= kMaxCutGapEm * em;
        for (std::size_t k = 0; k < gaps.size() && even; ++k) even = justified_space(gaps[k], words[k].text, usual);
        if (!even) continue;
        // And it starts at the text's left edge, or indented from it (the
        // leftmost line read around it, kMaxScatterLookAhead either side,
        // in its type): a table head's cells on one baseline start at their
        // columns ("2025" "2025" "2026" "2027" over the second to fifth
        // columns, "actual" "planned" "b" "planned" under them: real
        // A/81/6 section 10, their spaces even).
        double left = words.front().box.x0;
        for (std::size_t j = i > kMaxScatterLookAhead ? i - kMaxScatterLookAhead : 0;
             j < lines.size() && j <= i + kMaxScatterLookAhead; ++j)
            if (!lines[j].words.empty() && in_first_type(lines[j])) left = std::min(left, lines[j].box.x0);
        if (words.front().box.x0 - left > kMaxScatterIndentEm * em) continue;
        for (std::size_t k = 0; k + 1 < words.size(); ++k) words[k].space_after = true;
        words.back().space_after = lines[pieces.back()].words.back().space_after;
        // The line stands where its head was read: a line's middle read two
        // lines early waits for it (dev seed 12 ru-12-020's "имеет право").
        pieces.push_back(i);
        const std::size_t head = *std::min_element(pieces.begin(), pieces.end(), [&](std::size_t a, std::size_t b) {
            return lines[a].box.x0 < lines[b].box.x0;
        });
        Box box = lines[head].box;
        for (std::size_t j : pieces) {
            box = box.united(lines[j].box);
            if (j == head) continue;
            lines[j].words.clear();
            joined_away[j] = 1;
        }
        lines[head].words = std::move(words);
        lines[head].box = box;
        finish_line(lines[head]);
    }
}

// Moves `part`'s words into `host` before its word `pos`, a space either
// side, and leaves `part` empty.
void move_into_line(Line& part, Line& host, std::size_t pos) {
    part.words.back().space_after = true;
    if (pos > 0) host.words[pos - 1].space_after = true;
    host.words.insert(host.words.begin() + static_cast<std::ptrdiff_t>(pos), std::make_move_iterator(part.words.begin()),
                      std::make_move_iterator(part.words.end()));
    host.box = host.box.united(part.box);
    part.words.clear();
    finish_line(host);
}

// A line of at most kMaxStrayWords words read after a line (or up to
// kMaxCutLookBack lines before it) that starts
// right of it on its baseline, no further off than that line's spaces
// allow, or in a gap between two of its words that is a space either side
// of it: a part the extractor set apart (Poppler read pdfTeX's italic lead
// words, "Whereas", and "Everyone" after "1.", in a Type 3 font after the
// whole page: dev seed 7 en-7-025.no-tounicode). It goes there. Text
// layers only, as join_cut_tails.
void attach_late_heads(std::vector<Line>& lines) {
    for (std::size_t i = 0; i < lines.size(); ++i) {
        Line& head = lines[i];
        if (head.words.empty() || head.words.size() > kMaxStrayWords || head.words.front().source == Source::Ocr)
            continue;
        const double em = std::max(head.font_size, 1.0);
        // The host is read before it, or a few lines after: Poppler read
        // "имеет право" of a justified line's wide spaces two lines early
        // (dev seed 12 ru-12-020, LibreOffice).
        for (std::size_t j = 0; j < std::min(lines.size(), i + 1 + kMaxCutLookBack); ++j) {
            if (j == i) continue;
            Line& host = lines[j];
            if (host.words.size() < 3 || host.words.front().source == Source::Ocr) continue;
            if (std::fabs(host.baseline - head.baseline) > kSameBaselineEm * em) continue;
            if (std::fabs(host.font_size - head.font_size) > kFontSizeChange * em) continue;
            // Where it fits: before the first word right of it, after the
            // one left of it, a space's width from each.
            const auto at = std::find_if(host.words.begin(), host.words.end(),
                                         [&](const Word& w) { return w.box.x0 >= head.box.x1; });
            if (at == host.words.end()) continue;
            std::vector<double> spaces;
            append_word_gaps(host, spaces);
            const double widest = std::min(kMaxCutGapEm * em, kCutGapShareOfSpace * median(spaces));
            const auto fits = [&](double gap) { return gap >= 0 && gap <= widest; };
            if (!fits(at->box.x0 - head.box.x1)) continue;
            // After a paragraph's number, the number's own gap (a tab).
            if (at != host.words.begin()) {
                const double left = head.box.x0 - std::prev(at)->box.x1;
                const bool after_label = is_label_word(std::prev(at)->text) && left >= 0 && left <= kMaxLabelGapEm * em;
                if (!fits(left) && !after_label) continue;
            }
            move_into_line(head, host, static_cast<std::size_t>(at - host.words.begin()));
            break;
        }
    }
}

// A textline's next piece may start inside the last word of the piece
// before, past what continues_line allows for it: "族" at 213.4 pt under
// "种" boxed 207.4-221.5 (dev scan300-11 zh-11-010: "3. 成年男女,不受种"
// stood as a paragraph of its own). Of two OCR lines read one after the
// other, on one height, the second goes on along the first when it starts
// at most kMaxOcrPieceOverlapEm left of the first's end and ends right of
// it. Lines read one after the other are one column's: Tesseract reads a
// column whole. Not Arabic lines, whose pieces continues_line joins by
// their own rule: an Arabic note's misread symbol grouped with the note
// above took the next note into it (dev scan300-13 ar-13-003).
void join_ocr_line_pieces(std::vector<Line>& lines) {
    const auto right_to_left = [](const Word& w) { return text_direction(w.text) == Direction::RightToLeft; };
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
        Line &head = lines[i], &tail = lines[i + 1];
        if (head.words.empty() || tail.words.empty() || head.words.front().source != Source::Ocr ||
            tail.words.front().source != Source::Ocr)
            continue;
        if (std::any_of(head.words.begin(), head.words.end(), right_to_left) ||
            std::any_of(tail.words.begin(), tail.words.end(), right_to_left))
            continue;
        const double em = std::max(head.words.back().font_size, 1.0);
        if (!level_with(tail.box, head.box)) continue;
        if (tail.box.x0 < head.box.x1 - kMaxOcrPieceOverlapEm * em || tail.box.x0 > head.box.x1 ||
            tail.box.x1 <= head.box.x1)
            continue;
        head.words.back().space_after = true;
        head.box = head.box.united(tail.box);
        std::move(tail.words.begin(), tail.words.end(), std::back_inserter(head.words));
        tail.words.clear();
        std::swap(lines[i + 1], head);  // the joined line goes on to meet the next piece
    }
}

// Tesseract may read a line's middle as a textline of its own, before or
// after the rest: a note's symbol in an Arabic line ("A/80/415" read
// apart from "¹" and "، المرفق.", dev scan300-13 ar-13-009), which in the
// page's mirror (or in a Latin line read out of order) then stood apart,
// and the note's number opened a line of its own. A line of at most
// kMaxStrayWords words standing in a gap between two words of a line
// beside it, kMaxOcrGapFillEm or less from each, goes there. OCR
// pages only: a text layer's parts are attach_late_heads'.
void fill_ocr_line_gaps(std::vector<Line>& lines) {
    for (std::size_t i = 0; i < lines.size(); ++i) {
        Line& stray = lines[i];
        if (stray.words.empty() || stray.words.size() > kMaxStrayWords || stray.words.front().source != Source::Ocr)
            continue;
        const double em = std::max(stray.font_size, 1.0);
        for (std::size_t j = 0; j < lines.size(); ++j) {
            Line& host = lines[j];
            if (j == i || host.words.size() < 2 || host.words.front().source != Source::Ocr) continue;
            // On one line by their boxes: OCR's baselines jitter (2.1
            // points apart here, 0.27 em).
            if (!level_with(stray.box, host.box)) continue;
            const auto after = std::find_if(host.words.begin() + 1, host.words.end(),
                                            [&](const Word& w) { return w.box.x0 >= stray.box.x1; });
            if (after == host.words.end()) continue;
            const Word& before = *std::prev(after);
            const double left = stray.box.x0 - before.box.x1, right = after->box.x0 - stray.box.x1;
            if (left < 0 || right < 0 || left > kMaxOcrGapFillEm * em || right > kMaxOcrGapFillEm * em) continue;
            move_into_line(stray, host, static_cast<std::size_t>(after - host.words.begin()));
            break;
        }
    }
}

// A line OCR read in a right-to-left script (Arabic).
bool ocr_right_to_left(const Line& line) {
    return !line.words.empty() && line.words.front().source == Source::Ocr &&
           text_direction(line_text(line)) == Direction::RightToLeft;
}

// An Arabic line's opening words read as a textline of their own after
// the rest: "8 - لا" right of "يبرم عقد الزواج …", 4 points apart on a
// justified line whose space after "لا" is wide (dev scan300-23
// ar-23-003, seed 24 ar-24-006: the number's paragraph stood apart from
// its text, and after it). On the mirrored page the piece ends just left
// of the host's first word. A line of at most kMaxHeadPieceWords words
// that ends within kMaxOcrGapFillEm of another Arabic OCR line's start, on
// its height, opens it. Latin pieces read in order are
// join_ocr_line_pieces'.
void join_arabic_ocr_line_heads(std::vector<Line>& lines) {
    for (std::size_t i = 0; i < lines.size(); ++i) {
        Line& head = lines[i];
        if (head.words.size() > kMaxHeadPieceWords || !ocr_right_to_left(head)) continue;
        const double em = std::max(head.font_size, 1.0);
        for (std::size_t j = 0; j < lines.size(); ++j) {
            Line& host = lines[j];
            if (j == i || host.words.size() <= head.words.size() || !ocr_right_to_left(host)) continue;
            if (!level_with(head.box, host.box)) continue;
            const double gap = host.words.front().box.x0 - head.box.x1;
            if (gap < 0 || gap > kMaxOcrGapFillEm * em) continue;
            move_into_line(head, host, 0);
            break;
        }
    }
}

// Letters of any script on the line.
std::size_t letter_count(const Line& line) {
    std::size_t n = 0;
    for (const auto& w : line.words) n += letter_count(w.text);
    return n;
}

}  // namespace

// Whether the text holds a letter of a cased script (Latin, Cyrillic).
bool has_cased_letter(std::string_view text) {
    for (char32_t c : utf8_decode(text))
        if (u_isupper(static_cast<UChar32>(c)) || u_islower(static_cast<UChar32>(c))) return true;
    return false;
}

bool opens_with_caption(const Line& l) {
    return !l.words.empty() && is_table_caption(l.words[0].text, l.words.size() > 1 ? l.words[1].text : "");
}

bool starts_lower_case(const std::string& t) {
    const std::u32string cps = utf8_decode(t);
    return !cps.empty() && u_islower(static_cast<UChar32>(cps.front()));
}

bool ends_clause(const Line& line) { return ends_with_any(line, ".;:", {"؛", "。", "；", "："}); }

std::optional<int> leading_paragraph_number(std::string_view first, std::string_view second) {
    const bool marked = !first.empty() && (first.back() == '.' || first.back() == ')' || first.back() == '-');
    if (marked) first.remove_suffix(1);
    else if (!in_any_language(&LanguageTable::number_separators, second)) return std::nullopt;
    return is_short_number(first) ? std::optional<int>(std::stoi(std::string(first))) : std::nullopt;
}

bool opens_with_separated_number(const Line& l) {
    return l.words.size() >= 2 && in_any_language(&LanguageTable::number_separators, l.words[1].text) &&
           is_short_number(l.words[0].text);
}

bool is_table_caption(const std::string& first, const std::string& number_after) {
    std::string_view word = first, number = number_after;
    // Chinese may set the number against the word ("表1").
    for (const LanguageTable* t : language_tables())
        for (std::string_view joined : t->table_words)
            if (t->table_word_joined && word.size() > joined.size() && word.starts_with(joined)) {
                number = word.substr(joined.size());
                word = joined;
            }
    const bool table_word = in_any_language(&LanguageTable::table_words, word);
    return table_word && !number.empty() &&
           ((number[0] >= '0' && number[0] <= '9') || number[0] == 'I' || number[0] == 'V' || number[0] == 'X' ||
            number[0] == 'A');
}

// "10.49", "12.", "(a)", "a)", "(iii)", "IV.", "B.", "•": a paragraph's
// number or a list item's label.
bool is_label_word(const std::string& t) {
    if (t == "\u2022" || t == "\u2013" || t == "-") return true;
    if (t.empty() || t.size() > 8) return false;
    std::size_t i = t.front() == '(' ? 1 : 0;
    const std::size_t end = t.size() - ((t.back() == '.' || t.back() == ')') ? 1 : 0);
    if (i >= end || (t.front() == '(' && t.back() != ')')) return false;
    const std::string_view core(t.data() + i, end - i);
    const bool digits = std::all_of(core.begin(), core.end(), [](char c) { return (c >= '0' && c <= '9') || c == '.'; }) &&
                        core.front() != '.' && core.back() != '.';
    const bool letters = core.size() <= 4 && std::all_of(core.begin(), core.end(), [](char c) {
                             return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
                         });
    return digits || (letters && end < t.size());  // a letter label ends in "." or ")"
}

// A label that numbers a paragraph: "10.", "(a)", "b)", "IV." (not a bare
// number: a year may start a wrapped line).
bool is_paragraph_number(const std::string& t) {
    return is_label_word(t) && t.size() >= 2 && (t.back() == '.' || t.back() == ')');
}

namespace {

// Poppler may read a paragraph's last line before the line above it: a
// short "law." under the indented "2. Everyone has the right … before
// the", kept with the block of flush-left lines over them (dev seed 12
// en-12-011, LibreOffice). Of two neighbours read so, one line pitch
// apart and in one column (sharing their width, but for an indent), under
// a line read before both, the lower goes after the upper. Text layers
// only, as join_cut_tails: OCR orders its own lines.
void order_crossed_neighbours(std::vector<Line>& lines) {
    for (std::size_t i = 1; i + 1 < lines.size(); ++i) {
        Line &lower = lines[i], &upper = lines[i + 1];
        const Line& before = lines[i - 1];
        if (lower.words.empty() || upper.words.empty() || before.words.empty()) continue;
        if (lower.words.front().source == Source::Ocr || upper.words.front().source == Source::Ocr) continue;
        const double em = std::max(upper.font_size, 1.0);
        const double rise = lower.baseline - upper.baseline;
        const bool shared_width =
            std::min(lower.box.x1, upper.box.x1) + kMaxFirstLineIndentEm * em > std::max(lower.box.x0, upper.box.x0);
        if (rise <= kSameBaselineEm * em || rise > max_line_pitch(upper) || !shared_width) continue;
        if (before.baseline >= upper.baseline - kSameBaselineEm * em) continue;
        std::swap(lower, upper);
    }
}

// Poppler may give two lines' words in turn: LibreOffice wrote a justified
// line word by word with the line above ("11. Это право … в случае" /
// "преследования, в действительности основанного на совершении", each
// word after one of the other line's: dev seed 28 ru-28-004, whose second
// line came out as four paragraphs). A text layer's word that does not
// carry on the last line, but carries on the line before it, a full line
// away from the last and in the same type, goes there.
// Only while the two lines alternate: the last line holds one word yet,
// or has been taken turns with (`in_turn`); and the word stands from the
// line it carries on at no more than kInterleavedGapShare of that line's
// widest space: a table's next cell, or a line's tail cut off after the
// next line (join_cut_tails), is further off.
bool interleaved_with_last(const std::vector<Line>& lines, const Word& w, bool in_turn) {
    if (lines.size() < 2 || w.source == Source::Ocr) return false;
    const Line& last = lines.back();
    const Line& before = lines[lines.size() - 2];
    if (last.words.empty() || before.words.size() < 2 || last.words.front().source == Source::Ocr) return false;
    if (last.words.size() > 1 && !in_turn) return false;
    const double em = std::max(w.font_size, 1.0);
    const bool same_type = std::fabs(last.words.back().font_size - w.font_size) <= kInterleavedSizeShare * em;
    const bool line_apart = std::fabs(last.words.back().box.y1 - w.box.y1) >= kInterleavedLineApartEm * em;
    double widest = 0;
    for (std::size_t i = 1; i < before.words.size(); ++i)
        widest = std::max(widest, before.words[i].box.x0 - before.words[i - 1].box.x1);
    const bool near = w.box.x0 - before.words.back().box.x1 <= kInterleavedGapShare * widest;
    return same_type && line_apart && near && continues_line(before, w);
}

}  // namespace

std::vector<Line> group_lines(std::vector<Word> words) {
    std::vector<Line> lines;
    bool in_turn = false;  // the last two lines are taking turns
    for (auto& w : words) {
        const bool carries_on = !lines.empty() && continues_line(lines.back(), w);
        if (!carries_on && interleaved_with_last(lines, w, in_turn)) {
            Line& before = lines[lines.size() - 2];
            before.box = before.box.united(w.box);
            before.words.push_back(std::move(w));
            in_turn = true;
            continue;
        }
        if (!carries_on) {
            lines.emplace_back();
            in_turn = false;
        }
        Line& line = lines.back();
        line.box = line.box.united(w.box);
        line.words.push_back(std::move(w));
    }
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (Line* host = stray_superscript_host(lines, i)) merge_stray_superscript(lines[i], *host);
    // A line the stray had cut in two ("… equal" / "2" / "rights …") is one
    // again.
    for (std::size_t i = 1; i + 1 < lines.size(); ++i) {
        Line &before = lines[i - 1], &after = lines[i + 1];
        if (!lines[i].words.empty() || before.words.empty() || after.words.empty() ||
            !continues_line(before, after.words.front()))
            continue;
        before.box = before.box.united(after.box);
        std::move(after.words.begin(), after.words.end(), std::back_inserter(before.words));
        after.words.clear();
    }
    join_ocr_line_pieces(lines);
    std::erase_if(lines, [](const Line& l) { return l.words.empty(); });
    for (auto& line : lines) finish_line(line);
    attach_stray_labels(lines);
    std::erase_if(lines, [](const Line& l) { return l.words.empty(); });
    join_cut_tails(lines);
    join_scattered_pieces(lines);
    attach_late_heads(lines);
    fill_ocr_line_gaps(lines);
    join_arabic_ocr_line_heads(lines);
    std::erase_if(lines, [](const Line& l) { return l.words.empty(); });
    order_crossed_neighbours(lines);
    return lines;
}

namespace {

// Where a line stands for its pitch to another: between its words' median
// top and median foot.
double words_middle(const Line& line) {
    std::vector<double> tops, feet;
    for (const auto& w : line.words) {
        tops.push_back(w.box.y0);
        feet.push_back(w.box.y1);
    }
    return (median(std::move(tops)) + median(std::move(feet))) / 2;
}

// The median of the lowest run of sorted pitches, each within
// kPitchClusterTolerance of the run's first, that holds `needed` of them.
std::optional<double> lowest_cluster(const std::vector<double>& sorted, std::size_t needed) {
    for (std::size_t i = 0; i < sorted.size(); ++i) {
        const auto end = std::upper_bound(sorted.begin() + static_cast<std::ptrdiff_t>(i), sorted.end(),
                                          sorted[i] * (1 + kPitchClusterTolerance));
        if (static_cast<std::size_t>(end - (sorted.begin() + static_cast<std::ptrdiff_t>(i))) >= needed)
            return median(std::vector<double>(sorted.begin() + static_cast<std::ptrdiff_t>(i), end));
    }
    return std::nullopt;
}

}  // namespace

double line_pitch(const Line& above, const Line& below) {
    const auto measured = [](const Line& l) { return ocr_right_to_left(l) && l.words.size() >= kMinSizedArabicWords; };
    if (measured(above) && measured(below)) return words_middle(below) - words_middle(above);
    return below.baseline - above.baseline;
}

namespace {

// A line's own height: its words' median box (the font's ascent to
// descent), 0 without words.
double line_height(const Line& line) {
    std::vector<double> heights;
    heights.reserve(line.words.size());
    for (const auto& w : line.words) heights.push_back(w.box.height());
    return heights.empty() ? 0.0 : median(std::move(heights));
}

}  // namespace

double max_line_pitch(const Line& line) {
    return std::max(kMaxLinePitchEm * std::max(line.font_size, 1.0), kMaxLinePitchHeights * line_height(line));
}

namespace {

// Whether the page's type stands tall: its lines' words are, at the median,
// kMinTallFontHeightEm of their size high or more (Amiri 1.3 em; a Latin
// font about 1.15 em, and the labels of tracemonkey's figure on p. 4 were
// read as running text without this).
bool tall_font(const std::vector<Line>& lines) {
    std::vector<double> ratios;
    for (const auto& l : lines)
        if (!l.words.empty() && l.font_size > 0) ratios.push_back(line_height(l) / l.font_size);
    return !ratios.empty() && median(std::move(ratios)) >= kMinTallFontHeightEm;
}

}  // namespace

double typical_line_pitch(const std::vector<Line>& lines, bool text_layer) {
    std::vector<double> pitches;
    // Pitches between two lines of running text: of one size, and each a
    // line's worth wide (not a note call's line of its own).
    std::vector<double> text_pitches;
    // Those over kMaxLinePitchEm that a tall font's lines allow
    // (max_line_pitch), kept apart: they count only on a page whose running
    // text has no pitch under kMaxLinePitchEm at all (LibreOffice's Amiri,
    // 2.2 em apart; XeTeX's Amiri lines are 1.4 em apart, and its paragraphs
    // 2.2 em, which must stay apart: dev seed 9 ar-9-007).
    std::vector<double> tall_pitches, tall_text_pitches;
    std::vector<double> sizes;
    for (const auto& l : lines) sizes.push_back(l.font_size);
    const double type_size = sizes.empty() ? 0.0 : median(std::move(sizes));
    // Of the running text's type, not the notes': three notes single-spaced
    // at 9.6 points in OCR's 7.3-point type, under text of 8.3 whose lines
    // stand 13.6-14.9 apart, made 9.6 the page's pitch, and every line of
    // the text a paragraph (dev seed 30 ru-30-002.scan-bw, Courier).
    const auto of_type = [&](const Line& l) {
        return std::fabs(l.font_size - type_size) <= kRunningTextSizeShare * type_size;
    };
    for (std::size_t i = 1; i < lines.size(); ++i) {
        const Line& a = lines[i - 1];
        const Line& b = lines[i];
        const double pitch = line_pitch(a, b);
        const double em = std::max(a.font_size, 1.0);
        if (std::fabs(a.font_size - b.font_size) > kFontSizeChange * em || pitch <= 0) continue;
        const bool tall = pitch > kMaxLinePitchEm * em;
        if (tall && pitch > max_line_pitch(a)) continue;
        (tall ? tall_pitches : pitches).push_back(pitch);
        if (std::fabs(a.font_size - b.font_size) <= kSameSizeShare * em && a.box.width() >= kTextLineEm * em &&
            b.box.width() >= kTextLineEm * em && (tall || (of_type(a) && of_type(b))))
            (tall ? tall_text_pitches : text_pitches).push_back(pitch);
    }
    if (text_pitches.empty() && tall_text_pitches.size() >= kMinSingleSpacedPitches && tall_font(lines)) {
        pitches.insert(pitches.end(), tall_pitches.begin(), tall_pitches.end());
        text_pitches = std::move(tall_text_pitches);
    }
    if (pitches.size() < 2) return 0;
    // The pitch inside paragraphs, not the median of all: on a page of
    // short paragraphs (a resolution's one- and two-line preamble clauses,
    // 18.2 pt apart, lines 14.2 pt apart inside them; dev seed 7 en-7-012)
    // half the pitches or more are between paragraphs, and their median
    // hides the space that ends each. The lowest pitch that a fair share of
    // the others share (within kPitchClusterTolerance) is the line pitch;
    // a lone tight pair (a stray superscript's line) is not.
    std::sort(pitches.begin(), pitches.end());
    const std::size_t needed = std::max<std::size_t>(2, static_cast<std::size_t>(std::ceil(kPitchClusterShare * pitches.size())));
    const double shared = lowest_cluster(pitches, needed).value_or(median(pitches));
    // On a page of one-line paragraphs (a Chinese resolution's short
    // clauses, 22.8 pt apart, and three wrapped ones at 14.8 pt under
    // 10.5 pt type; dev seed 9 zh-9-004) the lines' own pitch is under a
    // fifth of the pitches: a few pitches between lines of running text
    // that agree at single spacing (kSingleSpacingEm of the type's size)
    // are it too. Not the pitches to a note call's line (9 pt under 13.2 pt
    // lines, dev seed 8 en-8-004), and not where pitches are not measured
    // (`text_layer` false). OCR's lines, mapped back onto the skewed scan,
    // were not: three close pitches there were chance (the 1971 scan of
    // resolution 2758 was cut line by line). Straightened, they are.
    if (!text_layer) return shared;
    std::erase_if(text_pitches, [&](double p) {
        return p < kSingleSpacingEm.min * type_size || p > kSingleSpacingEm.max * type_size;
    });
    std::sort(text_pitches.begin(), text_pitches.end());
    if (const auto single = lowest_cluster(text_pitches, kMinSingleSpacedPitches))
        return *single < shared ? *single : shared;
    // Else two that agree, when they stand well under the shared pitch (a
    // Chinese preamble's two wrapped clauses, 13.8 and 13.5 pt among
    // clauses 21.4 pt apart, dev seed 7 zh-7-019); not two a little under
    // the rest, on a page whose pitches jitter.
    const auto pair = lowest_cluster(text_pitches, 2);
    return pair && *pair < kMaxPairedPitchShare * shared ? *pair : shared;
}

// A column's edges are measured on the page's first kMaxMarginLines lines:
// a hostile page of many lines is bounded.
constexpr std::size_t kMaxMarginLines = 600;

// The edges (x0 or x1, by `edge`) of the lines that share more than
// `share` of line `i`'s width or theirs, whichever is less: its column's.
std::vector<double> column_edges(const std::vector<Box>& boxes, std::size_t i, double Box::*edge, double share) {
    const std::size_t n = std::min(boxes.size(), kMaxMarginLines);
    std::vector<double> edges;
    const Box& a = boxes[i];
    for (std::size_t k = 0; k < n; ++k) {
        const Box& b = boxes[k];
        const double overlap = std::min(a.x1, b.x1) - std::max(a.x0, b.x0);
        if (overlap > share * std::min(a.width(), b.width())) edges.push_back(b.*edge);
    }
    return edges;
}

// The left edge of the text line `i` belongs to: the lowest tenth of the
// starts of the lines that share most of its width. Asked only where a
// one-line paragraph may follow another.
double column_start(const std::vector<Box>& boxes, std::size_t i) {
    std::vector<double> starts = column_edges(boxes, i, &Box::x0, 0.5);
    return starts.empty() ? boxes[i].x0 : quantile(std::move(starts), 0.1);
}

// The right edge of the text line `i` belongs to: the ninth tenth of the
// ends of the lines it overlaps at all (a short heading's column is that
// of the indented line under it, though they share 3 points: dev seed 7
// zh-7-002's "第八条"). Not the page's: on a page of two columns read by
// OCR (which finds the columns itself, and gives their lines one column
// after the other), that is the right column's, and every line of the left
// one stood short of it: a paragraph's first line broke from the next where
// the pitch grew a little (dev scan300-7 zh-7-007: "1. 人人在各国境内有权
// 自由迁徙和" / "居住。").
double column_end(const std::vector<Box>& boxes, std::size_t i) {
    std::vector<double> ends = column_edges(boxes, i, &Box::x1, 0);
    return ends.empty() ? boxes[i].x1 : quantile(std::move(ends), 0.9);
}

// The pitch from a paragraph's last line to the next paragraph, learnt
// where the break is sure: a short line, then more than the usual pitch.
// 0 when fewer than two such breaks agree.
double paragraph_pitch(const std::vector<Line>& lines, double usual_pitch, const std::vector<Box>& boxes) {
    if (usual_pitch <= 0) return 0;
    std::vector<double> pitches;
    for (std::size_t i = 1; i < lines.size(); ++i) {
        const Line& a = lines[i - 1];
        const Line& b = lines[i];
        const double em = std::max(a.font_size, 1.0);
        const double pitch = line_pitch(a, b);
        if (std::fabs(a.font_size - b.font_size) > kFontSizeChange * em || pitch > kMaxLinePitchEm * em) continue;
        if (pitch > kSpacedParagraphPitchFactor * usual_pitch && a.box.x1 < column_end(boxes, i - 1) - kShortLineEm * em)
            pitches.push_back(pitch);
    }
    return pitches.size() >= 2 ? median(pitches) : 0;
}

void drop_taken(std::vector<Line>& lines, const std::vector<char>& taken) {
    std::vector<Line> kept;
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (!taken[i]) kept.push_back(std::move(lines[i]));
    lines = std::move(kept);
}

namespace {

// On a page of Arabic OCR lines, the median pitch from a line that fills
// its column's measure to the next, at no indent: the pitch inside
// paragraphs, 0 from fewer than kMinSingleSpacedPitches such pairs. The
// lowest cluster of jittered pitches (typical_line_pitch) is their low
// tail, or on a page of short paragraphs set apart by space alone the
// paragraphs' pitch (dev scan300-22 ar-22-005: 22.6 against lines 13-16
// apart).
double arabic_ocr_running_pitch(const std::vector<Line>& lines, const std::vector<Box>& boxes) {
    std::vector<double> pitches;
    for (std::size_t i = 1; i < lines.size(); ++i) {
        const Line& a = lines[i - 1];
        const Line& b = lines[i];
        if (!ocr_right_to_left(a) || !ocr_right_to_left(b)) continue;
        const double em = std::max(a.font_size, 1.0);
        const double pitch = line_pitch(a, b);
        if (a.box.x1 < column_end(boxes, i - 1) - kShortLineEm * em || b.box.x0 - a.box.x0 > kIndentEm * em ||
            pitch <= 0 || pitch > kMaxOcrArabicLinePitchEm * em)
            continue;
        pitches.push_back(pitch);
    }
    return pitches.size() >= kMinSingleSpacedPitches ? median(std::move(pitches)) : 0.0;
}

// The usual pitch of a text layer's lines of one size, where it is wider
// than the page's: a page's pitch is its tightest lines' that are a fair
// share of all, and a short last page whose list of endnotes, a size
// smaller, holds most of its lines took the list's (9.5 pt under body lines
// 14.4 pt apart, 8.0 pt type against 9.0: every body line stood alone; dev
// endnotes-26 es-26-000, pdflatex). Lines of one size are those within
// kSameSizeShare of it; their pitch counts from kMinSingleSpacedPitches + 1
// of them. OCR's sizes jitter too much to be so grouped.
class SizePitches {
    static constexpr std::size_t kMaxPitchedSizes = 8;

public:
    // Measured before group_paragraphs moves the lines into blocks, for
    // the kMaxPitchedSizes sizes most lines are set in (a hostile page of
    // lines each of its own size costs no more than a few passes).
    SizePitches(const std::vector<Line>& lines, bool measured_pitch) {
        if (!measured_pitch) return;
        std::map<double, std::size_t> count;
        for (const auto& l : lines) ++count[l.font_size];
        std::vector<std::pair<std::size_t, double>> common;
        for (const auto& [size, n] : count)
            if (n > kMinSingleSpacedPitches) common.emplace_back(n, size);
        std::sort(common.begin(), common.end(), [](const auto& a, const auto& b) {
            return a.first != b.first ? a.first > b.first : a.second < b.second;
        });
        if (common.size() > kMaxPitchedSizes) common.resize(kMaxPitchedSizes);
        for (const auto& [n, size] : common) own_.emplace(size, own_pitch(lines, size));
    }

    double usual_for(double size, double page_pitch) const {
        const auto it = own_.find(size);
        if (page_pitch <= 0 || it == own_.end()) return page_pitch;
        return it->second > (1 + kPitchClusterTolerance) * page_pitch ? it->second : page_pitch;
    }

private:
    // 0 where the size's lines are every line (the page's pitch is
    // theirs), too few, or OCR's.
    static double own_pitch(const std::vector<Line>& lines, double size) {
        if (size <= 0) return 0;
        std::vector<Line> same;
        for (const auto& l : lines)
            if (std::fabs(l.font_size - size) <= kSameSizeShare * size && !l.words.empty() &&
                l.words.front().source != Source::Ocr)
                same.push_back(l);
        if (same.size() <= kMinSingleSpacedPitches || same.size() == lines.size()) return 0;
        return typical_line_pitch(same, true);
    }

    std::map<double, double> own_;  // by font size
};

}  // namespace

std::vector<Block> group_paragraphs(std::vector<Line> lines, bool measured_pitch, bool sizes_measured) {
    std::vector<Box> boxes;  // the lines' boxes, for their columns' margins
    boxes.reserve(lines.size());
    for (const auto& l : lines) boxes.push_back(l.box);
    double page_pitch = typical_line_pitch(lines, measured_pitch);
    if (const double running = arabic_ocr_running_pitch(lines, boxes); running > 0) page_pitch = running;
    const bool tall_type = tall_font(lines);
    const double break_pitch = measured_pitch ? paragraph_pitch(lines, page_pitch, boxes) : 0;
    SizePitches size_pitches(lines, measured_pitch && sizes_measured);
    std::size_t index = 0;
    std::vector<Block> blocks;
    std::vector<double> block_sizes;  // the font sizes of the current block's lines
    for (auto& line : lines) {
        const std::size_t i = index++;
        bool new_block = blocks.empty();
        if (!new_block) {
            const Block& b = blocks.back();
            const Line& prev = b.lines.back();
            const double em = std::max(prev.font_size, 1.0);
            const double pitch = line_pitch(prev, line);
            const double usual_pitch = size_pitches.usual_for(prev.font_size, page_pitch);
            // Against the block's median size, not the line above's: OCR's
            // sizes jitter from line to line (6.2 then 8.6 points inside one
            // paragraph of the generated 300 dpi scan).
            const double block_size = median(block_sizes);
            // OCR sizes a line from its letters: one of fewer than
            // kMinSizedLetters is not measured well enough to part from its
            // paragraph ("利。", a paragraph's last line, 7.6 points under
            // 9.8: dev scan300-10 zh-10-004).
            // Nor so far on an Arabic OCR line: Arabic words' heights vary
            // with their letters, and one paragraph's lines came out 0.7 to
            // 1.4 times their median size (6 dev scans of scan300-7 and
            // -10, 124 lines: 10% off by 0.2 or more).
            const bool ocr = line.words.front().source == Source::Ocr;
            const bool right_to_left = ocr_right_to_left(line);
            // An Arabic OCR line of fewer than kMinSizedArabicWords words
            // carries the page's size, not a measure of its own (the OCR
            // module sizes a line from three of its words): a paragraph's
            // last line, "تحققا تاماء", came out 7.8 points under 12.7 and
            // stood alone (dev scan300-7 ar-7-011).
            // Nor an OCR line of one word in a cased script (Latin,
            // Cyrillic): a paragraph's last line "State." came out 14.1
            // points under lines of 11.0 (dev seed 12 en-12-007.scan-bw)
            // and stood alone.
            // Its call and marks read as words of their own do not count
            // ("l’État" "2" ".": dev seed 27 fr-27-006.glyph-ids, once the
            // call was found).
            std::size_t lettered = 0;
            bool cased = false;
            for (const auto& w : line.words)
                if (!w.has(kFlagSuperscript) && letter_count(w.text) > 0) {
                    ++lettered;
                    cased = cased || has_cased_letter(w.text);
                }
            const bool one_cased_word = lettered == 1 && cased;
            const bool sized = sizes_measured &&
                               (!ocr || (letter_count(line) >= kMinSizedLetters && !one_cased_word &&
                                         !(right_to_left && line.words.size() < kMinSizedArabicWords)));
            const double change = right_to_left ? kOcrArabicSizeChange : kFontSizeChange;
            const bool size_change = sized && std::fabs(line.font_size - block_size) > change * std::max(block_size, 1.0);
            // A tall font's usual pitch may pass kMaxLinePitchEm: there, a
            // pitch no wider than the usual one is never wide. Not on other
            // pages: small figure labels under 10-point text (tracemonkey
            // p. 4) would join it.
            // In the paragraph's size on an Arabic OCR line, whose own is
            // not measured well (above), and wider (kMaxOcrArabicLinePitchEm).
            const double max_pitch = right_to_left ? kMaxOcrArabicLinePitchEm * std::max(block_size, 1.0)
                                                   : kMaxLinePitchEm * em;
            const double widest = tall_type ? std::max(max_pitch, (1 + kPitchClusterTolerance) * usual_pitch) : max_pitch;
            const double factor = right_to_left ? kOcrArabicParagraphPitchFactor : kParagraphPitchFactor;
            const bool wide_gap = pitch <= 0 || pitch > widest || (usual_pitch > 0 && pitch > factor * usual_pitch);
            // A one-line block has no right edge of its own yet: its
            // column's stands in.
            const double edge = b.lines.size() >= 2 ? b.box.x1 : std::max(b.box.x1, column_end(boxes, i - 1));
            // Under a label's text, the line carries on the label's
            // paragraph (a hanging indent: "***  In keeping with ..." /
            // "     programme plan ..."), however short the first line; not
            // under a heading in bold ("C. Substantive deliverables" over
            // its section's text, A/81/6), and not when it opens with a
            // label of its own: a sub-item ("(c) the training of …,
            // including:" / "(i) the organization of …").
            const bool hangs_under_label = b.lines.size() == 1 && prev.words.size() >= 2 && !all_bold(prev) &&
                                           opens_with_label(prev) && !opens_with_label(line) &&
                                           std::fabs(line.box.x0 - prev.words[1].box.x0) < kHangingAlignEm * em;
            const bool short_prev = prev.box.x1 < edge - kShortLineEm * em;
            // Under a full Arabic OCR line, at no more than the page's usual
            // pitch, a line carries its paragraph on whatever size OCR gave
            // it: a paragraph's first line and the next measured 8.9 and
            // 13.9 points, 14 apart (dev scan300-13 ar-13-014), past even
            // kOcrArabicSizeChange. A heading's line is short, and a
            // paragraph's last line too, or set off wider.
            const bool arabic_runs_on = right_to_left && !short_prev && usual_pitch > 0 &&
                                        pitch <= (1 + kPitchClusterTolerance) * usual_pitch;
            // So a paragraph's last line of a word or two in a cased script,
            // under a full line at the usual pitch: "cualquier país." came
            // out 17.7 points under lines of 13.6, 14.3 points under the
            // line above, where the page's paragraphs part at 17.3 (dev
            // seed 29 es-29-005.scan). A heading stands off wider.
            const bool tail_runs_on = ocr && !right_to_left && line.words.size() <= kMaxUnsizedOcrTailWords &&
                                      has_cased_letter(line_text(line)) && !short_prev && usual_pitch > 0 &&
                                      pitch <= (1 + kPitchClusterTolerance) * usual_pitch;
            const bool indented = line.box.x0 - prev.box.x0 > kIndentEm * em && short_prev && !hangs_under_label;
            // One-line paragraphs, each indented from its column's margin
            // ("鉴于有必要…发展，" then "鉴于各联合国…"): an indented first
            // line, and the next starting at the same indent, where a
            // paragraph's wrapped line never starts, start another when the
            // first ends a clause: in ; : . or a comma, short of the measure
            // ("... amistosas entre las naciones," 1.6 em short, dev seed 7
            // en-7-019) or filling it ("... friendly relations between
            // nations," dev seed 12 en-12-014, seed 10 en-10-009,
            // fr-10-000; "... amistosas entre las naciones;" dev endnotes-7
            // es-7-000), or in a conjunction after one ("... между
            // народами; и", dev seed 28 ru-28-005).
            // The comma may be Latin's in a Chinese text layer (LibreOffice,
            // dev seed 7 zh-7-000: "…受法治的保护," / "鉴于有必要…"), or
            // the full-width "，" of a CJK line, set to the full measure
            // whatever ends it (dev scan300-7 zh-7-000).
            // A block of one line, indented from its column's margin.
            const bool indented_one_liner =
                b.lines.size() == 1 && prev.box.x0 - column_start(boxes, i - 1) > kIndentEm * em;
            const bool indent_again = indented_one_liner &&
                                      ends_like_clause(prev) &&
                                      std::fabs(line.box.x0 - prev.box.x0) < kHangingAlignEm * em &&
                                      !opens_with_label(prev) && !opens_with_label(line);
            // Back at the indent the block's first line had, after lines at
            // the margin: a paragraph of its own even when the line above
            // fills the measure ("... la tiranía y la opresión²;" /
            // "Considerando también ...", dev endnotes-8 es-8-009). Within
            // one paragraph no line goes back to the first line's indent; a
            // hanging indent has its first line at the margin instead.
            const Line& first = b.lines.front();
            const bool back_to_indent = b.lines.size() >= 2 && first.box.x0 - prev.box.x0 > kIndentEm * em &&
                                        std::fabs(line.box.x0 - first.box.x0) < kHangingAlignEm * em;
            // A numbered paragraph starts a block after a clause's end even
            // when the line before it fills the measure ("… online
            // platform;" then "10. Stresses …" in A/RES/74/173), indented
            // or hanging ("** A/81/50." under the wrapped lines of "* The
            // present document …" in A/81/6's notes). A line flush with the
            // one above is a wrapped one ("… see A/80/590, para." / "12.").
            const double offset = line.box.x0 - prev.box.x0;
            // A hanging one's text starts in capitals, as a list item's does
            // ("(a) Promote ..."): a run-in "(a) reduced requirements ...;
            // and (b)" that wraps to the margin is one sentence. An indented
            // item may start in lower case ("(i) the organization of ...").
            // Under an item that opened with a label at the same place, a
            // label opens the next item ("(i) …;" / "(ii) …").
            // A one-line paragraph indented from its column's margin, then a
            // label at the same indent: the next item, though OCR misread
            // the first one's label ("2，" for "2.", then "3. …"; dev
            // scan300-7 zh-7-000).
            const bool sibling = std::fabs(offset) < kHangingAlignEm * em && (opens_with_label(prev) || indented_one_liner);
            // Indented under a wrapped line (the block's second line or
            // later, at the margin), a label and a capital open an item
            // whatever ended the line above: no line of a paragraph
            // starts right of the one before but its first (a clause cut
            // at "... del hombre, y", then "1. Toda persona ...", dev seed
            // 7 es-7-015).
            const bool capital_after_label = line.words.size() >= 2 && !starts_lower_case(line.words[1].text);
            const bool indented_item = b.lines.size() >= 2 && opens_with_label(line) && capital_after_label &&
                                       offset > kIndentEm * em;
            // After a short line ending in punctuation, a label and a
            // capital open an item, however little indented: a preamble's
            // last clause "…发展²," then "1. 任何人…" 0.8 em further in (dev
            // seed 7 zh-7-000, LibreOffice).
            // So after a one-line paragraph indented from its column's
            // margin that fills the measure: no wrapped line starts right
            // of its paragraph's indented first line ("鉴于各会员国…遵行,"
            // full, then "1. 凡受…" further in: dev seed 10 zh-10-014).
            const bool item_after_short = (short_prev || indented_one_liner) && ends_with_punctuation(prev) &&
                                          line.words.size() >= 2 && opens_with_label(line) && capital_after_label &&
                                          offset > 0;
            const bool numbered = indented_item || item_after_short ||
                                  (line.words.size() >= 2 && opens_with_label(line) && ends_clause(prev) &&
                                   (offset > kIndentEm * em || sibling ||
                                    (offset < -kMinOutdentEm * em && capital_after_label)));
            // The next number, its label where the paragraph's own stands
            // ("2 - … ومبادئها" / "3 - …"): a paragraph of its own, even
            // when OCR lost the clause's end ("." read "ء", dev scan300-10
            // ar-10-000) or the line before fills the measure.
            const auto first_number = paragraph_number_of(first);
            auto number = first_number ? paragraph_number_of(line) : std::nullopt;
            // OCR may lose the next number's mark ("4. … 缔婚。" / "5 家庭
            // …", the stop lost: dev scan300-11 zh-11-010): a bare number
            // one past the paragraph's own, where its own stands, is it.
            if (first_number && !number && ocr && line.words.size() >= 2 && is_short_number(line.words[0].text))
                number = std::stoi(line.words[0].text);
            const bool next_number = number && *number == *first_number + 1 &&
                                     std::fabs(line.box.x0 - first.box.x0) < kHangingAlignEm * em;
            // A short line all in bold over a line with no bold: a heading
            // over its text ("Deliverables" then "10.59 Table 10.13 lists
            // ..." in A/81/6, set at one size and pitch).
            const bool after_heading = all_bold(prev) && short_prev && !any_bold(line);
            // Space between paragraphs smaller than kParagraphPitchFactor
            // allows (3-6 pt under 10 pt type) still ends one after a short line.
            // On an Arabic OCR page, whose pitches jitter, more: nearer the
            // page's break pitch than its usual one (a paragraph's lines
            // 9.8-13.7 points apart under a usual 11.2 and breaks of 16-21,
            // ragged lines that all end short: dev scan300-23 ar-23-012,
            // whose paragraphs 7 and 8 broke after their first line).
            const double spaced_pitch = right_to_left && break_pitch > usual_pitch
                                            ? std::max(kSpacedParagraphPitchFactor * usual_pitch, (usual_pitch + break_pitch) / 2)
                                            : kSpacedParagraphPitchFactor * usual_pitch;
            const bool spaced_after_short = measured_pitch && usual_pitch > 0 && short_prev && pitch > spaced_pitch;
            // The same space after a line that fills the measure, where a
            // clause ends (a preamble clause whose last line is full: "...
            // justice and peace in the world," / "Whereas disregard ...",
            // dev seed 7 en-7-005): the page's own paragraph spacing or
            // more, not a line grown by a raised note call. More: Arabic's
            // marks move its baselines, and one break of a page whose breaks
            // measure 22.5-23 pt measured 24 (dev seed 7 ar-7-005).
            const bool spaced_like_breaks = break_pitch > 0 && pitch > kSpacedParagraphPitchFactor * usual_pitch &&
                                            pitch >= (1 - kSamePitchShare) * break_pitch &&
                                            ends_like_clause(prev);
            // A table's caption is a paragraph of its own, set close under
            // the text above (1.07 times the pitch, dev seed 7 fr-7-010) and
            // over the table or its title. Not a wrapped line that opens
            // "Table 3 shows ..." mid-sentence.
            const bool caption = (opens_with_caption(line) && ends_with_punctuation(prev)) ||
                                 (b.lines.size() == 1 && opens_with_caption(prev) && short_prev);
            // A clause's last line that stops short of its paragraph's edge
            // by more than the next line's first word: that word would have
            // fitted, so the line was ended on purpose. Ragged preamble
            // clauses set close ("... والفاقة." / "ولما كان ..."), their
            // pitch varying with the marks above the letters (dev seed 9
            // ar-9-003, XeTeX). The clause's end guards against a
            // line breaker that ends lines early to balance a paragraph.
            // A block of one line is measured against its column's end,
            // when it and the next line start at its column's margin, as
            // a paragraph's lines do (not a centred title's): a one-line
            // preamble clause "… والظلم." short of the measure by more
            // than "ولما", then "ولما كانت …" at the paragraphs' own pitch
            // (dev scan300-23 ar-23-005, LibreOffice, no indent).
            const bool at_margin = b.lines.size() == 1 &&
                                   std::fabs(prev.box.x0 - column_start(boxes, i - 1)) < kHangingAlignEm * em &&
                                   std::fabs(line.box.x0 - prev.box.x0) < kHangingAlignEm * em;
            // Not under a paragraph whose first line is indented, the next
            // line flush with the wrapped ones and running to the measure:
            // where paragraphs open at an indent, such a line carries one
            // on, and a line breaker with no stretch in its spaces
            // (pdfTeX's Courier, set justified) ends lines early wherever it
            // likes ("… and fundamental freedoms." 1.3 em short of the
            // measure, then "It shall promote …": dev seed 29 en-29-004).
            // A short line there may be a heading ("المادة 8" under an
            // Arabic article's last line, dev scan300-27 ar-27-002).
            const bool under_indent = b.lines.size() >= 2 && first.box.x0 - prev.box.x0 > kIndentEm * em &&
                                      std::fabs(line.box.x0 - prev.box.x0) < kHangingAlignEm * em &&
                                      line.box.x1 >= edge - kShortLineEm * em;
            const double fit_edge = b.lines.size() >= 2 ? b.box.x1 : at_margin ? column_end(boxes, i - 1) : 0.0;
            // On an OCR page of ideographs a line breaks after any
            // character, so its next word is one character, an em wide, and
            // a clause ends in a comma too: a preamble clause "…最高愿望，"
            // 8 em short of the measure, then "鉴于为使…" at the margin and
            // the page's own pitch (dev scan300-29 zh-29-002, LibreOffice,
            // no indent: the two clauses were one paragraph).
            const bool ideographs = ocr && ends_with_any(prev, ",.;:", {"，", "。", "；", "："}) &&
                                    is_ideograph(first_code_point(line.words.front().text)) &&
                                    is_ideograph(first_code_point(prev.words.front().text));
            const double next_width = ideographs ? em : line.words.front().box.width();
            const bool next_word_fits = measured_pitch && fit_edge > 0 && !under_indent &&
                                        (ends_clause(prev) || ideographs) &&
                                        prev.box.x1 + next_width + kFitSlackEm * em < fit_edge;
            new_block = (size_change && !arabic_runs_on && !tail_runs_on) || wide_gap || indented || indent_again || back_to_indent || numbered || next_number || after_heading ||
                        spaced_after_short || spaced_like_breaks || caption || next_word_fits;
        }
        if (new_block) {
            blocks.emplace_back();
            block_sizes.clear();
        }
        block_sizes.push_back(line.font_size);
        Block& b = blocks.back();
        b.box = b.box.united(line.box);
        b.lines.push_back(std::move(line));
    }
    return blocks;
}

}  // namespace pdf2tei::structure
