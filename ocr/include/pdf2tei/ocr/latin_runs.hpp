#pragma once
// Latin runs on pages read with a model that has no Latin letters (ara).
//
// A UN document in Arabic carries its symbol, "Distr.: General", the job
// number's language code and its references ("(A/76/47)") in Latin. The
// Arabic model reads them as Arabic-looking soup with low confidence
// ("اجاعع6 :.1أوانا" for "Distr.: General", "2100" for "A/76/920", dev
// scan300-7 ar-7-000), and without its symbol the masthead is not found.
// Reading the whole page with "ara+eng" doubled the time and lost Arabic
// words (languages.cpp). Instead, only the words the page model was unsure
// of are read again by the Latin model, run by run, and a reading replaces
// them only when the Latin model is sure of it and it is Latin.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "pdf2tei/model.hpp"

namespace pdf2tei::ocr {

// A word the page's model read with less confidence than this is a
// candidate for the Latin model.
inline constexpr float kLatinRereadConfidence = 0.6f;
// ...and so is a word boxed wider than this many times its height for each
// of its characters, however sure.
inline constexpr double kMaxHeightsPerChar = 2.0;
// ...or, for a word of figures, this many times its height for each digit
// (a digit is about 0.7 of its height wide).
inline constexpr double kMaxHeightsPerDigit = 1.2;
// The Latin model's reading replaces a run only when its mean confidence
// reaches this, and beats the page model's by kLatinRereadMargin.
inline constexpr float kLatinAcceptConfidence = 0.75f;
inline constexpr float kLatinRereadMargin = 0.2f;
// A run of stretched words only (kMaxHeightsPerChar, kMaxHeightsPerDigit),
// none of them letters: the page model's characters cannot fill their box,
// so its confidence vouches for nothing, and it read no word of its script
// the Latin one could spoil. Its Latin reading needs only this: "0", 0.72
// sure, over the 64 points of "A/RES/71/10", which the Latin model reads
// 0.68 sure (dev scan300-7 ar-7-007, whose masthead was lost with it).
inline constexpr float kLatinAcceptStretchedConfidence = 0.6f;
// ...when the run is at least this many times as wide as it is tall, a
// symbol's length: over a digit or two ("7", "2 -"), `eng` read "2/" and
// "12" at 0.6-0.7, where the Arabic model had them right (dev scan300-7
// ar-7-005's date and paragraph number).
inline constexpr double kMinStretchedRunHeights = 3.0;
// Over a run the page model read as letters of its own script, every word
// of the Latin reading must be this sure: read as one block, a low-contrast
// Arabic word came back as Latin letters fairly sure ("بيحق" as "JF",
// 0.77; "دولة." as "1 algo", 0.97 and 0.54: the CI's random
// ar-1001-001.garbled), where the Latin the UN sets in Arabic documents
// comes back 0.89 sure or more ("Distr.: General", "(A)", a job number).
inline constexpr float kLatinAcceptOverLettersConfidence = 0.85f;
// ...and when this share of its letters and digits is ASCII.
inline constexpr double kLatinShare = 0.8;

// The Latin model to read runs with for a Tesseract spec whose models have
// no Latin letters ("ara" -> "eng"); "" when the spec reads Latin itself.
std::string latin_companion(std::string_view tesseract_languages);

// The Latin model to read a spec's stretched figures with
// (kMaxHeightsPerDigit) where the spec reads Latin itself, but not a
// symbol: Chinese's model read "A/72/721" as a "2" boxed over its 57
// points on a later page of dev scan300-7 zh-7-005 (on its first, as a
// "2" boxed as one digit, which nothing here brings back). "" otherwise.
std::string stretched_figures_companion(std::string_view tesseract_languages);

// A run of consecutive words [begin, end) on one OCR textline, each read
// with less than kLatinRereadConfidence.
struct WordRun {
    std::size_t begin = 0, end = 0;
};
// `stretched_only`: only words of figures and marks boxed too wide for
// them (stretched_figures_companion's runs).
std::vector<WordRun> unsure_runs(const std::vector<Word>& words, bool stretched_only = false);

// The textlines of an OCR page's words: runs each ending with a word that
// ends_ocr_textline (the last may end with the words).
std::vector<WordRun> ocr_textlines(const std::vector<Word>& words);

// The union of a run's words' boxes.
Box run_box(const std::vector<Word>& words, const WordRun& run);

// The mean confidence of words [begin, end); 0 for none.
double mean_confidence(std::vector<Word>::const_iterator begin, std::vector<Word>::const_iterator end);

// Drops the words of a line's reading whose middle stands outside rows
// [top, bottom]: a crop read again also yields pieces of the lines over
// and under it.
void keep_words_within_rows(std::vector<Word>& reading, double top, double bottom);

// A box padded all round by a quarter of its height: enough for a model
// to see whole letters, not enough to take in the next line.
Box padded_region(const Box& b);

// The region to read a run in: run_box, padded.
Box run_region(const std::vector<Word>& words, const WordRun& run);

// Whether `latin` (the Latin model's reading of the run's region) should
// replace the run's words.
bool latin_reading_wins(const std::vector<Word>& words, const WordRun& run, const std::vector<Word>& latin);

// Whether a reading's words, a space apart, are a UN symbol as OCR reads
// one (ocr_un_symbol). A stretched-figures reading for Chinese's model
// (stretched_figures_companion) is taken only so.
bool reads_as_un_symbol(const std::vector<Word>& reading);

// A UN symbol whose opening the page model read with no more of it,
// however sure ("A/RES,": one or two capitals, a slash, ASCII, no symbol
// as it stands), and the rest of its row's ASCII words beside it within
// kMaxSymbolRestHeights of the word's height, each of the next (a
// stretched "3" 23 points on: dev scan300-28 ar-28-002, "A/RES/79/153"
// read so, in two textlines, the figures between lost). The Latin model
// reads their region as one; a reading that is a symbol replaces the
// opening, and the rest goes (mend_cut_symbol).
inline constexpr double kMaxSymbolRestHeights = 4.0;
struct CutSymbol {
    std::size_t opening = 0;
    std::vector<std::size_t> rest;  // ascending
    Box region;                     // padded as run_region pads
};
std::vector<CutSymbol> cut_symbols(const std::vector<Word>& words);
// Puts the reading in the opening's place (its words joined, its boxes
// united) and drops the rest. Indices of later cuts shift: mend from the
// last cut to the first.
void mend_cut_symbol(std::vector<Word>& words, const CutSymbol& cut, const std::vector<Word>& reading);

// Replaces the runs (in order, not overlapping) by their readings, where
// `readings[k]` is run k's Latin reading or empty to keep it. Each new word
// takes the run's type size, OCR as its source, and the run's last word's
// line end; `as_read`: its own size and baseline (a whole line read again,
// its sizes put to the page's measure: size_as_page in unsure_lines.hpp).
// Returns how many runs were replaced.
int replace_runs(std::vector<Word>& words, const std::vector<WordRun>& runs, std::vector<std::vector<Word>> readings,
                 bool as_read = false);

}  // namespace pdf2tei::ocr
