#include "footnotes.hpp"
#include "pdf2tei/language_table.hpp"

#include <algorithm>
#include <map>
#include <cmath>
#include <limits>
#include <optional>
#include <functional>
#include <set>

#include <unicode/uchar.h>

#include "layout.hpp"
#include "pdf2tei/stats.hpp"
#include "pdf2tei/text.hpp"
#include "pdf2tei/un_symbol.hpp"
#include "tables.hpp"

namespace pdf2tei::structure {
namespace {

bool is_note_line(const Line& l, double body_size) { return l.font_size <= kNoteSizeRatio * body_size; }

// Letters of a digit's shape OCR reads for a small raised digit.
constexpr std::u32string_view kDigitShapes = U"ilIZSTBOG";

// What OCR makes of a small raised digit it cannot read: a quote, a star,
// an exclamation or question mark ("dissolution *.", "époux “.",
// "l’homme!,": dev scan300-7 fr-7-003's calls 1-3), a registered sign
// ("procedures®.", "exile®.": dev seed 7 en-7-017.scan, en-7-009.scan), a
// y with diaeresis, which no word of ours ends in ("retenu ni exilé Ÿ.":
// dev seed 7 fr-7-007.scan, fr-7-018.scan), a backquote or an inverted
// exclamation mark, never at a word's end nor before a note's first word
// ("`А/78/169", "¡Resolución 217": ru-7-002.scan, es-7-018.garbled), or a
// brace ("périodiques {.": dev seed 13 fr-13-017.scan).
bool is_call_stand_in(char32_t c) {
    static constexpr std::u32string_view kStandIns = U"*“”‘’'\"!?°^®Ÿÿ`¡{}";
    return kStandIns.find(c) != std::u32string_view::npos;
}

// A raised note number OCR read as one letter of a cased script, no more
// than kMaxTinyMarkShare of the note's size ("a" for 1 and "N" for 2, 4.2
// pt beside notes of 7.8: dev seed 14 en-14-003.scan-bw). A digit is a
// number as it stands; an Arabic note's small "2" standing apart was its
// own (dev scan300-11 ar-11-012: note 1 went back to the text).
bool is_tiny_mark(const Word& w, double line_size) {
    if (w.source != Source::Ocr || line_size <= 0 || w.font_size > kMaxTinyMarkShare * line_size) return false;
    const std::u32string t = utf8_decode(w.text);
    if (t.size() != 1) return false;
    const auto c = static_cast<UChar32>(t[0]);
    return u_isupper(c) || u_islower(c);
}

// A document symbol whose letters OCR read as figures: two slashes or more
// between runs of letters, figures and dots ("8/76/270»" for A/76/270, an
// Arabic note's "1 A/76/270، المرفق.": dev scan300-23 ar-23-006, whose
// only note stayed in the body). Not a date ("12/05/2020").
bool reads_as_document_symbol(std::string_view word) {
    const auto end = std::find_if(word.begin(), word.end(), [](char c) {
        return !(std::isalnum(static_cast<unsigned char>(c)) || c == '/' || c == '.');
    });
    std::vector<std::string_view> parts;
    for (auto from = word.begin();;) {
        const auto slash = std::find(from, end, '/');
        parts.emplace_back(from, slash);
        if (slash == end) break;
        from = slash + 1;
    }
    if (parts.size() < 3 || std::any_of(parts.begin(), parts.end(), [](std::string_view p) { return p.empty(); }))
        return false;
    const bool date = parts.size() == 3 && parts[0].size() <= 2 && parts[1].size() <= 2 && parts[2].size() == 4 &&
                      std::all_of(parts.begin(), parts.end(), [](std::string_view p) { return all_ascii_digits(p); });
    return !date;
}

// On an OCR page, a note's raised number read as such a mark before its
// first word ("*See Official Records", "'Naciones Unidas", "* A/73/308"):
// the mark, then a capital, a digit, or a letter of a script without
// case ("“انظر الوثائق", dev scan300-10 ar-10-012: its four notes so read).
// The line opens a note whose number is lost (dev seed 7 en-7-002.scan,
// es-7-009.scan: every number of the page so read, no note found).
// A raised "1" read as a small "i" or "l" glued to the capital after it
// ("iNaciones Unidas", dev seed 12 es-12-012.scan-bw), or as a capital
// of a digit's shape (I Z S T B O G: "INaciones Unidas", "SResolución
// 217 A", dev seed 14 es-14-006.garbled, whose notes 1 and 3 were so
// read and note 3 ran into note 2), or a "3" read as "¿" ("¿Véase
// Documentos", es-12-012), opens one too.
bool opens_with_misread_number(const Line& l) {
    if (l.words.empty()) return false;
    // A tiny mark a number's gap before the note's text (a word space
    // after an article "a" read small is none).
    if (l.words.size() > 1 && is_tiny_mark(l.words[0], l.font_size) &&
        l.words[1].box.x0 - l.words[0].box.x1 >= kMinTinyMarkGapEm * std::max(l.font_size, 1.0))
        return true;
    const std::u32string first = utf8_decode(l.words[0].text);
    // A "$" too, an S with its stroke ("$Resolution 217 A (III).", dev
    // seed 36 en-36-005.scan-bw: note 3 ran into note 2).
    if (first.size() >= 3 && (kDigitShapes.find(first[0]) != std::u32string_view::npos || first[0] == U'$') &&
        u_isupper(static_cast<UChar32>(first[1])) && u_islower(static_cast<UChar32>(first[2])))
        return true;
    if (first.size() >= 2 && first[0] == U'¿' && u_isupper(static_cast<UChar32>(first[1]))) return true;
    // A raised "1" read as an alef before an Arabic word that opens with
    // one: no Arabic word opens with two ("اانظر" for "¹انظر", dev
    // scan300-11 ar-11-005: its note stayed in the body).
    if (first.size() >= 3 && first[0] == U'\u0627' && first[1] == U'\u0627') return true;
    if (first.empty() || !is_call_stand_in(first[0])) return false;
    std::u32string next = first.substr(1);
    // The number's stop a word of its own after it ("1. Résolution" read
    // "* . Résolution": dev seed 31 fr-31-006.scan-bw, every note so).
    const std::size_t after = next.empty() && l.words.size() > 2 && l.words[1].text == "." ? 2 : 1;
    if (next.empty() && l.words.size() > after) next = utf8_decode(l.words[after].text);
    if (next.empty()) return false;
    const auto c = static_cast<UChar32>(next[0]);
    const bool caseless_letter = u_isalpha(c) && !u_isupper(c) && !u_islower(c) && !u_istitle(c);
    // A symbol whose capital OCR read small ("*a/76/962,": dev seed 31
    // ru-31-002.garbled, the page's one note).
    return u_isupper(c) || u_istitle(c) || u_isdigit(c) || caseless_letter ||
           reads_as_document_symbol(utf8_encode(next));
}

// The misread number taken off the line's first word (or the word, when
// it was the mark alone, with its stop when that is a word of its own).
void drop_misread_number(Line& l) {
    std::u32string first = utf8_decode(l.words[0].text);
    if (first.size() > 1) {
        l.words[0].text = utf8_encode(first.substr(1));
        return;
    }
    l.words.erase(l.words.begin());
    if (l.words.size() > 1 && l.words[0].text == ".") l.words.erase(l.words.begin());
}

// OCR measures a line's size from its letters' heights, and a misread
// mark throws it off: the first note line "'Naciones Unidas …" came out
// 8.3 pt over notes of 7.8 and text of 8.9-9.4, no note line (dev seed 7
// es-7-009.scan). On an OCR page, a line right above the note area (a
// note line's pitch over its top line, at its left edge), nearer the
// notes' size than the text's, or smaller than the text and opening with
// a misread number, is a note line too. `area` is top to bottom.
void grow_ocr_note_area(const std::vector<Line>& lines, std::vector<std::size_t>& area, std::vector<char>& in_area,
                        double body_size) {
    while (!area.empty()) {
        const Line& top = lines[area.front()];
        const double em = std::max(top.font_size, 1.0);
        std::optional<std::size_t> above;
        for (std::size_t i = 0; i < lines.size(); ++i) {
            const Line& l = lines[i];
            if (in_area[i] || l.words.empty()) continue;
            const double pitch = top.baseline - l.baseline;
            if (pitch <= 0 || pitch > kMaxNoteLinePitchEm * em) continue;
            if (std::fabs(l.box.x0 - top.box.x0) > kNoteStartAlignEm * em) continue;
            const bool notes_size = std::fabs(l.font_size - top.font_size) < std::fabs(l.font_size - body_size);
            if (!notes_size && !(opens_with_misread_number(l) && l.font_size < body_size)) continue;
            above = i;
        }
        if (!above) return;
        area.insert(area.begin(), *above);
        in_area[*above] = 1;
    }
}

// Whether a gap of `gap` over the line at `baseline`, whose note lines
// below stand `notes_pitch` apart (their median), sets it off from the
// lettered lines above: wider than kMinArabicNoteGapInPitches of their
// usual pitch (the median of their pitches, top to bottom, up to
// kMaxOcrArabicLinePitchEm of the body's size: a paragraph's lines and
// one-line paragraphs, not a heading's space), with the notes set under
// `max_notes_pitch_in_pitches` of it.
bool set_off_from_text_pitch(const std::vector<Line>& lines, const std::vector<char>& letters, double baseline,
                             double gap, double notes_pitch, double body_size, double max_notes_pitch_in_pitches) {
    std::vector<double> above;
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (letters[i] && !lines[i].words.empty() && lines[i].baseline < baseline) above.push_back(lines[i].baseline);
    std::sort(above.begin(), above.end());
    std::vector<double> pitches;
    for (std::size_t k = 1; k < above.size(); ++k) {
        const double pitch = above[k] - above[k - 1];
        if (pitch > 0 && pitch <= kMaxOcrArabicLinePitchEm * body_size) pitches.push_back(pitch);
    }
    if (pitches.size() < kMinTextPitches) return false;
    const double usual = median(std::move(pitches));
    return gap >= kMinArabicNoteGapInPitches * usual && notes_pitch <= max_notes_pitch_in_pitches * usual;
}

// A word set smaller than the word after it and raised above its foot by
// kMinNumberRaiseEm of that word's size (raised_before, word by word).
bool raised_before_word(const Word& mark, const Word& next) {
    return mark.font_size <= kRaisedNumberSizeRatio * next.font_size &&
           mark.box.y1 < next.box.y1 - kMinNumberRaiseEm * next.font_size;
}

// On an OCR page, the note lines is_note_line misses for their size
// (kOcrNoteSizeRatio): from the highest line that opens a note, set off by
// kOcrNoteGapEm from every line above it, with only lines under
// kOcrNoteSizeRatio (or without letters) below it, down to the page's foot.
// An Arabic OCR line's size says nothing here: measured from its words'
// boxes, note lines came out 10.1-13.2 points among text lines of
// 11.5-13.0 (dev scan300-7 ar-7-020, ar-7-025: every note stayed in the
// body). Arabic lines count as small when, from the seed down, each
// stands within kMaxNoteLinePitchEm of the body's size under the one
// before, as a foot's notes do: a numbered paragraph whose dash OCR lost
// ("2 ليبوم عقد الزواج", 2.7 em under the paragraph above) is followed by
// the rest of the page, far above its notes (ar-7-016). Or each stands
// under the one before by under kMaxArabicNotePitchShareOfGap of the gap
// over the seed: notes are set tighter than the gap over them, while the
// rest of a page under a numbered paragraph comes with gaps like the one
// over it, and its notes with a wider one. A seed with no line over it
// has no gap to measure by: the page's first line is a numbered
// paragraph's as often as a note's.
// `opens_note` says whether a line opens one.
template <typename OpensNote>
void seed_ocr_note_area(const std::vector<Line>& lines, std::vector<std::size_t>& area, std::vector<char>& in_area,
                        double body_size, const OpensNote& opens_note, bool sizes_measured) {
    // What each line is, read once: whether it has letters, is Arabic, is
    // small by its size (or has no letters).
    const std::size_t count = lines.size();
    std::vector<char> letters(count), arabic(count), small_by_size(count);
    for (std::size_t i = 0; i < count; ++i) {
        const std::string text = line_text(lines[i]);
        letters[i] = has_letter(text);
        arabic[i] = text_direction(text) == Direction::RightToLeft;
        small_by_size[i] = lines[i].font_size < kOcrNoteSizeRatio * body_size || !letters[i];
    }
    std::optional<std::size_t> seed;
    for (std::size_t i = 0; i < count; ++i) {
        const Line& l = lines[i];
        if (in_area[i] || l.words.empty() || !(small_by_size[i] || arabic[i] || !sizes_measured)) continue;
        if (seed && lines[*seed].baseline <= l.baseline) continue;
        bool set_off = true, only_small_below = small_by_size[i], arabic_below = true;
        // Whether a line from it down numbers a paragraph as the text does
        // ("4 - لكل فرد"): a numbered paragraph whose number OCR read as
        // "“", 2.7 em under the paragraph above on a skewed scan, seeded an
        // area that took the next three paragraphs and the notes under
        // them as note 1 (dev scan300-25 ar-25-002).
        bool numbered_paragraph_below = opens_with_separated_number(l);
        double gap_above = std::numeric_limits<double>::infinity();
        std::vector<double> baselines_from_seed = {l.baseline};
        std::vector<double> numbered_sizes_above;  // of the lines over it that open as it does
        const Line* next = nullptr;  // the first lettered line under it
        for (std::size_t k = 0; k < count; ++k) {
            const Line& m = lines[k];
            if (k == i || m.words.empty()) continue;
            if (m.baseline < l.baseline) {
                set_off = set_off && l.baseline - m.baseline >= kOcrNoteGapEm * body_size;
                gap_above = std::min(gap_above, l.baseline - m.baseline);
                if (letters[k] && opens_note(m)) numbered_sizes_above.push_back(m.font_size);
            } else if (letters[k]) {
                only_small_below = only_small_below && small_by_size[k];
                arabic_below = arabic_below && arabic[k];
                numbered_paragraph_below = numbered_paragraph_below || opens_with_separated_number(m);
                baselines_from_seed.push_back(m.baseline);
                if (m.baseline > l.baseline && (!next || m.baseline < next->baseline)) next = &m;
            }
        }
        // An Arabic note whose number OCR lost ("القرار 217 ألف (د-3)." over
        // "2 القرار …": ar-7-026) seeds the area when the next line opens
        // one; take_note_area numbers it from that one.
        const bool opens = opens_note(l);
        if (!opens && !(arabic[i] && next && opens_note(*next))) continue;
        // Small against the body's size, but as large as the lines over it
        // that open as it does, a number then words: one more numbered
        // paragraph. Paragraph 11 under its heading, measured 13.3 points
        // as paragraphs 5-10 were where the document's body measured 14.1,
        // took the page's foot as its note (dev seed 33 ru-33-003.scan-bw,
        // monospaced: the real note became note 2). Not an Arabic line's,
        // whose size says nothing.
        if (!arabic[i] && sizes_measured && numbered_sizes_above.size() >= kMinNumberedLinesToSizeNotes &&
            l.font_size >= kOcrNoteSizeRatio * median(numbered_sizes_above))
            continue;
        std::sort(baselines_from_seed.begin(), baselines_from_seed.end());
        bool chained = true;
        std::vector<double> chain_pitches;
        for (std::size_t k = 1; k < baselines_from_seed.size(); ++k) {
            const double pitch = baselines_from_seed[k] - baselines_from_seed[k - 1];
            chain_pitches.push_back(pitch);
            chained = chained && (pitch <= kMaxNoteLinePitchEm * body_size ||
                                  (std::isfinite(gap_above) && pitch < kMaxArabicNotePitchShareOfGap * gap_above));
        }
        const bool arabic_chain = arabic[i] && arabic_below && chained && !numbered_paragraph_below;
        // Unsized lines (an earlier OCR's layer): a note opened there, set
        // off from the text, with a chain at a note's pitch under it.
        const bool unsized_chain = !sizes_measured && !arabic[i] && opens && set_off && chained &&
                                   !numbered_paragraph_below && !baselines_from_seed.empty();
        // Notes in smaller type, numbered, whose gap is under kOcrNoteGapEm
        // of the body's OCR size but wide against the text's own pitch
        // (kMaxSmallNotePitchInPitches).
        const bool small_chain = !arabic[i] && opens && only_small_below && chained;
        const bool set_off_by_pitch =
            (arabic_chain || small_chain) && !chain_pitches.empty() && std::isfinite(gap_above) &&
            set_off_from_text_pitch(lines, letters, l.baseline, gap_above, median(std::move(chain_pitches)), body_size,
                                    arabic_chain ? kMaxArabicNotePitchInPitches : kMaxSmallNotePitchInPitches);
        // A note opened by a number OCR kept small and raised needs no gap:
        // set at the text's pitch under the page's last line, with no rule
        // OCR reads, it stood in the body ("¹ A/80/841, annex.", dev seed 27
        // en-27-003.scan-bw, XeLaTeX). Not on an Arabic line, whose notes
        // are told by their chain (a paragraph's last lines under a note
        // whose "1" stood raised went into it: scan300-27 ar-27-012).
        const bool raised_number = !arabic[i] && l.words.size() >= 2 && !note_number_of(l.words[0].text).empty() &&
                                   raised_before_word(l.words[0], l.words[1]);
        if (((set_off || set_off_by_pitch || raised_number) && ((opens && only_small_below) || arabic_chain)) ||
            unsized_chain)
            seed = i;
    }
    if (!seed) return;
    for (std::size_t i = 0; i < count; ++i)
        if (!in_area[i] && lines[i].baseline >= lines[*seed].baseline && letters[i]) {
            area.push_back(i);
            in_area[i] = 1;
        }
}

// On a text layer, a note whose type measures as large as the text's:
// pdfTeX's bitmap (Type 3) fonts size 10-point notes and 12-point text
// alike (dev seed 28 en-28-001.no-tounicode, "¹A/78/321, annex." 12.3
// points under text of 12.1-12.3: every note stayed in the body). A line
// that opens with a raised note number the text above calls with a raised
// number too, set off from every line above by kOcrNoteGapEm, seeds the
// area when the lines under it (if any) follow at a note's pitch
// (kMaxNoteLinePitchEm) each: it and they are the notes.
void seed_raised_note_area(const std::vector<Line>& lines, std::vector<std::size_t>& area, std::vector<char>& in_area,
                           double body_size) {
    const auto called_above = [&](const std::string& n, double baseline) {
        for (const Line& m : lines)
            if (m.baseline < baseline)
                for (std::size_t k = 1; k < m.words.size(); ++k)
                    if (m.words[k].has(kFlagSuperscript) && m.words[k].text == n) return true;
        return false;
    };
    std::optional<std::size_t> seed;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const Line& l = lines[i];
        if (in_area[i] || l.words.size() < 2 || (seed && lines[*seed].baseline <= l.baseline)) continue;
        const std::string n = note_number_of(l.words[0].text);
        if (n.empty() || !(l.words[0].has(kFlagSuperscript) || raised_before_word(l.words[0], l.words[1])) ||
            !called_above(n, l.baseline))
            continue;
        bool set_off = true;
        std::vector<double> below = {l.baseline};
        for (std::size_t k = 0; k < lines.size(); ++k) {
            const Line& m = lines[k];
            if (k == i || m.words.empty()) continue;
            if (m.baseline < l.baseline) set_off = set_off && l.baseline - m.baseline >= kOcrNoteGapEm * body_size;
            else below.push_back(m.baseline);
        }
        std::sort(below.begin(), below.end());
        bool chained = true;
        for (std::size_t k = 1; k < below.size(); ++k)
            chained = chained && below[k] - below[k - 1] <= kMaxNoteLinePitchEm * body_size;
        if (set_off && chained) seed = i;
    }
    if (!seed) return;
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (!in_area[i] && !lines[i].words.empty() && lines[i].baseline >= lines[*seed].baseline) {
            area.push_back(i);
            in_area[i] = 1;
        }
}

// A page's notes stand together at its foot. On an OCR page, small lines
// far above them are the page's own, whatever figures open them: a
// resolution's closing date ("18 تموز/يوليه 2025", read as note 18, 13 em
// over the notes, dev scan300-13 ar-13-011: the first note ran on in it,
// and every note stayed in the body). From the foot up, the area ends at
// the first gap of kOcrNoteGapEm, the gap that sets notes off from the
// text. `area` is top to bottom.
void keep_foot_of_ocr_note_area(const std::vector<Line>& lines, std::vector<std::size_t>& area,
                                std::vector<char>& in_area, double body_size) {
    for (std::size_t k = area.size(); k-- > 1;) {
        if (lines[area[k]].baseline - lines[area[k - 1]].baseline < kOcrNoteGapEm * body_size) continue;
        for (std::size_t j = 0; j < k; ++j) in_area[area[j]] = 0;
        area.erase(area.begin(), area.begin() + static_cast<std::ptrdiff_t>(k));
        return;
    }
}

// Ends like a finished sentence or reference, in any of the six
// languages' marks ("(A/71/15)。", dev scan300-10 zh-10-008).
bool ends_closed(const std::string& text) {
    if (text.empty()) return true;
    static constexpr std::u32string_view kClosingMarks = U".!?);\u3002\uFF09\uFF1B\uFF01\uFF1F\u061F\u061B";
    return kClosingMarks.find(last_code_point(text)) != std::u32string_view::npos;
}

// Tesseract may read the numbers of a page's notes, set apart at the
// margin, as one tall word down the column ("RWN", 4 pt wide and 42 pt
// tall, for "1" to "4" beside four note lines; dev seed 7 en-7-026.scan,
// LibreOffice), with a dash over it ("RhoOon" and "—" on one line: dev
// seed 29 es-29-005.scan, kMaxNumberColumnPieceWords), or as a few, one
// above another ("请" beside notes 1-2 and
// "人" beside note 4, dev scan300-10 zh-10-008: the pieces make one
// column, note 3 beside the gap between them). Such a word, at most kMaxNumberColumnWidthEm wide and
// kMinNumberColumnLines note lines tall, two glyphs a line at most ("bh0U0nr"
// for four numbers, es-7-025.scan), just left of
// them, is their numbers: it goes, and each note line beside it that opens
// a note (the first, and any after a closed end) gets a "*" in its place,
// a number read as a mark (opens_with_misread_number). Returns whether it
// found one.
bool read_number_columns(std::vector<Line>& lines, double body_size) {
    // The column's pieces: lone narrow words, one above another at one x.
    const auto narrow_word = [&](const Line& l) {
        return !l.words.empty() && l.words.size() <= kMaxNumberColumnPieceWords &&
               l.box.width() <= kMaxNumberColumnWidthEm * body_size;
    };
    std::vector<char> used(lines.size(), 0);
    bool found = false;
    for (std::size_t c = 0; c < lines.size(); ++c) {
        if (used[c] || !narrow_word(lines[c])) continue;
        // Pieces at the same x, each within kMaxNumberColumnGapEm under the
        // column so far: not a paragraph's number far up the margin.
        std::vector<std::size_t> pieces{c};
        Box column = lines[c].box;
        for (bool grew = true; grew;) {
            grew = false;
            for (std::size_t d = 0; d < lines.size(); ++d) {
                const Box& b = lines[d].box;
                if (used[d] || std::find(pieces.begin(), pieces.end(), d) != pieces.end() || !narrow_word(lines[d]) ||
                    b.x0 >= column.x1 || b.x1 <= column.x0 || b.y0 - column.y1 > kMaxNumberColumnGapEm * body_size ||
                    column.y0 - b.y1 > kMaxNumberColumnGapEm * body_size)
                    continue;
                pieces.push_back(d);
                column = column.united(b);
                grew = true;
            }
        }
        std::vector<std::size_t> beside;
        for (std::size_t i = 0; i < lines.size(); ++i) {
            const Line& l = lines[i];
            if (std::find(pieces.begin(), pieces.end(), i) != pieces.end() || l.words.empty() ||
                !is_note_line(l, body_size))
                continue;
            const double gap = l.box.x0 - column.x1;
            if (gap < 0 || gap > kMaxNumberColumnGapEm * body_size) continue;
            if (column.vertical_overlap(l.box) < 0.5 * l.box.height()) continue;
            beside.push_back(i);
        }
        std::size_t glyphs = 0;
        for (std::size_t p : pieces)
            for (const auto& w : lines[p].words) glyphs += utf8_decode(w.text).size();
        if (beside.size() < kMinNumberColumnLines || glyphs > 2 * beside.size()) continue;
        std::sort(beside.begin(), beside.end(), [&](std::size_t a, std::size_t b) { return lines[a].box.y0 < lines[b].box.y0; });
        for (std::size_t k = 0; k < beside.size(); ++k) {
            Line& l = lines[beside[k]];
            if (k > 0 && !ends_closed(line_text(lines[beside[k - 1]]))) continue;
            Word mark = l.words.front();
            mark.text = "*";
            mark.box = {column.x0, l.box.y0, column.x1, l.box.y1};
            mark.glyphs.clear();
            l.words.insert(l.words.begin(), std::move(mark));
        }
        for (std::size_t p : pieces) {
            lines[p].words.clear();
            used[p] = 1;
        }
        found = true;
    }
    if (found) std::erase_if(lines, [](const Line& l) { return l.words.empty(); });
    return found;
}

}  // namespace

