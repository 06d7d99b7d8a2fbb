#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "pdf2tei/error.hpp"
#include "pdf2tei/output/atomic_file.hpp"

namespace fs = std::filesystem;

namespace pdf2tei::output {
namespace {

class AtomicFile : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("pdf2tei-atomic-" + std::to_string(::getpid()) + "-" +
                                            ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(dir_);
        fs::create_directories(dir_);
    }
    void TearDown() override {
        fs::permissions(dir_, fs::perms::owner_all, fs::perm_options::add);
        fs::remove_all(dir_);
    }
    static std::string slurp(const fs::path& p) {
        std::ifstream in(p, std::ios::binary);
        std::stringstream ss;
        ss << in.rdbuf();
        return ss.str();
    }
    std::size_t entries() const { return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir_), {})); }
    fs::path dir_;
};

TEST_F(AtomicFile, WritesAndReplacesLeavingNoTemporaryFile) {
    const fs::path out = dir_ / "a.xml";
    write_atomically(out.string(), "first");
    write_atomically(out.string(), "second");
    EXPECT_EQ(slurp(out), "second");
    EXPECT_EQ(entries(), 1u);
}

TEST_F(AtomicFile, DeviceIsWrittenInPlaceNeverReplaced) {
    write_atomically("/dev/null", "discarded");
    struct stat st {};
    ASSERT_EQ(::stat("/dev/null", &st), 0);
    EXPECT_TRUE(S_ISCHR(st.st_mode));
}

TEST_F(AtomicFile, SymlinkIsFollowedAndKept) {
    const fs::path real = dir_ / "real.xml";
    const fs::path link = dir_ / "link.xml";
    write_atomically(real.string(), "old");
    fs::create_symlink(real, link);
    write_atomically(link.string(), "new");
    EXPECT_TRUE(fs::is_symlink(link));
    EXPECT_EQ(slurp(real), "new");
    EXPECT_EQ(entries(), 2u);
}

TEST_F(AtomicFile, DirectoryTargetIsAnError) {
    EXPECT_THROW(write_atomically(dir_.string(), "x"), Error);
}

TEST_F(AtomicFile, MissingDirectoryIsAnIoError) {
    try {
        write_atomically((dir_ / "no" / "such" / "a.xml").string(), "x");
        FAIL() << "no exception";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::Io);
        EXPECT_EQ(e.stage(), Stage::Output);
    }
}

TEST_F(AtomicFile, FailureLeavesNoTemporaryFile) {
    // A read-only directory: the temporary cannot even be made (as root,
    // which ignores permissions, the write succeeds instead).
    fs::permissions(dir_, fs::perms::owner_read | fs::perms::owner_exec);
    bool threw = false;
    try {
        write_atomically((dir_ / "a.xml").string(), "x");
    } catch (const Error&) {
        threw = true;
    }
    fs::permissions(dir_, fs::perms::owner_all, fs::perm_options::add);
    EXPECT_EQ(entries(), threw ? 0u : 1u);
}

}  // namespace
}  // namespace pdf2tei::output
