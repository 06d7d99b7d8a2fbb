#include "pdf2tei/ocr/triage.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>

#include "pdf2tei/text.hpp"

namespace pdf2tei::ocr {
namespace {

struct Counts {
    int alnum = 0;  // letters and digits
    // Controls, private use, U+FFFD, noncharacters, in words with a letter
    // or digit. A word of such glyphs alone is a symbol font's (a Code 39
    // barcode drawn in private use, an emblem): set aside, it costs the
    // page's layer nothing.
    int bad = 0;
};

Counts count(const std::vector<Word>& words) {
    Counts c;
    for (const auto& w : words) {
        if (all_ascii(w.text)) {  // the usual case, without decoding
            for (unsigned char b : w.text) {
                if ((b >= '0' && b <= '9') || ((b | 0x20) >= 'a' && (b | 0x20) <= 'z')) ++c.alnum;
                else if (is_control(b)) ++c.bad;
            }
            continue;
        }
        int alnum = 0, bad = 0;
        for (char32_t cp : utf8_decode(w.text)) {
            if (u_isalnum(static_cast<UChar32>(cp))) ++alnum;
            if (is_control(cp) || is_private_use(cp) || is_noncharacter(cp) || cp == 0xFFFD) ++bad;
        }
        c.alnum += alnum;
        if (alnum > 0) c.bad += bad;
    }
    return c;
}

// Enough of a page's text to tell language from letter soup. Measured:
// with 1.5 KB the classifier took some scrambled pages for a language
// (garbled triage 0.89), so the sample is the classifier's own maximum.
std::string sample_text(const std::vector<Word>& words) {
    std::string s;
    for (const auto& w : words) {
        if (s.size() >= kLanguageSampleBytes) break;
        s += w.text;
        s += ' ';
    }
    return s;
}

std::vector<std::string> texts(const std::vector<Word>& words) {
    std::vector<std::string> out;
    out.reserve(words.size());
    for (const auto& w : words) out.push_back(w.text);
    return out;
}

// Whether the layer reads as language. The classifier decides when it is
// sure of one language; when it hesitates (several candidates, or none),
// the dictionary of its best guess arbitrates. `force_dictionary` asks the
// dictionary even when the classifier is sure: an OCR layer in the wrong
// language can be sure-looking nonsense of the right script.
struct LanguageCheck {
    bool reads = false;
    bool borderline = false;  // the dictionary decided, within kArbiterMargin of its bar
    std::string language;     // the best guess, when there is one
    std::string why;          // when it does not read
};

double soup_bar(const LanguageOracle& oracle, const std::string& language) {
    return oracle.letter_soup_bar ? oracle.letter_soup_bar(language) : kMinCommonWordShare;
}

// Whether `language`'s common words are at least `bar` of the layer's
// (true without a table of them); `why` says what failed. `word_texts()`
// gives the layer's words, made only if they are read.
template <typename Texts>
bool has_common_words(Texts&& word_texts, const LanguageOracle& oracle, const std::string& language, double bar,
                      std::string& why) {
    const double common = bar > 0 && oracle.common_share ? oracle.common_share(language, word_texts()) : -1;
    if (common < 0 || common >= bar) return true;
    why = "only " + std::to_string(static_cast<int>(common * 100)) + "% of words are common " + language + " words";
    return false;
}

LanguageCheck check_language(const std::vector<Word>& words, const LanguageOracle& oracle, bool force_dictionary,
                             double min_hits) {
    LanguageCheck out;
    const auto candidates = oracle.candidates(sample_text(words));
    // The words' texts, as the tables and the dictionary read them: made
    // once, and only when one of them is asked.
    std::optional<std::vector<std::string>> made;
    const auto word_texts = [&]() -> const std::vector<std::string>& {
        if (!made) made = texts(words);
        return *made;
    };
    if (candidates.size() == 1 && !force_dictionary) {
        out.reads = has_common_words(word_texts, oracle, candidates.front(), soup_bar(oracle, candidates.front()), out.why);
        if (!out.reads) {
            out.language = candidates.front();
            // A page of references or names has few function words too
            // (a Russian list of endnotes, "См. Официальные отчеты
            // Генеральной Ассамблеи ...": 0-1%): the dictionary, where the
            // language has one, tells it from letter soup.
            const double hits = oracle.hit_rate(out.language, word_texts());
            if (hits >= min_hits) {
                out.reads = true;
                out.why.clear();
            }
        }
        return out;
    }
    if (candidates.empty() && !force_dictionary) {
        out.why = "text matches no language";
        return out;
    }
    out.language = candidates.empty() ? "" : candidates.front();
    const double hits = out.language.empty() ? -1 : oracle.hit_rate(out.language, word_texts());
    if (hits < 0) {  // no dictionary for it: trust a sure classifier, with the common words it has
        if (candidates.size() != 1) {
            out.why = "text matches no language";
            return out;
        }
        const double bar = std::max(soup_bar(oracle, out.language), kMinCommonWordShareWithoutDictionary);
        out.reads = has_common_words(word_texts, oracle, out.language, bar, out.why);
        return out;
    }
    out.borderline = std::fabs(hits - min_hits) < kArbiterMargin;
    out.reads = hits >= min_hits;
    if (!out.reads)
        out.why = "only " + std::to_string(static_cast<int>(hits * 100)) + "% of words are " + out.language + " words";
    return out;
}

// A word as the arbiter compares it: lower case, letters and digits only;
// empty when fewer than 3 remain.
std::string comparable(const std::string& text) {
    std::u32string kept;
    for (char32_t cp : utf8_decode(text))
        if (u_isalnum(static_cast<UChar32>(cp))) kept.push_back(static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp))));
    return kept.size() >= 3 ? utf8_encode(kept) : std::string();
}

