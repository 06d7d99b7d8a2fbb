#pragma once
// Words a producer split with a gap the geometry alone cannot judge.
//
// repair_spacing joins what is clearly inside a word (a gap far below the
// line's spaces). A gap of 0.1-0.2 em on a ragged-right line, whose spaces
// are natural width, is neither clearly a space nor clearly not ("res
// ulted", "fr om", "n atural", "faits n ouveaux"). There the dictionary
// decides: the two are one word when the joined word is one and the two
// halves are not both words ("in to" stays; "n ouveaux" joins), or are,
// but the line's other spaces are so alike that the gap stands out as none
// ("rebel lion"). On a tight justified line a gap inside a word may be as
// wide as the spaces ("rig hts", 0.20 em among 0.22 em): under
// kMaxUnsureGapEm it is still asked, and joined only when the whole is a
// word and a half is not, or when it stands out of the line's alike
// spaces (kEvenGapShareOfSpace). Runs once the document's language is
// known.
#include "pdf2tei/model.hpp"
#include "hyphenation.hpp"  // DictionaryLoader
#include "pdf2tei/normalize/normalize.hpp"

namespace pdf2tei::normalize {

// An unsure gap: below this (em), and below this share of the line's
// median space (when the line has three spaces or more to measure).
inline constexpr double kMaxUnsureGapEm = 0.25;
inline constexpr double kUnsureGapShareOfSpace = 0.8;
// Between two OCR words: below this share of the line's median space (OCR
// boxes hug the ink; no measure in em holds).
inline constexpr double kOcrUnsureGapShareOfSpace = 0.8;
// ... and up to this share, when neither half is a word and the whole is:
// Tesseract cut words of a re-read scan at gaps as wide as the line's
// spaces and wider ("вр емя" 2.4 pt, "свобо де" 4.6, among spaces of 2.6:
// dev seed 28 ru-28-005.invisible-ocr, XeLaTeX).
inline constexpr double kOcrWideGapShareOfSpace = 2.0;
// A line's spaces are alike when kEvenSpaceShare of them, kMinEvenSpaces at
// least, are within kEvenSpaceSpread of their median: an unsure gap is then
// none even between two words ("rebel lion").
inline constexpr std::size_t kMinEvenSpaces = 4;
inline constexpr double kEvenSpaceShare = 0.75;
inline constexpr double kEvenSpaceSpread = 0.08;
// Among alike spaces, a gap under this share of their median is none
// however wide it is in em, well outside their kEvenSpaceSpread: "con
// science" 1.99 pt among a ragged line's 2.49 pt spaces, 0.80 of them,
// stood 0.001 pt past kUnsureGapShareOfSpace (dev endnotes-17 fr-17-019,
// XeLaTeX; both halves are French words).
inline constexpr double kEvenGapShareOfSpace = 0.88;
// A line with no other space to judge by (a paragraph's last, "су дом."):
// a gap under this share of its block's usual space is none, even between
// two halves that are words of their own.
inline constexpr double kLoneGapShareOfBlockSpace = 0.5;
// A line with fewer than kMinEvenSpaces other spaces, but
// kMinFewEvenSpaces at least, all alike (a paragraph's short last line,
// set at the font's own space): a gap under this share of theirs is none,
// even between two halves that are words of their own ("брак с торон.",
// 0.60 of three spaces of 2.86 pt, dev seed 28 ru-28-000, XeLaTeX; "с"
// and "торон" are both Russian words).
inline constexpr std::size_t kMinFewEvenSpaces = 3;
inline constexpr double kFewSpacesGapShare = 0.7;

}  // namespace pdf2tei::normalize
