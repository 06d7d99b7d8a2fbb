#include "pdf2tei/ocr/slanted_leads.hpp"

#include <algorithm>

#include "pdf2tei/text.hpp"

namespace pdf2tei::ocr {
namespace {

std::size_t code_points(const std::string& text) { return utf8_decode(text).size(); }

// Ideographs and the marks set among them: CJK punctuation (U+3000-303F)
// and full-width forms (U+FF00-FFEF).
bool ideographs_and_marks(const std::string& text) {
    const std::u32string t = utf8_decode(text);
    return !t.empty() && std::all_of(t.begin(), t.end(), [](char32_t c) {
        return is_ideograph(c) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF);
    });
}

// A paragraph's number read sure: figures and ASCII marks ("2.", "(a)").
bool sure_paragraph_number(const Word& w) {
    return w.confidence >= kUnsureLeadConfidence && std::any_of(w.text.begin(), w.text.end(), is_ascii_digit) &&
           std::all_of(w.text.begin(), w.text.end(),
                       [](char c) { return is_ascii_digit(c) || c == '.' || c == '(' || c == ')'; });
}

// The reading's words that stand over the lead (its span `lead`): their
// middles right of its start and left of the next word's middle (the
// upright word after it, read sheared, may be read too, or a sliver of it:
// "鉴于" "信", 0 sure).
void keep_words_over_lead(const std::vector<Word>& words, const WordRun& run, const Box& lead,
                          std::vector<Word>& reading) {
    const double right = run.end < words.size() ? words[run.end].box.center_x() : lead.x1;
    std::erase_if(reading, [&](const Word& w) {
        const double middle = w.box.center_x();
        return middle < lead.x0 || middle >= right;
    });
}

}  // namespace

std::vector<WordRun> slanted_leads(const std::vector<Word>& words) {
    std::vector<WordRun> leads;
    for (const WordRun& line : ocr_textlines(words)) {
        const std::size_t begin = line.begin < line.end && sure_paragraph_number(words[line.begin]) ? line.begin + 1
                                                                                                    : line.begin;
        // Up to its last word under kSlantedLeadConfidence: unsure words
        // without one are upright type read unsure, not a slanted face, and
        // after it, upright words read unsure ("有", 0.25, after "父 玫",
        // 0 sure, for "鉴于").
        std::size_t end = begin;
        std::size_t chars = 0, lead_chars = 0;
        for (std::size_t k = begin; k < line.end && words[k].confidence < kUnsureLeadConfidence; ++k) {
            chars += code_points(words[k].text);
            if (chars > kMaxSlantedLeadChars) break;
            if (words[k].confidence < kSlantedLeadConfidence) {
                end = k + 1;
                lead_chars = chars;
            }
        }
        if (lead_chars < kMinSlantedLeadChars || line.end - end < kMinSureWordsAfterLead) continue;
        if (!std::any_of(words.begin() + static_cast<std::ptrdiff_t>(begin),
                         words.begin() + static_cast<std::ptrdiff_t>(end),
                         [](const Word& w) { return has_ideograph(w.text); }))
            continue;
        if (mean_confidence(words.begin() + static_cast<std::ptrdiff_t>(end),
                            words.begin() + static_cast<std::ptrdiff_t>(line.end)) < kSureAfterLeadConfidence)
            continue;
        leads.push_back({begin, end});
    }
    return leads;
}

Box slanted_lead_span(const std::vector<Word>& words, const WordRun& run) {
    Box span = run_box(words, run);
    if (run.end < words.size()) span.x1 = std::max(span.x1, words[run.end].box.x0);
    return span;
}

Box slanted_lead_region(const std::vector<Word>& words, const WordRun& run) {
    return padded_region(slanted_lead_span(words, run));
}

bool slanted_lead_reading_wins(const std::vector<Word>& words, const WordRun& run, std::vector<Word>& reading,
                               const std::vector<std::string_view>& lead_words) {
    const Box lead = slanted_lead_span(words, run);
    keep_words_within_rows(reading, lead.y0, lead.y1);
    keep_words_over_lead(words, run, lead, reading);
    std::size_t lead_chars = 0;
    for (std::size_t k = run.begin; k < run.end; ++k) lead_chars += code_points(words[k].text);
    // Its words up to the lead's length: the upright word after the lead
    // may be read too ("家 庭 是" for "租 庭", zh-31-004).
    std::size_t read_chars = 0, taken = 0;
    while (taken < reading.size() && read_chars < lead_chars) {
        if (!ideographs_and_marks(reading[taken].text)) return false;
        read_chars += code_points(reading[taken++].text);
    }
    if (read_chars != lead_chars) return false;
    reading.resize(taken);
    const auto lead_begin = words.begin() + static_cast<std::ptrdiff_t>(run.begin);
    const double was = mean_confidence(lead_begin, lead_begin + static_cast<std::ptrdiff_t>(run.end - run.begin));
    const double now = mean_confidence(reading.begin(), reading.end());
    std::string spelled;
    for (const auto& w : reading) spelled += w.text;
    const bool lead_word = std::find(lead_words.begin(), lead_words.end(), spelled) != lead_words.end();
    const float bar = lead_word ? kSureSlantedLeadWordConfidence : kSureSlantedReadingConfidence;
    return now >= bar && now >= was + kSlantedReadingMargin;
}

}  // namespace pdf2tei::ocr
