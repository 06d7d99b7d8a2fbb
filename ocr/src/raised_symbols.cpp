#include "pdf2tei/ocr/raised_symbols.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <cctype>

#include "pdf2tei/text.hpp"

namespace pdf2tei::ocr {
namespace {

bool is_alnum_ascii_or_letter(const std::string& t) {
    // Letters of any script (UTF-8 lead bytes) and ASCII digits and letters.
    return !t.empty() && (static_cast<unsigned char>(t[0]) >= 0x80 || std::isalnum(static_cast<unsigned char>(t[0])));
}

bool is_closing_punctuation(const std::string& t) { return t == "," || t == "." || t == ";" || t == ":"; }

int median(std::vector<int> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

WordPart part_of(const std::vector<Symbol>& s, std::size_t from, std::size_t to, bool raised) {
    WordPart p;
    p.raised = raised;
    p.symbols = to - from;
    p.left = s[from].left, p.top = s[from].top, p.right = s[from].right, p.bottom = s[from].bottom;
    for (std::size_t i = from; i < to; ++i) {
        p.text += s[i].text;
        p.left = std::min(p.left, s[i].left), p.top = std::min(p.top, s[i].top);
        p.right = std::max(p.right, s[i].right), p.bottom = std::max(p.bottom, s[i].bottom);
    }
    return p;
}

}  // namespace

std::vector<WordPart> split_raised(const std::vector<Symbol>& symbols) {
    const std::size_t n = symbols.size();
    if (n == 0) return {};
    const std::vector<WordPart> whole = {part_of(symbols, 0, n, false)};
    if (n < 2) return whole;
    // The word's baseline and glyph height, from its letters and digits.
    std::vector<int> feet, heights;
    for (const auto& s : symbols)
        if (is_alnum_ascii_or_letter(s.text)) {
            feet.push_back(s.bottom);
            heights.push_back(s.bottom - s.top);
        }
    if (feet.size() < 2) return whole;
    const int baseline = median(feet), height = *std::max_element(heights.begin(), heights.end());
    // Digits only: quotes and apostrophes stand as high and are no calls
    // (a call misread as "?" or "‘" is left as read).
    const auto raised = [&](const Symbol& s) {
        return s.text.size() == 1 && s.text[0] >= '0' && s.text[0] <= '9' &&
               s.bottom < baseline - kRaisedFootShare * height && s.bottom - s.top <= kRaisedHeightShare * height;
    };
    std::size_t head = 0;
    while (head < n && raised(symbols[head])) ++head;
    std::size_t tail_end = n;  // after the raised run at the end: closing punctuation
    while (tail_end > head && is_closing_punctuation(symbols[tail_end - 1].text) && !raised(symbols[tail_end - 1]))
        --tail_end;
    std::size_t tail = tail_end;
    while (tail > head && raised(symbols[tail - 1])) --tail;
    if (head == 0 && tail == tail_end) return whole;
    // The word must keep a letter or digit of its own.
    bool kept = false;
    for (std::size_t i = head; i < tail; ++i) kept = kept || is_alnum_ascii_or_letter(symbols[i].text);
    if (!kept) return whole;
    std::vector<WordPart> parts;
    if (head > 0) parts.push_back(part_of(symbols, 0, head, true));
    parts.push_back(part_of(symbols, head, tail, false));
    if (tail < tail_end) {
        parts.push_back(part_of(symbols, tail, tail_end, true));
        if (tail_end < n) parts.push_back(part_of(symbols, tail_end, n, false));
    } else if (tail_end < n) {
        parts.back() = part_of(symbols, head, n, false);  // no raised run at the end: punctuation stays on
    }
    return parts;
}

bool is_x_height_letter(char32_t c) {
    static constexpr std::u32string_view kLetters = U"acemnorsuvwxzавгеикмнопстхчшьыэюя";
    return kLetters.find(c) != std::u32string_view::npos;
}

std::optional<CallWindow> lost_call_window(const std::vector<Symbol>& symbols) {
    // The last letter, then clause marks only.
    std::size_t end = symbols.size();
    while (end > 0 && is_closing_punctuation(symbols[end - 1].text)) --end;
    if (end == 0) return std::nullopt;
    const std::u32string last = utf8_decode(symbols[end - 1].text);
    // A letter of an alphabet that sets calls so: Latin, Greek, Cyrillic
    // (not Arabic's or Hebrew's, nor an ideograph).
    const auto cased_script_letter = [](char32_t c) {
        return u_isalpha(static_cast<UChar32>(c)) && (c < 0x0590 || (c >= 0x1E00 && c <= 0x1EFF));
    };
    if (last.size() != 1 || !cased_script_letter(last[0])) return std::nullopt;
    std::vector<int> heights, feet;
    for (std::size_t i = 0; i < end; ++i) {
        const std::u32string c = utf8_decode(symbols[i].text);
        if (c.size() == 1 && is_x_height_letter(c[0])) {
            heights.push_back(symbols[i].bottom - symbols[i].top);
            feet.push_back(symbols[i].bottom);
        }
    }
    if (heights.empty()) return std::nullopt;
    CallWindow w;
    w.after = end - 1;
    w.x_height = median(heights);
    w.baseline = median(feet);
    if (w.x_height < 1) return std::nullopt;
    const Symbol& letter = symbols[end - 1];
    w.left = letter.right + 1;
    // Over the clause marks too: Tesseract boxes the dropped call's ink with
    // the mark after it ("l’homme¹," read "l’homme,", the comma's box
    // reaching up over the "1": dev seed 13 fr-13-018.garbled).
    w.right = std::max(end < symbols.size() ? symbols.back().right : 0,
                       letter.right + static_cast<int>(kCallWindowWidthX * w.x_height));
    w.top = w.baseline - static_cast<int>(kCallWindowRiseX * w.x_height);
    w.bottom = w.baseline + static_cast<int>(kCallWindowDepthX * w.x_height);
    if (w.right - w.left < 2) return std::nullopt;
    return w;
}

std::optional<Ink> raised_call_ink(const CallWindow& window, const std::vector<Ink>& components) {
    const double x = window.x_height;
    std::vector<Ink> digits;
    for (const Ink& c : components) {
        if (c.top <= window.top) return std::nullopt;  // ink from the line above: unsure
        const bool raised = c.bottom <= window.baseline - kMinCallFootX * x;
        const int height = c.bottom - c.top + 1, width = c.right - c.left + 1;
        // Ink reaching down to the baseline is a letter's (the next word's)
        // or a clause mark's.
        if (!raised) continue;
        if (height < kMinCallHeightX * x || height > kMaxCallHeightX * x || width > kMaxCallDigitWidthX * x)
            return std::nullopt;
        digits.push_back(c);
    }
    if (digits.empty()) return std::nullopt;
    std::sort(digits.begin(), digits.end(), [](const Ink& a, const Ink& b) { return a.left < b.left; });
    if (digits.front().left > window.left + kMaxCallGapX * x) return std::nullopt;
    Ink call = digits.front();
    for (std::size_t i = 1; i < digits.size(); ++i) {
        if (digits[i].left - call.right > kMaxCallDigitGapX * x) return std::nullopt;
        call = {std::min(call.left, digits[i].left), std::min(call.top, digits[i].top),
                std::max(call.right, digits[i].right), std::max(call.bottom, digits[i].bottom)};
    }
    return call;
}

}  // namespace pdf2tei::ocr
