#include "pdf2tei/ocr/unsure_lines.hpp"

#include <algorithm>

#include "pdf2tei/text.hpp"

namespace pdf2tei::ocr {
namespace {

double mean_confidence(std::vector<Word>::const_iterator begin, std::vector<Word>::const_iterator end) {
    if (begin == end) return 0;
    double sum = 0;
    for (auto w = begin; w != end; ++w) sum += w->confidence;
    return sum / static_cast<double>(end - begin);
}

}  // namespace

std::vector<WordRun> unsure_lines(const std::vector<Word>& words) {
    std::vector<WordRun> lines = ocr_textlines(words);
    const std::size_t textlines = lines.size();
    std::erase_if(lines, [&](const WordRun& line) {
        const auto first = words.begin() + static_cast<std::ptrdiff_t>(line.begin);
        const auto last = words.begin() + static_cast<std::ptrdiff_t>(line.end);
        const bool ocr = std::all_of(first, last, [](const Word& w) { return w.source == Source::Ocr; });
        return !ocr || line.end - line.begin < kMinUnsureLineWords || mean_confidence(first, last) >= kUnsureLineConfidence;
    });
    if (static_cast<double>(lines.size()) > kMaxUnsureLineShare * static_cast<double>(textlines)) return {};
    return lines;
}

bool unsure_line_reading_wins(const std::vector<Word>& words, const WordRun& run, std::vector<Word>& reading) {
    const auto first = words.begin() + static_cast<std::ptrdiff_t>(run.begin);
    const auto last = words.begin() + static_cast<std::ptrdiff_t>(run.end);
    const Box line = run_box(words, run);
    std::erase_if(reading, [&](const Word& w) {
        const double middle = (w.box.y0 + w.box.y1) / 2;
        return middle < line.y0 || middle > line.y1;
    });
    if (reading.empty()) return false;
    const double mine = mean_confidence(first, last);
    const double theirs = mean_confidence(reading.begin(), reading.end());
    return theirs >= kSureLineConfidence && theirs >= mine + kUnsureLineMargin;
}

}  // namespace pdf2tei::ocr
