#pragma once
// Flattening the model to strings, and small UTF-8 helpers. Pure functions.
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "pdf2tei/model.hpp"

namespace pdf2tei {

// Words joined by a space where the model says there is one.
std::string line_text(const Line& line);
// Lines joined by a single space (line-end repairs belong to normalize).
std::string block_text(const Block& block);

// Words' texts joined by single spaces (for classifiers and statistics,
// not for output: it ignores the model's spacing).
std::string words_text(const std::vector<Word>& words);

// Code points of a UTF-8 string; malformed sequences become U+FFFD.
std::u32string utf8_decode(std::string_view s);
// The first and the last code point of `s` (U+FFFD for a broken sequence),
// or 0 when it is empty; without decoding the rest.
char32_t first_code_point(std::string_view s);
char32_t last_code_point(std::string_view s);
// The code point that starts at byte `i` of `s`, a multi-byte one (or a
// broken sequence: U+FFFD, as utf8_decode gives); `i` moves past it.
char32_t next_multibyte_code_point(std::string_view s, std::size_t& i);
// Calls f(c) on each code point of `s` as utf8_decode would give them,
// without making the string: a test of a word's letters should not cost an
// allocation (docs/benchmarks.md, session 55).
template <typename F>
void for_each_code_point(std::string_view s, F&& f) {
    for (std::size_t i = 0; i < s.size();) {
        const auto b = static_cast<unsigned char>(s[i]);
        if (b < 0x80) {
            ++i;
            f(static_cast<char32_t>(b));
        } else {
            f(next_multibyte_code_point(s, i));
        }
    }
}
void utf8_append(std::string& out, char32_t cp);
std::string utf8_encode(std::u32string_view s);

// The bidirectional class that matters for reading order: a letter of a
// left-to-right script (Latin, Cyrillic, Han...), of a right-to-left one
// (Arabic, Hebrew), or neither (digits, punctuation, spaces, marks).
enum class Direction { Neutral, LeftToRight, RightToLeft };
Direction strong_direction(char32_t c);
// A left-to-right letter or a digit (European or Arabic-Indic): what a
// right-to-left reading keeps in its own order, with the neutrals between
// two of them ("10/2020", "A/75/262").
bool is_left_to_right_or_digit(char32_t c);
// False when the UTF-8 text cannot hold a right-to-left letter: every byte
// is under 0xD6, so every code point is under U+0580, below Hebrew, and
// Arabic, Syriac, Thaana and the presentation forms all lie higher. A
// byte scan that spares Latin, Cyrillic and Greek words the decoding.
inline bool may_hold_right_to_left(std::string_view utf8) {
    for (unsigned char b : utf8)
        if (b >= 0xD6) return true;
    return false;
}
// Whether every byte of the text is ASCII (true when empty): a scan that
// spares an ASCII word the decoding.
inline bool all_ascii(std::string_view s) {
    for (unsigned char b : s)
        if (b >= 0x80) return false;
    return true;
}
// An ASCII digit (a byte or a code point), and a text of them only (false
// when empty).
constexpr bool is_ascii_digit(char32_t c) { return c >= U'0' && c <= U'9'; }
inline bool all_ascii_digits(std::string_view s) {
    for (char c : s)
        if (!is_ascii_digit(c)) return false;
    return !s.empty();
}
// The text's words: its runs between ASCII spaces, empty ones left out.
std::vector<std::string_view> space_separated(std::string_view text);

// Levenshtein distance: characters inserted, deleted or replaced to turn
// `a` into `b`.
std::size_t edit_distance(std::u32string_view a, std::u32string_view b);

// Whether the text holds a letter of any script (ICU's alphabetic).
bool has_letter(std::u32string_view cps);
bool has_letter(std::string_view utf8);

// The text without ASCII white space at either end (Tesseract may give a
// word that starts with its space: " A/71/653,").
inline std::string_view trim_ascii_space(std::string_view s) {
    const auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return {};
    return s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1);
}

// The text without any of `ends` at its end, as many as stand there
// ("A/75/249،)." without "،", ")" and "." is "A/75/249").
inline std::string_view without_trailing(std::string_view s, std::initializer_list<std::string_view> ends) {
    for (bool cut = true; cut;) {
        cut = false;
        for (std::string_view e : ends)
            if (!e.empty() && s.ends_with(e)) {
                s.remove_suffix(e.size());
                cut = true;
            }
    }
    return s;
}

// Where OCR ended a textline: the module leaves no space after a
// textline's last word (ocr/src/tesseract_module.cpp).
inline bool ends_ocr_textline(const Word& w) { return w.source == Source::Ocr && !w.space_after; }

// RightToLeft when the text holds a right-to-left letter, else LeftToRight
// when it holds a left-to-right one, else Neutral ("2020", "(1)").
Direction text_direction(std::string_view utf8);

// Han, kana, Hangul, CJK punctuation and full-width forms: scripts written
// without spaces between words.
constexpr bool is_cjk(char32_t c) {
    return (c >= 0x2E80 && c <= 0x2FDF) || (c >= 0x3000 && c <= 0x30FF) || (c >= 0x3100 && c <= 0x31FF) ||
           (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFFEF) ||
           (c >= 0x20000 && c <= 0x3FFFF);
}
// A Han ideograph (the unified block and extension A): what Chinese's OCR
// model reads a character as, without CJK punctuation or kana.
constexpr bool is_ideograph(char32_t c) { return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF); }
// Whether the text holds an ideograph (is_ideograph).
bool has_ideograph(std::string_view utf8);
// Chinese text's clause marks, full width: 。，；：
constexpr bool is_wide_clause_mark(char32_t c) { return c == U'\u3002' || c == U'\uFF0C' || c == U'\uFF1B' || c == U'\uFF1A'; }
// True when text ending in `left` and text starting with `right` meet
// without a space, wherever a line or a page breaks them: both sides are
// CJK ("人类的良" + "心").
bool joins_without_space(std::string_view left, std::string_view right);

// Character classes that say a text layer is broken, and that must never
// reach the output.
constexpr bool is_control(char32_t c) { return c < 0x20 || (c >= 0x7F && c <= 0x9F); }  // C0, DEL, C1
constexpr bool is_private_use(char32_t c) {
    return (c >= 0xE000 && c <= 0xF8FF) || (c >= 0xF0000 && c <= 0xFFFFD) || (c >= 0x100000 && c <= 0x10FFFD);
}
constexpr bool is_noncharacter(char32_t c) {
    return (c >= 0xFDD0 && c <= 0xFDEF) || (c <= 0x10FFFF && (c & 0xFFFE) == 0xFFFE);
}

// True for a code point XML 1.0 allows in character data.
constexpr bool is_xml_char(char32_t c) {
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
           (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

}  // namespace pdf2tei