std::string note_number_of(std::string_view s) {
    if (!s.empty() && (s.back() == '.' || s.back() == ')')) s.remove_suffix(1);
    // Notes count from 1, without leading zeros: a "0" is OCR's misreading
    // of a paragraph's "10" (an Arabic scan's "0- ... " took its paragraph
    // into a note).
    if (s.empty() || s.front() == '0') return {};
    return all_ascii_digits(s) && s.size() <= kMaxNoteNumberDigits ? std::string(s) : std::string();
}

std::string note_symbol_of(std::string_view s) {
    for (std::string_view mark : {"*", "**", "***", "†", "‡"})
        if (s == mark) return std::string(s);
    return {};
}

// OCR's reading of the gap after a note's number: "_" or a comma, glued
// to the note's first word or a word of its own before it ("2 _A/71/238",
// "2 ， 联合国": dev scan300-7 zh-7-016, zh-7-002, whose second notes ran
// into their first). The length of the mark, in bytes, when words[at]
// so opens and a letter follows; else 0.
std::size_t gap_noise_before_note_text(const std::vector<Word>& words, std::size_t at) {
    const Word& word = words[at];
    if (word.source != Source::Ocr) return 0;
    for (std::string_view mark : {"_", ",", "\uFF0C"}) {
        if (!word.text.starts_with(mark)) continue;
        const std::string_view rest = std::string_view(word.text).substr(mark.size());
        if (rest.empty() ? at + 1 < words.size() && starts_note_text(words[at + 1].text)
                         : u_isalpha(static_cast<UChar32>(first_code_point(rest))))
            return mark.size();
    }
    return 0;
}

