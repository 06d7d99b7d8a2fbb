#include "pdf2tei/ocr/latin_runs.hpp"

#include <unicode/uchar.h>

#include <algorithm>

#include "pdf2tei/ocr/languages.hpp"
#include "pdf2tei/text.hpp"
#include "pdf2tei/un_symbol.hpp"

namespace pdf2tei::ocr {
namespace {

// Models with no Latin letters, and the Latin model that reads their
// documents' Latin runs.
constexpr std::string_view kLatinless[] = {"ara"};
// Models whose Latin does not hold a symbol together (stretched_figures_companion).
constexpr std::string_view kWeakLatin[] = {"chi_sim", "chi_tra"};
constexpr std::string_view kLatinModel = "eng";

// A word boxed far wider than its characters could be: the page model
// read a Latin run as a few of its own characters, however sure of them
// ("6", 0.69 sure, over the 89 points of "A/RES/78/316"; dev scan300-7
// ar-7-002).
// Figures are narrower: the symbol "A/RES/79/126" read "00006", 0.60 sure,
// over 71 points of 11-point type (dev scan300-10 ar-10-012), a digit
// 1.3 heights wide.
bool stretched(const Word& w) {
    const std::u32string t = utf8_decode(w.text);
    const double chars = std::max(static_cast<double>(t.size()), 1.0);
    const bool figures = !t.empty() && std::all_of(t.begin(), t.end(), [](char32_t c) { return c >= U'0' && c <= U'9'; });
    return w.box.width() > (figures ? kMaxHeightsPerDigit : kMaxHeightsPerChar) * w.box.height() * chars;
}

bool unsure(const Word& w) {
    return w.source == Source::Ocr && (w.confidence < kLatinRereadConfidence || stretched(w));
}

bool has_letters(const Word& w) {
    const std::u32string t = utf8_decode(w.text);
    return std::any_of(t.begin(), t.end(), [](char32_t c) { return u_isalpha(static_cast<UChar32>(c)); });
}

bool stretched_figures(const Word& w) { return w.source == Source::Ocr && stretched(w) && !has_letters(w); }

// Padding around a run, in units of its height: enough for the Latin model
// to see whole letters, not enough to take in the next line.
constexpr double kRunPadding = 0.25;

// A gap wider than this many times the words' height parts two runs: the
// masthead's Latin symbol across the page from its Arabic title on one
// textline ("الأمم المتحدة" ... "A/76/920", dev scan300-7 ar-7-000).
constexpr double kRunGapHeights = 2.0;

bool far_apart(const Word& a, const Word& b) {
    const double gap = std::max(a.box.x0, b.box.x0) - std::min(a.box.x1, b.box.x1);
    return gap > kRunGapHeights * std::max(a.box.height(), b.box.height());
}

bool ascii_word(const Word& w) { return !w.text.empty() && all_ascii(w.text); }

// CutSymbol's opening.
bool cut_symbol_opening(const Word& w) {
    const std::string& t = w.text;
    const std::size_t slash = t.find('/');
    if (w.source != Source::Ocr || slash == 0 || slash > 2 || slash == std::string::npos || !ascii_word(w))
        return false;
    return std::all_of(t.begin(), t.begin() + static_cast<std::ptrdiff_t>(slash), [](char c) { return c >= 'A' && c <= 'Z'; }) &&
           ocr_un_symbol(t).empty();
}

}  // namespace

std::string latin_companion(std::string_view tesseract_languages) {
    const auto models = tesseract_models(tesseract_languages);
    if (models.empty()) return "";
    for (std::string_view m : models)
        if (std::find(std::begin(kLatinless), std::end(kLatinless), m) == std::end(kLatinless)) return "";
    return std::string(kLatinModel);
}

std::string stretched_figures_companion(std::string_view tesseract_languages) {
    const auto models = tesseract_models(tesseract_languages);
    for (std::string_view m : models)
        if (std::find(std::begin(kWeakLatin), std::end(kWeakLatin), m) == std::end(kWeakLatin)) return "";
    return models.empty() ? "" : std::string(kLatinModel);
}

bool reads_as_un_symbol(const std::vector<Word>& reading) {
    std::string read;
    for (const auto& w : reading) read += (read.empty() ? "" : " ") + w.text;
    return !ocr_un_symbol(read).empty();
}

std::vector<WordRun> unsure_runs(const std::vector<Word>& words, bool stretched_only) {
    const auto candidate = stretched_only ? stretched_figures : unsure;
    std::vector<WordRun> runs;
    for (std::size_t i = 0; i < words.size();) {
        if (!candidate(words[i])) {
            ++i;
            continue;
        }
        std::size_t end = i + 1;
        while (end < words.size() && !ends_ocr_textline(words[end - 1]) && candidate(words[end]) &&
               !far_apart(words[end - 1], words[end]))
            ++end;
        runs.push_back({i, end});
        i = end;
    }
    return runs;
}

std::vector<CutSymbol> cut_symbols(const std::vector<Word>& words) {
    std::vector<CutSymbol> out;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (!cut_symbol_opening(words[i])) continue;
        CutSymbol cut{i, {}, words[i].box};
        const double height = words[i].box.height();
        // Along the row, each next ASCII word within reach of the span so far.
        for (bool grew = true; grew;) {
            grew = false;
            for (std::size_t k = 0; k < words.size(); ++k) {
                const Word& w = words[k];
                if (k == i || std::find(cut.rest.begin(), cut.rest.end(), k) != cut.rest.end() || !ascii_word(w) ||
                    w.source != Source::Ocr || w.box.vertical_overlap(cut.region) < 0.5 * std::min(w.box.height(), height))
                    continue;
                const double gap = std::max(w.box.x0, cut.region.x0) - std::min(w.box.x1, cut.region.x1);
                if (gap > kMaxSymbolRestHeights * height) continue;
                cut.rest.push_back(k);
                cut.region = cut.region.united(w.box);
                grew = true;
            }
        }
        if (cut.rest.empty()) continue;
        std::sort(cut.rest.begin(), cut.rest.end());
        cut.region = padded_region(cut.region);
        out.push_back(std::move(cut));
    }
    return out;
}