bool centre_in(const Box& w, const Box& band) {
    const double cx = (w.x0 + w.x1) / 2, cy = w.center_y();
    return cx >= band.x0 && cx <= band.x1 && cy >= band.y0 && cy <= band.y1;
}

}  // namespace

Judgement judge_page(const TextLayerStats& stats, const std::vector<Word>& words, const LanguageOracle& oracle) {
    Judgement j;
    const Counts c = count(words);
    if (c.alnum < kMinLayerChars) {
        j.verdict = PageVerdict::None;
        j.layer_usable = false;
        j.reason = stats.image_coverage > 0 ? "no text layer over an image" : "no text layer";
        return j;
    }
    if (stats.glyphs > 0 && stats.invisible_glyphs > kInvisibleShare * stats.glyphs) {
        j.verdict = PageVerdict::InvisibleOcr;
        const LanguageCheck check = check_language(words, oracle, /*force_dictionary=*/true, kMinInvisibleLayerHits);
        j.layer_usable = check.reads;
        j.language = check.language;
        j.reason = j.layer_usable ? "invisible OCR layer, reads well" : "invisible OCR layer: " + check.why;
        return j;
    }
    if (stats.control_glyphs >= kMinBadChars || (c.bad >= kMinBadChars && c.bad > kBadCharShare * c.alnum)) {
        j.verdict = PageVerdict::Lossy;
        j.layer_usable = false;
        j.reason = std::to_string(std::max(stats.control_glyphs, c.bad)) +
                   " glyphs without Unicode (fonts lack ToUnicode: ligatures or accents lost)";
        return j;
    }
    if (c.alnum >= kMinCharsForLanguage) {
        const LanguageCheck check = check_language(words, oracle, false, kMinDictionaryHits);
        j.borderline = check.borderline;
        j.language = check.language;
        if (!check.reads) {
            j.verdict = PageVerdict::Garbled;
            j.layer_usable = false;
            j.reason = check.why;
        }
    }
    return j;
}

bool judged_by_language(const std::vector<Word>& words) { return count(words).alnum >= kMinCharsForLanguage; }

std::string dominant_script(const std::vector<Word>& words) {
    std::map<int, int> letters;  // UScriptCode -> letters
    for (const auto& w : words)
        for (char32_t cp : utf8_decode(w.text)) {
            if (!u_isalpha(static_cast<UChar32>(cp))) continue;
            UErrorCode status = U_ZERO_ERROR;
            const UScriptCode script = uscript_getScript(static_cast<UChar32>(cp), &status);
            if (U_SUCCESS(status) && script > USCRIPT_INHERITED) ++letters[script];
        }
    const auto most = std::max_element(letters.begin(), letters.end(),
                                       [](const auto& a, const auto& b) { return a.second < b.second; });
    return most == letters.end() ? "" : uscript_getName(static_cast<UScriptCode>(most->first));
}

namespace {

// A reading's words in the band, each with its comparable form (those with
// none left out).
std::vector<std::pair<std::string, const Word*>> band_words(const std::vector<Word>& words, const Box& band) {
    std::vector<std::pair<std::string, const Word*>> out;
    for (const auto& w : words)
        if (centre_in(w.box, band))
            if (auto c = comparable(w.text); !c.empty()) out.emplace_back(std::move(c), &w);
    return out;
}

std::multiset<std::string> comparables(const std::vector<std::pair<std::string, const Word*>>& words) {
    std::multiset<std::string> out;
    for (const auto& [c, w] : words) out.insert(c);
    return out;
}

}  // namespace

double band_agreement(const std::vector<Word>& layer, const std::vector<Word>& ocr, const Box& band) {
    std::multiset<std::string> have = comparables(band_words(layer, band));
    const auto read = band_words(ocr, band);
    int found = 0;
    for (const auto& [c, w] : read)
        if (auto it = have.find(c); it != have.end()) {
            ++found;
            have.erase(it);
        }
    const auto n = static_cast<int>(read.size());
    return n < kMinArbiterWords ? -1 : static_cast<double>(found) / n;
}