std::string leading_note_number(const Line& line) {
    if (line.words.size() < 2) return "";  // a number alone is no note
    const Word& number = line.words[0];
    const std::string n = note_number_of(number.text);
    if (n.empty()) return "";
    // A raised number is a note's; a plain one only before words ("37
    // 339.0 48" is a table row).
    if (number.has(kFlagSuperscript)) return n;
    return starts_note_text(line.words[1].text) || gap_noise_before_note_text(line.words, 1) > 0 ? n : "";
}

bool starts_note_text(std::string_view word) {
    if (word.empty()) return false;
    const char32_t c = first_code_point(word);
    return u_isalpha(static_cast<UChar32>(c)) || c == U'(' || c == U'"' || c == U'“' || c == U'«' || c == U'‘' ||
           reads_as_document_symbol(word);
}

std::set<std::string> called_note_numbers(const Page& page) {
    std::set<std::string> called;
    for (const auto& b : page.blocks)
        for (const auto& l : b.lines)
            for (const auto& w : l.words)
                if (w.has(kFlagNoteAnchor)) called.insert(w.text);
    return called;
}

bool raised_before(const Line& num, const Line& host) {
    return num.font_size <= kRaisedNumberSizeRatio * host.font_size &&
           num.baseline < host.baseline - kMinNumberRaiseEm * host.font_size;
}

bool stands_before(const Line& num, const Line& host, double reach_em) {
    const double em = std::max(host.font_size, 1.0);
    return host.box.x0 >= num.box.x1 - 0.1 * em && host.box.x0 - num.box.x1 < reach_em * em &&
           std::fabs(host.box.y0 - num.box.y0) < 0.8 * em;
}

bool raised_note_number_before(const Line& num, const Line& host) {
    return num.words.size() == 1 && !host.words.empty() && !note_number_of(num.words.front().text).empty() &&
           raised_before(num, host) && stands_before(num, host, 1.0);
}

namespace {

// Cuts the line's first word in two, `left_chars` of its `chars`
// characters' width from its box's left edge: the left part becomes the
// word `number`, ahead of it, and the word keeps `rest`.
void cut_number_off(Line& l, std::string number, std::size_t left_chars, std::size_t chars, std::string rest) {
    Word& first = l.words.front();
    Word n = first;
    n.text = std::move(number);
    n.space_after = true;
    const double cut = first.box.x0 + first.box.width() * static_cast<double>(left_chars) / static_cast<double>(chars);
    n.box.x1 = cut;
    first.text = std::move(rest);
    first.box.x0 = cut;
    l.words.insert(l.words.begin(), std::move(n));
}

// An Arabic note's raised number OCR read into the document symbol that
// opens the note, as an Arabic-Indic digit at the symbol's end ("8/71/205١
// المرفق." for "¹ A/71/205، المرفق.": the number stands right of the
// symbol, where a right-to-left line starts; dev scan300-23 ar-23-005,
// scan300-22 ar-22-014, whose notes stayed in the body). A symbol's figures
// are never Arabic-Indic: on a line that opens with such a word, they are
// cut off as its number, ahead of it. Returns whether the line was cut.
bool split_arabic_number_off_symbol(Line& l) {
    Word& first = l.words.front();
    const std::u32string t = utf8_decode(first.text);
    std::size_t digits = 0;
    while (digits < t.size() && t[t.size() - 1 - digits] >= U'\u0660' && t[t.size() - 1 - digits] <= U'\u0669') ++digits;
    if (digits == 0 || digits > kMaxNoteNumberDigits || digits == t.size()) return false;
    const std::u32string symbol = t.substr(0, t.size() - digits);
    if (!reads_as_document_symbol(utf8_encode(symbol)) || !is_ascii_digit(symbol.back())) return false;
    std::string number;
    for (std::size_t k = t.size() - digits; k < t.size(); ++k) number += static_cast<char>('0' + (t[k] - U'\u0660'));
    if (note_number_of(number).empty()) return false;
    // On the mirrored page the number, first in reading order, is the
    // word's left part. The symbol keeps its glyphs; the number has none.
    if (first.glyphs.size() == t.size()) first.glyphs.resize(symbol.size());
    cut_number_off(l, std::move(number), digits, t.size(), utf8_encode(symbol));
    l.words.front().glyphs.clear();
    return true;
}

// OCR reads a note's number into its first word when it drops the space
// between them ("1See Official Records", "2United Nations": dev seed 7
// en-7-023.invisible-ocr, whose four notes stayed in the text). On a small
// line, a word of one to three digits, then a capital and a small letter,
// is cut in two: the number, then the note's first word. A capital alone
// after the digits ("4A/76/245", "3D") stays as read. So is a number read
// after a letter of a digit's shape, which goes ("S3Véase": dev seed 25
// es-25-006.invisible-ocr), or read as the Cyrillic "З", a 3 by its shape
// ("ЗРезолюция": ru-25-009.scan-bw); both times note 3 ran into note 2.
void split_glued_note_numbers(std::vector<Line>& lines, double body_size) {
    for (auto& l : lines) {
        if (l.words.empty()) continue;
        if (split_arabic_number_off_symbol(l)) continue;
        if (!is_note_line(l, body_size)) continue;
        Word& first = l.words.front();
        const std::u32string t = utf8_decode(first.text);
        // The number's digits, from `start`, up to `end`: no leading zero
        // (note_number_of).
        std::string number;
        std::size_t start = 0, end = 0;
        if (!t.empty() && t[0] == U'\u0417') {
            number = "3";
            end = 1;
        } else {
            if (t.size() > 1 && kDigitShapes.find(t[0]) != std::u32string_view::npos && t[1] >= U'1' && t[1] <= U'9')
                start = 1;
            end = start;
            while (end < t.size() && t[end] >= (end == start ? U'1' : U'0') && t[end] <= U'9') ++end;
            if (end == start || end - start > kMaxNoteNumberDigits) continue;
            number = utf8_encode(t.substr(start, end - start));
        }
        if (end + 2 > t.size()) continue;
        const auto a = static_cast<UChar32>(t[end]), b = static_cast<UChar32>(t[end + 1]);
        // Before a word opening in a capital, or a document symbol ("2A/78/578,"
        // for "² A/78/578, anexo.", dev seed 27 es-27-009.scan-bw: note 2
        // ran on in note 1).
        std::string rest = utf8_encode(t.substr(end));
        const bool before_word = (u_isupper(a) || u_istitle(a)) && u_islower(b);
        if (!before_word && !is_un_symbol(std::string_view(rest).substr(0, rest.find_last_not_of(",.;:") + 1)))
            continue;
        cut_number_off(l, std::move(number), end, t.size(), std::move(rest));
    }
}

// A note number drawn as a superscript can come out of the extractor as a
// line of its own, out of order. Puts every such one-word number line back
// at the start of the note line it sits beside.
void reattach_note_numbers(std::vector<Line>& lines, double body_size) {
    for (std::size_t i = 0; i < lines.size(); ++i) {
        Line& num = lines[i];
        if (num.words.size() != 1) continue;
        const std::string& t = num.words.front().text;
        const bool number = !note_number_of(t).empty() || !note_symbol_of(t).empty();
        for (std::size_t j = 0; j < lines.size() && (number || num.words.front().source == Source::Ocr); ++j) {
            Line& host = lines[j];
            if (j == i || host.words.empty()) continue;
            // Or a number OCR misread as a tiny mark, in the number's
            // column as far as a hanging note's text is from it (1.4 em:
            // "N" beside "Resolution 217 A (III).", dev seed 14
            // en-14-003.scan-bw); it opens the note (opens_with_misread_number).
            const bool tiny = !number && is_tiny_mark(num.words.front(), host.font_size);
            if (!number && !tiny) continue;
            if (!(is_note_line(num, body_size) && is_note_line(host, body_size)) && !raised_before(num, host)) continue;
            if (!stands_before(num, host, tiny ? kMaxTinyMarkGapEm : 1.0)) continue;
            host.words.insert(host.words.begin(), std::move(num.words.front()));
            host.words.front().space_after = true;  // a number, not a word's first letters
            host.box = host.box.united(num.box);
            num.words.clear();
            break;
        }
    }
    std::erase_if(lines, [](const Line& l) { return l.words.empty(); });
}

}  // namespace

