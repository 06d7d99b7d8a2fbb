#include "unicode.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <optional>

#include "pdf2tei/error.hpp"
#include "pdf2tei/text.hpp"
#include "word_core.hpp"

namespace pdf2tei::normalize {
namespace {

// ICU's normalizers, fetched once; missing data is an internal error.
const icu::Normalizer2& normalizer(const icu::Normalizer2* (*get)(UErrorCode&), const char* name) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* inst = get(status);
    if (U_FAILURE(status) || !inst)
        throw Error(ErrorCode::Internal, Stage::Normalize, "", 0, std::string("ICU ") + name + " data missing");
    return *inst;
}

const icu::Normalizer2& nfc() {
    static const icu::Normalizer2& n = normalizer(&icu::Normalizer2::getNFCInstance, "NFC");
    return n;
}

const icu::Normalizer2& nfkc() {
    static const icu::Normalizer2& n = normalizer(&icu::Normalizer2::getNFKCInstance, "NFKC");
    return n;
}

std::u32string nfc_of(const std::u32string& s) {
    icu::UnicodeString u;
    for (char32_t c : s) u.append(static_cast<UChar32>(c));
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString out = nfc().normalize(u, status);
    if (U_FAILURE(status)) return s;
    std::u32string r;
    for (int32_t i = 0; i < out.length();) {
        UChar32 c = out.char32At(i);
        r.push_back(static_cast<char32_t>(c));
        i += U16_LENGTH(c);
    }
    return r;
}

// The implicit directional marks (LRM, RLM, ALM): display hints with no
// ink and no meaning in text stored in logical order. Tesseract's Arabic
// model sets them around figures ("6\u200f \u200e- الإعلان", dev
// scan300-7 and -10: 9 of 60 Arabic scans), where they broke the
// masthead's wordings and the paragraphs' numbers.
constexpr bool is_directional_mark(char32_t c) { return c == 0x200E || c == 0x200F || c == 0x061C; }

bool drop(char32_t c, RepairCounts& counts) {
    if (is_control(c) || is_directional_mark(c) || is_noncharacter(c) || !is_xml_char(c)) {
        ++counts[kRepairControl];
        return true;
    }
    if (is_private_use(c)) {
        ++counts[kRepairPrivateUse];
        return true;
    }
    return false;
}

// The letters of a Latin ligature code point (U+FB00-FB06), or empty. Fonts
// map their ligature glyphs there; the text means the letters. (œ and æ are
// letters of their own and are not here.)
std::u32string_view ligature_letters(char32_t c) {
    switch (c) {
        case 0xFB00: return U"ff";
        case 0xFB01: return U"fi";
        case 0xFB02: return U"fl";
        case 0xFB03: return U"ffi";
        case 0xFB04: return U"ffl";
        case 0xFB05: return U"st";  // long s + t, as NFKC reads it
        case 0xFB06: return U"st";
        default: return {};
    }
}

constexpr bool is_arabic_presentation_form(char32_t c) {
    return (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFE);
}

// The letters an Arabic presentation form stands for (NFKC on that one code
// point: "ﻻ" -> "لا", "ﺔ" -> "ة"), or empty when it is none or stands for
// itself. Fonts map their contextual glyphs there; the text means the
// letters. The space NFKC puts before an isolated mark's letterless form
// is left out: it is not in the text.
std::u32string presentation_letters(char32_t c) {
    if (!is_arabic_presentation_form(c)) return {};
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString out = nfkc().normalize(icu::UnicodeString(static_cast<UChar32>(c)), status);
    std::u32string r;
    if (U_FAILURE(status)) return r;
    for (int32_t i = 0; i < out.length();) {
        const UChar32 d = out.char32At(i);
        if (d != 0x20) r.push_back(static_cast<char32_t>(d));
        i += U16_LENGTH(d);
    }
    if (r.size() == 1 && r[0] == c) r.clear();
    return r;
}

bool is_arabic_letter(char32_t c) {
    UErrorCode err = U_ZERO_ERROR;
    return u_isalpha(static_cast<UChar32>(c)) && uscript_getScript(static_cast<UChar32>(c), &err) == USCRIPT_ARABIC;
}

// ASCII letters, digits and the symbols no Arabic word is written with:
// what a code read through a Latin encoding gives ("E" with LibreOffice's
// Amiri subset, "<" with its DejaVu Sans one, "8" with its DejaVu Sans Mono
// one, dev endnotes-7 ar-7-006; ";" with another, endnotes-8 ar-8-003;
// Arabic's own semicolon is "؛"; "?" with DejaVu Sans when its subset's
// ToUnicode skips the code 0x3F, dev seed 34 ar-34-001: "يرن??و", and
// Arabic's own question mark is "؟"). A number stands apart from the letters
// around it in a text layer; only inside a word or at a stretched piece's
// edge, against an Arabic letter, is one of these taken for a stretch.
// The tatweel (U+0640) too: a stretch drawn between letters, which
// Amiri's XeTeX output maps into the text ("ملـكه" for "ملكه", dev seed 9
// ar-9-003) and no UN text types.
bool is_fallback_char(char32_t c) {
    if ((c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= U'0' && c <= U'9') || c == 0x0640) return true;
    return c < 0x7F && std::u32string_view(U"<>=@#$%^&*_|~`+[]{}\\;:?").find(c) != std::u32string_view::npos;
}

// A run of such characters between two Arabic letters of one word ("أيEEة"):
// glyphs the ToUnicode map left out, read through the font's encoding. In
// LibreOffice's justified Arabic they are the kashida (tatweel) glyphs it
// stretches words with (dev seed 9 ar-9-005, as pdftotext reads it too),
// or with the ToUnicode of the font it borrows them from saying ":"
// ("لإنص::افه", DejaVu Sans's glyph 0x1D; dev seed 10 ar-10-015); no
// Arabic word holds Latin letters, nor a colon between two letters.
// Marks them, in one pass; empty when there are none.
std::vector<bool> latin_inside_arabic(const std::u32string& cps) {
    std::vector<bool> mask;
    for (std::size_t a = 0; a < cps.size();) {
        if (!is_fallback_char(cps[a])) {
            ++a;
            continue;
        }
        std::size_t b = a;
        while (b < cps.size() && is_fallback_char(cps[b])) ++b;
        if (a > 0 && b < cps.size() && is_arabic_letter(cps[a - 1]) && is_arabic_letter(cps[b])) {
            mask.resize(cps.size(), false);
            std::fill(mask.begin() + static_cast<std::ptrdiff_t>(a), mask.begin() + static_cast<std::ptrdiff_t>(b), true);
        }
        a = b;
    }
    return mask;
}

// Cleans a word's text and keeps its glyph boxes aligned: NFC runs segment by
// segment (a segment starts where NFC has a boundary), and every code point a
// segment yields gets the union of that segment's boxes.
// True when the text needs no change: nothing to drop, and already NFC.
// Almost every word of a born-digital page takes this path.
bool already_clean(std::string_view text) {
    bool ascii = true;
    for (unsigned char c : text) {
        if (c < 0x20 || c == 0x7F) return false;
        if (c >= 0x80) ascii = false;
    }
    if (ascii) return true;
    const std::u32string cps = utf8_decode(text);
    for (std::size_t i = 0; i < cps.size(); ++i) {
        const char32_t c = cps[i];
        if (is_control(c) || is_directional_mark(c) || is_noncharacter(c) || !is_xml_char(c) || is_private_use(c) ||
            c == 0xFFFD ||
            !ligature_letters(c).empty() || is_arabic_presentation_form(c) ||
            (i + 1 < cps.size() && dotted_under_mark(c, cps[i + 1]) != c))
            return false;
    }
    if (!latin_inside_arabic(cps).empty()) return false;
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    return nfc().quickCheck(u, status) == UNORM_YES && U_SUCCESS(status);
}

void clean_word(Word& w, RepairCounts& counts, const RepairSwitches& on) {
    const bool edge_space = w.source == Source::Ocr && !w.text.empty() && (w.text.front() == ' ' || w.text.back() == ' ');
    if (!edge_space && already_clean(w.text)) return;
    const std::u32string cps = utf8_decode(w.text);
    const bool boxes = w.glyphs.size() == cps.size();
    const std::vector<bool> kashida = on.kashida ? latin_inside_arabic(cps) : std::vector<bool>();
    std::u32string kept;
    std::vector<Box> kept_boxes;
    for (std::size_t i = 0; i < cps.size(); ++i) {
        if (drop(cps[i], counts)) continue;
        if (!kashida.empty() && kashida[i]) {
            ++counts[kRepairKashida];
            continue;
        }
        std::u32string folded = on.presentation_forms ? presentation_letters(cps[i]) : std::u32string();
        if (!folded.empty()) ++counts[kRepairPresentationForm];
        else if (on.ligatures && !ligature_letters(cps[i]).empty()) {
            folded = ligature_letters(cps[i]);
            ++counts[kRepairLigature];
        }
        if (const std::u32string& letters = folded; !letters.empty()) {
            // Each letter gets its share of the ligature's box.
            for (std::size_t k = 0; k < letters.size(); ++k) {
                kept.push_back(letters[k]);
                if (!boxes) continue;
                Box b = w.glyphs[i].box;
                const double step = b.width() / static_cast<double>(letters.size());
                b.x0 += step * static_cast<double>(k);
                b.x1 = b.x0 + step;
                kept_boxes.push_back(b);
            }
            continue;
        }
        kept.push_back(on.nfc && i + 1 < cps.size() ? dotted_under_mark(cps[i], cps[i + 1]) : cps[i]);
        if (boxes) kept_boxes.push_back(w.glyphs[i].box);
    }
    std::u32string out;
    std::vector<Glyph> glyphs;
    for (std::size_t start = 0; start < kept.size();) {
        std::size_t end = start + 1;
        while (end < kept.size() && !nfc().hasBoundaryBefore(static_cast<UChar32>(kept[end]))) ++end;
        const std::u32string seg = on.nfc ? nfc_of(kept.substr(start, end - start)) : kept.substr(start, end - start);
        Box box;
        if (boxes)
            for (std::size_t k = start; k < end; ++k) box = box.united(kept_boxes[k]);
        for (char32_t c : seg) {
            out.push_back(c);
            if (boxes) glyphs.push_back({c, box});
        }
        start = end;
    }
    if (out != kept) ++counts[kRepairNfc];
    // An OCR word holds no space at its edges: Tesseract's Arabic model
    // gave the dash of "6 - الإعلان" as mark, space, mark, dash; the marks
    // dropped, " -" was no dash (dev scan300-7 ar-7-012).
    std::size_t lead = 0, trail = out.size();
    while (w.source == Source::Ocr && lead < trail && out[lead] == U' ') ++lead;
    while (w.source == Source::Ocr && trail > lead && out[trail - 1] == U' ') --trail;
    if (lead > 0 || trail < out.size()) {
        out = out.substr(lead, trail - lead);
        if (boxes) glyphs = std::vector<Glyph>(glyphs.begin() + static_cast<std::ptrdiff_t>(lead),
                                               glyphs.begin() + static_cast<std::ptrdiff_t>(trail));
    }
    if (out == cps) return;
    w.text = utf8_encode(out);
    if (boxes) w.glyphs = std::move(glyphs);
    else w.glyphs.clear();
    w.flags |= kFlagUnicodeRepaired;
}

}  // namespace

