#include "pdf2tei/ocr/layer_patch.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <string_view>

#include "pdf2tei/stats.hpp"
#include "pdf2tei/text.hpp"

namespace pdf2tei::ocr {

bool trusted_layer_char(char32_t c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
    // Same glyph at this code in ASCII, OT1 and T1. Left out: ' and `
    // (curly quotes in TeX), " < > \ { | } _ ^ ~ (quotes, dashes, accents),
    // $ and & (italic OT1 draws a pound sign at $).
    return std::u32string_view(U".,;:()/-%!?[]*+=").find(c) != std::u32string_view::npos;
}

bool trusted_layer_word(const Word& w) {
    const std::u32string cps = utf8_decode(w.text);
    return !cps.empty() && std::all_of(cps.begin(), cps.end(), trusted_layer_char);
}

namespace {

bool holds(const Box& b, double x, double y) { return x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1; }

bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

// Band height for finding a symbol's word, and the most bands a word's box
// may span (40 pt: the tallest type on a page of text, and some).
constexpr double kOwnerBandPt = 10;
constexpr long kMaxOwnerBands = 40;
// Coordinates beyond this (points) are a hostile file's, not a page's.
constexpr double kMaxCoordinate = 1e6;

// The layer word whose box holds each symbol's centre, or -1. Boxes of
// fonts without ToUnicode can be taller than the line pitch, so where two
// hold it, the one whose middle is nearest takes it.
std::vector<int> owners(const std::vector<Word>& words, const std::vector<OcrSymbol>& symbols) {
    // Words by horizontal bands of the page, so each symbol is tested
    // against the words of its band only: a dense lossy page holds thousands
    // of words and ten times as many symbols. A box taller than
    // kMaxOwnerBands bands, or beyond kMaxCoordinate (a hostile file's), is left out:
    // its word keeps the layer's text.
    std::map<long, std::vector<std::size_t>> bands;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const Box& b = words[i].box;
        if (b.empty() || !(std::fabs(b.y0) < kMaxCoordinate) || !(std::fabs(b.y1) < kMaxCoordinate)) continue;
        const long first = static_cast<long>(std::floor(b.y0 / kOwnerBandPt));
        const long last = static_cast<long>(std::floor(b.y1 / kOwnerBandPt));
        if (last - first > kMaxOwnerBands) continue;
        for (long band = first; band <= last; ++band) bands[band].push_back(i);
    }
    std::vector<int> out(symbols.size(), -1);
    for (std::size_t k = 0; k < symbols.size(); ++k) {
        const Box& b = symbols[k].box;
        const double cx = (b.x0 + b.x1) / 2, cy = (b.y0 + b.y1) / 2;
        if (!(std::fabs(cy) < kMaxCoordinate)) continue;  // NaN too
        const auto band = bands.find(static_cast<long>(std::floor(cy / kOwnerBandPt)));
        if (band == bands.end()) continue;
        double best = 0;
        for (std::size_t i : band->second) {  // in layer order, as before
            if (!holds(words[i].box, cx, cy)) continue;
            const double off = std::fabs((words[i].box.y0 + words[i].box.y1) / 2 - cy);
            if (out[k] >= 0 && off >= best) continue;
            out[k] = static_cast<int>(i);
            best = off;
        }
    }
    return out;
}

// A symbol alone in a layer word of another line than the one holding most
// of its OCR word goes with the rest of its word: a capital's accent ("É")
// reaches into the line above. (On the same line, two layer words that
// share an OCR word are a word the layer split: see the groups below.)
void follow_own_word(std::vector<int>& owner, const std::vector<OcrSymbol>& symbols, const std::vector<Word>& words) {
    std::map<int, std::map<int, int>> tally;  // OCR word -> layer word -> symbols
    for (std::size_t k = 0; k < symbols.size(); ++k)
        if (owner[k] >= 0 && symbols[k].word >= 0) ++tally[symbols[k].word][owner[k]];
    for (std::size_t k = 0; k < symbols.size(); ++k) {
        if (owner[k] < 0 || symbols[k].word < 0) continue;
        const auto& t = tally[symbols[k].word];
        const auto main = std::max_element(t.begin(), t.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
        if (main->first == owner[k] || main->second < 2 || t.at(owner[k]) != 1) continue;
        const Box& home = words[static_cast<std::size_t>(main->first)].box;
        const Box& here = words[static_cast<std::size_t>(owner[k])].box;
        const double mid = (here.y0 + here.y1) / 2;
        if (mid < home.y0 || mid > home.y1) owner[k] = main->first;
    }
}

// The text without its accents (NFD, marks dropped): "États" -> "Etats".
std::string unaccented(const std::string& text) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    if (U_FAILURE(status)) return text;
    const icu::UnicodeString decomposed = nfd->normalize(icu::UnicodeString::fromUTF8(text), status);
    if (U_FAILURE(status)) return text;
    icu::UnicodeString out;
    for (int32_t i = 0; i < decomposed.length();) {
        const UChar32 c = decomposed.char32At(i);
        if (u_charType(c) != U_NON_SPACING_MARK) out.append(c);
        i += U16_LENGTH(c);
    }
    std::string utf8;
    out.toUTF8String(utf8);
    return utf8;
}

// Union-find: the group a layer word belongs to, halving paths as it goes.
int root(std::vector<int>& parent, int i) {
    auto at = [&](int k) -> int& { return parent[static_cast<std::size_t>(k)]; };
    while (at(i) != i) {
        at(i) = at(at(i));
        i = at(i);
    }
    return i;
}

// The type size OCR measured for a word's symbols (their words' x-heights):
// the median, or 0 with none.
double measured_size(const std::vector<const OcrSymbol*>& symbols) {
    std::vector<double> sizes;
    sizes.reserve(symbols.size());
    for (const auto* s : symbols) sizes.push_back(s->font_size);
    return median(std::move(sizes));
}

// Sizes and boxes from OCR. Poppler's sizes for fonts without ToUnicode
// are off by a factor of their own for each font (Type 3 bitmap fonts:
// 12.7 pt for 10.9 pt text, 15.4 pt for 9 pt notes, so notes read as
// headings), and their boxes are too tall (20 pt for 9 pt notes set 11 pt
// apart, so lines overlap). So each size the layer uses is calibrated on
// the words set in it that OCR read as words of their own:
//  - the size, by the median factor of OCR's size to the layer's;
//  - the box, by where OCR's word box (the ink) stands within the layer's,
//    as shares of the layer box's height from its foot.
// A size too rare to calibrate (note calls) takes the calibration of the
// page's most measured size. A box is so moved from its own foot and
// height, so a raised call stays raised. (OCR's symbol boxes are too loose
// for this: LSTM places a word's last symbols roughly, and drops calls.)
struct Calibration {
    double size = 1;  // OCR size / layer size
    double top = 1;   // ink top above the layer box's foot, in layer box heights
    double foot = 0;  // ink foot above it
};

void rescale(std::vector<Word>& words, const std::vector<double>& layer_sizes,
             const std::vector<std::vector<const OcrSymbol*>>& symbols, const std::vector<Word>& ocr_words) {
    const auto key = [](double size) { return std::lround(size * 100); };
    struct Samples { std::vector<double> size, top, foot; };
    std::map<long, Samples> samples;
    for (std::size_t k = 0; k < words.size(); ++k) {
        const auto& syms = symbols[k];
        const double measured = measured_size(syms);
        if (syms.size() < kMinCheckedWordLength || measured <= 0 || layer_sizes[k] <= 0) continue;
        // One OCR word, all of whose symbols lie in this layer word.
        const int id = syms.front()->word;
        if (id < 0 || static_cast<std::size_t>(id) >= ocr_words.size()) continue;
        if (!std::all_of(syms.begin(), syms.end(), [&](const OcrSymbol* s) { return s->word == id; })) continue;
        const Box& ink = ocr_words[static_cast<std::size_t>(id)].box;
        const Box& box = words[k].box;
        if (box.height() <= 0) continue;
        auto& s = samples[key(layer_sizes[k])];
        s.size.push_back(measured / layer_sizes[k]);
        s.top.push_back((box.y1 - ink.y0) / box.height());
        s.foot.push_back((box.y1 - ink.y1) / box.height());
    }
    std::map<long, Calibration> calibration;
    Calibration usual;
    std::size_t most = 0;
    for (const auto& [size, s] : samples) {
        if (static_cast<int>(s.size.size()) < kMinSizeSamples) continue;
        const Calibration c{median(s.size), median(s.top), median(s.foot)};
        calibration[size] = c;
        if (s.size.size() > most) most = s.size.size(), usual = c;
    }
    if (most == 0) return;  // nothing measured: the layer's own
    for (std::size_t k = 0; k < words.size(); ++k) {
        const auto found = calibration.find(key(layer_sizes[k]));
        const Calibration& c = found == calibration.end() ? usual : found->second;
        Word& w = words[k];
        const double foot = w.box.y1, height = w.box.height();
        w.font_size = layer_sizes[k] * c.size;
        w.box.y0 = foot - c.top * height;
        w.box.y1 = foot - c.foot * height;
    }
}

std::string spelled(std::vector<const OcrSymbol*> symbols) {
    std::stable_sort(symbols.begin(), symbols.end(), [](const OcrSymbol* a, const OcrSymbol* b) { return a->box.x0 < b->box.x0; });
    std::string s;
    for (const auto* sym : symbols) s += sym->text;
    return s;
}

// A word the layer spells right but for accents it dropped (Poppler drops
// accents coded as controls: "a" for "à", "Etats"): OCR read it as one
// word that, accents aside, is the layer's, and is sure of it (it also
// reads accents that are not there: "prochaïne", at 0.68).
bool lost_accents(const Word& layer, const std::vector<const OcrSymbol*>& read, const std::vector<Word>& ocr_words) {
    if (read.empty()) return false;
    const int id = read.front()->word;
    if (id < 0 || static_cast<std::size_t>(id) >= ocr_words.size()) return false;
    if (!std::all_of(read.begin(), read.end(), [&](const OcrSymbol* s) { return s->word == id; })) return false;
    const Word& ocr = ocr_words[static_cast<std::size_t>(id)];
    return ocr.confidence >= kMinAccentConfidence && ocr.text != layer.text && unaccented(ocr.text) == layer.text;
}

}  // namespace

