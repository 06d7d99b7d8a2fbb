// Collections: the jobs a tree or manifest gives, shards, and the
// provenance a re-run reads back.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>

#include "pdf2tei/collection.hpp"
#include "pdf2tei/error.hpp"

namespace pdf2tei {
namespace {

namespace fs = std::filesystem;

class Tree : public ::testing::Test {
protected:
    void SetUp() override {
        root_ = fs::temp_directory_path() / ("pdf2tei-collection-" + std::to_string(::getpid()));
        fs::remove_all(root_);
        for (const char* f : {"in/b.pdf", "in/a.PDF", "in/sub/c.pdf", "in/sub/deeper/d.pdf", "in/notes.txt"}) {
            fs::create_directories((root_ / f).parent_path());
            std::ofstream(root_ / f) << "x";
        }
    }
    void TearDown() override { fs::remove_all(root_); }
    std::string path(const char* rel) const { return (root_ / rel).string(); }
    fs::path root_;
};

TEST_F(Tree, ADirectoryIsWalkedInOrderAndMirrored) {
    const auto jobs = collect_jobs({path("in")}, "", path("out"));
    ASSERT_EQ(jobs.size(), 4u);  // notes.txt is no PDF
    EXPECT_EQ(jobs[0].key, "a.PDF");
    EXPECT_EQ(jobs[1].key, "b.pdf");
    EXPECT_EQ(jobs[2].key, "sub/c.pdf");
    EXPECT_EQ(jobs[3].key, "sub/deeper/d.pdf");
    EXPECT_EQ(jobs[0].output, path("out/a.tei.xml"));
    EXPECT_EQ(jobs[3].output, path("out/sub/deeper/d.tei.xml"));
    EXPECT_EQ(jobs[3].input, path("in/sub/deeper/d.pdf"));
}

TEST_F(Tree, AManifestListsPathsOrNamedOutputs) {
    std::ofstream(path("list.jsonl")) << path("in/b.pdf") << "\n\n"
                                      << R"({"input": ")" << path("in/sub/c.pdf") << R"(", "output": "x/y.pdf"})"
                                      << "\n";
    const auto jobs = collect_jobs({}, path("list.jsonl"), path("out"));
    ASSERT_EQ(jobs.size(), 2u);
    EXPECT_EQ(jobs[1].output, path("out/x/y.tei.xml"));
    // An absolute path listed keeps only its name under the output directory.
    EXPECT_EQ(jobs[0].output, path("out/b.tei.xml"));
}

TEST_F(Tree, BadCollectionsAreUsageErrors) {
    EXPECT_THROW(collect_jobs({path("nope")}, "", path("out")), Error);
    EXPECT_THROW(collect_jobs({}, path("no-list"), path("out")), Error);
    std::ofstream(path("bad.jsonl")) << "{\"output\": \"x\"}\n";
    EXPECT_THROW(collect_jobs({}, path("bad.jsonl"), path("out")), Error);
    // Two inputs, one output.
    EXPECT_THROW(collect_jobs({path("in/b.pdf"), path("in/b.pdf")}, "", path("out")), Error);
    // A key cannot climb out of the output directory.
    std::ofstream(path("climb.jsonl")) << R"({"input": "a.pdf", "output": "../../etc/x.pdf"})" << "\n";
    EXPECT_EQ(collect_jobs({}, path("climb.jsonl"), path("out"))[0].output, path("out/x.tei.xml"));
}

TEST(Shard, ShardsCoverACollectionExactlyOnce) {
    std::multiset<std::string> seen;
    std::vector<int> sizes(5, 0);
    for (int i = 0; i < 1000; ++i) {
        const std::string key = "A/RES/" + std::to_string(i) + ".pdf";
        int owners = 0;
        for (int k = 0; k < 5; ++k)
            if (in_shard(key, {k, 5})) {
                ++owners;
                ++sizes[static_cast<std::size_t>(k)];
            }
        EXPECT_EQ(owners, 1) << key;
    }
    for (int n : sizes) EXPECT_GT(n, 150);  // roughly even: 200 each
}

TEST(Shard, ParsedFromTheSpecOrTheScheduler) {
    EXPECT_EQ(parse_shard("2/5").index, 2);
    EXPECT_EQ(parse_shard("2/5").count, 5);
    EXPECT_THROW(parse_shard("5/5"), Error);
    EXPECT_THROW(parse_shard("a/b"), Error);
    EXPECT_THROW(parse_shard("1/0"), Error);
    ::unsetenv("JOB_COMPLETION_INDEX");
    ::setenv("SLURM_ARRAY_TASK_ID", "1", 1);
    EXPECT_EQ(parse_shard("3").index, 1);
    ::unsetenv("SLURM_ARRAY_TASK_ID");
    EXPECT_THROW(parse_shard("3"), Error);
    ::setenv("JOB_COMPLETION_INDEX", "2", 1);
    EXPECT_EQ(parse_shard("3").index, 2);
    ::setenv("JOB_COMPLETION_INDEX", "x", 1);
    EXPECT_THROW(parse_shard("3"), Error);
    ::unsetenv("JOB_COMPLETION_INDEX");
}

TEST_F(Tree, ProvenanceIsReadFromTheHeader) {
    const std::string sha(64, 'a');
    std::ofstream(path("t.xml")) << "<TEI><teiHeader><idno type=\"sha256\">" << sha
                                 << "</idno><application ident=\"pdf2tei\" version=\"9.9\">";
    const auto p = read_provenance(path("t.xml"));
    ASSERT_TRUE(p);
    EXPECT_EQ(p->sha256, sha);
    EXPECT_EQ(p->version, "9.9");
    EXPECT_FALSE(read_provenance(path("missing.xml")));
    std::ofstream(path("half.xml")) << "<TEI><idno type=\"sha256\">" << sha << "</idno>";
    EXPECT_FALSE(read_provenance(path("half.xml")));
}

}  // namespace
}  // namespace pdf2tei
