#include "pdf2tei/ocr/unsure_lines.hpp"

#include <algorithm>

#include "pdf2tei/stats.hpp"
#include "pdf2tei/text.hpp"

namespace pdf2tei::ocr {
namespace {

// The script whose words stand to their boxes alike: ideographs (boxed as
// their line or by their ink), Arabic (its sizes set per line from its
// words' heights), and the rest (from x-heights).
enum class SizeScript { Ideographic, RightToLeft, Other };
SizeScript size_script(const Word& w) {
    if (is_cjk(first_code_point(w.text))) return SizeScript::Ideographic;
    return text_direction(w.text) == Direction::RightToLeft ? SizeScript::RightToLeft : SizeScript::Other;
}

bool sizes_itself(const Word& w) { return !w.has(kFlagSuperscript) && w.box.height() > 0 && w.font_size > 0; }

}  // namespace

std::vector<WordRun> unsure_lines(const std::vector<Word>& words) {
    const std::vector<WordRun> textlines = ocr_textlines(words);
    std::vector<WordRun> lines;
    for (const WordRun& line : textlines) {
        const auto first = words.begin() + static_cast<std::ptrdiff_t>(line.begin);
        const auto last = words.begin() + static_cast<std::ptrdiff_t>(line.end);
        if (!std::all_of(first, last, [](const Word& w) { return w.source == Source::Ocr; })) continue;
        if (line.end - line.begin >= kMinUnsureLineWords && mean_confidence(first, last) < kUnsureLineConfidence) {
            lines.push_back(line);
            continue;
        }
        // A sure textline's stretch of unsure words (kMinUnsureLineWords
        // or more in a row, each under kUnsureLineConfidence): Tesseract
        // ran a table's header and first row, beside the other column's
        // line, into one textline, and read the two rows as soup ("wer 5
        // comet ate ‘mies" for "Article Provisions Reports Reviews" /
        // "Article 7 178 26 170", 0.19-0.44 sure, in a textline 0.71 sure
        // on average: dev seed 26 en-26-006.invisible-ocr).
        // So is a stretch of unsure words a wide gap sets apart from the
        // textline's others, however short: Tesseract ran a masthead's
        // symbol, across the page, into the line of "United Nations" and
        // read it "АЗ", 0.20 sure, for "A/72/317" (dev seed 27
        // ru-27-000.invisible-ocr; read alone, as a line, it comes whole).
        const auto apart = [&](std::size_t left, std::size_t right) {
            const double size = std::max(words[left].font_size, words[right].font_size);
            return size > 0 && words[right].box.x0 - words[left].box.x1 >= kMinApartGapEm * size;
        };
        for (std::size_t i = line.begin; i < line.end;) {
            std::size_t end = i;
            while (end < line.end && words[end].confidence < kUnsureLineConfidence) ++end;
            const bool set_apart = end > i && (i == line.begin || apart(i - 1, i)) &&
                                   (end == line.end || apart(end - 1, end)) && end - i < line.end - line.begin;
            if (end - i >= kMinUnsureLineWords || set_apart) lines.push_back({i, end});
            i = std::max(end, i + 1);
        }
    }
    if (static_cast<double>(lines.size()) > kMaxUnsureLineShare * static_cast<double>(textlines.size())) return {};
    return lines;
}

bool unsure_line_reading_wins(const std::vector<Word>& words, const WordRun& run, std::vector<Word>& reading) {
    const auto first = words.begin() + static_cast<std::ptrdiff_t>(run.begin);
    const auto last = words.begin() + static_cast<std::ptrdiff_t>(run.end);
    const Box line = run_box(words, run);
    keep_words_within_rows(reading, line.y0, line.y1);
    if (reading.empty()) return false;
    const double mine = mean_confidence(first, last);
    const double theirs = mean_confidence(reading.begin(), reading.end());
    return theirs >= kSureLineConfidence && theirs >= mine + kUnsureLineMargin;
}

void size_as_page(const std::vector<Word>& words, const std::vector<WordRun>& lines, const WordRun& line,
                  std::vector<Word>& reading) {
    // The script of most of the reading's words.
    std::size_t counts[3] = {0, 0, 0};
    for (const auto& w : reading)
        if (sizes_itself(w)) ++counts[static_cast<int>(size_script(w))];
    const auto most = static_cast<SizeScript>(std::max_element(counts, counts + 3) - counts);
    if (counts[static_cast<int>(most)] == 0) return;
    std::vector<double> ratios;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const bool read_again =
            std::any_of(lines.begin(), lines.end(), [&](const WordRun& l) { return i >= l.begin && i < l.end; });
        if (!read_again && sizes_itself(words[i]) && size_script(words[i]) == most)
            ratios.push_back(words[i].font_size / words[i].box.height());
    }
    if (ratios.size() < kMinSizedPageWords) return;
    std::vector<double> heights, sizes, before;
    for (const auto& w : reading)
        if (sizes_itself(w) && size_script(w) == most) {
            heights.push_back(w.box.height());
            sizes.push_back(w.font_size);
        }
    for (std::size_t i = line.begin; i < line.end && i < words.size(); ++i)
        if (sizes_itself(words[i])) before.push_back(words[i].font_size);
    // The middle of the three measures: the line as the page's read sized
    // it, as its own read did, and as its boxes stand to the page's; a line
    // the page's read did not read, by its boxes alone.
    const double by_boxes = median(ratios) * median(heights);
    std::vector<double> measures = {median(before), median(sizes), by_boxes};
    const double scale = (before.empty() ? by_boxes : median(measures)) / median(sizes);
    for (auto& w : reading) w.font_size = std::max(1.0, w.font_size * scale);
}

}  // namespace pdf2tei::ocr