void mend_cut_symbol(std::vector<Word>& words, const CutSymbol& cut, const std::vector<Word>& reading) {
    if (reading.empty()) return;
    Word& w = words[cut.opening];
    std::string text;
    Box box = reading.front().box;
    double confidence = 0;
    for (const auto& r : reading) {
        text += r.text;
        box = box.united(r.box);
        confidence += r.confidence;
    }
    w.text = text;
    w.box = box;
    w.confidence = static_cast<float>(confidence / static_cast<double>(reading.size()));
    w.glyphs.clear();
    for (auto k = cut.rest.rbegin(); k != cut.rest.rend(); ++k) {
        // A textline's end passes to the word before it.
        if (ends_ocr_textline(words[*k]) && *k > 0) words[*k - 1].space_after = false;
        words.erase(words.begin() + static_cast<std::ptrdiff_t>(*k));
    }
}

std::vector<WordRun> ocr_textlines(const std::vector<Word>& words) {
    std::vector<WordRun> lines;
    for (std::size_t begin = 0; begin < words.size();) {
        std::size_t end = begin;
        while (end < words.size() && !ends_ocr_textline(words[end])) ++end;
        end = std::min(end + 1, words.size());
        lines.push_back({begin, end});
        begin = end;
    }
    return lines;
}

double mean_confidence(std::vector<Word>::const_iterator begin, std::vector<Word>::const_iterator end) {
    if (begin == end) return 0;
    double sum = 0;
    for (auto w = begin; w != end; ++w) sum += w->confidence;
    return sum / static_cast<double>(end - begin);
}

void keep_words_within_rows(std::vector<Word>& reading, double top, double bottom) {
    std::erase_if(reading, [&](const Word& w) {
        const double middle = (w.box.y0 + w.box.y1) / 2;
        return middle < top || middle > bottom;
    });
}

Box run_box(const std::vector<Word>& words, const WordRun& run) {
    Box b = words[run.begin].box;
    for (std::size_t k = run.begin + 1; k < run.end; ++k) b = b.united(words[k].box);
    return b;
}

Box padded_region(const Box& b) {
    const double pad = kRunPadding * b.height();
    return {b.x0 - pad, b.y0 - pad, b.x1 + pad, b.y1 + pad};
}

Box run_region(const std::vector<Word>& words, const WordRun& run) { return padded_region(run_box(words, run)); }

