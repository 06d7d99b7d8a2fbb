#pragma once
// Tesseract's LSTM engine reads a superscript note call as part of the word
// it is set against ("20172" for "2017" and call 2, "3United" for note 3's
// "United"), and never flags it (SymbolIsSuperscript() stays false). Its
// symbol boxes still show it: a raised digit, smaller than the word's, at
// the word's start or end. Split off as a word of its own, it is laid out as
// a superscript, and the note call and note number it is are found as on a
// text layer. Calls misread as punctuation ("2017?,", "‘Resolution") stay
// as read here: a quote stands as high (the ink under some such marks is
// read again below: lost_call_window, call_word_symbols).
#include <optional>
#include <string>
#include <string_view>
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

// ---- Words read across a wide gap -------------------------------------------
// Tesseract's Arabic model reads a note's number and the Latin run beside it
// as one word, over the gap between them: "8/75/7231" for "1  A/75/723،"
// (the number at the right, the comma lost; dev scan300-32 ar-32-009, whose
// only note stayed in the body). Symbols this many times the textline's
// height apart belong to two words: a word's letters stand together, and
// a line's own spaces are narrower than its height. The module asks it of
// ASCII words only (an Arabic word stretched to the margin stands as wide).
inline constexpr double kMinWordSplitGapLineHeights = 1.0;

// The word cut at each gap between consecutive symbols (in the order read)
// wider than kMinWordSplitGapLineHeights × `line_height` (pixels) with
// figures on either side (a number and a reference); one part when it has
// none. Marks alone stay: in an Arabic line the model orders a Latin run's
// brackets and a barcode's stars as the line reads, not as they stand
// ("(A/71/8)." and "*1714478*" would come apart: ar-32-013). So do letters:
// a page's mark "— 2" read "Lo", cut in two, was no longer read again
// whole (dev seed 33 fr-33-000.scan-bw).
std::vector<WordPart> split_at_wide_gaps(const std::vector<Symbol>& symbols, int line_height);

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
// clause marks (. , ; :), with small letters to measure (x_height); or one
// mark OCR reads on a call's ink (is_misread_call_mark), then clause marks:
// "Nations?." for "Nations¹." (dev seed 14 en-14-000.garbled: every call
// of its first page). That mark (`misread`) is the call's, read again as
// figures; a true "?" or "!" stands over its dot, and raised_call_ink
// finds no call there.
struct CallWindow {
    std::size_t after = 0;
    std::size_t misread = 0;  // symbols after `after` read on the call's ink: 0 or 1
    int left = 0, top = 0, right = 0, bottom = 0;
    int baseline = 0;
    double x_height = 0;
    bool closed = false;  // a clause mark follows in the word (lost_ideograph_call_window)
};
inline constexpr double kCallWindowWidthX = 1.6;
// Small letters the x-height is measured from, at least; or one, within
// this share of its textline's x-height.
inline constexpr std::size_t kMinXHeightLetters = 2;
inline constexpr double kMaxLoneLetterShare = 0.2;
// The window reaches this many x-heights above the baseline, and this many
// below it (so that a letter's ink reaching the baseline shows as such).
inline constexpr double kCallWindowRiseX = 2.2;
inline constexpr double kCallWindowDepthX = 0.4;
// `line_x_height`: the x-height of the word's textline (pixels, 0 when
// unknown), which vouches for a word of one small letter ("и,").
std::optional<CallWindow> lost_call_window(const std::vector<Symbol>& symbols, double line_x_height = 0);

// In Chinese the call follows an ideograph, before a full-width clause
// mark: "权利²。" read "权利" "。", the stop boxed over the figure (dev
// scan 29 zh-29-013, Noto CJK). The window after the word's last ideograph
// (over its clause marks: `closed`) is measured in the x-heights of the
// Latin type beside it: kIdeographXHeightShare of the ideographs' height
// (median of the word's two or more, else the textline's,
// `line_ideograph_height`), from their feet; a call's figure there stood
// half an ideograph tall, its foot half an ideograph over theirs: one
// x-height both (the Latin limits hold). Not closed, the caller asks that
// the next word open with a clause mark: an ideograph's raised part (参's
// 厶) is ink of a digit's size clear of the baseline (dev scan 30
// zh-30-009: "机会²参加").
inline constexpr double kIdeographXHeightShare = 0.5;
// The window reaches this many ideograph heights over their feet: a
// call's figure reached their tops (zh-31-004.scan: "基础¹，", its "1"
// cut by a window of the Latin rise, 2.2 x-heights, and left unsure), and
// the line above stands over half an ideograph higher.
inline constexpr double kIdeographCallWindowRise = 1.4;
// Each of the word's ideographs boxed within this share of the textline's
// ideograph height: "会" boxed 67 px high on a line of 45 (dev seed 31
// zh-31-001.invisible-ocr) put its feet under the "，" after it, whose
// head then stood raised, a call's size: "大会⁹，".
inline constexpr double kMaxIdeographBoxSpread = 0.2;
std::optional<CallWindow> lost_ideograph_call_window(const std::vector<Symbol>& symbols,
                                                     double line_ideograph_height = 0);
