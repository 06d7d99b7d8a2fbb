#include "pdf2tei/text.hpp"

#include <unicode/utf8.h>

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
        if (!out.empty()) out += ' ';
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

std::u32string utf8_decode(std::string_view s) {
    std::u32string out;
    out.reserve(s.size());
    const auto* p = reinterpret_cast<const uint8_t*>(s.data());
    int32_t i = 0, n = static_cast<int32_t>(s.size());
    while (i < n) {
        UChar32 c;
        U8_NEXT(p, i, n, c);
        out.push_back(c < 0 ? U'\uFFFD' : static_cast<char32_t>(c));
    }
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

}  // namespace pdf2tei
