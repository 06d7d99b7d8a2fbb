#include "pdf2tei/text.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

namespace pdf2tei {

std::string line_text(const Line& line) {
    std::string out;
    for (std::size_t i = 0; i < line.words.size(); ++i) {
        out += line.words[i].text;
        if (i + 1 < line.words.size() && line.words[i].space_after) out += ' ';
    }
    return out;
}

std::string block_text(const Block& block) {
    std::string out;
    for (const auto& line : block.lines) {
        std::string t = line_text(line);
        if (t.empty()) continue;
        if (!out.empty() && !joins_without_space(out, t)) out += ' ';
        out += t;
    }
    return out;
}

std::string words_text(const std::vector<Word>& words) {
    std::string s;
    for (const auto& w : words) {
        s += w.text;
        s += ' ';
    }
    return s;
}

char32_t first_code_point(std::string_view s) {
    if (s.empty()) return 0;
    int32_t i = 0;
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, static_cast<int32_t>(s.size()), c);
    return c < 0 ? U'\uFFFD' : static_cast<char32_t>(c);
}

char32_t last_code_point(std::string_view s) {
    if (s.empty()) return 0;
    auto i = static_cast<int32_t>(s.size());
    UChar32 c;
    U8_PREV(reinterpret_cast<const uint8_t*>(s.data()), 0, i, c);
    return c < 0 ? U'\uFFFD' : static_cast<char32_t>(c);
}

char32_t next_multibyte_code_point(std::string_view s, std::size_t& i) {
    auto at = static_cast<int32_t>(i);
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), at, static_cast<int32_t>(s.size()), c);
    i = static_cast<std::size_t>(at);
    return c < 0 ? U'\uFFFD' : static_cast<char32_t>(c);
}

std::u32string utf8_decode(std::string_view s) {
    // Written in place, with ASCII copied byte for byte: the passes decode
    // every word several times, and push_back's checks made this the
    // born-digital path's costliest function of our own (3% of A/RES/79/243's
    // instructions, docs/benchmarks.md session 55). A string never has more
    // code points than bytes.
    std::u32string out(s.size(), U'\0');
    char32_t* o = out.data();
    const auto* p = reinterpret_cast<const uint8_t*>(s.data());
    int32_t i = 0;
    const auto n = static_cast<int32_t>(s.size());
    while (i < n) {
        if (p[i] < 0x80) {
            *o++ = p[i++];
            continue;
        }
        UChar32 c;
        U8_NEXT(p, i, n, c);
        *o++ = c < 0 ? U'\uFFFD' : static_cast<char32_t>(c);
    }
    out.resize(static_cast<std::size_t>(o - out.data()));
    return out;
}

void utf8_append(std::string& out, char32_t cp) {
    uint8_t buf[U8_MAX_LENGTH];
    int32_t len = 0;
    UBool error = false;
    U8_APPEND(buf, len, U8_MAX_LENGTH, static_cast<UChar32>(cp), error);
    if (error) {  // surrogate or out of range: not representable
        out += "\xEF\xBF\xBD";
        return;
    }
    out.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(len));
}

std::string utf8_encode(std::u32string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char32_t c : s) utf8_append(out, c);
    return out;
}

bool joins_without_space(std::string_view left, std::string_view right) {
    if (left.empty() || right.empty()) return false;
    // The last two code points of `left`: enough to see "行," (a Latin
    // comma set after a CJK character, as the UDHR's Chinese text has it).
    std::size_t start = left.size();
    for (int n = 0; n < 2 && start > 0; ++n) {
        --start;
        while (start > 0 && (static_cast<unsigned char>(left[start]) & 0xC0) == 0x80) --start;
    }
    // Counted and kept as they come, not decoded into strings: this is
    // asked at every word join of every line.
    std::size_t lasts = 0;
    char32_t before_last = 0, last = 0;
    for_each_code_point(left.substr(start), [&](char32_t c) {
        ++lasts;
        before_last = last;
        last = c;
    });
    std::size_t firsts = 0;
    char32_t first = 0, second = 0;
    for_each_code_point(right.substr(0, std::min<std::size_t>(4, right.size())), [&](char32_t c) {
        if (firsts == 0) first = c;
        else if (firsts == 1) second = c;
        ++firsts;
    });
    constexpr std::u32string_view kLatinMarks = U",.;:!?)";
    if (lasts == 2 && kLatinMarks.find(last) != std::u32string_view::npos) {
        last = before_last;
        lasts = 1;
    }
    if (lasts == 0 || firsts == 0 || !is_cjk(last)) return false;
    // A Latin mark OCR read as a word of its own after a CJK character
    // ("权利" ";"): no space before it either.
    return is_cjk(first) || (kLatinMarks.find(first) != std::u32string_view::npos && (firsts == 1 || is_cjk(second)));
}

Direction strong_direction(char32_t c) {
    switch (u_charDirection(static_cast<UChar32>(c))) {
        case U_LEFT_TO_RIGHT: return Direction::LeftToRight;
        case U_RIGHT_TO_LEFT:
        case U_RIGHT_TO_LEFT_ARABIC: return Direction::RightToLeft;
        default: return Direction::Neutral;
    }
}

bool is_left_to_right_or_digit(char32_t c) {
    switch (u_charDirection(static_cast<UChar32>(c))) {
        case U_LEFT_TO_RIGHT:
        case U_EUROPEAN_NUMBER:
        case U_ARABIC_NUMBER: return true;
        default: return false;
    }
}

std::vector<std::string_view> space_separated(std::string_view text) {
    std::vector<std::string_view> words;
    for (std::size_t at = 0; at < text.size();) {
        const std::size_t end = std::min(text.find(' ', at), text.size());
        if (end > at) words.push_back(text.substr(at, end - at));
        at = end + 1;
    }
    return words;
}

std::size_t edit_distance(std::u32string_view a, std::u32string_view b) {
    // One row of the table at a time.
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({above + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

bool has_letter(std::u32string_view cps) {
    return std::any_of(cps.begin(), cps.end(), [](char32_t c) { return u_isalpha(static_cast<UChar32>(c)); });
}

bool has_letter(std::string_view utf8) { return has_letter(utf8_decode(utf8)); }

bool has_ideograph(std::string_view utf8) {
    const std::u32string cps = utf8_decode(utf8);
    return std::any_of(cps.begin(), cps.end(), is_ideograph);
}

Direction text_direction(std::string_view utf8) {
    Direction found = Direction::Neutral;
    for (char32_t c : utf8_decode(utf8)) {
        const Direction d = strong_direction(c);
        if (d == Direction::RightToLeft) return d;
        if (d == Direction::LeftToRight) found = d;
    }
    return found;
}

}  // namespace pdf2tei
