#include "diacritics.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>

#include "pdf2tei/text.hpp"
#include "unicode.hpp"  // dotted_under_mark

namespace pdf2tei::normalize {
namespace {

// The letter with the mark on it, composed by NFC; 0 when no single code
// point exists for the pair (the mark then stays where it was).
char32_t composed(char32_t letter, char32_t mark) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status)) return 0;
    letter = dotted_under_mark(letter, mark);
    const UChar32 c = nfc->composePair(static_cast<UChar32>(letter), static_cast<UChar32>(mark));
    return c < 0 ? 0 : static_cast<char32_t>(c);
}

bool over(const Box& accent, const Box& letter) {
    return accent.width() > 0 && accent.horizontal_overlap(letter) >= kMinAccentOverlap * accent.width();
}

bool has_boxes(const Word& w) { return !w.glyphs.empty() && w.glyphs.size() == utf8_decode(w.text).size(); }

// Whether any glyph is a spacing accent: a scan of the glyphs, so that the
// words of a page (almost all without one) are not decoded for nothing.
bool has_accent(const Word& w) {
    return std::any_of(w.glyphs.begin(), w.glyphs.end(),
                       [](const Glyph& g) { return combining_mark_of(g.code_point) != 0; });
}

void set_text_from_glyphs(Word& w) {
    std::u32string t;
    for (const auto& g : w.glyphs) t.push_back(g.code_point);
    w.text = utf8_encode(t);
}

// Puts a spacing accent's glyph on `letter` when it stands over it and the
// two compose: the letter's code point composed, its box grown over the
// accent's. False, and nothing changed, otherwise.
bool place_accent(Glyph& letter, const Glyph& accent) {
    if (!u_isalpha(static_cast<UChar32>(letter.code_point)) || !over(accent.box, letter.box)) return false;
    const char32_t c = composed(letter.code_point, combining_mark_of(accent.code_point));
    if (c == 0) return false;
    letter.code_point = c;
    letter.box = letter.box.united(accent.box);
    return true;
}

// Within one word: an accent glyph over the letter before or after it.
int compose_within(Word& w) {
    int n = 0;
    auto& gs = w.glyphs;
    for (std::size_t i = 0; i < gs.size();) {
        const char32_t mark = combining_mark_of(gs[i].code_point);
        bool done = false;
        for (std::size_t j : {i + 1, i - 1}) {  // TeX draws the accent first; others after
            if (mark == 0 || j >= gs.size() || !place_accent(gs[j], gs[i])) continue;
            gs.erase(gs.begin() + static_cast<std::ptrdiff_t>(i));
            ++n;
            done = true;
            break;
        }
        if (!done) ++i;
    }
    if (n) set_text_from_glyphs(w);
    return n;
}

}  // namespace

char32_t combining_mark_of(char32_t c) {
    switch (c) {
        case 0x00B4: case 0x02CA: return 0x0301;  // acute
        case 0x0060: case 0x02CB: return 0x0300;  // grave
        case 0x005E: case 0x02C6: return 0x0302;  // circumflex
        case 0x00A8: return 0x0308;               // diaeresis
        case 0x007E: case 0x02DC: return 0x0303;  // tilde
        case 0x00B8: return 0x0327;               // cedilla
        case 0x02C7: return 0x030C;               // caron
        case 0x02D8: return 0x0306;               // breve
        case 0x02DA: return 0x030A;               // ring
        case 0x00AF: case 0x02C9: return 0x0304;  // macron
        case 0x02DD: return 0x030B;               // double acute
        case 0x02DB: return 0x0328;               // ogonek
        case 0x02D9: return 0x0307;               // dot above
        default: return 0;
    }
}

void compose_spacing_accents(std::vector<Word>& words, RepairCounts& counts) {
    int n = 0;
    for (auto& w : words) {
        if (!has_accent(w) || !has_boxes(w)) continue;
        const int here = compose_within(w);
        if (here) w.flags |= kFlagUnicodeRepaired;
        n += here;
    }
    // An accent that is a word of its own, over the next word's first letter
    // or the previous word's last: it joins that word.
    for (std::size_t i = 0; i < words.size();) {
        Word& a = words[i];
        const bool lone_accent = a.glyphs.size() == 1 && combining_mark_of(a.glyphs[0].code_point) != 0 && has_boxes(a);
        bool joined = false;
        if (lone_accent) {
            const Glyph accent = a.glyphs[0];
            const Box accent_box = a.box;
            Word* host = nullptr;  // the word the accent went on, its glyph composed
            for (std::size_t j : {i + 1, i - 1}) {
                if (j >= words.size() || !has_boxes(words[j])) continue;
                if (place_accent(j > i ? words[j].glyphs.front() : words[j].glyphs.back(), accent)) {
                    host = &words[j];
                    break;
                }
            }
            // Else a letter of its own line under it, further back: the
            // accent drawn after the line's last word, over its first
            // ("… a été" then "^" over "etres" at the line's start: pdfTeX's
            // OT1, dev endnotes-14 fr-14-005). Back along the line only.
            for (std::size_t k = i; !host && k-- > 0 && i - k <= kMaxAccentLookBack;) {
                Word& w = words[k];
                if (w.box.vertical_overlap(accent_box) < kMinAccentLineOverlap * std::min(w.box.height(), accent_box.height()))
                    break;
                if (!has_boxes(w)) continue;
                for (auto& g : w.glyphs)
                    if (place_accent(g, accent)) {
                        host = &w;
                        break;
                    }
            }
            if (host) {
                set_text_from_glyphs(*host);
                host->box = host->box.united(accent_box);
                host->flags |= kFlagUnicodeRepaired;
                words.erase(words.begin() + static_cast<std::ptrdiff_t>(i));  // after: `host` may stand past i
                ++n;
                joined = true;
            }
        }
        if (!joined) ++i;
    }
    // An accent ending a word, over the next word's first letter: OT1's
    // "ê" drawn as "^" then "e" under it, which Poppler read as two words
    // ("supr^" "eme", "l’^" "age": dev seed 10 fr-10-004, seed 12
    // fr-12-011, pdflatex), and the step back to the "e" then began a new
    // line, and a paragraph. The accent goes on the letter, and the two are
    // one word.
    for (std::size_t i = 0; i + 1 < words.size();) {
        Word &a = words[i], &b = words[i + 1];
        // The glyph test first: has_boxes decodes the word, and almost no
        // word ends in an accent.
        const bool trailing_accent = a.glyphs.size() > 1 && !b.glyphs.empty() &&
                                     combining_mark_of(a.glyphs.back().code_point) != 0 && has_boxes(a) && has_boxes(b);
        if (!trailing_accent || !place_accent(b.glyphs.front(), a.glyphs.back())) {
            ++i;
            continue;
        }
        a.glyphs.pop_back();
        a.glyphs.insert(a.glyphs.end(), b.glyphs.begin(), b.glyphs.end());
        set_text_from_glyphs(a);
        a.box = a.box.united(b.box);
        a.space_after = b.space_after;
        a.flags |= kFlagUnicodeRepaired | b.flags;
        words.erase(words.begin() + static_cast<std::ptrdiff_t>(i + 1));
        ++n;
    }
    if (n) counts[kRepairAccentComposed] += n;
}

}  // namespace pdf2tei::normalize
