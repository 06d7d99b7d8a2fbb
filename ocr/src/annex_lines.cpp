#include "pdf2tei/ocr/annex_lines.hpp"

#include <algorithm>
#include <functional>

#include "pdf2tei/text.hpp"
#include "pdf2tei/un_symbol.hpp"

namespace pdf2tei::ocr {
namespace {

bool is_annex_word(const Word& w, const std::vector<std::string_view>& annex_words) {
    return std::any_of(annex_words.begin(), annex_words.end(),
                       [&](std::string_view a) { return !a.empty() && w.text.find(a) != std::string::npos; });
}

// A symbol in the word, its brackets and Arabic's comma aside ("A/75/249،").
bool holds_symbol(const Word& w) {
    std::string_view t = w.text;
    while (!t.empty() && (t.front() == '(' || t.front() == '[')) t.remove_prefix(1);
    return !ocr_un_symbol(without_trailing(t, {"\u060C", "\u061B", ")", "]", ".", ","})).empty();
}

// Whether word `w` stands on the row of `box`: half the lower's height
// shared at least.
bool on_row(const Word& w, const Box& box) {
    return w.box.vertical_overlap(box) >= 0.5 * std::min(w.box.height(), box.height());
}

}  // namespace

std::vector<AnnexRow> annex_rows_without_symbol(const std::vector<Word>& words,
                                               const std::vector<std::string_view>& annex_words) {
    std::vector<AnnexRow> rows;
    std::vector<char> taken(words.size(), 0);
    for (const WordRun& line : ocr_textlines(words)) {
        const auto begin = words.begin() + static_cast<std::ptrdiff_t>(line.begin);
        const auto end = words.begin() + static_cast<std::ptrdiff_t>(line.end);
        if (taken[line.begin] || std::any_of(begin, end, [](const Word& w) { return w.source != Source::Ocr; }) ||
            std::none_of(begin, end, [&](const Word& w) { return is_annex_word(w, annex_words); }))
            continue;
        AnnexRow row{line, {}, words[line.begin].box};
        for (std::size_t k = line.begin; k < line.end; ++k) row.region = row.region.united(words[k].box);
        // The words of other textlines on its row beside it: Tesseract made
        // the note's number one of its own ("ثم" for "1", 8 points beside
        // "3 المرفق."). Not the other column's, a gutter away.
        const Box own = row.region;
        const double reach = kMaxAnnexRowGapHeights * own.height();
        for (std::size_t k = 0; k < words.size(); ++k)
            if ((k < line.begin || k >= line.end) && !taken[k] && words[k].source == Source::Ocr &&
                on_row(words[k], own) && words[k].box.x1 >= own.x0 - reach && words[k].box.x0 <= own.x1 + reach)
                row.others.push_back(k);
        for (std::size_t k : row.others) row.region = row.region.united(words[k].box);
        const auto symbol_in = [&](std::size_t k) { return holds_symbol(words[k]); };
        bool symbol = std::any_of(begin, end, holds_symbol) || std::any_of(row.others.begin(), row.others.end(), symbol_in);
        for (std::size_t k = line.begin; k < line.end; ++k) taken[k] = 1;
        for (std::size_t k : row.others) taken[k] = 1;
        if (!symbol) rows.push_back(std::move(row));
    }
    return rows;
}

bool annex_line_reading_wins(const std::vector<Word>& reading, const std::vector<std::string_view>& annex_words) {
    return std::any_of(reading.begin(), reading.end(), holds_symbol) &&
           std::any_of(reading.begin(), reading.end(), [&](const Word& w) { return is_annex_word(w, annex_words); });
}

int replace_annex_rows(std::vector<Word>& words, std::vector<std::pair<WordRun, std::vector<Word>>> read,
                       std::vector<std::size_t> drop) {
    if (read.empty()) return 0;
    std::sort(read.begin(), read.end(), [](const auto& a, const auto& b) { return a.first.begin < b.first.begin; });
    // Where each dropped word stands once the lines before it are replaced.
    for (auto& k : drop) {
        std::ptrdiff_t shift = 0;
        for (const auto& [line, reading] : read)
            if (line.end <= k)
                shift += static_cast<std::ptrdiff_t>(reading.size()) - static_cast<std::ptrdiff_t>(line.end - line.begin);
        k = static_cast<std::size_t>(static_cast<std::ptrdiff_t>(k) + shift);
    }
    std::vector<WordRun> runs;
    std::vector<std::vector<Word>> readings;
    for (auto& [line, reading] : read) {
        runs.push_back(line);
        readings.push_back(std::move(reading));
    }
    const int replaced = replace_runs(words, runs, std::move(readings));
    std::sort(drop.begin(), drop.end(), std::greater<>());
    for (std::size_t at : drop) {
        // A textline's end passes to the word before it.
        if (ends_ocr_textline(words[at]) && at > 0) words[at - 1].space_after = false;
        words.erase(words.begin() + static_cast<std::ptrdiff_t>(at));
    }
    return replaced;
}

}  // namespace pdf2tei::ocr
