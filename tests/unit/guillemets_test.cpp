// French quotation marks that OT1 TeX draws as ≪ ≫ (generated corpus
// res-fr.ot1-accents: "intitulée ≪ Lutte contre … criminelles ≫,").
#include <gtest/gtest.h>

#include "normalize/src/guillemets.hpp"
#include "pdf2tei/text.hpp"
#include "test_helpers.hpp"

namespace pdf2tei::normalize {
namespace {

using pdf2tei::testing::make_word;

struct GuillemetCase {
    const char* drawn;     // the words as the layer gives them, space-separated
    const char* expected;  // after the repair
    int marks;             // marks restored
};

std::vector<Word> words_of(const std::string& text) {
    std::vector<Word> words;
    double x = 72;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = std::min(text.find(' ', start), text.size());
        words.push_back(make_word(text.substr(start, end - start), x, 100));
        x = words.back().box.x1 + 3;
        start = end + 1;
    }
    return words;
}

std::string text_of(const std::vector<Word>& words) {
    std::string out;
    for (const auto& w : words) out += (out.empty() ? "" : " ") + w.text;
    return out;
}

class Guillemets : public ::testing::TestWithParam<GuillemetCase> {};

TEST_P(Guillemets, PairsBecomeQuotationMarks) {
    const auto& c = GetParam();
    auto words = words_of(c.drawn);
    RepairCounts counts;
    restore_guillemets(words, counts);
    EXPECT_EQ(text_of(words), c.expected);
    EXPECT_EQ(counts[kRepairGuillemet], c.marks);
    for (const auto& w : words) {  // glyphs follow the text
        std::u32string from_glyphs;
        for (const auto& g : w.glyphs) from_glyphs.push_back(g.code_point);
        EXPECT_EQ(utf8_encode(from_glyphs), w.text);
        EXPECT_EQ(w.has(kFlagUnicodeRepaired), w.text.find("\u00AB") != std::string::npos ||
                                                   w.text.find("\u00BB") != std::string::npos);
    }
}

INSTANTIATE_TEST_SUITE_P(
    Table, Guillemets,
    ::testing::Values(
        GuillemetCase{"la question intitulée \u226A Lutte contre l’utilisation \u226B, et",
                      "la question intitulée \u00AB Lutte contre l’utilisation \u00BB, et", 2},
        GuillemetCase{"intitulée \u226ALutte contre la criminalité\u226B.", "intitulée \u00ABLutte contre la criminalité\u00BB.", 2},
        GuillemetCase{"le mot \u226Aexpert\u226B seul", "le mot \u00ABexpert\u00BB seul", 2},
        GuillemetCase{"\u226A Un \u226B et \u226A deux \u226B", "\u00AB Un \u00BB et \u00AB deux \u00BB", 4},
        // The relation, in a formula: nothing closes it, or nothing of letters between.
        GuillemetCase{"où a \u226A b pour tout n", "où a \u226A b pour tout n", 0},
        GuillemetCase{"x \u226A 1 \u226B 0", "x \u226A 1 \u226B 0", 0},
        // An opening sign that another one follows before any close: the first is left.
        GuillemetCase{"a \u226A b puis \u226A Texte \u226B", "a \u226A b puis \u00AB Texte \u00BB", 2},
        GuillemetCase{"sans signe du tout", "sans signe du tout", 0},
        // Two closing signs in one word: the last closes, in the glyphs too
        // (a fuzz input found the first glyph changed instead).
        GuillemetCase{"\u226A mot \u226B\u226B", "\u00AB mot \u226B\u00BB", 2}));

TEST(Guillemets, AQuotationLongerThanTheLimitIsLeft) {
    std::string text = "\u226A";
    for (std::size_t i = 0; i < kMaxQuotationWords + 5; ++i) text += " mot";
    text += " \u226B";
    auto words = words_of(text);
    RepairCounts counts;
    restore_guillemets(words, counts);
    EXPECT_TRUE(counts.empty());
}

}  // namespace
}  // namespace pdf2tei::normalize
