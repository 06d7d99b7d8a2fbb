#include "guillemets.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <string>
#include <string_view>

#include "pdf2tei/text.hpp"

namespace pdf2tei::normalize {
namespace {

constexpr char32_t kMuchLess = U'\u226A', kMuchGreater = U'\u226B';
constexpr char32_t kOpen = U'\u00AB', kClose = U'\u00BB';
constexpr std::string_view kMuchLessUtf8 = "\u226A", kMuchGreaterUtf8 = "\u226B";

// Closing punctuation that may follow a ≫ in the same word ("≫," "≫.").
bool is_trailing_punctuation(char32_t c) { return std::u32string_view(U".,;:!?)").find(c) != std::u32string_view::npos; }

bool opens(const std::u32string& t) { return !t.empty() && t.front() == kMuchLess; }

// Where the ≫ that closes the word stands, or npos: last, or before
// closing punctuation only.
std::size_t closing_at(const std::u32string& t) {
    std::size_t end = t.size();
    while (end > 0 && is_trailing_punctuation(t[end - 1])) --end;
    return end > 0 && t[end - 1] == kMuchGreater ? end - 1 : std::u32string::npos;
}

// The code point at `at`, in the text and in its glyph (the glyph of the
// same rank among those drawing that code point: "≫≫" closes on its last).
void replace(Word& w, std::u32string& text, std::size_t at, char32_t by) {
    const char32_t was = text[at];
    const auto rank = std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), was);
    text[at] = by;
    w.text = utf8_encode(text);
    std::ptrdiff_t seen = 0;
    for (auto& g : w.glyphs)
        if (g.code_point == was && seen++ == rank) {
            g.code_point = by;
            break;
        }
    w.flags |= kFlagUnicodeRepaired;
}

}  // namespace

void restore_guillemets(std::vector<Word>& words, RepairCounts& counts) {
    // Most pages have neither sign: a byte search first.
    if (std::none_of(words.begin(), words.end(), [](const Word& w) {
            return w.text.find(kMuchLessUtf8) != std::string::npos;
        }))
        return;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (words[i].text.find(kMuchLessUtf8) == std::string::npos) continue;
        std::u32string open = utf8_decode(words[i].text);
        if (!opens(open)) continue;
        // The quotation: its words of letters, up to the ≫ that closes one.
        bool letters = has_letter(open.substr(1));
        for (std::size_t j = i + (open.size() > 1 ? 0 : 1); j < words.size() && j <= i + kMaxQuotationWords; ++j) {
            if (j > i && words[j].text.find(kMuchLessUtf8) != std::string::npos) break;  // another one opens
            if (words[j].text.find(kMuchGreaterUtf8) == std::string::npos) {
                letters = letters || has_letter(utf8_decode(words[j].text));
                continue;
            }
            std::u32string close = utf8_decode(words[j].text);
            const std::size_t at = closing_at(close);
            if (at == std::u32string::npos) break;
            letters = letters || has_letter(close.substr(j == i ? 1 : 0, at - (j == i ? 1 : 0)));
            if (!letters) break;
            replace(words[i], open, 0, kOpen);
            if (j == i) close = open;  // one word, "≪mot≫": its text has just changed
            replace(words[j], close, j == i ? closing_at(close) : at, kClose);
            counts[kRepairGuillemet] += 2;
            i = j;
            break;
        }
    }
}

}  // namespace pdf2tei::normalize
