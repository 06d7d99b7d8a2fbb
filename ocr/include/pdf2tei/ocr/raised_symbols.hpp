#pragma once
// Tesseract's LSTM engine reads a superscript note call as part of the word
// it is set against ("20172" for "2017" and call 2, "3United" for note 3's
// "United"), and never flags it (SymbolIsSuperscript() stays false). Its
// symbol boxes still show it: a raised digit, smaller than the word's, at
// the word's start or end. Split off as a word of its own, it is laid out as
// a superscript, and the note call and note number it is are found as on a
// text layer. Calls misread as punctuation ("2017?,", "‘Resolution") stay
// as read: a quote stands as high.
#include <optional>
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

// ---- Calls OCR dropped ------------------------------------------------------
// Tesseract's LSTM engine also drops a raised call altogether: "pays²." read
// "pays.", "l’homme¹," read "l’homme," (dev seed 13 fr-13-018.garbled and
// fr-13-019.garbled: every call of the page; ru-13-016.scan, fr-13-001.scan).
// The ink is still on the page, between the word's last letter and its
// clause mark: a component standing clear of the baseline, a small digit's
// size. Found there, it is read again alone, as figures, and becomes the
// word's raised call (tesseract_module.cpp).

// Latin's and Cyrillic's small letters without ascender, descender or
// accent: their boxes say the type's size. Without Cyrillic's, a Russian
// line was sized from its box, a Latin one from its x-height, and the two
// did not agree (a Russian page's notes stayed in its body).
bool is_x_height_letter(char32_t c);

// Where the ink of a dropped call may stand, image pixels (y down): right of
// the word's last letter (`after`, a symbol index), over its clause marks
// and at least kCallWindowWidthX x-heights on; from the baseline's depth up
// to the ascenders'. Only for a word whose symbols after its last letter are
// clause marks (. , ; :), with small letters to measure (x_height).
struct CallWindow {
    std::size_t after = 0;
    int left = 0, top = 0, right = 0, bottom = 0;
    int baseline = 0;
    double x_height = 0;
};
inline constexpr double kCallWindowWidthX = 1.6;
// The window reaches this many x-heights above the baseline, and this many
// below it (so that a letter's ink reaching the baseline shows as such).
inline constexpr double kCallWindowRiseX = 2.2;
inline constexpr double kCallWindowDepthX = 0.4;
std::optional<CallWindow> lost_call_window(const std::vector<Symbol>& symbols);

// A call's ink: its foot at least kMinCallFootX x-heights over the
// baseline (LaTeX raises a superscript about 0.8, LibreOffice 0.7), each
// digit kMinCallHeightX to kMaxCallHeightX x-heights tall (a footnote-size
// digit is about 1; a speck or a quote's tick is less) and at most
// kMaxCallDigitWidthX wide, starting within kMaxCallGapX of the letter;
// digits side by side within kMaxCallDigitGapX make one call.
inline constexpr double kMinCallFootX = 0.35;
inline constexpr double kMinCallHeightX = 0.6;
inline constexpr double kMaxCallHeightX = 1.35;
inline constexpr double kMaxCallDigitWidthX = 1.0;
inline constexpr double kMaxCallGapX = 0.6;
inline constexpr double kMaxCallDigitGapX = 0.35;
struct Ink {
    int left = 0, top = 0, right = 0, bottom = 0;
};
// The call's ink among the window's connected components (image pixels),
// or none. Ink reaching the baseline (a clause mark, the next word) is
// passed over; any other that is not a call's (an accent, a dot, a speck),
// or ink touching the window's top (a descender from the line above),
// leaves the window unsure: none.
std::optional<Ink> raised_call_ink(const CallWindow& window, const std::vector<Ink>& components);

}  // namespace pdf2tei::ocr
