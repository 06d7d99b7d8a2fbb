#include "pdf2tei/ocr/unseen_accents.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <cmath>
#include <string_view>

#include "pdf2tei/stats.hpp"
#include "pdf2tei/text.hpp"

namespace pdf2tei::ocr {
namespace {

// Letters that reach a capital's height: the tops an accented capital is
// measured against.
constexpr std::u32string_view kTallLetters = U"bdfhklt";

bool capital_height(char32_t c) {
    return (c >= U'A' && c <= U'Z') || (c >= U'0' && c <= U'9') || kTallLetters.find(c) != std::u32string_view::npos;
}

// The ASCII capital under a Latin capital's marks above ("À" -> 'A'), or
// 0 when the letter has none, or any mark elsewhere (a cedilla), or is
// small.
char32_t base_under_marks_above(char32_t c) {
    if (c < 0xC0 || c > 0x24F) return 0;
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    if (U_FAILURE(status)) return 0;
    const icu::UnicodeString d = nfd->normalize(icu::UnicodeString(static_cast<UChar32>(c)), status);
    if (U_FAILURE(status) || d.length() < 2) return 0;
    const UChar32 base = d.char32At(0);
    if (!(base >= 'A' && base <= 'Z')) return 0;
    for (int32_t i = U16_LENGTH(base); i < d.length(); i += U16_LENGTH(d.char32At(i)))
        if (u_getCombiningClass(d.char32At(i)) != 230) return 0;  // 230: above
    return static_cast<char32_t>(base);
}

}  // namespace

int drop_unseen_accents(std::vector<Word>& words, const std::vector<OcrSymbol>& symbols) {
    // Each symbol's code points, decoded once: its only one (0 when it
    // has several), and their count, which places it in its word.
    std::vector<char32_t> only(symbols.size(), 0);
    std::vector<std::size_t> length(symbols.size(), 0);
    for (std::size_t s = 0; s < symbols.size(); ++s) {
        const std::u32string t = utf8_decode(symbols[s].text);
        length[s] = t.size();
        if (t.size() == 1) only[s] = t[0];
    }
    int dropped = 0;
    for (std::size_t s = 0; s < symbols.size(); ++s) {
        const OcrSymbol& sy = symbols[s];
        const char32_t c = only[s];
        const char32_t base = c ? base_under_marks_above(c) : 0;
        if (!base || sy.word < 0 || static_cast<std::size_t>(sy.word) >= words.size() || sy.box.height() <= 0) continue;
        std::vector<double> tops;
        for (std::size_t o = 0; o < symbols.size(); ++o) {
            if (!capital_height(only[o])) continue;
            if (std::fabs(symbols[o].box.y1 - sy.box.y1) > kSameRowFootShare * sy.box.height()) continue;
            tops.push_back(symbols[o].box.y0);
        }
        if (tops.size() < kMinAccentReferences) continue;
        const double em = sy.font_size > 0 ? sy.font_size : sy.box.height();
        if (median(std::move(tops)) - sy.box.y0 >= kMinAccentRiseEm * em) continue;
        // The symbol's place in its word: the word's symbols before it.
        std::size_t at = 0;
        for (std::size_t k = 0; k < s; ++k) at += symbols[k].word == sy.word ? length[k] : 0;
        Word& w = words[static_cast<std::size_t>(sy.word)];
        std::u32string t = utf8_decode(w.text);
        if (at >= t.size() || t[at] != c) continue;
        t[at] = base;
        w.text = utf8_encode(t);
        for (auto& g : w.glyphs)
            if (g.code_point == c) {
                g.code_point = base;
                break;
            }
        ++dropped;
    }
    return dropped;
}

}  // namespace pdf2tei::ocr
