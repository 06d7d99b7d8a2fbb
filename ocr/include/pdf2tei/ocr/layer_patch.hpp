#pragma once
// A lossy text layer (fonts without ToUnicode: TeX's OT1 and Type 3 bitmap
// fonts) is mostly right. Its letters and digits are coded as ASCII, its
// geometry is exact (font sizes, raised note calls, baselines), and only
// some glyphs lost their meaning: ligatures and accents drawn as control
// codes, quotes and dashes at ASCII positions that mean other characters
// ("\Countering the use..."", "e^Ncient"). Reading the whole page again
// with OCR throws the good part away with the bad: OCR misreads small
// raised note numbers and loses the exact font sizes structure relies on.
//
// So a lossy page is patched, not replaced: each word whose text the layer
// cannot vouch for takes the OCR's reading of its own box, and the rest of
// the layer stays. The layer is trusted only if OCR agrees with it where it
// claims to be right; otherwise the caller falls back to full OCR.
#include <string>
#include <vector>

#include "pdf2tei/model.hpp"

namespace pdf2tei::ocr {

// One symbol as OCR read it, in page points (y down), like a word's box.
struct OcrSymbol {
    std::string text;  // UTF-8; usually one character
    Box box;
    float confidence = 0;  // its word's, 0..1
    int word = -1;         // which OCR word it belongs to (an index, in reading order)
    double font_size = 0;  // its OCR word's (from the line's x-height), points
};

// The layer is kept only when OCR spells at least this share of its
// trusted words exactly as the layer does ...
inline constexpr double kMinLayerAgreement = 0.8;
// ... over at least this many of them (words of 3 or more characters).
inline constexpr int kMinAgreementWords = 10;
inline constexpr std::size_t kMinCheckedWordLength = 3;
// A layer font size is rescaled by OCR's measure when this many words set
// in it (of 3 or more symbols) were measured.
inline constexpr int kMinSizeSamples = 3;
// A layer word OCR reads with accents the layer lacks ("a" / "à", "Etats" /
// "États") takes OCR's reading when OCR's confidence in it is at least this.
inline constexpr float kMinAccentConfidence = 0.8f;

// Two neighbouring layer words whose boxes overlap by at least this (em of
// the type's size) are one word drawn in pieces: pdfTeX sets an accent
// with no Unicode as a glyph of its own over its letter, and Poppler cuts
// the word there ("ser" + "a" for "será").
inline constexpr double kMinPieceOverlapEm = 0.2;

// Whether a layer character means what it says even when its font has no
// ToUnicode: ASCII letters and digits, and the punctuation whose code is
// the same in ASCII and in TeX's OT1 and T1 encodings. Quotes, dashes,
// "<", ">", "\", "{", "|", "}" and every non-ASCII character are not.
bool trusted_layer_char(char32_t c);

// A layer word all of whose characters are trusted_layer_char.
bool trusted_layer_word(const Word& w);

struct LayerPatch {
    std::vector<Word> words;  // the layer's words, the untrusted ones as OCR read them
    int patched = 0;          // words that took OCR's reading
    int unread = 0;           // untrusted words with no OCR symbol in their box
    int checked = 0;          // trusted words compared with OCR
    int agreed = 0;           // ... of which OCR spelled alike
    float confidence = -1;    // mean confidence of the symbols used, -1 if none
    bool usable = false;      // the agreement test passed: use `words`
};

// `layer`: a page's words as extracted (glyph boxes optional); `symbols`:
// everything OCR read on the same page. A symbol belongs to the layer word
// whose box holds its centre. A symbol in no layer word's box is a glyph
// the layer dropped (Poppler drops glyphs coded as whitespace controls: the
// "ff" of "o ering", the "fl" of "exible"); the layer words its OCR word
// touches are patched as one word. A patched word keeps the layer's
// spacing, takes the symbols' text and boxes, and is flagged
// kFlagOcrPatched with source Ocr.
//
// Sizes and boxes are calibrated on what OCR measured (see rescale() in the
// source): Poppler's for fonts without ToUnicode are off by a factor of
// each font's own.
// `ocr_words`: OCR's words, which `symbols` index; their boxes calibrate
// the layer's sizes and boxes (see rescale() in the source).
LayerPatch patch_layer(const std::vector<Word>& layer, const std::vector<OcrSymbol>& symbols,
                       const std::vector<Word>& ocr_words);

}  // namespace pdf2tei::ocr
