#include "pdf2tei/ocr/raised_symbols.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <cctype>
#include <cmath>

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

// Of an even count, the smaller middle value.
int lower_median(std::vector<int> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[(v.size() - 1) / 2];
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

std::vector<WordPart> split_at_wide_gaps(const std::vector<Symbol>& symbols, int line_height) {
    const auto has_digit = [&](std::size_t from, std::size_t to) {
        return std::any_of(symbols.begin() + static_cast<std::ptrdiff_t>(from),
                           symbols.begin() + static_cast<std::ptrdiff_t>(to),
                           [](const Symbol& s) { return std::any_of(s.text.begin(), s.text.end(), is_ascii_digit); });
    };
    std::vector<WordPart> parts;
    std::size_t from = 0;
    for (std::size_t i = 1; i < symbols.size(); ++i) {
        const Symbol& a = symbols[i - 1];
        const Symbol& b = symbols[i];
        const int gap = std::max(a.left, b.left) - std::min(a.right, b.right);
        if (gap <= kMinWordSplitGapLineHeights * line_height || !has_digit(from, i) || !has_digit(i, symbols.size()))
            continue;
        parts.push_back(part_of(symbols, from, i, false));
        from = i;
    }
    if (!symbols.empty()) parts.push_back(part_of(symbols, from, symbols.size(), false));
    return parts;
}

bool is_x_height_letter(char32_t c) {
    static constexpr std::u32string_view kLetters = U"acemnorsuvwxzавгеикмнопстхчшьыэюя";
    return kLetters.find(c) != std::u32string_view::npos;
}

namespace {

// A letter of an alphabet that sets calls so: Latin, Greek, Cyrillic (not
// Arabic's or Hebrew's, nor an ideograph).
bool is_cased_script_letter(char32_t c) {
    return u_isalpha(static_cast<UChar32>(c)) && (c < 0x0590 || (c >= 0x1E00 && c <= 0x1EFF));
}

// The x-height and baseline of symbols [0, end), from their small letters,
// kMinXHeightLetters of them at least; or one, as tall as the line's
// x-height (`line_x_height`, 0 when unknown) within kMaxLoneLetterShare of
// it. One letter's box may be anything: a lone "a" boxed 52 px high on a
// line of 21 took the next line's "l" for its call (dev seed 14
// es-14-006.garbled); one as tall as its line's ("и," before a call) is
// the type's.
// Where ink OCR did not read was boxed into the word (a note's number
// before its first letter), the letters' boxes shift and stand taller,
// never shorter: the x-height is then the smaller middle height
// (`boxes_hold_more_ink`).
std::optional<std::pair<double, int>> x_height_and_baseline(const std::vector<Symbol>& symbols, std::size_t end,
                                                            double line_x_height = 0,
                                                            bool boxes_hold_more_ink = false) {
    std::vector<int> heights, feet;
    for (std::size_t i = 0; i < end; ++i) {
        const std::u32string c = utf8_decode(symbols[i].text);
        if (c.size() == 1 && is_x_height_letter(c[0])) {
            heights.push_back(symbols[i].bottom - symbols[i].top);
            feet.push_back(symbols[i].bottom);
        }
    }
    if (heights.empty() || median(heights) < 1) return std::nullopt;
    if (heights.size() < kMinXHeightLetters &&
        !(line_x_height > 0 && std::abs(heights.front() - line_x_height) <= kMaxLoneLetterShare * line_x_height))
        return std::nullopt;
    return std::pair<double, int>{boxes_hold_more_ink ? lower_median(heights) : median(heights), median(feet)};
}

// Ink whose foot stands kMinCallFootX x-heights or more over the window's
// baseline.
bool stands_raised(const CallWindow& window, const Ink& c) {
    return c.bottom <= window.baseline - kMinCallFootX * window.x_height;
}

// A call's digit by its size: kMinCallHeightX to kMaxCallHeightX
// x-heights tall, at most kMaxCallDigitWidthX wide.
bool digit_sized(const Ink& c, double x) {
    const int height = c.bottom - c.top + 1, width = c.right - c.left + 1;
    return height >= kMinCallHeightX * x && height <= kMaxCallHeightX * x && width <= kMaxCallDigitWidthX * x;
}

// A window's height: from kCallWindowRiseX x-heights over its baseline to
// kCallWindowDepthX under it.
void reach_from_baseline(CallWindow& w) {
    w.top = w.baseline - static_cast<int>(kCallWindowRiseX * w.x_height);
    w.bottom = w.baseline + static_cast<int>(kCallWindowDepthX * w.x_height);
}

// Digits side by side within kMaxCallDigitGapX, sorted by their left: one
// number's ink; else none.
std::optional<Ink> one_run(const std::vector<Ink>& digits, double x) {
    Ink run = digits.front();
    for (std::size_t i = 1; i < digits.size(); ++i) {
        if (digits[i].left - run.right > kMaxCallDigitGapX * x) return std::nullopt;
        run = {std::min(run.left, digits[i].left), std::min(run.top, digits[i].top),
               std::max(run.right, digits[i].right), std::max(run.bottom, digits[i].bottom)};
    }
    return run;
}

}  // namespace

std::optional<CallWindow> lost_call_window(const std::vector<Symbol>& symbols, double line_x_height) {
    // The last letter, then clause marks only.
    std::size_t end = symbols.size();
    while (end > 0 && is_closing_punctuation(symbols[end - 1].text)) --end;
    // A mark read on the call's ink, before a clause mark ("Nations?."); a
    // true "?" or "!" is told by its dot (raised_call_ink). Not one ending
    // the word: "; и?" closing a Russian paragraph was a call (dev seed 14
    // ru-14-019.scan), but its "и" stood alone on the paragraph's last
    // line in seed 13's ru-13-018.garbled and, cut from its call, was taken
    // for a line of another size; read as a mark it pairs with its note.
    const std::size_t misread = end > 1 && end < symbols.size() && is_misread_call_mark(symbols[end - 1].text, true);
    end -= misread;
    if (end == 0) return std::nullopt;
    const std::u32string last = utf8_decode(symbols[end - 1].text);
    if (last.size() != 1 || !is_cased_script_letter(last[0])) return std::nullopt;
    const auto measure = x_height_and_baseline(symbols, end, line_x_height);
    if (!measure) return std::nullopt;
    CallWindow w;
    w.after = end - 1;
    w.misread = misread;
    std::tie(w.x_height, w.baseline) = *measure;
    const Symbol& letter = symbols[end - 1];
    w.left = letter.right + 1;
    // Over the clause marks too: Tesseract boxes the dropped call's ink with
    // the mark after it ("l’homme¹," read "l’homme,", the comma's box
    // reaching up over the "1": dev seed 13 fr-13-018.garbled).
    w.right = std::max(end < symbols.size() ? symbols.back().right : 0,
                       letter.right + static_cast<int>(kCallWindowWidthX * w.x_height));
    reach_from_baseline(w);
    if (w.right - w.left < 2) return std::nullopt;
    return w;
}

bool is_wide_clause_mark_text(std::string_view text) {
    const std::u32string c = utf8_decode(text);
    return c.size() == 1 && is_wide_clause_mark(c[0]);
}

std::optional<CallWindow> lost_ideograph_call_window(const std::vector<Symbol>& symbols, double line_ideograph_height) {
    std::size_t end = symbols.size();
    while (end > 0 && is_wide_clause_mark_text(symbols[end - 1].text)) --end;
    if (end == 0) return std::nullopt;
    const std::u32string last = utf8_decode(symbols[end - 1].text);
    if (last.size() != 1 || !is_ideograph(last[0])) return std::nullopt;
    std::vector<int> heights, feet;
    for (std::size_t i = 0; i < end; ++i)
        if (const std::u32string c = utf8_decode(symbols[i].text); c.size() == 1 && is_ideograph(c[0])) {
            heights.push_back(symbols[i].bottom - symbols[i].top);
            feet.push_back(symbols[i].bottom);
        }
    const double height = heights.size() >= 2 ? median(heights) : line_ideograph_height;
    if (height < 1) return std::nullopt;
    // An ideograph boxed over more ink than its own says nothing of where
    // its feet stand.
    const double line = line_ideograph_height > 0 ? line_ideograph_height : height;
    if (std::any_of(heights.begin(), heights.end(),
                    [&](int h) { return std::fabs(h - line) > kMaxIdeographBoxSpread * line; }))
        return std::nullopt;
    CallWindow w;
    w.after = end - 1;
    w.closed = end < symbols.size();
    w.x_height = kIdeographXHeightShare * height;
    w.baseline = median(feet);
    const Symbol& ideograph = symbols[end - 1];
    w.left = ideograph.right + 1;
    w.right = std::max(w.closed ? symbols.back().right : 0,
                       ideograph.right + static_cast<int>(kCallWindowWidthX * w.x_height));
    reach_from_baseline(w);
    w.top = w.baseline - static_cast<int>(kIdeographCallWindowRise * height);
    if (w.right - w.left < 2) return std::nullopt;
    return w;
}

bool is_misread_call_mark(const std::string& symbol, bool before_clause_mark) {
    const std::u32string_view marks = before_clause_mark ? U"?!|*" : U"?!|";
    const std::u32string c = utf8_decode(symbol);
    return c.size() == 1 && marks.find(c[0]) != std::u32string_view::npos;
}

std::optional<Ink> raised_call_ink(const CallWindow& window, const std::vector<Ink>& components) {
    const double x = window.x_height;
    const auto raised = [&](const Ink& c) { return stands_raised(window, c); };
    std::vector<Ink> digits;
    for (const Ink& c : components) {
        if (c.top <= window.top) return std::nullopt;  // ink from the line above: unsure
        // Ink reaching down to the baseline is a letter's (the next word's)
        // or a clause mark's.
        if (!raised(c)) continue;
        // A speck over such ink is its glyph's: a semicolon's or a colon's
        // dot, at the x-height ("opresión¹;": dev seed 14 es-14-016.scan-bw).
        const bool speck = c.bottom - c.top + 1 < kMinCallHeightX * x;
        if (speck && std::any_of(components.begin(), components.end(), [&](const Ink& g) {
                return !raised(g) && g.left <= c.right && c.left <= g.right && g.top > c.bottom;
            }))
            continue;
        if (!digit_sized(c, x)) return std::nullopt;
        // Over ink on the baseline, centred (in its middle third): a question
        // or exclamation mark over its dot, no call (a comma after a call's
        // last digit stands right of that).
        if (std::any_of(components.begin(), components.end(), [&](const Ink& g) {
                const double middle = (g.left + g.right) / 2.0, third = (c.right - c.left) / 3.0;
                return !raised(g) && g.top > c.bottom && middle >= c.left + third && middle <= c.right - third;
            }))
            return std::nullopt;
        digits.push_back(c);
    }
    if (digits.empty()) return std::nullopt;
    std::sort(digits.begin(), digits.end(), [](const Ink& a, const Ink& b) { return a.left < b.left; });
    // From the letter's ink: OCR may box a word's letters a glyph to the
    // left of where they stand, its last letter's ink then in the window
    // ("spouses²." boxed "spouse" "s?" ".": dev seed 14 en-14-000.garbled).
    int letter_end = window.left;
    for (const Ink& g : components)
        if (!raised(g) && g.right < digits.front().left) letter_end = std::max(letter_end, g.right + 1);
    if (digits.front().left > letter_end + kMaxCallGapX * x) return std::nullopt;
    return one_run(digits, x);
}

std::size_t call_word_symbols(const std::vector<Symbol>& before, const std::vector<Symbol>& word) {
    if (before.empty() || word.empty()) return 0;
    const std::u32string last = utf8_decode(before.back().text);
    if (last.size() != 1 || !is_cased_script_letter(last[0])) return 0;
    std::size_t n = 0;
    if (is_misread_call_mark(word.front().text, word.size() > 1)) n = 1;
    else
        while (n < word.size() && n < kMaxCallWordDigits + 1 && word[n].text.size() == 1 &&
               std::isdigit(static_cast<unsigned char>(word[n].text[0])))
            ++n;
    if (n == 0 || n > kMaxCallWordDigits) return 0;
    for (std::size_t i = n; i < word.size(); ++i)
        if (!is_closing_punctuation(word[i].text)) return 0;
    const auto measure = x_height_and_baseline(before, before.size());
    if (!measure) return 0;
    const auto [x, baseline] = *measure;
    const WordPart call = part_of(word, 0, n, true);
    const int height = call.bottom - call.top + 1;
    if (call.left - before.back().right > kMaxCallWordGapX * x || call.bottom > baseline - kMinCallFootX * x ||
        height < kMinCallHeightX * x || height > kMaxCallHeightX * x)
        return 0;
    return n;
}

std::vector<WordPart> split_call_word(const std::vector<Symbol>& word, std::size_t call_symbols) {
    std::vector<WordPart> parts = {part_of(word, 0, call_symbols, true)};
    if (call_symbols < word.size()) {
        // The clause marks reach up to the call's foot, or a comma boxed as
        // its ink, under the baseline, stands on a line of its own.
        parts.push_back(part_of(word, call_symbols, word.size(), false));
        parts.back().top = std::min(parts.back().top, parts.front().bottom + 1);
    }
    return parts;
}

std::optional<CallWindow> lost_number_window(const std::vector<Symbol>& symbols) {
    if (symbols.empty()) return std::nullopt;
    const std::u32string first = utf8_decode(symbols.front().text);
    if (first.size() != 1 || !is_cased_script_letter(first[0])) return std::nullopt;
    const auto measure = x_height_and_baseline(symbols, symbols.size(), 0, /*boxes_hold_more_ink=*/true);
    if (!measure) return std::nullopt;
    CallWindow w;
    std::tie(w.x_height, w.baseline) = *measure;
    w.left = symbols.front().left - static_cast<int>(kCallWindowWidthX * w.x_height);
    w.right = symbols.front().right;
    reach_from_baseline(w);
    return w;
}

std::optional<Ink> raised_number_ink(const CallWindow& window, const std::vector<Ink>& components) {
    const double x = window.x_height;
    const auto raised = [&](const Ink& c) { return stands_raised(window, c); };
    // The word's first letter: the leftmost ink on the baseline.
    const Ink* letter = nullptr;
    for (const Ink& c : components)
        if (!raised(c) && (!letter || c.left < letter->left)) letter = &c;
    if (!letter) return std::nullopt;
    std::vector<Ink> digits;
    for (const Ink& c : components) {
        if (!raised(c) || c.left >= letter->left) continue;  // the letter's, or its accent
        // Cut by the window's edge (the word before) or reaching its top
        // (the line above): unsure.
        if (c.left <= window.left || c.top <= window.top) return std::nullopt;
        if (c.right >= letter->left || !digit_sized(c, x)) return std::nullopt;
        digits.push_back(c);
    }
    if (digits.empty()) return std::nullopt;
    std::sort(digits.begin(), digits.end(), [](const Ink& a, const Ink& b) { return a.left < b.left; });
    const auto number = one_run(digits, x);
    if (!number || letter->left - number->right > kMaxCallGapX * x) return std::nullopt;
    return number;
}

std::optional<std::size_t> arabic_misread_call(const std::vector<Symbol>& symbols) {
    std::size_t end = symbols.size();
    while (end > 0 && (is_closing_punctuation(symbols[end - 1].text) || symbols[end - 1].text == "\u060C" ||
                       symbols[end - 1].text == "\u061B"))
        --end;
    if (end == symbols.size() || end < 2) return std::nullopt;
    const std::size_t call = end - 1;
    const std::u32string before = utf8_decode(symbols[call - 1].text), c = utf8_decode(symbols[call].text);
    if (before.size() != 1 || c.size() != 1 || text_direction(symbols[call - 1].text) != Direction::RightToLeft)
        return std::nullopt;
    static constexpr std::u32string_view kMarks = U"'*\u2019\u2018`\u00B4|!?\u00B0\u201D\u201C\"";
    const bool mark_read = kMarks.find(c[0]) != std::u32string_view::npos;
    if (!mark_read && text_direction(symbols[call].text) != Direction::RightToLeft) return std::nullopt;
    // Raised against the full stop after it, and taller than the stop: a
    // letter's dot boxed alone is no call ("خاصتين." with its "ن" boxed as
    // its dot, 4 pixels tall over a stop of 5: dev scan300-13 ar-13-000),
    // nor a mark boxed down to the baseline ("والفاقة!.", ar-13-012: the
    // structure pairs such a stand-in with its note).
    const Symbol& s = symbols[call];
    const Symbol& stop = symbols[end];
    const int height = s.bottom - s.top, stop_height = stop.bottom - stop.top;
    if (stop.text == "." && height > 0 && height >= kMinCallStopHeights * stop_height &&
        stop.bottom - s.bottom >= kMinRaisedLetterShare * height)
        return call;
    return std::nullopt;
}

}  // namespace pdf2tei::ocr