namespace {

// A plain figure opening `line` under `above`, which ends in a language's
// word for "number": the reference carried on ("Suplemento núm." / "8
// (A/80/8).", dev seed 14 es-14-013.garbled, whose note columns, every
// number lost, made "8" a note no call answered, and took the next
// column's note back to the text with it). No note's number.
bool carried_figure(const Line& above, const Line& line) {
    return !above.words.empty() && !line.words.empty() && !line.words[0].has(kFlagSuperscript) &&
           !leading_note_number(line).empty() &&
           in_any_language(&LanguageTable::number_words, std::string_view(above.words.back().text));
}

// The numbers of the notes whose number OCR lost, by their line in `area`
// (top to bottom, column by column; the right column from `split`); see
// take_note_area. `carried`: the lines whose figure is no note's number
// (carried_figure).
std::vector<std::string> lost_note_numbers(const std::vector<Line>& area, double split, const std::vector<char>& carried) {
    std::vector<std::string> numbers(area.size());
    std::size_t first = 0;
    while (first < area.size() && (carried[first] || leading_note_number(area[first]).empty())) ++first;
    if (first == area.size()) return numbers;
    const int n = std::stoi(leading_note_number(area[first]));
    const double em = std::max(area[first].font_size, 1.0);
    // Where the first number stands in the right column, the left
    // column's notes start where its first line does.
    const double edge = area[first].box.x0 >= split && area[0].box.x0 < split ? area[0].box.x0 : area[first].box.x0;
    std::vector<std::size_t> starts;
    for (std::size_t k = 0; k < first; ++k)
        if (std::fabs(area[k].box.x0 - edge) <= kNoteStartAlignEm * em) starts.push_back(k);
    if (starts.empty() || static_cast<int>(starts.size()) >= n) return numbers;
    for (std::size_t j = 0; j < starts.size(); ++j)
        numbers[starts[j]] = std::to_string(n - static_cast<int>(starts.size() - j));
    return numbers;
}

// Where note lines stand in two columns side by side, no line reaching
// across, kMinNoteColumnGapEm apart at least, each column with numbered
// notes that follow the other's (on an OCR page, or a left one whose
// numbers were all lost: kMinUnnumberedNoteColumnGapEm): the left edge of
// the right-hand ones; past every line when they stand in one (a line's last
// word read as a piece of its own, a space after the rest, is no column:
// "Supplement No. | 25", dev seed 7 en-7-006).
double column_split(const std::vector<Line>& lines, bool numbers_may_be_lost) {
    constexpr double kNone = std::numeric_limits<double>::infinity();
    std::vector<const Line*> sorted;
    for (const auto& l : lines) sorted.push_back(&l);
    std::sort(sorted.begin(), sorted.end(), [](const Line* a, const Line* b) { return a->box.x0 < b->box.x0; });
    double reach = -std::numeric_limits<double>::infinity();
    for (std::size_t k = 0; k < sorted.size(); ++k) {
        if (k > 0 && sorted[k]->box.x0 > reach + kMinNoteColumnGapEm * std::max(sorted[k]->font_size, 1.0)) {
            // The numbers of one side's notes.
            const auto numbers = [](auto from, auto to) {
                std::set<int> out;
                for (auto it = from; it != to; ++it)
                    if (const std::string n = leading_note_number(**it); !n.empty()) out.insert(std::stoi(n));
                return out;
            };
            const auto mid = sorted.begin() + static_cast<std::ptrdiff_t>(k);
            // Side by side: the two columns share some height (not a
            // closing line beside the notes far below it, dev scan300-10
            // ar-10-008).
            const auto span = [](auto from, auto to) {
                Box b;
                for (auto it = from; it != to; ++it) b = b.united((*it)->box);
                return b;
            };
            const bool side_by_side = span(sorted.begin(), mid).vertical_overlap(span(mid, sorted.end())) > 0;
            // Each column numbered, one's first note following a note of
            // the other: a line's tail set off by a monospaced double space
            // ("Supplement No.  25 (A/74/25)." under notes 1-3, dev
            // endnotes-7 en-7-006) is no column of note 25, and a plain
            // number carrying a note on ("24 (A/71/24).", dev seed 7
            // ru-7-018) does not hide notes 1-2 beside 3-4.
            const std::set<int> left = numbers(sorted.begin(), mid), right = numbers(mid, sorted.end());
            const bool numbered = !left.empty() && !right.empty();
            const bool in_turn = numbered && (left.count(*right.begin() - 1) || right.count(*left.begin() - 1));
            // On an OCR page, the left column's numbers may all be lost:
            // the right one's, past 1, follow them, well clear of them.
            const bool left_lost = numbers_may_be_lost && left.empty() && !right.empty() && *right.begin() > 1 &&
                                   sorted[k]->box.x0 - reach >= kMinUnnumberedNoteColumnGapEm *
                                                                    std::max(sorted[k]->font_size, 1.0);
            // On an OCR page, the numbers on both sides may be lost or
            // misread (note 4's raised "4" read as "“", note 3's "3." with
            // its symbol misread: dev seed 28 en-28-011.scan, pdflatex, read
            // line by line across and "Assem-" joined to the right
            // column's "tion"): two columns of kMinNoteColumnLines lines
            // each, side by side over kMinNoteColumnOverlap of the shorter.
            const Box left_span = span(sorted.begin(), mid), right_span = span(mid, sorted.end());
            const double shorter = std::min(left_span.height(), right_span.height());
            // Or a right column shorter than that whose top line opens a
            // note, its number read or misread ("?Resolución 217 A (III)."
            // beside note 1's three lines: dev seed 28 es-28-010.garbled).
            const auto top_right = std::min_element(mid, sorted.end(), [](const Line* a, const Line* b) {
                return a->box.y0 < b->box.y0;
            });
            const bool right_opens = !leading_note_number(**top_right).empty() || opens_with_misread_number(**top_right);
            const bool stacked_sides =
                numbers_may_be_lost && k >= kMinNoteColumnLines &&
                (sorted.size() - k >= kMinNoteColumnLines || right_opens) &&
                left_span.vertical_overlap(right_span) >= kMinNoteColumnOverlap * shorter;
            return side_by_side && ((numbered && in_turn) || left_lost || stacked_sides) ? sorted[k]->box.x0 : kNone;
        }
        reach = std::max(reach, sorted[k]->box.x1);
    }
    return kNone;
}

// Whether `line` starts where `note`'s own lines carry on: at the text
// edge of its first line, right of a hanging number, or left of an
// indented number, at the margin; and right under its last line, as a
// note's lines stand (kMaxNoteLinePitchEm of the body's size).
// `at_margin`: the margin counts; on an OCR page it does not, where a
// numbered paragraph OCR sized small may pass for a note, and the page's
// one note under it, left of the paragraph's indented number, ran into it
// (dev seed 7 ru-7-025.invisible-ocr).
bool carries_on_note_edge(const Block& note, const Line& line, double body_size, bool at_margin) {
    if (note.continued || note.lines.empty() || note.lines.front().words.size() < 2) return false;
    if (line.baseline - note.lines.back().baseline > kMaxNoteLinePitchEm * body_size) return false;
    const Line& first = note.lines.front();
    const double em = std::max(first.font_size, 1.0), text_edge = first.words[1].box.x0;
    const bool hanging = text_edge - first.box.x0 > kNoteStartAlignEm * em;
    return (hanging && std::fabs(line.box.x0 - text_edge) <= kNoteStartAlignEm * em) ||
           (at_margin && line.box.x0 < first.box.x0 - kNoteStartAlignEm * em);
}

}  // namespace

// Whether `line`, which opens with no number, opens a note whose number
// OCR lost after `note`: the note ends closed on a line kShortLineEm short
// of `edge` (its column's right edge), and `line` starts where the note's
// first line does, its text after its number, and with a note's first
// word. Where the note's own number was read, hanging at the margin, its
// text's edge counts too: the number before `line`'s text was lost alone
// ("1  Nations Unies, … no 23174." / "   A/76/361, annexe." / "3  Voir …",
// the "2" never read: dev seed 33 fr-33-005.scan, LibreOffice; note 2 ran
// into note 1). A note's next line may start there too, but not after a
// short closed line. `numbers_read`: other lines of the area open with
// their numbers; then only a number lost alone, beside a hanging one,
// counts (where every number was lost, lost_note_numbers counts them).
bool opens_lost_note(const Block& note, const Line& line, double edge, bool numbers_read) {
    const Line& first = note.lines.front();
    const Line& last = note.lines.back();
    const double em = std::max(line.font_size, 1.0);
    const auto aligned = [&](double x) { return std::fabs(line.box.x0 - x) <= kNoteStartAlignEm * em; };
    const bool number_word = !leading_note_number(first).empty();
    const bool numbered = number_word || !note.n.empty();
    const std::size_t text_word = number_word ? 1 : 0;
    const double text_edge = text_word < first.words.size() ? first.words[text_word].box.x0 : first.box.x0;
    const bool hanging = numbered && text_edge - first.box.x0 > kNoteStartAlignEm * em;
    return ends_closed(line_text(last)) && last.box.x1 < edge - kShortLineEm * em &&
           ((aligned(first.box.x0) && !numbers_read) || (hanging && aligned(text_edge))) &&
           starts_note_text(line.words[0].text);
}

namespace {

// OCR may read a speck after a small note number as a mark glued to it
// ("2? 见《大会正式记录…", dev scan300-30 zh-30-002: note 2 ran into
// note 1). On a line in the notes' type, a number with one stand-in glued
// after it, before a note's text, is the number.
void drop_marks_glued_to_note_numbers(std::vector<Line>& lines, double body_size) {
    for (auto& l : lines) {
        if (!is_note_line(l, body_size) || l.words.size() < 2 || l.words[0].source != Source::Ocr) continue;
        std::u32string t = utf8_decode(l.words[0].text);
        if (t.size() < 2 || !is_call_stand_in(t.back())) continue;
        t.pop_back();
        const std::string n = note_number_of(utf8_encode(t));
        if (n.empty()) continue;
        Word& number = l.words[0];
        const std::string read = number.text;
        number.text = n;
        if (leading_note_number(l).empty()) number.text = read;
    }
}

}  // namespace

