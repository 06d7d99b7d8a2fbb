// Letter-spaced words ("D e c l a r a c i ó n", a LibreOffice title set with
// character spacing in the random corpus) are joined; real one-letter words
// a full space apart are not.
#include <gtest/gtest.h>

#include "normalize/src/spacing.hpp"
#include "pdf2tei/text.hpp"
#include "test_helpers.hpp"

namespace pdf2tei::normalize {
namespace {

using pdf2tei::testing::make_word;

// Words at 10 pt, each letter 5 pt wide; `gaps` are the gaps after each
// word but the last, in points.
Line line_of(const std::vector<std::string>& words, const std::vector<double>& gaps) {
    Line l;
    double x = 72;
    for (std::size_t i = 0; i < words.size(); ++i) {
        l.words.push_back(make_word(words[i], x, 100));
        x = l.words.back().box.x1 + (i < gaps.size() ? gaps[i] : 0);
    }
    return l;
}

struct SpacedCase {
    std::vector<std::string> words;
    std::vector<double> gaps;
    const char* expected;
};

class LetterSpacing : public ::testing::TestWithParam<SpacedCase> {};

TEST_P(LetterSpacing, Joins) {
    std::vector<Line> lines{line_of(GetParam().words, GetParam().gaps)};
    RepairCounts counts;
    repair_spacing(lines, counts);
    EXPECT_EQ(line_text(lines[0]), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, LetterSpacing,
    ::testing::Values(
        // 1.8 pt between letters, 4.5 pt around the word
        SpacedCase{{"73/50.", "D", "e", "c", "l", "a", "r", "a", "c", "i", "ó", "n", "Universal"},
                   {4.5, 1.8, 1.8, 1.9, 1.8, 1.8, 1.7, 1.8, 1.8, 1.8, 1.8, 4.5},
                   "73/50. Declaración Universal"},
        SpacedCase{{"Всеобщая", "д", "е", "к", "л", "а", "р", "а", "ц", "и", "я", "прав"},
                   {4.6, 2.0, 2.0, 2.0, 2.1, 2.0, 2.0, 2.0, 2.0, 2.0, 4.6}, "Всеобщая декларация прав"},
        // Its widest gap near the space before it, its usual ones well under
        // (dev seed 13 en-13-010, LibreOffice: 1.61-1.78 pt, 2.36 before).
        SpacedCase{{"Universal", "D", "e", "c", "l", "a", "r", "a", "t", "i", "o", "n", "of"},
                   {2.36, 1.68, 1.64, 1.78, 1.62, 1.74, 1.69, 1.64, 1.73, 1.73, 1.61, 4.28},
                   "Universal Declaration of"},
        SpacedCase{{"R", "É", "S", "U", "M", "É"}, {2, 2, 2, 2, 2}, "RÉSUMÉ"},  // alone on its line
        // one-letter words a full space apart stay apart
        SpacedCase{{"и", "в", "с", "к", "ним"}, {3, 3, 3, 3}, "и в с к ним"},
        SpacedCase{{"va", "à", "y", "o", "la"}, {3, 3, 3, 3}, "va à y o la"},
        // nor when the spaces around are a shade wider than theirs
        SpacedCase{{"va", "à", "y", "o", "la"}, {3.3, 3, 3, 3.2}, "va à y o la"},
        // two letters are too few to tell
        SpacedCase{{"word", "a", "b", "word"}, {4.5, 2.5, 4.5}, "word a b word"}));

TEST(LetterSpacing, IsCounted) {
    std::vector<Line> lines{line_of({"xx", "D", "e", "c", "yy"}, {4.5, 1.8, 1.8, 4.5})};
    RepairCounts counts;
    repair_spacing(lines, counts);
    EXPECT_EQ(counts[kRepairLetterSpacing], 1);
}

}  // namespace
}  // namespace pdf2tei::normalize
