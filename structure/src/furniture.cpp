#include "furniture.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "pdf2tei/language_table.hpp"
#include "pdf2tei/pattern.hpp"
#include "pdf2tei/text.hpp"

namespace pdf2tei::structure {
namespace {

// "3/10", "- 3 -", or a language's "Page 3 of 10" (the tables' page_word
// and page_of, any language's).
const Pattern& page_number() {
    // Every language's word of the kind, as a regex alternation.
    const auto alternatives = [](std::string_view LanguageTable::*field) {
        std::string joined;
        for (const LanguageTable* t : language_tables()) {
            const std::string_view word = t->*field;
            if (word.empty()) continue;
            if (!joined.empty()) joined += '|';
            joined += word;
        }
        return joined;
    };
    static const Pattern re(R"(^(\d{1,4}\s*/\s*\d{1,4}|-?\s*\d{1,4}\s*-?|()" +
                                alternatives(&LanguageTable::page_word) + R"()\s+\d{1,4}(\s+()" +
                                alternatives(&LanguageTable::page_of) + R"()\s+\d{1,4})?)$)",
                            /*ignore_case=*/true);
    return re;
}
// "- 3 -" with en dashes comes as UTF-8 bytes; normalise them first.
std::string ascii_dashes(std::string_view text) {
    std::string s(text);
    for (const char* dash : {"\xE2\x80\x93", "\xE2\x80\x94", "\xE2\x88\x92"})  // en, em, minus
        for (std::size_t at; (at = s.find(dash)) != std::string::npos;) s.replace(at, 3, 1, '-');
    return s;
}
const Pattern& job_number() {
    // 19-22319, 19-22319 (F), 26-00248 (E) 160126, 26-00248 (E)    160126;
    // Geneva's and Vienna's with their office: GE.09-17088 (F) 111209
    // 161209, GE.19-13879(E), V.19-02345 (E). The language's letter may be
    // read as a Cyrillic capital of its shape by OCR with Russian's model
    // ("18-27221 (В)" for (R), dev scan300-7 ru-7-001).
    static const Pattern re(
        R"(^(?:(?:GE|V)\.)?\d{2}-\d{5}(\s*\([A-ZАВЕКМНОРСТХ]\))?(\s+\d{6})?(\s+\d{6})?$)");
    return re;
}
const Pattern& barcode() {
    // *2320100*, and the print date that the extractor may read into the
    // barcode's line when the tall barcode reaches up to it (A/RES/78/1:
    // "23-20100 (E)  271023" over "*2320100*").
    static const Pattern re(R"(^\*\d{6,8}\*(\s*\d{6})?$)");
    return re;
}
// The marks OCR makes of a barcode's stars (job_number_parts' `bar`).
constexpr std::string_view kOcrBarcodeStars = R"([*“”"'‘’#+xX米°])";
// A barcode alone on an OCR line, its stars read as the marks OCR makes of
// them (job_number_parts' `bar`), one or two a side: "*+2321609*" beside
// "23-21609 (C)" across the foot row, far apart (dev scan300-30
// zh-30-001: the row stayed in the body, under the left column's notes,
// which were then no notes). Six to eight figures between such marks are
// no text's.
const Pattern& ocr_barcode() {
    static const Pattern re("^" + std::string(kOcrBarcodeStars) + "{1,2}\\d{6,8}" + std::string(kOcrBarcodeStars) +
                            "{1,2}$");
    return re;
}

// A job number's line in a right-to-left document, its parts in any order
// and the language code's brackets as the layer drew them: "22-12140 (A)
// *2212140*" (LibreOffice), ")A) 26-27622" and "*1729950* )A) 17-29950"
// (XeTeX draws the brackets mirrored; dev seed 9, every Arabic resolution).
// The mirrored page, before its runs are put back, cuts them further:
// "2212140* * ) (A 22-12140".
//
// OCR misreads the code's letter as a digit (")6(" for "(A)" by the Arabic
// model, "(5)" for "(C)" by the Chinese one) and the barcode's stars as
// quotes ("“1914880”"; dev scan300-7 ar-7-000, zh-7-000) or a hash
// ("*2512545#", dev scan300-10 zh-10-004), a plus, an x or the Chinese
// model's "米" ("+2120832+", "米1724515*#", "+*2526225x": scan300-7
// zh-7-010, zh-7-004, zh-7-012), one or two a side, or a star read as
// a word of its own ("米 1724515*#", zh-7-004): beside a job
// number, those count too, as do a doubled bracket or a brace ("((C)",
// zh-7-013; "(F}", fr-7-028.scan-bw) and a degree sign for a star
// ("*2218762°", en-7-009.scan); a digit only in its brackets (a bare "4"
// is the page number beside it).
//
// OCR's Arabic model may also read the code's letter as an Arabic one
// ("(م)", "(ه)": brackets around an Arabic letter), and drop the job
// number's middle digits ("23-7 (A)" for "(A) 23-28457", dev scan300-7
// ar-7-002, ar-7-006; scan300-10 ar-10-003): on an OCR line a job number
// of fewer digits counts too (cut_job).
//
// OCR reads the barcode and the QR code beside a job number as anything:
// "190和", "ZX7BS7", "于 | 上 ZTE 7S19", "人5", a page mark "/2", or an
// ideograph or two before it ("芭 20-25376", "芒友 17-29241"; dev scan300-7
// zh-7-001, -005, -007, -019, -020, -023, -026, -027, -028, where the job
// number stayed in the text). On an OCR line that a whole job number leads,
// after at most one word of kMaxOcrLeadNoise code points, words of at most
// kMaxOcrTrailNoise code points after it count too, and so does a barcode
// read with any two marks or letters a side ("Y2025376#", "#k2317524#",
// "“2110492~": seed 7 zh-7-001.scan-bw, -018.scan-bw, -013.garbled). The
// word before it may also be a page mark read as marks and figures, of
// kMaxOcrLeadMark code points at most ("_9- 24-20538" for "- 2 -
// 24-20538": seed 7 en-7-023.invisible-ocr, fr-7-002.scan, fr-7-022.mixed).
// A barcode read between its stars with a digit or two misread as other
// marks ("*1622/31x*" for *1622731*, dev seed 12 es-12-012.scan-bw) counts
// beside a whole job number too.
//
// OCR may also read a digit too many or too few into the barcode, or a
// figure as a letter ("#259528368#" beside "25-28368 (C)", "1T912176Y"
// beside "19-12176 (C)", "x]82414]*x" beside "18-24141 (C)": dev
// scan300-31 zh-31-000, scan300-30 zh-30-003, seed 31 zh-31-010.garbled,
// where the foot row stayed in the text): beside a whole job number, a
// word whose figures are within kMaxBarcodeDigitEdits of the job number's
// own is its barcode, whatever else OCR made of it. And the QR code read
// as six short words after a job number and its code ("25-21473 (C) 六 司
// 2| 4 3 而", dev scan300-29 zh-29-004): the code is the job number's own
// part, not counted among the line's kMaxOcrJobNumberParts.
constexpr std::size_t kMaxOcrLeadNoise = 2;
constexpr std::size_t kMaxOcrLeadMark = 4;
constexpr std::size_t kMaxOcrTrailNoise = 8;
constexpr std::size_t kMaxJobNumberParts = 6;
constexpr std::size_t kMaxOcrJobNumberParts = 7;
constexpr std::size_t kMaxBarcodeDigitEdits = 2;
constexpr std::size_t kMinBarcodeDigits = 4;

// The figures of `text`, in order.
std::u32string figures_of(std::string_view text) {
    std::u32string out;
    for (char c : text)
        if (is_ascii_digit(c)) out += static_cast<char32_t>(c);
    return out;
}

// A word OCR made of the barcode that prints `job`'s figures (see above):
// ASCII, its figures within kMaxBarcodeDigitEdits of the job number's, at
// most kMaxBarcodeMarks other characters (its stars and misread figures).
constexpr std::size_t kMaxBarcodeMarks = 5;
bool reads_as_barcode_of(std::string_view word, const std::u32string& job) {
    const std::u32string figures = figures_of(word);
    if (figures.size() < kMinBarcodeDigits || word.size() - figures.size() > kMaxBarcodeMarks || !all_ascii(word))
        return false;
    const std::size_t longer = std::max(figures.size(), job.size()), shorter = std::min(figures.size(), job.size());
    return longer - shorter <= kMaxBarcodeDigitEdits && edit_distance(figures, job) <= kMaxBarcodeDigitEdits;
}

bool job_number_parts(const std::string& s, bool ocr) {
    static const Pattern job(R"(^(?:(?:GE|V)\.)?\d{2}-\d{5}$)"), cut_job(R"(^\d{2}-\d{1,5}$)"),
        code(R"(^[(){}]{0,2}[A-Z]?[(){}]?$|^[()][0-9\p{Arabic}][()]$)"),
        bar("^" + std::string(kOcrBarcodeStars) + "{0,2}\\d{6,8}" + std::string(kOcrBarcodeStars) + "{0,2}$|^[*#+米°]$"),
        date(R"(^\d{6}$)"),
        ocr_bar(R"(^[^\d\s]{0,2}\d{6,8}[^\d\s]{0,2}$)"), starred(R"(^\*\d[^\s]{4,8}\*$)");
    bool has_job = false, whole_job = false, noise = false;
    std::size_t codes = 0;
    const auto parts = space_separated(s);
    std::u32string job_figures;
    for (std::string_view part : parts)
        if (job.matches(part)) job_figures = figures_of(part);
    for (std::size_t k = 0; k < parts.size(); ++k) {
        const std::string_view part = parts[k];
        const std::size_t length = utf8_decode(part).size();
        if (job.matches(part)) has_job = whole_job = true;
        else if (ocr && cut_job.matches(part)) has_job = true;
        else if (barcode().matches(part)) return false;  // a whole barcode is a piece of its own
        else if (code.matches(part) && has_letter(part)) ++codes;
        else if (code.matches(part) || bar.matches(part) || date.matches(part)) continue;
        else if (ocr && whole_job && (ocr_bar.matches(part) || starred.matches(part))) noise = true;
        else if (ocr && whole_job && reads_as_barcode_of(part, job_figures)) noise = true;
        else if (ocr && whole_job && length <= kMaxOcrTrailNoise) noise = true;
        else if (ocr && k == 0 && (length <= kMaxOcrLeadNoise || (length <= kMaxOcrLeadMark && !has_letter(part))))
            noise = true;
        else return false;
    }
    const std::size_t counted = noise ? parts.size() - std::min<std::size_t>(codes, 1) : parts.size();
    return has_job && counted <= (noise ? kMaxOcrJobNumberParts : kMaxJobNumberParts);
}

}  // namespace

std::optional<std::string> furniture_type(std::string_view text, bool ocr) {
    // Every form holds a figure: text without one is refused before any
    // regex looks at it (furniture_pieces asks of every run of a band
    // line's words).
    if (text.find_first_of("0123456789") == std::string_view::npos) return std::nullopt;
    const std::string s(trim_ascii_space(ascii_dashes(text)));
    if (s.empty()) return std::nullopt;
    if (barcode().matches(s) || (ocr && ocr_barcode().matches(s))) return "barcode";
    if (job_number().matches(s) || job_number_parts(s, ocr)) return "jobNumber";
    if (page_number().matches(s)) return "pageNum";
    return std::nullopt;
}


std::string furniture_key(std::string_view text) {
    std::string key;
    for (char c : text) {
        const bool digit = c >= '0' && c <= '9';
        if (digit && !key.empty() && key.back() == '#') continue;  // "2/27" and "13/27" alike
        if (digit) c = '#';
        if (c == ' ' && (key.empty() || key.back() == ' ')) continue;
        key += c;
    }
    while (!key.empty() && key.back() == ' ') key.pop_back();
    return key;
}

Block furniture_block(Line line, std::string type, Band band) {
    Block b;
    b.kind = BlockKind::Furniture;
    b.type = std::move(type);
    b.band = band;
    b.box = line.box;
    b.lines.push_back(std::move(line));
    return b;
}

std::vector<Line> split_at_gaps(const Line& line, double gap_em) {
    std::vector<Line> parts;
    for (std::size_t i = 0; i < line.words.size(); ++i) {
        const Word& w = line.words[i];
        bool split = parts.empty();
        if (!split) {
            const Word& prev = parts.back().words.back();
            const double em = std::max({prev.font_size, w.font_size, 1.0});
            // Either way: a right-to-left line's words run leftwards
            // ("الأمم المتحدة" at the right, its symbol at the left).
            const double gap = std::max(w.box.x0 - prev.box.x1, prev.box.x0 - w.box.x1);
            split = gap > gap_em * em;
        }
        if (split) {
            parts.emplace_back();
            parts.back().baseline = line.baseline;
            parts.back().font_size = line.font_size;
        }
        parts.back().words.push_back(w);
        parts.back().box = parts.back().box.united(w.box);
    }
    return parts;
}

void mark_running_furniture(std::vector<Page>& pages) {
    // Each band block's key (page by page, block by block), and the pages
    // on which each key occurs.
    std::vector<std::vector<std::string>> keys(pages.size());
    std::map<std::pair<Band, std::string>, std::set<int>> seen;
    for (std::size_t i = 0; i < pages.size(); ++i)
        for (const auto& b : pages[i].blocks) {
            const bool candidate = b.band != Band::Body && b.kind == BlockKind::Paragraph;
            keys[i].push_back(candidate ? furniture_key(block_text(b)) : std::string());
            if (candidate) seen[{b.band, keys[i].back()}].insert(pages[i].number);
        }
    // After the first page, a top band that carries a UN symbol is the
    // running head, down to the symbol's row: the title beside the symbol
    // too, even in a document of two pages, where it cannot repeat. A
    // line set under that row is the text's (the closing date carried
    // over: "19 March 2022" alone on a last page, dev seed 7 en-7-019).
    std::vector<double> symbol_row_foot(pages.size(), -1);
    for (std::size_t i = 0; i < pages.size(); ++i)
        for (const auto& b : pages[i].blocks)
            if (pages[i].number > 1 && b.band == Band::Top && b.kind != BlockKind::Masthead)
                for (const auto& l : b.lines)
                    for (const auto& w : l.words)
                        if (is_un_symbol(w.text) || (w.source == Source::Ocr && !ocr_un_symbol(w.text).empty()))
                            symbol_row_foot[i] = std::max(symbol_row_foot[i], l.box.y1);
    for (std::size_t i = 0; i < pages.size(); ++i)
        for (std::size_t k = 0; k < pages[i].blocks.size(); ++k) {
            Page& p = pages[i];
            Block& b = p.blocks[k];
            if (b.band == Band::Body || b.kind != BlockKind::Paragraph) continue;
            const bool repeated = seen[{b.band, keys[i][k]}].size() >= 2;
            const bool in_symbol_head = b.band == Band::Top && b.box.y0 < symbol_row_foot[i];
            if (repeated || in_symbol_head) {
                b.kind = BlockKind::Furniture;
                b.type = b.band == Band::Top ? "header" : "footer";
            }
        }
}

}  // namespace pdf2tei::structure
