#include "ocr_references.hpp"

#include <algorithm>

#include "pdf2tei/pattern.hpp"
#include "pdf2tei/text.hpp"
#include "pdf2tei/un_symbol.hpp"
#include "word_core.hpp"

namespace pdf2tei::normalize {
namespace {

// A reference's word: the brackets and quotes before it, its core, and
// the brackets and clause marks after it ("(А/78/51)." -> "(", "А/78/51",
// ").").
struct Parts {
    std::string_view open, core, close;
};

Parts parts_of(std::string_view w) {
    constexpr std::string_view kOpen = "([\"";
    std::size_t b = 0;
    while (b < w.size() && kOpen.find(w[b]) != std::string_view::npos) ++b;
    // Arabic's comma and semicolon close a reference too ("8/75/923،
    // المرفق.": dev scan300-30 ar-30-004).
    const std::string_view core =
        without_trailing(w.substr(b), {")", "]", ".", ",", ";", ":", "\"", "\u060C", "\u061B"});
    return {w.substr(0, b), core, w.substr(b + core.size())};
}

// Whether a reference's word stands in round brackets: "(III)", "(Ill).".
bool in_round_brackets(const Parts& p) { return p.open == "(" && !p.close.empty() && p.close[0] == ')'; }

// The resolution's letter (A to C) a word of one character is, as printed
// or as its Cyrillic look-alike ("А"); 0 when it is none.
char resolution_letter(std::string_view word) {
    const std::u32string t = utf8_decode(word);
    if (t.size() != 1) return 0;
    const char l = t[0] < 0x80 ? static_cast<char>(t[0]) : latin_lookalike(t[0]);
    return l >= 'A' && l <= 'C' ? l : 0;
}

bool is_roman_numeral(std::string_view s) {
    // Sessions and committees count in Roman numerals up to a few score.
    static const Pattern re(R"(^(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$)");
    return !s.empty() && re.matches(s);
}

// "(Ill)" -> "III": a bracketed Roman numeral whose I's were read as "l"
// or "1" (at least one such, and at least one real capital, so that "(l)"
// and "(11)" stay), or two of them as "H" ("(HI)", dev seed 14
// fr-14-007.invisible-ocr, an earlier OCR's layer); or, by Russian's
// model, three as "Ш" and two as "П", whose shapes they make, and an X as
// the Cyrillic "Х" ("217 А (Ш).": dev seed 14 ru-14-002.invisible-ocr,
// both notes); or "" when the word is none.
std::string mended_roman_numeral(std::string_view word) {
    const Parts p = parts_of(word);
    const std::u32string core = utf8_decode(p.core);
    if (!in_round_brackets(p) || core.empty() || core.size() > kMaxRomanNumeralLength)
        return "";
    std::string r;
    bool misread = false, capital = false, strokes = false;
    for (const char32_t c : core) {
        if (c == U'Ш' || c == U'П') {
            r += c == U'Ш' ? "III" : "II";
            strokes = true;
        } else if (c == U'H') {
            r += "II";
            misread = true;
        } else if (c == U'l' || c == U'1') {
            r += 'I';
            misread = true;
        } else if (c == U'Х') {
            r += 'X';
            strokes = true;
        } else if (c < 0x80) {
            r += static_cast<char>(c);
            capital = capital || std::string_view("IVXL").find(static_cast<char>(c)) != std::string_view::npos;
        } else {
            return "";
        }
    }
    // One stroke letter alone is a numeral; l's and 1's need a capital
    // beside them, and two letters at least.
    if (!strokes && (!misread || !capital || core.size() < 2)) return "";
    return is_roman_numeral(r) ? r : "";
}

// A bracketed Roman numeral, as read or once mended.
bool is_bracketed_numeral(std::string_view word) {
    const Parts p = parts_of(word);
    return in_round_brackets(p) && (is_roman_numeral(p.core) || !mended_roman_numeral(word).empty());
}

bool all_digits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

std::string mended_ocr_reference(std::string_view word, std::string_view before, std::string_view after) {
    const Parts p = parts_of(word);
    if (p.core.find('/') != std::string_view::npos) {
        const std::string symbol = ocr_un_symbol(p.core);
        if (!symbol.empty() && symbol != p.core) return std::string(p.open) + symbol + std::string(p.close);
        return "";
    }
    if (const std::string r = mended_roman_numeral(word); !r.empty())
        return std::string(p.open) + r + std::string(p.close);
    // After a resolution's letter, a session's numeral of two or three
    // strokes all read "1" or "l" ("217 A (111).", "217 A (lll)": dev seed
    // 27 es-27-009.scan-bw, 7 times on dev seeds 14 to 27); "(11)" alone
    // stays.
    if (resolution_letter(before) && in_round_brackets(p) && p.core.size() >= 2 && p.core.size() <= 3 &&
        std::all_of(p.core.begin(), p.core.end(), [](char c) { return c == '1' || c == 'l'; }))
        return std::string(p.open) + std::string(p.core.size(), 'I') + std::string(p.close);
    // "217 А (III)": a resolution's letter (A to C) between its number and
    // its session.
    // Only a look-alike needs mending.
    if (!word.empty() && static_cast<unsigned char>(word[0]) >= 0x80 && all_digits(before) &&
        is_bracketed_numeral(after))
        if (const char l = resolution_letter(word)) return std::string(1, l);
    return "";
}

void mend_ocr_references(std::vector<Page>& pages) {
    for (auto& page : pages) {
        // An earlier OCR layer kept for its words slipped as OCR does.
        const bool earlier_ocr = page.verdict == PageVerdict::InvisibleOcr;
        for (auto& block : page.blocks)
            for (auto& line : block.lines)
                for (std::size_t i = 0; i < line.words.size(); ++i) {
                    Word& w = line.words[i];
                    if (w.source != Source::Ocr && !earlier_ocr) continue;
                    const std::string_view before = i > 0 ? std::string_view(line.words[i - 1].text) : "";
                    const std::string_view after = i + 1 < line.words.size() ? std::string_view(line.words[i + 1].text) : "";
                    std::string mended = mended_ocr_reference(w.text, before, after);
                    if (!mended.empty()) respell(w, std::move(mended), page.repairs, kRepairOcrReference);
                }
    }
}

}  // namespace pdf2tei::normalize
