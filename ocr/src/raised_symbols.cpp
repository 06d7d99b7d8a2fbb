#include "pdf2tei/ocr/raised_symbols.hpp"

#include <algorithm>
#include <cctype>

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

}  // namespace pdf2tei::ocr