// Whether a symbol's or word's text is one full-width clause mark (。，；：).
bool is_wide_clause_mark_text(std::string_view text);

// "?", "!", "|": marks OCR reads for a raised call; and "*" before a
// clause's mark ("degradantes*." for "degradantes⁴.": dev seed 14
// es-14-003.invisible-ocr), not ending a word, where it marks a note of its
// own (a title's "*"). Not apostrophes nor quotes, which close a
// possessive or a quotation before a clause's mark ("nations’,", "“right”.").
bool is_misread_call_mark(const std::string& symbol, bool before_clause_mark);

// A call's ink: its foot at least kMinCallFootX x-heights over the
// baseline (LaTeX raises a superscript about 0.8, LibreOffice 0.7), each
// digit kMinCallHeightX to kMaxCallHeightX x-heights tall (a footnote-size
// digit is about 1; a speck or a quote's tick is less: the 24 calls read
// from their ink on dev seeds 13-14 in session 36 measured 0.74-1.17
// (0.74: "убежищем²." in ru-14-008.invisible-ocr), the ink read alone as
// false calls 0.60 and 0.63, a broken letter's end after "propriété" read
// "6": fr-13-006.invisible-ocr) and at most kMaxCallDigitWidthX
// wide, starting within kMaxCallGapX of the letter; digits side by side
// within kMaxCallDigitGapX make one call.
inline constexpr double kMinCallFootX = 0.35;
inline constexpr double kMinCallHeightX = 0.68;
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

// ---- Calls OCR read as a word of their own ----------------------------------
// A call set a little apart from its word (a producer's space before it)
// comes back as a word of its own, at the size of the line: "2," after
// "fondamentales", or misread, "|," after "l’homme" (dev seed 14
// fr-14-007.invisible-ocr: every call of the page). Its symbols still
// stand raised against the word before it. The call is the word's first
// symbols: one to kMaxCallWordDigits digits, or one mark OCR reads for a
// call (is_misread_call_mark); then clause marks only. It is a call when
// the word before ends in a letter, stands within kMaxCallWordGapX of it,
// and its ink is a call's by the sizes above against that word's x-height
// and baseline. Returns how many of the word's symbols are the call (0:
// none).
inline constexpr std::size_t kMaxCallWordDigits = 3;
inline constexpr double kMaxCallWordGapX = 1.5;
std::size_t call_word_symbols(const std::vector<Symbol>& before, const std::vector<Symbol>& word);
// Such a word of digits cut in two: the raised call, then its clause marks
// (if any), their box reaching up to the call's foot.
std::vector<WordPart> split_call_word(const std::vector<Symbol>& word, std::size_t call_symbols);

// ---- Note numbers OCR read into a word --------------------------------------
// A note's raised number at a line's start may go the same way, its ink
// boxed with the word's first letter: "²Resolution" read "Resolution", its
// "R" 1.5 times as wide as it stands (dev seed 14 en-14-000.garbled: the
// note then ran on in note 1). Looked for at a textline's first word, from
// kCallWindowWidthX x-heights before its first letter to that letter's
// right; the same window's height.
std::optional<CallWindow> lost_number_window(const std::vector<Symbol>& symbols);
// The number's ink: digits as a call's (sizes above), all left of the
// word's first letter on the baseline and within kMaxCallGapX of it. Any
// other raised ink there, or ink cut by the window's left or top edge,
// leaves it unsure: none.
std::optional<Ink> raised_number_ink(const CallWindow& window, const std::vector<Ink>& components);

// An Arabic word's call misread at the word's end, before its full stop:
// as a mark no Arabic text puts there ("أفسح'.", "للعمل*.": Arabic has no
// apostrophe, and asks "؟"), or as a letter ("لشخصيتهة.", "البطالةة.",
// a "ة" where "²" and "³" stood: dev scan300-11 ar-11-014), standing
// raised, its foot over the stop's by kMinRaisedLetterShare of its height
// at least (a word's own last letter stands on the baseline as the stop
// does; the calls' feet stood 17-18 pixels over it, their height 14-15),
// and kMinCallStopHeights times the stop's height (a letter's dot boxed
// alone is none). Returns the index of the misread symbol, or none. Its
// ink is read again as figures, as a Latin call's.
inline constexpr double kMinRaisedLetterShare = 0.5;
inline constexpr double kMinCallStopHeights = 1.5;
std::optional<std::size_t> arabic_misread_call(const std::vector<Symbol>& symbols);

}  // namespace pdf2tei::ocr
