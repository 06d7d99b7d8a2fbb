#include <gtest/gtest.h>

#include "pdf2tei/ocr/languages.hpp"
#include "pdf2tei/ocr/slanted_leads.hpp"
#include "test_helpers.hpp"

namespace pdf2tei::ocr {
namespace {

using pdf2tei::testing::make_ocr_word;

// A textline's words: `lead` (text, confidence) from x = 63, one ideograph
// 10 points wide each, then five sure ideographs.
std::vector<Word> line_of(const std::vector<std::pair<std::string, float>>& lead, double top = 295) {
    std::vector<Word> words;
    double x = 63;
    for (const auto& [text, confidence] : lead) {
        const double w = 10.0 * static_cast<double>(utf8_decode(text).size());
        words.push_back(make_ocr_word(text, {x, top, x + w, top + 10}, confidence));
        x += w;
    }
    for (const char* t : {"必要", "促进", "各", "国", "间"}) {
        const double w = 10.0 * static_cast<double>(utf8_decode(t).size());
        words.push_back(make_ocr_word(t, {x + 1, top, x + 1 + w, top + 10}, 0.95f));
        x += w + 1;
    }
    words.back().space_after = false;
    return words;
}

// A preamble's italic lead ("鉴于", slanted: dev scan300-31 zh-31-004) read
// "父 玫", 0 sure, before words read 0.95 sure: a lead, up to its last word
// under kSlantedLeadConfidence ("有", 0.25 and upright, stays the line's).
// After a sure paragraph number too ("5." then "租 庭" for "家庭").
TEST(SlantedLeads, AnUnsureLeadBeforeSureWords) {
    auto words = line_of({{"父", 0.0f}, {"玫", 0.01f}, {"有", 0.25f}});
    auto leads = slanted_leads(words);
    ASSERT_EQ(leads.size(), 1u);
    EXPECT_EQ(leads[0].begin, 0u);
    EXPECT_EQ(leads[0].end, 2u);
    // The span reaches to the next word ("有"), which Tesseract boxed the
    // slanted ideographs short of.
    EXPECT_DOUBLE_EQ(slanted_lead_span(words, leads[0]).x1, words[2].box.x0);

    words = line_of({{"5.", 0.93f}, {"租", 0.0f}, {"庭", 0.0f}});
    leads = slanted_leads(words);
    ASSERT_EQ(leads.size(), 1u);
    EXPECT_EQ(leads[0].begin, 1u);
    EXPECT_EQ(leads[0].end, 3u);
}

// No lead: words unsure but none under kSlantedLeadConfidence (upright type
// read unsure), a line read poorly throughout, a lead of Latin letters,
// one ideograph alone ("3" then "人", 0.1 sure, upright: dev scan300-32
// zh-32-014, where "人" read sheared was "入"), or a lead longer than
// kMaxSlantedLeadChars.
TEST(SlantedLeads, NoneWhereTheLineSaysItIsNotTheFace) {
    EXPECT_TRUE(slanted_leads(line_of({{"3", 0.9f}, {"人", 0.1f}})).empty());
    EXPECT_TRUE(slanted_leads(line_of({{"在", 0.76f}, {"条", 0.62f}})).empty());
    auto poor = line_of({{"效", 0.0f}, {"于", 0.0f}});
    for (std::size_t k = 2; k < poor.size(); ++k) poor[k].confidence = 0.5f;
    EXPECT_TRUE(slanted_leads(poor).empty());
    EXPECT_TRUE(slanted_leads(line_of({{"ab", 0.0f}})).empty());
    EXPECT_TRUE(slanted_leads(line_of({{"一二三四五六七", 0.0f}})).empty());
}

// The lead read sheared: "鉴于" 0.92 sure and a sliver of the upright word
// after it ("相", 0 sure) replace "父 玫"; a reading as unsure as the lead,
// of more ideographs than the lead's in one word, or of Latin letters does
// not.
TEST(SlantedLeads, ASureReadingOfAsManyIdeographsWins) {
    const auto words = line_of({{"父", 0.0f}, {"玫", 0.01f}});
    const auto leads = slanted_leads(words);
    ASSERT_EQ(leads.size(), 1u);
    std::vector<Word> reading = {make_ocr_word("鉴于", {64, 295, 87, 305}, 0.92f),
                                 make_ocr_word("相", {84, 293, 88, 307}, 0.09f)};
    EXPECT_TRUE(slanted_lead_reading_wins(words, leads[0], reading));
    ASSERT_EQ(reading.size(), 1u);
    EXPECT_EQ(reading[0].text, "鉴于");
    std::vector<Word> unsure = {make_ocr_word("鉴于", {64, 295, 87, 305}, 0.3f)};
    EXPECT_FALSE(slanted_lead_reading_wins(words, leads[0], unsure));
    std::vector<Word> longer = {make_ocr_word("鉴于有", {64, 295, 90, 305}, 0.9f)};
    EXPECT_FALSE(slanted_lead_reading_wins(words, leads[0], longer));
    std::vector<Word> latin = {make_ocr_word("Ab", {64, 295, 87, 305}, 0.9f)};
    EXPECT_FALSE(slanted_lead_reading_wins(words, leads[0], latin));
}

// A reading that spells one of the language's lead words is trusted
// sooner: "鉴于" 0.45 sure over "估 玫", 0 sure (dev seed 33
// zh-33-008.scan). Another reading as sure, or the word less sure, is not.
TEST(SlantedLeads, AKnownLeadWordNeedsLess) {
    const auto words = line_of({{"估", 0.0f}, {"玫", 0.0f}});
    const auto leads = slanted_leads(words);
    ASSERT_EQ(leads.size(), 1u);
    const auto lead_words = lead_words_of("chi_sim");
    ASSERT_FALSE(lead_words.empty());
    const auto wins = [&](const char* text, float confidence) {
        std::vector<Word> reading = {make_ocr_word(text, {64, 295, 87, 305}, confidence)};
        return slanted_lead_reading_wins(words, leads[0], reading, lead_words);
    };
    EXPECT_TRUE(wins("鉴于", 0.45f));
    EXPECT_FALSE(wins("盛于", 0.45f));
    EXPECT_FALSE(wins("鉴于", 0.3f));
    EXPECT_TRUE(lead_words_of("eng").empty());
}

}  // namespace
}  // namespace pdf2tei::ocr