bool latin_reading_wins(const std::vector<Word>& words, const WordRun& run, const std::vector<Word>& latin) {
    if (latin.empty()) return false;
    const auto run_begin = words.begin() + static_cast<std::ptrdiff_t>(run.begin);
    const auto run_end = words.begin() + static_cast<std::ptrdiff_t>(run.end);
    const bool over_letters = std::any_of(run_begin, run_end, [](const Word& w) {
        const std::u32string t = utf8_decode(w.text);
        return std::any_of(t.begin(), t.end(), [](char32_t c) { return c >= 0x80 && u_isalpha(static_cast<UChar32>(c)); });
    });
    // A stretched word's confidence is no measure (kLatinAcceptStretchedConfidence).
    double mine = 0, theirs = 0;
    for (std::size_t k = run.begin; k < run.end; ++k) mine += stretched(words[k]) ? 0.0 : words[k].confidence;
    mine /= static_cast<double>(run.end - run.begin);
    const Box span = run_box(words, run);
    const bool all_stretched = std::all_of(run_begin, run_end, stretched) &&
                               span.width() >= kMinStretchedRunHeights * span.height();
    const double bar = all_stretched && !over_letters ? kLatinAcceptStretchedConfidence : kLatinAcceptConfidence;
    // Over such a run, a reading in a UN symbol's form is taken however
    // unsure the model says it is: the form is the evidence ("A/RES/7
    // 2/206", 0.26 sure, over "006" boxed 85 points wide: dev scan300-7
    // ar-7-012, whose masthead was lost with it).
    if (all_stretched && !over_letters && reads_as_un_symbol(latin)) return true;
    std::size_t ascii = 0, alnum = 0;
    for (const auto& w : latin) {
        theirs += w.confidence;
        for (char32_t c : utf8_decode(w.text)) {
            if (!u_isalnum(static_cast<UChar32>(c))) continue;
            ++alnum;
            ascii += c < 0x80;
        }
    }
    theirs /= static_cast<double>(latin.size());
    if (!(alnum > 0 && static_cast<double>(ascii) >= kLatinShare * static_cast<double>(alnum) &&
          theirs >= bar && theirs >= mine + kLatinRereadMargin))
        return false;
    // A reading in a UN symbol's form needs only the usual bar over letters:
    // an Arabic word never reads as one, and the Arabic model reads the
    // masthead's symbol as a few letters and figures ("9و0", 0.36 sure,
    // over "A/80/749", which `eng` reads 0.82 sure: dev scan300-11
    // ar-11-005, whose masthead was lost with it).
    if (over_letters && !reads_as_un_symbol(latin) && std::any_of(latin.begin(), latin.end(), [](const Word& w) {
            return w.confidence < kLatinAcceptOverLettersConfidence;
        }))
        return false;
    // The same characters in another order are the page model's to order:
    // the Latin model reads Arabic's "7 -" left to right, "-7" (dev
    // scan300-7 ar-7-003).
    const auto characters = [](auto first, auto last) {
        std::string all;
        for (auto w = first; w != last; ++w)
            for (char c : w->text)
                if (c != ' ') all += c;
        std::sort(all.begin(), all.end());
        return all;
    };
    return characters(run_begin, run_end) != characters(latin.begin(), latin.end());
}

int replace_runs(std::vector<Word>& words, const std::vector<WordRun>& runs, std::vector<std::vector<Word>> readings,
                 bool as_read) {
    std::vector<Word> out;
    out.reserve(words.size());
    int replaced = 0;
    std::size_t next = 0;
    for (std::size_t r = 0; r < runs.size(); ++r) {
        const WordRun& run = runs[r];
        for (; next < run.begin; ++next) out.push_back(std::move(words[next]));
        if (r >= readings.size() || readings[r].empty()) continue;
        const Word& first = words[run.begin];
        const bool line_end = ends_ocr_textline(words[run.end - 1]);
        for (auto& w : readings[r]) {
            w.source = Source::Ocr;
            if (!as_read) {
                w.font_size = first.font_size;
                w.baseline = 0;
            }
            w.space_after = true;
            out.push_back(std::move(w));
        }
        if (line_end) out.back().space_after = false;
        ++replaced;
        next = run.end;
    }
    for (; next < words.size(); ++next) out.push_back(std::move(words[next]));
    words = std::move(out);
    return replaced;
}

}  // namespace pdf2tei::ocr