std::vector<Block> take_note_area(std::vector<Line>& lines, double body_size, bool numbers_may_be_lost,
                                  bool sizes_measured) {
    if (body_size <= 0) return {};
    // The note area: small lines with no running-text line below them in
    // the same column. Found by position, since the extractor may have put
    // a raised note number after everything else.
    // A line of no letters under it is no running text: a job number OCR
    // cut short ("22-1" under note 3, dev scan300-7 ar-7-000).
    // On an OCR page, neither is a Chinese line that opens a note with a
    // bare number ("2 联合国 …", no stop after it as a numbered paragraph
    // has), whatever size OCR measured it: 11.1 points under notes of 9.8
    // and text of 11.4, it kept the page's notes in the body (dev
    // scan300-7 zh-7-017). Chinese only: elsewhere a date opens so ("28
    // نيسان/أبريل 2024", "18 December 2019"), and small print above it
    // went to the notes (ar-7-017).
    const auto opens_with_bare_number = [&](const Line& m) {
        return numbers_may_be_lost && !leading_note_number(m).empty() && all_ascii_digits(m.words[0].text) &&
               has_ideograph(line_text(m));
    };
    // On an OCR page, a line of a word or two right under a note line
    // (a note's pitch) has no size to tell: OCR sized a note's last line,
    // "cualquier país.", 14.1 points under notes of 11.0 and text of 13.6,
    // and the note stayed in the body (dev seed 28 es-28-002.garbled). It
    // is no running text under it, and goes with it. Under it: beside it
    // is the other column's paragraph end ("ствам." left of a right
    // column's notes, dev seed 28 ru-28-002.scan-bw).
    const auto short_tail_of = [&](const Line& m, const Line& l) {
        return numbers_may_be_lost && &m != &l && !m.words.empty() && m.words.size() <= kMaxUnsizedNoteTailWords &&
               has_cased_letter(line_text(m)) && !is_paragraph_number(m.words.front().text) &&
               m.box.x0 < l.box.x1 && m.box.x1 > l.box.x0 &&  // in its column: not the other's last word
               m.baseline > l.baseline && m.baseline - l.baseline <= kMaxNoteLinePitchEm * body_size;
    };
    auto below_running_text = [&](const Line& l) {
        for (const auto& m : lines)
            if (&m != &l && !is_note_line(m, body_size) && m.box.y1 > l.box.y0 + 0.1 * body_size && m.box.x0 < l.box.x1 &&
                m.box.x1 > l.box.x0 && has_letter(line_text(m)) && !opens_with_bare_number(m) && !short_tail_of(m, l))
                return false;
        return true;
    };
    reattach_note_numbers(lines, body_size);
    if (numbers_may_be_lost) {
        drop_marks_glued_to_note_numbers(lines, body_size);
        read_number_columns(lines, body_size);
        split_glued_note_numbers(lines, body_size);
    }
    std::vector<std::size_t> area_ids;
    std::vector<char> in_area(lines.size(), 0);
    // A table's row set small at a column's foot is none, beside the
    // other column's notes ("Artículo 10   96   57   42" into note 1's
    // text, dev seed 14 es-14-008, XeLaTeX), nor is its head row (the
    // file's endnotes variant: it became a paragraph after the right
    // column).
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (is_note_line(lines[i], body_size) && below_running_text(lines[i]) && !reads_as_table_row(lines[i]) &&
            !heads_table_row(lines[i], lines)) {
            area_ids.push_back(i);
            in_area[i] = 1;
        }
    // The short tails under them (short_tail_of) with them.
    for (std::size_t i = 0; i < lines.size() && numbers_may_be_lost; ++i)
        if (!in_area[i] && has_letter(line_text(lines[i])) &&
            std::any_of(area_ids.begin(), area_ids.end(), [&](std::size_t a) { return short_tail_of(lines[i], lines[a]); }) &&
            below_running_text(lines[i])) {
            area_ids.push_back(i);
            in_area[i] = 1;
        }
    // Such a line under a note line is one, whatever its size ("2 第217A
    // (IID 号决议。" between notes 1 and 3: zh-7-007).
    if (!area_ids.empty())
        for (std::size_t i = 0; i < lines.size(); ++i)
            if (!in_area[i] && opens_with_bare_number(lines[i]) && below_running_text(lines[i]) &&
                std::any_of(area_ids.begin(), area_ids.end(),
                            [&](std::size_t a) { return lines[a].baseline < lines[i].baseline; })) {
                area_ids.push_back(i);
                in_area[i] = 1;
            }
    // Notes start at the first numbered line. A few unnumbered lines above
    // it may end a note from the previous page; more are small print of the
    // page itself (a table, a source line) and stay in the text.
    // On a text layer a mark ("*", "**") numbers a note as a digit does; on
    // an OCR page it is a number OCR misread.
    const auto leading_symbol = [&](const Line& l) {
        return numbers_may_be_lost || l.words.size() < 2 ? std::string() : note_symbol_of(l.words[0].text);
    };
    const auto opens_note = [&](const Line& l) {
        return !leading_note_number(l).empty() || !leading_symbol(l).empty() ||
               (numbers_may_be_lost && opens_with_misread_number(l));
    };
    if (numbers_may_be_lost) seed_ocr_note_area(lines, area_ids, in_area, body_size, opens_note, sizes_measured);
    else if (area_ids.empty()) seed_raised_note_area(lines, area_ids, in_area, body_size);
    std::stable_sort(area_ids.begin(), area_ids.end(),
                     [&](std::size_t a, std::size_t b) { return lines[a].box.y0 < lines[b].box.y0; });
    if (numbers_may_be_lost) {
        grow_ocr_note_area(lines, area_ids, in_area, body_size);
        keep_foot_of_ocr_note_area(lines, area_ids, in_area, body_size);
    }
    // Only lines set at a note's pitch, each over the next, down to the
    // first note carry one on: small lines far above it are the page's own
    // (a resolution's closing lines, 166 pt over its notes on dev
    // scan300-10 ar-10-012, read as the end of a note).
    std::size_t first = 0;
    while (first < area_ids.size() && !opens_note(lines[area_ids[first]])) ++first;
    // A text layer's page whose foot holds a few small lines and no note
    // opening may hold only the end of the last page's note ("tiene deberes
    // respecto a la comunidad, …" under a resolution's closing lines, dev
    // seed 13 es-13-003, XeLaTeX: it stood in the body as a paragraph). They
    // are taken from the lowest up, at a note's pitch; join_continued_notes
    // gives them back to the text unless the last page's note is open. Their
    // first line runs on as text does, kMinCarriedNoteWords words at least:
    // a table's note marks ("a b" under a table of real A/RES/79/255 and
    // A/80/590) are no note's text.
    // On an OCR page, whose sizes are less sure, such lines must also be set
    // off by kOcrNoteGapEm from every line above them ("одинаковыми правами
    // …" at the foot of a page whose text ends 637 pt higher, dev seed 14
    // ru-14-007.scan-bw, LibreOffice: note 1's end stood in the body).
    const auto set_off_from_text = [&](const Line& top) {
        for (std::size_t i = 0; i < lines.size(); ++i)
            if (!in_area[i] && !lines[i].words.empty() && lines[i].baseline < top.baseline &&
                top.baseline - lines[i].baseline < kOcrNoteGapEm * body_size)
                return false;
        return true;
    };
    const bool set_off = !area_ids.empty() && set_off_from_text(lines[area_ids.front()]);
    const std::size_t max_carried =
        !numbers_may_be_lost && set_off ? kMaxSetOffContinuedNoteLines : kMaxContinuedNoteLines;
    const bool only_carried_on = first == area_ids.size() && !area_ids.empty() &&
                                 area_ids.size() <= max_carried &&
                                 lines[area_ids.front()].words.size() >= kMinCarriedNoteWords &&
                                 (!numbers_may_be_lost || set_off);
    std::size_t keep_from = only_carried_on ? area_ids.size() - 1 : first;
    if ((first < area_ids.size() && first <= kMaxContinuedNoteLines) || only_carried_on)
        while (keep_from > 0) {
            const Line &upper = lines[area_ids[keep_from - 1]], &lower = lines[area_ids[keep_from]];
            if (lower.baseline - upper.baseline > kMaxNoteLinePitchEm * body_size) break;
            --keep_from;
        }
    for (std::size_t k = 0; k < keep_from; ++k) in_area[area_ids[k]] = 0;
    std::vector<Line> area, rest;
    for (std::size_t k = keep_from; k < area_ids.size(); ++k) area.push_back(std::move(lines[area_ids[k]]));
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (!in_area[i]) rest.push_back(std::move(lines[i]));
    lines = std::move(rest);
    // Top to bottom, column by column: notes set in two columns (under
    // each text column, dev seed 7 ru-7-006, XeTeX) are read left column
    // first, or a note's last line follows the other column's note.
    const double split = column_split(area, numbers_may_be_lost);
    std::stable_sort(area.begin(), area.end(), [&](const Line& a, const Line& b) {
        const bool a_right = a.box.x0 >= split, b_right = b.box.x0 >= split;
        if (a_right != b_right) return b_right;
        return a.box.y0 < b.box.y0;
    });

    std::vector<char> carried(area.size(), 0);
    for (std::size_t k = 1; k < area.size(); ++k) carried[k] = carried_figure(area[k - 1], area[k]);
    const std::vector<std::string> lost =
        numbers_may_be_lost ? lost_note_numbers(area, split, carried) : std::vector<std::string>(area.size());
    // Where the notes are numbered by raised digits, a plain number that
    // does not follow the last note's opens no note: it is the note's own
    // text carried to a new line ("Дополнение №" / "24 (A/71/24).", dev
    // seed 7 ru-7-018, XeLaTeX).
    // Each number a line of the area opens raised, at the last such line.
    std::map<std::string, std::size_t> raised_at;
    for (std::size_t j = 0; j < area.size(); ++j)
        if (!area[j].words.empty() && area[j].words[0].has(kFlagSuperscript))
            if (std::string n = leading_note_number(area[j]); !n.empty()) raised_at[std::move(n)] = j;
    const bool raised_numbers = !raised_at.empty();
    // The number after a note's `prev`; "" when `prev` is none (lost, a
    // mark, or a continued note's).
    const auto next_after = [](const std::string& prev) {
        return prev.empty() || prev == kLostNoteNumber || is_note_symbol(prev) ? std::string()
                                                                                : std::to_string(std::stoi(prev) + 1);
    };
    const auto out_of_turn = [&](const std::string& prev, const std::string& n) {
        const std::string next = next_after(prev);
        return !next.empty() && next != n;
    };
    // The right edge of the text each note line stands under: the
    // furthest any line over the same stretch of the page reaches. Measured
    // before the loop below moves the area's lines into their notes.
    std::vector<double> column_edge(area.size());
    for (std::size_t k = 0; k < area.size(); ++k) {
        const Box& b = area[k].box;
        column_edge[k] = b.x1;
        for (const auto* set : {&lines, &area})
            for (const Line& m : *set)
                if (!m.words.empty() && m.box.x0 < b.x1 && m.box.x1 > b.x0) column_edge[k] = std::max(column_edge[k], m.box.x1);
    }
    // Each line's leading number as read ("" on a line carrying a note on),
    // and the number of the first line after it that opens with one (read,
    // or found lost): measured before the loop below moves the lines into
    // their notes.
    std::vector<std::string> leading_numbers(area.size()), next_number(area.size());
    for (std::size_t k = 0; k < area.size(); ++k)
        if (!carried[k]) leading_numbers[k] = leading_note_number(area[k]);
    const bool numbered_line =
        std::any_of(leading_numbers.begin(), leading_numbers.end(), [](const std::string& n) { return !n.empty(); });
    for (std::size_t k = area.size(); k-- > 1;) {
        const std::string& n = lost[k].empty() ? leading_numbers[k] : lost[k];
        next_number[k - 1] = n.empty() ? next_number[k] : n;
    }
    std::vector<Block> notes;
    for (std::size_t k = 0; k < area.size(); ++k) {
        Line& line = area[k];
        const std::string& leading = leading_numbers[k];
        std::string n = lost[k].empty() ? leading : lost[k];
        if (n.empty()) n = leading_symbol(line);
        // On an OCR page, the next note's number after a note's closed end
        // opens it whatever follows: its text may start with figures OCR
        // made of a symbol ("2 8/79/173، المرفق." for A/79/173, dev
        // scan300-7 ar-7-016).
        // After a note whose own number was lost, the number cannot be
        // checked against it: a number opens a note where the last note's
        // first line starts ("3. /80/917, annex." under note 2, both
        // numbers lost: dev seed 28 en-28-011.scan).
        if (n.empty() && numbers_may_be_lost && !carried[k] && !notes.empty() && line.words.size() > 1 &&
            ends_closed(block_text(notes.back()))) {
            const std::string next = next_after(notes.back().n);
            const std::string read = note_number_of(line.words[0].text);
            const Block& last = notes.back();
            const bool after_lost = (last.n == kLostNoteNumber || last.continued) && !last.lines.empty() &&
                                    std::fabs(last.lines.front().box.x0 - line.box.x0) <=
                                        kNoteStartAlignEm * std::max(line.font_size, 1.0);
            if (!read.empty() && (read == next || (next.empty() && after_lost))) n = read;
        }
        // A plain number read as the note's, out of turn after the last one.
        const bool plain_out_of_turn =
            !leading.empty() && lost[k].empty() && !notes.empty() && out_of_turn(notes.back().n, n);
        if (plain_out_of_turn && raised_numbers && !line.words[0].has(kFlagSuperscript)) n.clear();
        // A plain number opens no note where another line of the area
        // opens with that number raised: it is the text of the note before
        // carried to a new line, in turn by chance ("2 Véase … Suplemento
        // núm." / "3 (A/74/3)." above "³Naciones Unidas …", dev seed 27
        // es-27-000, pdflatex).
        // (The lines above it are in their notes by now: a raised line
        // below it answers.)
        const auto raised = raised_at.find(n);
        const bool raised_below = raised != raised_at.end() && raised->second > k;
        if (!leading.empty() && lost[k].empty() && !line.words[0].has(kFlagSuperscript) && raised_below) n.clear();
        // So does the area's first line's, over a note opened raised with a
        // lower number: the last page's note carried on, its text at a new
        // line ("Дополнение №" / "4 (A/77/4)." over "²Резолюция …", dev
        // seed 31 ru-31-007.clean, XeLaTeX: it stood in the body).
        const bool over_lower_raised =
            notes.empty() && !leading.empty() && lost[k].empty() && !line.words[0].has(kFlagSuperscript) &&
            std::any_of(raised_at.begin(), raised_at.end(), [&](const auto& r) {
                return r.second > k && std::stol(r.first) < std::stol(leading);
            });
        if (over_lower_raised) n.clear();
        // So does one out of turn whose line starts where the last note's
        // lines carry on: at its text's edge, right of its number ("3  Véase
        // … Suplemento núm." / "   14 (A/78/14).", dev seed 12 es-12-009
        // and fr-12-001, LibreOffice, numbers not raised: note "14" had no
        // call and stayed in the body), or at the margin, left of its
        // indented number ("   1. Voir … Supplément no" / "4 (A/72/4).", dev
        // seed 7 fr-7-016, pdflatex). Not where a note before it opens: "2.
        // A/72/786" then opens note 2. At the margin on a text layer only
        // (carries_on_note_edge).
        const auto where_notes_open = [&](const Block& note) {
            const double em = std::max(line.font_size, 1.0);
            return !note.continued && !note.lines.empty() &&
                   std::fabs(note.lines.front().box.x0 - line.box.x0) <= kNoteStartAlignEm * em;
        };
        if (plain_out_of_turn && carries_on_note_edge(notes.back(), line, body_size, /*at_margin=*/!numbers_may_be_lost) &&
            std::none_of(notes.begin(), notes.end(), where_notes_open))
            n.clear();
        // A note whose number OCR lost altogether, in an area where no line
        // opens with a number (where one does, lost_note_numbers counts the
        // starts before it), after a note's closed short last line: its
        // first line starts where that note's first line does (after its
        // own number, lost too), where a note's next line does not ("See …
        // Supplement No. 28 (A/71/28)." then "United Nations, Treaty Series,
        // …", both at 75 pt, the numbers at 70 lost: dev seed 28
        // en-28-002.scan, one note of two). Where other lines open with
        // their numbers, only a number lost alone beside the hanging number
        // of the note before (opens_lost_note). Numbered by the document's
        // notes before it (number_lost_notes).
        // Where the next number read skips one after the last note's ("1",
        // then "3"), the one between was lost, its line anywhere a note may
        // open: at the note's first line's start ("¹Resolution 217 A
        // (III)." / "United Nations, Treaty Series, …" / "³Resolution …",
        // the raised "2" never read: dev seed 34 en-34-003.invisible-ocr,
        // XeLaTeX; note 2 ran into note 1).
        const bool skips_one = !notes.empty() && !next_after(notes.back().n).empty() &&
                               next_number[k] == next_after(next_after(notes.back().n));
        if (n.empty() && numbers_may_be_lost && !notes.empty() && !notes.back().lines.empty() &&
            line.words.size() > 1 && opens_lost_note(notes.back(), line, column_edge[k], numbered_line && !skips_one))
            n = std::string(kLostNoteNumber);
        // A number read as a mark opens a note after a note's closed end:
        // numbered by the document's notes before it (number_lost_notes).
        const bool misread = numbers_may_be_lost && leading.empty() && !carried[k] &&
                             opens_with_misread_number(line) &&
                             (notes.empty() || !lost[k].empty() || ends_closed(block_text(notes.back())));
        if (misread) {
            drop_misread_number(line);
            if (n.empty()) n = std::string(kLostNoteNumber);
        }
        if (notes.empty() || !n.empty()) {
            notes.emplace_back();
            notes.back().kind = BlockKind::Note;
            notes.back().continued = n.empty();
            notes.back().n = n;
        }
        Block& b = notes.back();
        b.box = b.box.united(line.box);
        b.lines.push_back(std::move(line));
    }
    return notes;
}

