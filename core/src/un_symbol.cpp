#include "pdf2tei/un_symbol.hpp"

#include <algorithm>
#include <cctype>

#include "pdf2tei/pattern.hpp"
#include "pdf2tei/text.hpp"

namespace pdf2tei {
namespace {

const Pattern& symbol() {
    // A/RES/74/173, S/RES/2719 (2023), E/CN.15/2021/2, A/C.3/78/L.5, A/80/590
    // A/81/6 (Sect. 10)/Part A*: parts may carry a bracketed qualifier, and
    // the symbol a note mark.
    static const Pattern re(
        R"(^[A-Z]{1,4}(/[A-Z0-9][A-Za-z0-9.\-]*( [A-Z][a-z]*)?(\s*\([A-Za-z0-9. ]{1,12}\))?){1,6}(\s*\(\d{4}\))?\**$)");
    return re;
}

bool has_digit_and_slash(std::string_view s) {
    return s.find('/') != std::string_view::npos && s.find_first_of("0123456789") != std::string_view::npos;
}

}  // namespace

bool is_un_symbol(std::string_view text) {
    const std::string_view s = trim_ascii_space(text);
    return has_digit_and_slash(s) && symbol().matches(s);
}

namespace {

// A space OCR put inside one of the symbol's numbers: between two digits,
// with a slash before the first's run and after the second's ("A/RES/7
// 1/233": a monospaced "1" stands apart in its cell, dev scan300-10
// ar-10-000).
bool splits_a_number(std::string_view text, std::size_t space) {
    if (space == 0 || space + 1 >= text.size() || !is_ascii_digit(text[space - 1]) || !is_ascii_digit(text[space + 1]))
        return false;
    std::size_t before = space - 1;
    while (before > 0 && is_ascii_digit(text[before - 1])) --before;
    std::size_t after = space + 1;
    while (after < text.size() && is_ascii_digit(text[after])) ++after;
    return before > 0 && text[before - 1] == '/' && after < text.size() && text[after] == '/';
}

}  // namespace

// OCR with Russian's model reads a symbol's Latin letters as Cyrillic ones
// ("А/73/155", "А/ВЕ$/74/67": dev scan300-7 ru-7-006, ru-7-011), and its
// S as a З, which stands for the 3 of its shape.
char latin_lookalike(char32_t c) {
    static constexpr std::pair<char32_t, char> kPairs[] = {{U'А', 'A'}, {U'В', 'B'}, {U'Е', 'E'}, {U'К', 'K'},
                                                           {U'М', 'M'}, {U'Н', 'H'}, {U'О', 'O'}, {U'Р', 'P'},
                                                           {U'С', 'C'}, {U'Т', 'T'}, {U'Х', 'X'}, {U'З', '3'}};
    for (const auto& [cyrillic, latin] : kPairs)
        if (c == cyrillic) return latin;
    return 0;
}

namespace {

// The text with Cyrillic look-alike capitals in Latin, and "$" as the "S"
// it was; "" when another non-ASCII character is in it (then it is no
// symbol).
std::string latin_lookalikes(std::string_view text) {
    std::string out;
    for (char32_t c : utf8_decode(text)) {
        if (c < 0x80) out += c == '$' ? 'S' : static_cast<char>(c);
        else if (const char l = latin_lookalike(c)) out += l;
        else return "";
    }
    return out;
}

}  // namespace

// The lowest session read as an organ's "A" misread as a figure: no day
// or month reaches it.
constexpr int kMinSessionBesideFigure = 32;

std::string ocr_un_symbol(std::string_view read) {
    const std::string text = latin_lookalikes(read);
    std::string s;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == ' ' && ((i > 0 && text[i - 1] == '/') || (i + 1 < text.size() && text[i + 1] == '/') ||
                               splits_a_number(text, i)))
            continue;
        s += text[i];
    }
    s = std::string(trim_ascii_space(s));
    // A slash between two numbers read as a letter set apart by spaces
    // ("A/ 80 N 255", its "N" 0.02 sure: dev seed 28 en-28-011.scan), after
    // the symbol's first slash.
    for (std::size_t at = s.find('/'); at != std::string::npos && at + 4 < s.size(); ++at)
        if (is_ascii_digit(s[at]) && s[at + 1] == ' ' && (std::isalpha(static_cast<unsigned char>(s[at + 2])) || s[at + 2] == '|') &&
            s[at + 3] == ' ' && is_ascii_digit(s[at + 4]))
            s.replace(at + 1, 3, "/");
    // No symbol ends in a full stop or a comma: a speck OCR read after it
    // ("A/72/564.", dev seed 13 ru-13-003.scan-bw), or the sentence's.
    while (!s.empty() && (s.back() == '.' || s.back() == ',')) s.pop_back();
    // The slash after the organ's "A" read as a letter, perhaps set apart
    // by spaces ("AIRES/73/300"; "A y 77/ 298": dev seed 7 en-7-018.scan),
    // or as a letter and the slash ("Al/80/972": Chinese's model, dev
    // scan300-11 zh-11-007; no organ's letters are "Al" or "AI"). Before
    // "RES/", any one letter is the slash: an earlier OCR layer, read from
    // a 100-dpi copy, gave "ANRES/71/131" (dev seed 25
    // en-25-009.invisible-ocr).
    // Or lost: "ARES/75/235" (dev seed 30 fr-30-004.glyph-ids); no organ
    // is "ARES".
    if (s.compare(0, 5, "ARES/") == 0) s.insert(1, "/");
    // The organ's "A" and its slash run together read as "N" (/\ and /:
    // "NRES/74/209", dev seed 36 fr-36-008.garbled, a sans face at 300
    // dpi); no organ is "N", and "N" before a session's number and a
    // slash is no word ("N74/209").
    if (s.compare(0, 5, "NRES/") == 0 ||
        (s.size() > 4 && s[0] == 'N' && is_ascii_digit(s[1]) && is_ascii_digit(s[2]) && s[3] == '/' && is_ascii_digit(s[4])))
        s.replace(0, 1, "A/");
    if (s.size() > 2 && s[0] == 'A' && s[1] != '/') {
        std::size_t k = 1;
        while (k < s.size() && s[k] == ' ') ++k;
        const bool before_res = k + 1 < s.size() && s.compare(k + 1, 4, "RES/") == 0 &&
                                std::isalpha(static_cast<unsigned char>(s[k]));
        if (k < s.size() && (before_res || std::string_view("Il1|y").find(s[k]) != std::string_view::npos)) {
            std::size_t rest = k + 1;
            while (rest < s.size() && s[rest] == ' ') ++rest;
            if (s.compare(rest, 4, "RES/") == 0 || (rest < s.size() && s[rest] >= '0' && s[rest] <= '9'))
                s = "A/" + s.substr(rest);
            else if (rest == 2 && s[rest] == '/')
                s = "A" + s.substr(rest);
        }
    }
    // The organ's "A" read as a figure of like shape before a session's
    // number and a document's ("(8/79/42).", "4/80/415، المرفق.": Arabic's
    // model, nearly every symbol of dev scan300-11's and -13's notes). A
    // session past 31 tells it from a date ("8/12/2019").
    if (s.size() > 2 && (s[0] == '8' || s[0] == '4') && s[1] == '/') {
        const std::size_t end = s.find('/', 2);
        const std::string session = end == std::string::npos ? std::string() : s.substr(2, end - 2);
        if (session.size() == 2 && all_ascii_digits(session) && std::stoi(session) >= kMinSessionBesideFigure &&
            end + 1 < s.size() && is_ascii_digit(static_cast<unsigned char>(s[end + 1])))
            s[0] = 'A';
    }
    // "RES" with its R read as the Cyrillic В the model has, as К, or as a
    // figure, and its S as a figure ("A/RE9/74/301": Chinese's model, dev
    // scan300-7 zh-7-000; as Russian's "З", a 3 by its shape: "А/ВЕЗ/
    // 77/100", dev seed 13 ru-13-009.scan; "А/8Е3/71/60": dev seed 25
    // ru-25-006.scan-bw), letter by letter; or its R as К, set apart ("А/К
    // ES/7 7/84": dev seed 14 ru-14-011.scan, Russian's model on a
    // masthead in Times).
    if (const auto at = s.find("/K ES/"); at != std::string::npos) s.replace(at + 1, 4, "RES");
    // Its R may be read as two such letters too ("А/КВЕЗ/74/18", Cyrillic К
    // and В for the R: dev seed 28 ru-28-003.invisible-ocr).
    const auto r_like = [](char c) { return std::string_view("RBK8").find(c) != std::string_view::npos; };
    for (const std::size_t r_letters : {1, 2})
        if (const auto at = s.find('/'); at != std::string::npos && at + r_letters + 3 < s.size() &&
                                         s[at + r_letters + 3] == '/' && r_like(s[at + 1]) && r_like(s[at + r_letters]) &&
                                         s[at + r_letters + 1] == 'E' &&
                                         std::string_view("S5398").find(s[at + r_letters + 2]) != std::string_view::npos)
            s.replace(at + 1, r_letters + 2, "RES");
    // A number's digit read as its letter twin: "A/T3/686" (dev seed 7
    // en-7-004.scan-bw), in a part after the organ's that holds a digit
    // and otherwise only such letters.
    for (std::size_t from = s.find('/'); from != std::string::npos; from = s.find('/', from + 1)) {
        const std::size_t to = std::min(s.find('/', from + 1), s.size());
        std::string part = s.substr(from + 1, to - from - 1);
        static constexpr std::string_view kLetters = "TOlISBZ", kDigits = "7011582";
        const bool digit = std::any_of(part.begin(), part.end(), [](char c) { return c >= '0' && c <= '9'; });
        const bool twins = std::all_of(part.begin(), part.end(), [](char c) {
            return (c >= '0' && c <= '9') || kLetters.find(c) != std::string_view::npos;
        });
        if (!digit || !twins || part.size() > 4) continue;
        for (char& c : part)
            if (const auto k = kLetters.find(c); k != std::string_view::npos) c = kDigits[k];
        s.replace(from + 1, part.size(), part);
    }
    return is_un_symbol(s) ? s : std::string();
}

}  // namespace pdf2tei
