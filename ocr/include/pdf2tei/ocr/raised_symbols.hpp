#pragma once
// Tesseract's LSTM engine reads a superscript note call as part of the word
// it is set against ("20172" for "2017" and call 2, "3United" for note 3's
// "United"), and never flags it (SymbolIsSuperscript() stays false). Its
// symbol boxes still show it: a raised digit, smaller than the word's, at
// the word's start or end. Split off as a word of its own, it is laid out as
// a superscript, and the note call and note number it is are found as on a
// text layer. Calls misread as punctuation ("2017?,", "‘Resolution") stay
// as read: a quote stands as high.
#include <string>
#include <vector>

namespace pdf2tei::ocr {

// A glyph as OCR read it, in image pixels (y down).
struct Symbol {
    std::string text;
    int left = 0, top = 0, right = 0, bottom = 0;
};

// A run of a word's symbols: the word itself, or a raised run before or
// after it, or punctuation after a raised run ("2017" "2" ",").
struct WordPart {
    std::string text;
    int left = 0, top = 0, right = 0, bottom = 0;
    bool raised = false;
    std::size_t symbols = 0;  // how many of the word's symbols, in order, it holds
};

// A digit is raised when its foot stands this share of the word's tallest
// glyph above the word's baseline (the median foot of its letters and
// digits) ...
inline constexpr double kRaisedFootShare = 0.25;
// ... and it is at most this share of that height tall.
inline constexpr double kRaisedHeightShare = 0.8;

// The word cut at its raised runs (one part, not raised, when it has none).
// Only runs at the word's ends are split, and only from a word that keeps a
// letter or digit of its own.
std::vector<WordPart> split_raised(const std::vector<Symbol>& symbols);

}  // namespace pdf2tei::ocr