namespace {

// The first unmarked call of note `n` among the page's running blocks: a
// raised word that is its number; nullptr when there is none.
Word* find_call(Page& page, const std::string& n) {
    for (auto& b : page.blocks) {
        if (!is_running_text(b.kind)) continue;
        for (auto& l : b.lines)
            for (auto& w : l.words)
                if (w.has(kFlagSuperscript) && !w.has(kFlagNoteAnchor) && note_number_of(w.text) == n) return &w;
    }
    return nullptr;
}

// Marks the call of note `n` among the page's running blocks; false when
// there is none.
bool mark_call(Page& page, const std::string& n) {
    Word* w = find_call(page, n);
    if (!w) return false;
    w->flags |= kFlagNoteAnchor;
    w->text = n;
    return true;
}

// Marks the call of the note marked `mark` ("*", "**"): the first word of
// the page's running blocks that is the mark, raised or after a word on
// its line ("Iraq:*, ** draft resolution"), or that ends with it
// after something else ("agenda*", "Palestine:**", "5/1*"; not "***", nor
// a barcode's "*2514304*"), split off it. False when there is none.
bool mark_symbol_call(Page& page, const std::string& mark) {
    for (auto& b : page.blocks) {
        if (!is_running_text(b.kind)) continue;
        for (auto& l : b.lines)
            for (std::size_t i = 0; i < l.words.size(); ++i) {
                Word& w = l.words[i];
                if (w.has(kFlagNoteAnchor)) continue;
                if (w.text == mark && (w.has(kFlagSuperscript) || i > 0)) {  // a bullet opens its line
                    w.flags |= kFlagNoteAnchor;
                    if (i > 0) l.words[i - 1].space_after = false;
                    return true;
                }
                const std::string& t = w.text;
                const std::string_view one = mark.front() == '*' ? std::string_view("*") : std::string_view(mark);
                if (t.size() <= mark.size() || !t.ends_with(mark) || t.starts_with(one)) continue;
                const std::string head = t.substr(0, t.size() - mark.size());
                if (head.ends_with(one)) continue;  // "**" is not the call of "*"
                Word call = w;
                call.text = mark;
                call.flags |= kFlagSuperscript | kFlagNoteAnchor;
                w.text = head;
                w.space_after = false;
                l.words.insert(l.words.begin() + static_cast<std::ptrdiff_t>(i) + 1, std::move(call));
                return true;
            }
    }
    return false;
}

bool is_clause_mark(char32_t c) { return c == U'.' || c == U',' || c == U';' || c == U':'; }

// Between an ideograph and a full-width clause mark, what may only be a
// misread call: the stand-ins, and half-width marks no Chinese text puts
// there (":。", ",，", "-。", ">。": dev scan300-7 zh-7-017, zh-7-000,
// zh-7-012, zh-7-025).
bool is_wide_text_call_stand_in(char32_t c) {
    return is_call_stand_in(c) || c == U':' || c == U',' || c == U'-' || c == U'>';
}

// A hyphen between a word's last letter and a clause's mark: a raised
// call OCR read so ("судом-.", "защитой-.": dev seed 29 ru-29-004.glyph-ids,
// ru-29-010.invisible-ocr). No text ends a word with a hyphen before a
// clause's mark; elsewhere a hyphen is a dash or a line's break, no mark.
bool is_hyphen_call(char32_t c) { return c == U'-'; }

// A mark that closes a quotation: the stand-ins that may stand for
// themselves before a clause's mark.
bool is_closing_quote(char32_t c) { return c == U'”' || c == U'’' || c == U'\'' || c == U'"'; }

// Marks t[mark - 1] and t[mark], before a clause's mark and after a
// letter: one call OCR read as two ("autora!*."), unless the first closes
// a quotation.
bool is_two_mark_call(const std::u32string& t, std::size_t mark) {
    return mark >= 2 && mark + 1 < t.size() && is_clause_mark(t[mark + 1]) && is_call_stand_in(t[mark]) &&
           is_call_stand_in(t[mark - 1]) && !is_closing_quote(t[mark - 1]) &&
           u_isalpha(static_cast<UChar32>(t[mark - 2]));
}

// In Chinese, where a misread call stands: right after an ideograph (of
// the word or the word before; OCR cuts Chinese words anywhere) and right
// before a full-width clause mark or the block's end, a stand-in or a
// digit run at the text's size. A digit is glued there only as a call
// ("放逐1。", "刑事指控 2。": dev scan300-7 zh-7-001; Chinese writes
// "第4号", "9月1日", a number with its measure word after it). Returns the
// code point index of the mark (the first digit), or npos.
std::size_t wide_text_call_stand_in(const Line& line, std::size_t i, const std::u32string& t, bool block_end) {
    const std::size_t n = t.size();
    // The clause mark may be the next word ("害 1 。": dev scan300-7 zh-7-002).
    const bool glued_mark = is_wide_clause_mark(t[n - 1]);
    const bool wide_mark = glued_mark || (i + 1 < line.words.size() &&
                                          is_wide_clause_mark(first_code_point(line.words[i + 1].text)));
    if (!wide_mark && !block_end) return std::u32string::npos;
    const std::size_t end = glued_mark ? n - 1 : n;  // the call's end
    std::size_t mark = end;
    while (mark > 0 && is_ascii_digit(t[mark - 1])) --mark;
    if (mark == end) {
        if (end == 0 || !is_wide_text_call_stand_in(t[end - 1])) return std::u32string::npos;
        mark = end - 1;
        // One call read as two marks ("所有权“^。" for "所有权⁴。": dev
        // scan 29 zh-29-013), unless the first closes a quotation.
        if (mark > 0 && is_call_stand_in(t[mark - 1]) && !is_closing_quote(t[mark - 1])) --mark;
    }
    // At the block's end, with no clause mark, digits may be a heading's or
    // a line's own number ("附件1"), and a mark a word of its own may be a
    // quotation's close.
    if (!wide_mark && (mark == 0 || is_ascii_digit(t[mark]))) return std::u32string::npos;
    char32_t before = 0;
    if (mark > 0) before = t[mark - 1];
    else if (i > 0) before = last_code_point(line.words[i - 1].text);
    return is_ideograph(before) ? mark : std::u32string::npos;
}

// Where a misread call stands: word `i` of the line (a word of its own
// after a word, the mark then perhaps a clause's mark: "*." or "“"; or the
// end of a word, a letter, the mark and a clause's mark: "l’homme!,").
// `t` is the word's text, decoded; `block_end`, whether it ends its block,
// which closes a clause as a mark does (Russian preamble paragraphs end
// "…; и" and their call was read "и'", "и?": dev seed 7 ru-7-019.scan).
// Returns the code point index of the mark in the word, or npos. A mark
// alone that may stand for itself ("?" after French's space, a closing
// quote) asks for the clause's end after it.
std::size_t call_stand_in(const Line& line, std::size_t i, const std::u32string& t, bool possessives, bool block_end,
                          bool earlier_ocr) {
    const Word& w = line.words[i];
    if ((w.source != Source::Ocr && !earlier_ocr) || w.has(kFlagNoteAnchor)) return std::u32string::npos;
    const std::size_t n = t.size();
    if (n == 0 || n > 64) return std::u32string::npos;
    if (const std::size_t wide = wide_text_call_stand_in(line, i, t, block_end); wide != std::u32string::npos)
        return wide;
    const bool clause_mark = is_clause_mark(t[n - 1]);
    const bool closed = clause_mark || block_end;
    const std::size_t mark = clause_mark ? n - 2 : n - 1;
    if (mark >= n) return std::u32string::npos;
    // A raised digit read at full size as a word of its own, its box
    // reaching back over the word before: Tesseract cut "propriété⁴." into
    // "propriété" and "1.", the "1." starting 6 pt inside the word (dev seed
    // 7 fr-7-018.scan). No word a space apart starts there, and its digit
    // is no sure number: a stand-in. Before a clause's mark, not at a
    // block's end ("Article 8" as a heading), and in this run's OCR: an
    // earlier layer's boxes overlap where its engine drew them (dev seed 7
    // fr-7-021.invisible-ocr).
    if (mark == 0 && i > 0 && clause_mark && w.source == Source::Ocr && t[0] >= U'0' && t[0] <= U'9') {
        const Word& before = line.words[i - 1];
        const bool overlaps = w.box.x0 < before.box.x1 - kMinCallOverlapEm * std::max(w.font_size, 1.0);
        return overlaps && u_isalpha(static_cast<UChar32>(last_code_point(before.text))) ? 0 : std::u32string::npos;
    }
    // A bar, a word of its own before a clause's mark after a word: a
    // raised "1" read so ("l’homme |,", dev seed 14 fr-14-016.scan-bw,
    // fr-14-007.invisible-ocr). Only there: a scan's page edge reads as
    // bars too, anywhere.
    const bool bar = mark == 0 && clause_mark && t[0] == U'|';
    if (mark > 0 && clause_mark && is_hyphen_call(t[mark]) && u_isalpha(static_cast<UChar32>(t[mark - 1])))
        return mark;
    if (!is_call_stand_in(t[mark]) && !bar) return std::u32string::npos;
    if (mark == 0) {
        if (i == 0) return std::u32string::npos;
        const std::u32string before = utf8_decode(line.words[i - 1].text);
        const bool after_word = !before.empty() && u_isalpha(static_cast<UChar32>(before.back()));
        const bool never_alone = t[0] == U'*' || t[0] == U'°' || t[0] == U'^';
        return after_word && (closed || never_alone) ? 0 : std::u32string::npos;
    }
    // "States’." may be a possessive plural's apostrophe, or a quotation's
    // close: counted only with `possessives`.
    const bool possessive = (t[mark] == U'’' || t[mark] == U'\'') && (t[mark - 1] == U's' || t[mark - 1] == U'S');
    if (closed && (possessives || !possessive) && u_isalpha(static_cast<UChar32>(t[mark - 1]))) return mark;
    // One call read as two marks ("autora!*.": dev seed 29
    // es-29-010.invisible-ocr); the run is the call. A quotation's close
    // before a mark is the text's ("the “right”*.").
    if (is_two_mark_call(t, mark)) return mark - 1;
    return std::u32string::npos;
}

struct StandIn {
    Line* line;
    std::size_t word, mark;
};

// Makes the stand-in the call of note `n`: the word before (or the word's
// letters) then the call, then the clause's mark, with no space between.
void make_call(const StandIn& at, const std::string& n) {
    auto& words = at.line->words;
    Word& w = words[at.word];
    const std::u32string t = utf8_decode(w.text);
    Word call = w, tail = w;
    call.text = n;
    call.flags |= kFlagSuperscript | kFlagNoteAnchor;
    call.space_after = false;
    // Past the call: a digit run's last digit, or a run of marks' last.
    std::size_t end = at.mark + 1;
    const auto same_run = [&](char32_t c) { return is_ascii_digit(t[at.mark]) ? is_ascii_digit(c) : is_call_stand_in(c); };
    while (end < t.size() && same_run(t[end])) ++end;
    tail.text = utf8_encode(t.substr(end));
    std::vector<Word> parts;
    if (at.mark > 0) {
        Word head = w;
        head.text = utf8_encode(t.substr(0, at.mark));
        head.space_after = false;
        parts.push_back(std::move(head));
    } else if (at.word > 0) {
        words[at.word - 1].space_after = false;
    }
    // No space before a Chinese clause mark that is a word of its own.
    const bool wide_mark_next = at.word + 1 < words.size() &&
                                is_wide_clause_mark(first_code_point(words[at.word + 1].text));
    if (tail.text.empty()) call.space_after = w.space_after && !wide_mark_next;
    parts.push_back(std::move(call));
    if (!tail.text.empty()) parts.push_back(std::move(tail));
    words.erase(words.begin() + static_cast<std::ptrdiff_t>(at.word));
    words.insert(words.begin() + static_cast<std::ptrdiff_t>(at.word), parts.begin(), parts.end());
}

// On an OCR page (or one whose layer an earlier OCR made), notes whose call
// was not found take the misread calls
// of the running text, in order, when there are exactly as many. The
// calls that were read cut the text into stretches, and each stretch is
// paired on its own: the notes numbered between two read calls take the
// marks between them (dev seed 7 fr-7-007.scan: call 1 lost, 2 and 3 read
// "*" and "Ÿ", nothing was paired while one count stood for the page). One
// mark more or fewer in a stretch, and which is which is a guess.
void anchor_misread_calls(Page& page, bool apostrophes_are_marks) {
    std::vector<Block*> uncalled;
    const std::set<std::string> called = called_note_numbers(page);
    for (auto& b : page.blocks)
        if (b.kind == BlockKind::Note && !b.n.empty() && !is_note_symbol(b.n) && !called.count(b.n))
            uncalled.push_back(&b);
    if (uncalled.empty()) return;
    const bool earlier_ocr = line_source(page) == LineSource::EarlierOcr;
    const auto running_blocks = [&](auto&& each_block) {
        for (auto& b : page.blocks)
            if (is_running_text(b.kind)) each_block(b);
    };
    // The read calls' numbers, in reading order. Out of order, they part
    // nothing: the page is one stretch.
    std::vector<int> fences;
    running_blocks([&](const Block& b) {
        for (const auto& l : b.lines)
            for (const auto& w : l.words)
                if (w.has(kFlagNoteAnchor))
                    if (const std::string n = note_number_of(w.text); !n.empty()) fences.push_back(std::stoi(n));
    });
    const bool in_order = std::is_sorted(fences.begin(), fences.end());
    // Each stand-in with its stretch: how many read calls come before it.
    struct Found {
        StandIn at;
        std::size_t stretch;
    };
    const auto find_stand_ins = [&](bool possessives) {
        std::vector<Found> stand_ins;
        std::size_t read_calls = 0;
        running_blocks([&](Block& b) {
            // After an opening quote, a closing one is what it seems (‘the
            // “right”.’).
            bool quoted = false;
            for (std::size_t li = 0; li < b.lines.size(); ++li) {
                Line& l = b.lines[li];
                for (std::size_t i = 0; i < l.words.size(); ++i) {
                    if (l.words[i].has(kFlagNoteAnchor)) {
                        if (!note_number_of(l.words[i].text).empty()) ++read_calls;
                        continue;
                    }
                    const std::u32string t = utf8_decode(l.words[i].text);
                    const bool block_end = li + 1 == b.lines.size() && i + 1 == l.words.size();
                    const std::size_t mark = call_stand_in(l, i, t, possessives, block_end, earlier_ocr);
                    const auto opens_quote = [&](std::size_t end) {
                        return t.substr(0, end).find_first_of(U"“‘\"") != std::u32string::npos;
                    };
                    if (mark != std::u32string::npos) {
                        const char32_t c = t[mark];
                        if (!(is_closing_quote(c) && (quoted || opens_quote(mark))))
                            stand_ins.push_back({{&l, i, mark}, in_order ? read_calls : 0});
                    }
                    quoted = quoted || opens_quote(t.size());
                }
            }
        });
        return stand_ins;
    };
    const auto stretch_of_note = [&](const Block& note) {
        if (!in_order) return std::size_t{0};
        return static_cast<std::size_t>(std::lower_bound(fences.begin(), fences.end(), std::stoi(note.n)) -
                                        fences.begin());
    };
    const auto in_stretch = [](const std::vector<Found>& all, std::size_t k) {
        std::vector<StandIn> out;
        for (const auto& f : all)
            if (f.stretch == k) out.push_back(f.at);
        return out;
    };
    // "Nations’." is read as a possessive first; when the marks of a
    // stretch then fall short of its notes by those alone, they are calls
    // too (dev seed 7 en-7-002.scan: "Nations’.", "nationality’.",
    // "spouses*." for three notes). Those are looked for only then.
    // In a language whose words never end in an apostrophe, one before a
    // clause's mark or a paragraph's end is a call from the first
    // ("respectivos'": dev seed 29 es-29-010.invisible-ocr).
    const std::vector<Found> plain = find_stand_ins(apostrophes_are_marks);
    std::optional<std::vector<Found>> with_possessives;
    std::vector<std::pair<StandIn, const Block*>> pairs;
    for (std::size_t k = 0; k <= (in_order ? fences.size() : 0); ++k) {
        std::vector<const Block*> notes;
        for (const Block* b : uncalled)
            if (stretch_of_note(*b) == k) notes.push_back(b);
        if (notes.empty()) continue;
        std::vector<StandIn> marks = in_stretch(plain, k);
        if (marks.size() != notes.size()) {
            if (!with_possessives) with_possessives = find_stand_ins(true);
            marks = in_stretch(*with_possessives, k);
        }
        if (marks.size() != notes.size()) continue;
        for (std::size_t j = 0; j < marks.size(); ++j) pairs.emplace_back(marks[j], notes[j]);
    }
    // Back to front on each line: a split word shifts only the words after
    // it on its line (lines in any order, by address).
    std::sort(pairs.begin(), pairs.end(), [](const auto& x, const auto& y) {
        if (x.first.line != y.first.line) return std::greater<const Line*>()(x.first.line, y.first.line);
        return x.first.word > y.first.word;
    });
    for (const auto& [at, note] : pairs) make_call(at, note->n);
}

// A stand-in no note took, between a word's last letter and a clause's
// mark, is a call whose note was not found or not paired: no text puts
// a stand-in other than a closing quote ("?", "!", "“", "°", "®", "*") there ("expresión!.", "благами?.",
// "pays°.", "vote“.": 41 such marks were left in the dev OCR files of
// seed 7). Nor "’" in French, Spanish or Russian ("убежищем'."), where an
// apostrophe only elides before a vowel; in English it may close a
// possessive plural or a quotation, and stays. A closing double quote
// ends quotations before the full stop ("the “right”.") and stays. In
// Chinese, any mark `wide_text_call_stand_in` takes goes but a closing
// quote ("人民的最高愿望,，", "关系的发展 `，": dev scan300-7 zh-7-000, its
// third call lost, so two marks for three notes).
void drop_unpaired_stand_ins(Page& page, bool apostrophes) {
    const bool earlier_ocr = line_source(page) == LineSource::EarlierOcr;
    for (auto& b : page.blocks) {
        if (!is_running_text(b.kind)) continue;
        for (auto& l : b.lines)
            for (std::size_t i = 0; i < l.words.size(); ++i) {
                Word& w = l.words[i];
                if ((w.source != Source::Ocr && !earlier_ocr) || w.has(kFlagNoteAnchor)) continue;
                std::u32string t = utf8_decode(w.text);
                const std::size_t n = t.size();
                if (n == 0) continue;
                // In Chinese, a mark between an ideograph and a full-width
                // clause mark, unless a quotation's close (“发展”，) or
                // digits, which may be the text's.
                if (const std::size_t mark = wide_text_call_stand_in(l, i, t, false);
                    mark != std::u32string::npos && !is_ascii_digit(t[mark]) && t[mark] != U'”' && t[mark] != U'’') {
                    t.erase(mark, 1);
                    w.text = utf8_encode(t);
                    if (mark == 0 && i > 0) l.words[i - 1].space_after = false;
                    if (t.empty()) l.words.erase(l.words.begin() + static_cast<std::ptrdiff_t>(i--));
                    continue;
                }
                if (n < 3 || !is_clause_mark(t[n - 1])) continue;
                // Two marks for one call ("autora!*.") go together.
                const bool run = is_two_mark_call(t, n - 2);
                if (!run && !u_isalpha(static_cast<UChar32>(t[n - 3]))) continue;
                const char32_t c = t[n - 2];
                const bool apostrophe = c == U'’' || c == U'\'';
                if (!run && !is_hyphen_call(c) &&
                    (!is_call_stand_in(c) || (is_closing_quote(c) && !(apostrophes && apostrophe))))
                    continue;
                t.erase(run ? n - 3 : n - 2, run ? 2 : 1);
                w.text = utf8_encode(t);
            }
    }
}

}  // namespace

