#pragma once
// Notes of the form "1 A/75/923، المرفق." (a document symbol, then the
// language's word for its annex) on a page read whole by Arabic's model:
// the page-wide read lost the symbol ("ثم 3 المرفق.", its ink boxed into
// the annex word; dev scan300-30 ar-30-004), where the same model reading
// the line alone gives "1 8/75/923, المرفق.", which `ocr_un_symbol` reads
// as A/75/923. Such a textline, holding the annex word and no symbol, is
// read again as a line of its own; the reading replaces it only when it
// holds a symbol.
#include <string_view>
#include <utility>
#include <vector>

#include "pdf2tei/model.hpp"
#include "pdf2tei/ocr/latin_runs.hpp"

namespace pdf2tei::ocr {

// Words of other textlines join a row within this many of its heights
// of it, sideways.
inline constexpr double kMaxAnnexRowGapHeights = 2.0;

// A textline holding one of `annex_words` (the language table's), with
// the words of other textlines on its row (`others`, indices into the
// page's words) and the region they all cover.
struct AnnexRow {
    WordRun line;
    std::vector<std::size_t> others;
    Box region;
};

// The rows of an OCR page's words that hold an annex word and no word a
// UN symbol reads in (`ocr_un_symbol`), in the words' order.
std::vector<AnnexRow> annex_rows_without_symbol(const std::vector<Word>& words,
                                               const std::vector<std::string_view>& annex_words);

// Whether a line's reading holds a UN symbol, and still the annex word.
bool annex_line_reading_wins(const std::vector<Word>& reading, const std::vector<std::string_view>& annex_words);

// Replaces each row's line (`read`: the line and its reading) and drops
// the words in `drop` (the rows' other words, indices as before): the
// rows' words may interleave in the page's order (the notes' numbers'
// textlines before both notes' lines, dev ar-30-004), so the lines are
// replaced together and the rest dropped at their shifted places.
// Returns how many lines were replaced.
int replace_annex_rows(std::vector<Word>& words, std::vector<std::pair<WordRun, std::vector<Word>>> read,
                       std::vector<std::size_t> drop);

}  // namespace pdf2tei::ocr
