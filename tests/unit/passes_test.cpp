// The pass list (pipeline/src/passes.cpp) against its map in
// docs/how-it-works.md, and its own invariants.
#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>

#include "pipeline/src/passes.hpp"

namespace pdf2tei::pipeline {
namespace {

std::string how_it_works() {
    std::ifstream in(PDF2TEI_SOURCE_DIR "/docs/how-it-works.md");
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

const char* scale_name(Scale s) {
    switch (s) {
        case Scale::Word: return "word";
        case Scale::Page: return "page";
        case Scale::Document: return "document";
    }
    return "?";
}

// Every pass, in order, as the map's table rows begin: "| `name` | scale |".
std::vector<std::string> pass_rows() {
    std::vector<std::string> rows;
    for (const auto& p : page_passes()) rows.push_back(std::string("| `") + p.name + "` | " + scale_name(p.scale) + " |");
    for (const auto& p : document_passes())
        rows.push_back(std::string("| `") + p.name + "` | " + scale_name(p.scale) + " |");
    return rows;
}

TEST(Passes, TheMapListsEveryPassInOrder) {
    const std::string doc = how_it_works();
    std::size_t at = 0;
    for (const auto& row : pass_rows()) {
        const auto found = doc.find(row, at);
        ASSERT_NE(found, std::string::npos) << row << " missing from docs/how-it-works.md, or out of order";
        at = found + row.size();
    }
    // And no row for a pass that is gone.
    std::size_t rows_in_doc = 0;
    for (const char* scale : {"word", "page", "document"})
        for (std::size_t k = doc.find(std::string("` | ") + scale + " |"); k != std::string::npos;
             k = doc.find(std::string("` | ") + scale + " |", k + 1))
            ++rows_in_doc;
    EXPECT_EQ(rows_in_doc, pass_rows().size());
}

TEST(Passes, NamesAreUniqueAndScalesRunInOrder) {
    std::set<std::string> names;
    int last = 0;
    for (const auto& p : page_passes()) {
        EXPECT_TRUE(names.insert(p.name).second) << p.name;
        EXPECT_NE(p.scale, Scale::Document) << p.name;
        EXPECT_GE(static_cast<int>(p.scale), last) << p.name << " runs before a pass of a smaller scale";
        last = static_cast<int>(p.scale);
    }
    for (const auto& p : document_passes()) {
        EXPECT_TRUE(names.insert(p.name).second) << p.name;
        EXPECT_EQ(p.scale, Scale::Document) << p.name;
    }
}

TEST(Passes, EveryRepairCounterBelongsToAPassAndTheMapSaysSo) {
    std::set<std::string> counted;
    for (const auto& p : page_passes()) counted.insert(p.counters.begin(), p.counters.end());
    for (const auto& p : document_passes()) counted.insert(p.counters.begin(), p.counters.end());
    const std::string doc = how_it_works();
    for (const char* repair : normalize::kAllRepairs) {
        EXPECT_TRUE(counted.count(repair)) << repair << " is counted by no pass";
        EXPECT_NE(doc.find(repair), std::string::npos) << repair << " is not in docs/how-it-works.md";
    }
    for (const auto& name : counted)
        EXPECT_NE(std::find_if(std::begin(normalize::kAllRepairs), std::end(normalize::kAllRepairs),
                               [&](const char* r) { return name == r; }),
                  std::end(normalize::kAllRepairs))
            << name << " is not in normalize::kAllRepairs";
}

// A pass whose switch is off does not run: with every repair off, the page
// passes leave the words' text as the layer gave it, and count nothing.
TEST(Passes, SwitchedOffPassesDoNotRun) {
    PageWork work;
    work.in.page.width = 600;
    work.in.page.height = 800;
    Word w;
    w.text = "e\xCC\x81tude";  // decomposed: NFC would compose it
    w.box = {10, 10, 40, 20};
    w.font_size = 10;
    work.in.words.push_back(w);
    work.repairs = normalize::RepairSwitches::none();
    run_page_passes(work);
    ASSERT_EQ(work.page().blocks.size(), 1u);
    EXPECT_EQ(work.page().blocks[0].lines[0].words[0].text, "e\xCC\x81tude");
    EXPECT_TRUE(work.page().repairs.empty());

    PageWork on;
    on.in = PageWork{}.in;
    on.in.page.width = 600;
    on.in.page.height = 800;
    on.in.words.push_back(w);
    run_page_passes(on);  // PageWork's switches: all on by default
    EXPECT_EQ(on.page().blocks[0].lines[0].words[0].text, "\xC3\xA9tude");
    EXPECT_EQ(on.page().repairs.at(normalize::kRepairNfc), 1);
}

}  // namespace
}  // namespace pdf2tei::pipeline