namespace {

// An OCR note's number out of turn, boxed far shorter than the note's
// letters, that no call on its page answers or an earlier note has taken:
// a raised "1" read as "7", boxed 1 point wide and 3 tall beside 7.8-point
// notes (dev scan300-13 ar-13-009, whose two notes went back to the text
// as notes 7 and 8); a "3" read "2" under note 2 (dev seed 14
// en-14-008.garbled). A number read right stands as tall as the note's
// figures; a short one its call answers is right, when OCR lost the note
// before it (dev seed 21 ru-21-004.scan).
bool misread_raised_number(Page& page, const Block& note, int expected, const std::set<std::string>& taken) {
    if (note.lines.empty() || note.lines.front().words.size() < 2) return false;
    const Line& line = note.lines.front();
    const Word& number = line.words.front();
    if (number.source != Source::Ocr || note.n == std::to_string(expected) ||
        note_number_of(number.text) != note.n || line.font_size <= 0 ||
        number.box.height() >= kMaxMisreadRaisedNumberShare * line.font_size)
        return false;
    return taken.count(note.n) || !find_call(page, note.n);
}

// A note numbered in the notes' sequence (lost or not): not a mark's.
bool in_numbered_sequence(const Block& b) {
    return b.kind == BlockKind::Note && !b.n.empty() && !is_note_symbol(b.n);
}

// An OCR page's notes, two or more, numbered in a run ahead of the
// document's last note (`last`), none of which has a call on the page:
// their numbers came from one figure OCR kept of a note's document symbol
// ("7 المرفق." for "² A/75/434، المرفق.", and the note above it then read
// as 6; dev scan300-22 ar-22-014, scan300-23 ar-23-002: every note went
// back to the text). A note whose number is lost is the run's next, but
// two of the run's numbers at least were read: a resolution's closing
// date read as note 24 over a note whose number OCR lost is small print
// (dev seed 21 en-21-010.glyph-ids).
bool misnumbered_run(Page& page, int last) {
    if (line_source(page) == LineSource::TextLayer) return false;
    std::vector<const Block*> notes;
    for (const auto& b : page.blocks)
        if (in_numbered_sequence(b)) notes.push_back(&b);
    if (notes.size() < 2) return false;
    int prev = -1;
    std::size_t numbered = 0;
    for (const Block* note : notes) {
        if (note->n == kLostNoteNumber) {  // the run's next, whatever it was
            if (prev >= 0) ++prev;
            continue;
        }
        const int n = std::stoi(note->n);
        // Ahead of the document's notes: a figure of a symbol. A run under
        // them starts again, or follows small print taken for notes on an
        // earlier page, which anchor_notes gives back to the text.
        if (numbered++ == 0 && n <= last + 2) return false;
        if ((prev >= 0 && n != prev + 1) || find_call(page, note->n)) return false;
        prev = n;
    }
    return numbered >= 2;
}

}  // namespace