int accent_marks(const std::vector<Word>& words, const Box& band) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    if (U_FAILURE(status)) return 0;
    int marks = 0;
    for (const auto& w : words) {
        if (!centre_in(w.box, band)) continue;
        const icu::UnicodeString decomposed = nfd->normalize(icu::UnicodeString::fromUTF8(w.text), status);
        if (U_FAILURE(status)) return 0;
        for (int32_t i = 0; i < decomposed.length(); i += U16_LENGTH(decomposed.char32At(i)))
            marks += u_charType(decomposed.char32At(i)) == U_NON_SPACING_MARK;
    }
    return marks;
}

double fresh_read_gain(const std::vector<Word>& layer, const std::vector<Word>& ocr, const Box& band,
                       const std::string& language, const LanguageOracle& oracle) {
    if (!oracle.hit_rate) return 0;
    const auto in_layer = band_words(layer, band), in_ocr = band_words(ocr, band);
    // Each reading's words in the band that the other reading lacks.
    const auto lacking = [](const std::vector<std::pair<std::string, const Word*>>& words,
                            std::multiset<std::string> other) {
        std::vector<std::string> out;
        for (const auto& [c, w] : words)
            if (auto it = other.find(c); it != other.end()) other.erase(it);
            else out.push_back(w->text);
        return out;
    };
    const auto layer_only = lacking(in_layer, comparables(in_ocr)), ocr_only = lacking(in_ocr, comparables(in_layer));
    if (layer_only.size() < kMinDisagreeingWords || ocr_only.size() < kMinDisagreeingWords) return 0;
    const double layer_rate = oracle.hit_rate(language, layer_only), ocr_rate = oracle.hit_rate(language, ocr_only);
    if (layer_rate < 0 || ocr_rate < 0) return 0;
    return ocr_rate - layer_rate;
}

std::vector<Box> images_without_layer_text(const std::vector<Word>& words, const std::vector<Box>& images,
                                           double page_width, double page_height) {
    std::vector<Box> out;
    const double page_area = page_width * page_height;
    if (page_area <= 0) return out;
    for (const Box& image : images) {
        if (!std::isfinite(image.x0) || !std::isfinite(image.y0) || !std::isfinite(image.x1) || !std::isfinite(image.y1))
            continue;  // a degenerate transform's
        // Only the part on the page counts.
        const Box b{std::max(image.x0, 0.0), std::max(image.y0, 0.0), std::min(image.x1, page_width),
                    std::min(image.y1, page_height)};
        if (b.empty() || b.width() * b.height() < kMinTextImageShare * page_area) continue;
        int over = 0;
        for (const auto& w : words) {
            const double cx = (w.box.x0 + w.box.x1) / 2, cy = w.box.center_y();
            over += cx >= b.x0 && cx <= b.x1 && cy >= b.y0 && cy <= b.y1;
        }
        if (over <= kMaxLayerWordsOverImage) out.push_back(b);
    }
    // Overlapping images (a scan in strips, or drawn twice) are read as one
    // region, so no text is read twice and a page costs at most its area.
    // The merge is cubic, so only the largest candidates take part.
    const auto by_area = [](const Box& a, const Box& b) { return a.width() * a.height() > b.width() * b.height(); };
    std::stable_sort(out.begin(), out.end(), by_area);
    if (out.size() > kMaxTextImageCandidates) out.resize(kMaxTextImageCandidates);
    for (bool merged = true; merged;) {
        merged = false;
        for (std::size_t a = 0; a < out.size() && !merged; ++a)
            for (std::size_t b = a + 1; b < out.size() && !merged; ++b) {
                const Box& p = out[a];
                const Box& q = out[b];
                if (p.x0 <= q.x1 && q.x0 <= p.x1 && p.y0 <= q.y1 && q.y0 <= p.y1) {
                    out[a] = p.united(q);
                    out.erase(out.begin() + static_cast<std::ptrdiff_t>(b));
                    merged = true;
                }
            }
    }
    std::stable_sort(out.begin(), out.end(), by_area);
    if (out.size() > kMaxTextImages) out.resize(kMaxTextImages);
    return out;
}

bool needs_ocr(const Judgement& j, OcrMode mode) {
    switch (mode) {
        case OcrMode::Never: return false;
        case OcrMode::Always: return true;
        case OcrMode::Redo:
            return !j.layer_usable || j.verdict == PageVerdict::InvisibleOcr || j.verdict == PageVerdict::Partial;
        case OcrMode::Auto: return !j.layer_usable || j.verdict == PageVerdict::Partial;
    }
    return false;
}

}  // namespace pdf2tei::ocr
