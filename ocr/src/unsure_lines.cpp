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
    std::vector<WordRun> unsure;
    std::size_t textlines = 0;
    for (std::size_t begin = 0; begin < words.size();) {
        std::size_t end = begin;
        while (end < words.size() && !ends_ocr_textline(words[end])) ++end;
        end = std::min(end + 1, words.size());
        ++textlines;
        const auto first = words.begin() + static_cast<std::ptrdiff_t>(begin);
        const auto last = words.begin() + static_cast<std::ptrdiff_t>(end);
        const bool ocr = std::all_of(first, last, [](const Word& w) { return w.source == Source::Ocr; });
        if (ocr && end - begin >= kMinUnsureLineWords && mean_confidence(first, last) < kUnsureLineConfidence)
            unsure.push_back({begin, end});
        begin = end;
    }
    if (static_cast<double>(unsure.size()) > kMaxUnsureLineShare * static_cast<double>(textlines)) return {};
    return unsure;
}

bool unsure_line_reading_wins(const std::vector<Word>& words, const WordRun& run, std::vector<Word>& reading) {
    const auto first = words.begin() + static_cast<std::ptrdiff_t>(run.begin);
    const auto last = words.begin() + static_cast<std::ptrdiff_t>(run.end);
    Box line = first->box;
    for (auto w = first; w != last; ++w) line = line.united(w->box);
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