char32_t dotted_under_mark(char32_t c, char32_t next) {
    if ((c != 0x0131 && c != 0x0237) || u_getCombiningClass(static_cast<UChar32>(next)) != 230) return c;
    return c == 0x0131 ? U'i' : U'j';
}

std::string clean_string(std::string_view in, RepairCounts& counts) {
    Word w;
    w.text = std::string(in);
    clean_word(w, counts, {});
    return w.text;
}

void join_kashida_pieces(std::vector<Word>& words) {
    // A piece ending (in reading order) with a stand-in after an Arabic
    // letter, or starting with one before an Arabic letter.
    auto ends_stretched = [](const std::u32string& t) {
        return t.size() >= 2 && is_fallback_char(t.back()) && is_arabic_letter(t[t.size() - 2]);
    };
    auto starts_stretched = [](const std::u32string& t) {
        return t.size() >= 2 && is_fallback_char(t.front()) && is_arabic_letter(t[1]);
    };
    // Decoded once, and only words with a byte outside ASCII: a piece holds
    // an Arabic letter, and this runs on every page of every language.
    std::vector<std::u32string> texts(words.size());
    std::vector<std::size_t> heads;  // words whose start is stretched, by their right edge
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& t = words[i].text;
        if (std::all_of(t.begin(), t.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) continue;
        texts[i] = utf8_decode(t);
        if (starts_stretched(texts[i])) heads.push_back(i);
    }
    if (heads.empty()) return;
    std::sort(heads.begin(), heads.end(), [&](std::size_t a, std::size_t b) { return words[a].box.x1 < words[b].box.x1; });
    std::vector<bool> gone(words.size(), false);
    // Visually, the word read after a stretch stands left of it and
    // reaches into it: "ملاM" (x 51.2-81.3) is "Mالم" read, "Mع" (74.8-89.8)
    // is "عM". Each tail takes the head it overlaps, which may end
    // stretched in turn: its chain is followed.
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (gone[i] || words[i].glyphs.size() != texts[i].size()) continue;
        while (ends_stretched(texts[i])) {
            Word& tail = words[i];
            const double em = std::max(tail.font_size, 1.0);
            // Heads whose right edge lies from just before the tail's
            // left edge to inside the tail.
            const auto first = std::lower_bound(heads.begin(), heads.end(), tail.box.x0 - kKashidaReachEm * em,
                                                [&](std::size_t k, double x) { return words[k].box.x1 < x; });
            std::optional<std::size_t> head;
            for (auto it = first; it != heads.end() && words[*it].box.x1 <= tail.box.x1; ++it) {
                const Word& h = words[*it];
                if (*it == i || gone[*it] || h.box.x0 >= tail.box.x0 || h.glyphs.size() != texts[*it].size()) continue;
                const double overlap = std::min(h.box.y1, tail.box.y1) - std::max(h.box.y0, tail.box.y0);
                if (overlap < 0.5 * std::min(h.box.height(), tail.box.height())) continue;
                head = *it;
                break;
            }
            if (!head) break;
            Word& h = words[*head];
            append_word(tail, h);
            texts[i] += texts[*head];
            gone[*head] = true;
        }
    }
    std::size_t k = 0;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (gone[i]) continue;
        if (k != i) words[k] = std::move(words[i]);  // not onto itself: a moved-from string may be empty
        ++k;
    }
    words.resize(k);
}

void clean_words(std::vector<Word>& words, RepairCounts& counts, const RepairSwitches& on) {
    for (auto& w : words) clean_word(w, counts, on);
    std::erase_if(words, [](const Word& w) { return w.text.empty(); });
}

}  // namespace pdf2tei::normalize
