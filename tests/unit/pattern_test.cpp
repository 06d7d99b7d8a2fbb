#include <gtest/gtest.h>

#include "pdf2tei/pattern.hpp"

namespace pdf2tei {
namespace {

struct PatternCase {
    const char* pattern;
    bool ignore_case;
    const char* text;
    bool want;
};

class PatternMatches : public ::testing::TestWithParam<PatternCase> {};

TEST_P(PatternMatches, TheWholeText) {
    const auto& c = GetParam();
    EXPECT_EQ(Pattern(c.pattern, c.ignore_case).matches(c.text), c.want) << c.pattern << " on " << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    Table, PatternMatches,
    ::testing::Values(
        PatternCase{R"(\d{2}-\d{5})", false, "19-22319", true},
        PatternCase{R"(\d{2}-\d{5})", false, "19-22319 ", false},        // the whole text, not a part
        PatternCase{R"(\d+)", false, "\u0661\u0662", false},             // Arabic-Indic digits are not \d, as under std::regex
        PatternCase{R"(a\sb)", false, "a b", true},
        PatternCase{R"(a\sb)", false, "a\u00A0b", false},                // nor is a no-break space \s
        PatternCase{R"(a\Sb)", false, "a\u00E9b", true},                 // one character, not one byte
        PatternCase{R"(Page \d+)", true, "PAGE 3", true},
        PatternCase{R"(Page \d+)", false, "PAGE 3", false},
        PatternCase{R"((\d{4})\s*年)", false, "2025 年", true}));

TEST(Pattern, GroupsAreTheirTextAndEmptyWhenUnused) {
    const Pattern p(R"((\d{1,3})(?:\.| -)( x)?(.*))");
    std::vector<std::string> m;
    ASSERT_TRUE(p.match("74. Titre é", m));
    ASSERT_EQ(m.size(), 4u);
    EXPECT_EQ(m[0], "74. Titre é");
    EXPECT_EQ(m[1], "74");
    EXPECT_EQ(m[2], "");
    EXPECT_EQ(m[3], " Titre é");
    EXPECT_FALSE(p.match("Titre", m));
}

TEST(Pattern, ABadPatternIsABug) {
    EXPECT_THROW(Pattern("(unclosed"), std::logic_error);
}

}  // namespace
}  // namespace pdf2tei