LayerPatch patch_layer(const std::vector<Word>& layer, const std::vector<OcrSymbol>& symbols,
                       const std::vector<Word>& ocr_words) {
    LayerPatch out;
    const std::size_t n = layer.size();
    std::vector<int> owner = owners(layer, symbols);
    follow_own_word(owner, symbols, layer);
    std::vector<std::vector<const OcrSymbol*>> read(n);  // each layer word's symbols, then its group's
    std::map<int, std::vector<int>> touched;               // OCR word -> the layer words it lies in
    std::map<int, std::vector<const OcrSymbol*>> dropped;  // OCR word -> its symbols in no layer word
    for (std::size_t k = 0; k < symbols.size(); ++k) {
        if (owner[k] >= 0) {
            read[static_cast<std::size_t>(owner[k])].push_back(&symbols[k]);
            auto& t = touched[symbols[k].word];
            if (std::find(t.begin(), t.end(), owner[k]) == t.end()) t.push_back(owner[k]);
        } else if (symbols[k].word >= 0 && !blank(symbols[k].text)) {
            dropped[symbols[k].word].push_back(&symbols[k]);
        }
    }

    // Groups: the layer words that one OCR word with dropped glyphs spans
    // ("o" "ering" -> "offering") are patched as one.
    std::vector<int> parent(n);
    std::iota(parent.begin(), parent.end(), 0);
    std::vector<char> patch(n, 0);
    for (std::size_t i = 0; i < n; ++i) patch[i] = !trusted_layer_word(layer[i]) || lost_accents(layer[i], read[i], ocr_words);
    // A word in pieces (kMinPieceOverlapEm) is patched whole when a piece
    // is: else the letter under the accent stayed beside OCR's reading of
    // the accented one ("seráa", "Exáamenes": dev seed 7
    // es-7-029.no-tounicode, pdfTeX's Type 3 fonts).
    for (std::size_t i = 0; i + 1 < n; ++i) {
        const Box &a = layer[i].box, &b = layer[i + 1].box;
        const double em = std::max(std::max(layer[i].font_size, layer[i + 1].font_size), 1.0);
        // On one line: a Type 3 font's boxes stand tall, and the next line's
        // first word overlapped this line's by a point ("opresión;" over
        // "1.", dev seed 7 es-7-005.no-tounicode).
        const bool one_line = a.vertical_overlap(b) >= 0.5 * std::min(a.height(), b.height());
        const bool pieces = a.horizontal_overlap(b) >= kMinPieceOverlapEm * em && one_line;
        if (!pieces || !(patch[i] || patch[i + 1])) continue;
        parent[static_cast<std::size_t>(root(parent, static_cast<int>(i + 1)))] = root(parent, static_cast<int>(i));
        patch[i] = patch[i + 1] = 1;
    }
    std::vector<std::vector<const OcrSymbol*>> extra(n);  // dropped glyphs, by the group's first word
    for (const auto& [ocr_word, lost] : dropped) {
        const auto t = touched.find(ocr_word);
        if (t == touched.end()) continue;  // a whole word the layer lacks: noise as often as text
        const auto& members = t->second;
        const int first = *std::min_element(members.begin(), members.end());
        for (int m : members) {
            parent[static_cast<std::size_t>(root(parent, m))] = root(parent, first);
            patch[static_cast<std::size_t>(m)] = 1;
        }
        auto& e = extra[static_cast<std::size_t>(first)];
        e.insert(e.end(), lost.begin(), lost.end());
    }
    // A group is led by its first word in layer order.
    std::vector<int> leader(n, -1);
    for (std::size_t i = 0; i < n; ++i) {
        const auto r = static_cast<std::size_t>(root(parent, static_cast<int>(i)));
        if (leader[r] < 0 || static_cast<int>(i) < leader[r]) leader[r] = static_cast<int>(i);
    }

    double confidence_sum = 0;
    int confidence_count = 0;
    std::vector<int> emitted(n, -1);  // group root -> index in out.words
    std::vector<std::vector<const OcrSymbol*>> out_symbols;  // each out word's symbols
    for (std::size_t i = 0; i < n; ++i) {
        if (!patch[i]) {
            if (layer[i].text.size() >= kMinCheckedWordLength) {
                ++out.checked;
                out.agreed += spelled(read[i]) == layer[i].text;
            }
            out.words.push_back(layer[i]);
            out_symbols.push_back(read[i]);
            continue;
        }
        const auto r = static_cast<std::size_t>(root(parent, static_cast<int>(i)));
        if (emitted[r] >= 0) {  // a later member of a group already begun
            Word& w = out.words[static_cast<std::size_t>(emitted[r])];
            w.box = w.box.united(layer[i].box);
            w.space_after = layer[i].space_after;
            continue;
        }
        emitted[r] = static_cast<int>(out.words.size());
        out.words.push_back(layer[i]);
        out_symbols.emplace_back();
    }
    // Spell each patched word (group) from all its symbols, left to right.
    std::vector<std::vector<const OcrSymbol*>> group_symbols(n);
    for (std::size_t i = 0; i < n; ++i) {
        if (!patch[i]) continue;
        auto& g = group_symbols[static_cast<std::size_t>(root(parent, static_cast<int>(i)))];
        g.insert(g.end(), read[i].begin(), read[i].end());
        g.insert(g.end(), extra[i].begin(), extra[i].end());
    }
    for (std::size_t r = 0; r < n; ++r) {
        if (emitted[r] < 0) continue;
        Word& w = out.words[static_cast<std::size_t>(emitted[r])];
        auto g = group_symbols[r];
        if (g.empty()) {  // OCR saw nothing there: the layer's text stays
            w.glyphs = layer[static_cast<std::size_t>(leader[r])].glyphs;
            ++out.unread;
            continue;
        }
        std::stable_sort(g.begin(), g.end(), [](const OcrSymbol* a, const OcrSymbol* b) { return a->box.x0 < b->box.x0; });
        out_symbols[static_cast<std::size_t>(emitted[r])] = g;
        w.text.clear();
        w.glyphs.clear();
        float conf = 0;
        for (const auto* sym : g) {
            w.text += sym->text;
            for (char32_t cp : utf8_decode(sym->text)) w.glyphs.push_back({cp, sym->box});
            w.box.x0 = std::min(w.box.x0, sym->box.x0);  // a dropped glyph at either end
            w.box.x1 = std::max(w.box.x1, sym->box.x1);
            conf += sym->confidence;
        }
        w.confidence = conf / static_cast<float>(g.size());
        w.source = Source::Ocr;
        w.flags |= kFlagOcrPatched;
        confidence_sum += w.confidence;
        ++confidence_count;
        ++out.patched;
    }
    std::vector<double> layer_sizes;
    for (const auto& w : out.words) layer_sizes.push_back(w.font_size);
    rescale(out.words, layer_sizes, out_symbols, ocr_words);
    if (confidence_count > 0) out.confidence = static_cast<float>(confidence_sum / confidence_count);
    out.usable = out.checked >= kMinAgreementWords &&
                 out.agreed >= kMinLayerAgreement * static_cast<double>(out.checked);
    return out;
}

}  // namespace pdf2tei::ocr