void number_lost_notes(std::vector<Page>& pages) {
    int last = 0;
    std::set<std::string> taken;
    for (auto& page : pages) {
        if (misnumbered_run(page, last))
            for (auto& note : page.blocks)
                if (in_numbered_sequence(note)) note.n = kLostNoteNumber;
        for (auto& note : page.blocks) {
            if (!in_numbered_sequence(note)) continue;
            if (misread_raised_number(page, note, last + 1, taken)) {
                auto& words = note.lines.front().words;
                words.erase(words.begin());
                note.n = kLostNoteNumber;
            }
            if (note.n == kLostNoteNumber) note.n = std::to_string(last + 1);
            last = std::stoi(note.n);
            taken.insert(note.n);
        }
    }
}

void anchor_notes(std::vector<Page>& pages, std::string_view language) {
    const LanguageTable& table = language_table(language);
    const bool drops_apostrophes = !table.tag.empty() && !table.final_apostrophe;
    number_lost_notes(pages);
    int last = 0;  // the last note number kept, across pages
    for (auto& page : pages) {
        const bool by_ocr = line_source(page) != LineSource::TextLayer;
        for (auto& note : page.blocks) {
            if (note.kind != BlockKind::Note || note.n.empty()) continue;
            auto& words = note.lines.front().words;
            if (is_note_symbol(note.n)) {  // outside the numbers' sequence, called or not
                mark_symbol_call(page, note.n);
                if (!words.empty() && words.front().text == note.n) words.erase(words.begin());
                continue;
            }
            const int number = std::stoi(note.n);
            const bool called = mark_call(page, note.n);
            // On an OCR page one number may be skipped: the note before it
            // lost its number to OCR and ran into the one above ("“*انظر …"
            // for "2 انظر …", then note 3 on the next page; dev scan300-7
            // ar-7-000).
            const bool next = number == last + 1 || (by_ocr && number == last + 2);
            if (!called && !next && number != 1) {
                // Neither called nor next in line: small print that starts
                // with a number ("18 December 2019"), not a note.
                note.kind = BlockKind::Paragraph;
                note.n.clear();
                continue;
            }
            last = number;
            // The number is @n; a note whose number OCR lost starts with a word.
            if (!words.empty() && note_number_of(words.front().text) == note.n) {
                words.erase(words.begin());
                if (!words.empty()) words.front().text.erase(0, gap_noise_before_note_text(words, 0));
                if (!words.empty() && words.front().text.empty()) words.erase(words.begin());
            }
        }
        if (by_ocr) {
            anchor_misread_calls(page, drops_apostrophes);
            drop_unpaired_stand_ins(page, drops_apostrophes);
        }
    }
}

void warn_uncalled_notes(std::vector<Page>& pages) {
    for (auto& page : pages) {
        // OCR rarely keeps a call's raised position, so a missing call is
        // worth a warning only on a text layer.
        if (page.source != Source::TextLayer) continue;
        const std::set<std::string> called = called_note_numbers(page);
        WarningSink warnings(Stage::Structure, page.number);
        for (const auto& note : page.blocks)
            if (note.kind == BlockKind::Note && !note.n.empty() && !called.count(note.n))
                warnings.add(warning_code::kNoteWithoutCall,
                             "footnote " + note.n + " has no call in the text; kept at its page");
        warnings.move_to(page.warnings);
    }
}

namespace {

// Where a left-to-right page's running text starts: the least left edge of
// its paragraphs' lines; infinity when it has none.
double text_margin(const Page& page) {
    double margin = std::numeric_limits<double>::infinity();
    for (const auto& b : page.blocks)
        if (b.kind == BlockKind::Paragraph)
            for (const auto& l : b.lines) margin = std::min(margin, l.box.x0);
    return margin;
}

// Whether a continued note of an OCR page that carries on no note is a
// note whose number OCR lost: left to right, its first line starts
// kMinLostNumberIndentEm right of the text's margin, where a note's text
// stands after its number (dev seed 25 es-25-009.glyph-ids: the page's one
// note, "Resolución 217 A (III).", its raised "1" and its call both lost,
// became a paragraph under the closing lines).
bool lost_its_number(const Page& page, const Block& note) {
    if (line_source(page) == LineSource::TextLayer || note.lines.empty() || note.lines.front().words.empty()) return false;
    const Line& first = note.lines.front();
    if (text_direction(line_text(first)) != Direction::LeftToRight) return false;
    return first.box.x0 >= text_margin(page) + kMinLostNumberIndentEm * std::max(first.font_size, 1.0);
}

// What is left of the lost number: a mark glued to the note's first
// word, before its capital ("+See Official Records", "\См. Официальные":
// dev seed 14 en-14-013.scan-bw, seed 21 ru-21-007.mixed).
void drop_lost_number_mark(Line& first) {
    if (first.words.empty()) return;
    const std::u32string t = utf8_decode(first.words.front().text);
    if (t.size() < 3 || !(is_call_stand_in(t[0]) || t[0] == U'+' || t[0] == U'\\' || t[0] == U'|')) return;
    if (!u_isupper(static_cast<UChar32>(t[1]))) return;
    first.words.front().text = utf8_encode(t.substr(1));
}

}  // namespace

void join_continued_notes(std::vector<Page>& pages) {
    Block* last_note = nullptr;  // the previous page's last note
    for (auto& page : pages) {
        Block* page_last = nullptr;
        for (auto& b : page.blocks) {
            if (b.kind != BlockKind::Note || !b.continued) continue;
            if (last_note && !ends_closed(block_text(*last_note))) {
                for (auto& l : b.lines) last_note->lines.push_back(std::move(l));
                b.lines.clear();
            } else if (lost_its_number(page, b)) {
                b.n = std::string(kLostNoteNumber);
                b.continued = false;
                drop_lost_number_mark(b.lines.front());
            } else {
                b.kind = BlockKind::Paragraph;
                b.continued = false;
            }
        }
        std::erase_if(page.blocks, [](const Block& b) { return b.kind == BlockKind::Note && b.lines.empty(); });
        for (auto& b : page.blocks)
            if (b.kind == BlockKind::Note) page_last = &b;
        last_note = page_last;
    }
}

}  // namespace pdf2tei::structure
