#include <gtest/gtest.h>

#include "pdf2tei/error.hpp"
#include "pdf2tei/ingest/pdf_source.hpp"

namespace pdf2tei::ingest {
namespace {

std::vector<char> bytes(const std::string& s) { return {s.begin(), s.end()}; }

ErrorCode code_of(const std::string& content) {
    try {
        PdfSource::from_bytes("t", bytes(content));
    } catch (const Error& e) {
        return e.code();
    }
    return ErrorCode::Internal;  // "no error" in this test's terms
}

TEST(PdfSource, RejectsWhatIsNotAPdf) {
    EXPECT_EQ(code_of(""), ErrorCode::NotPdf);
    EXPECT_EQ(code_of("hello, I am a text file named .pdf\n"), ErrorCode::NotPdf);
    EXPECT_EQ(code_of(std::string(2000, 'x') + "%PDF-1.4"), ErrorCode::NotPdf);  // header too late
}

struct CompletenessCase {
    const char* name;
    std::string content;
    bool complete;
};

class Completeness : public ::testing::TestWithParam<CompletenessCase> {};

TEST_P(Completeness, TellsATruncatedFile) {
    EXPECT_EQ(PdfSource::from_bytes("t", bytes(GetParam().content)).looks_complete(), GetParam().complete)
        << GetParam().name;
}

INSTANTIATE_TEST_SUITE_P(
    Table, Completeness,
    ::testing::Values(
        CompletenessCase{"complete", "%PDF-1.7\n1 0 obj\nendobj\nstartxref\n9\n%%EOF\n", true},
        CompletenessCase{"junk before the header", "junk\n%PDF-1.7\nstartxref\n9\n%%EOF", true},
        CompletenessCase{"junk after the end", "%PDF-1.7\nstartxref\n9\n%%EOF\n" + std::string(5000, 'x'), true},
        CompletenessCase{"cut inside an object", "%PDF-1.7\n1 0 obj\n<< /Length 99 >>\nstream\nxx", false},
        CompletenessCase{"cut after startxref", "%PDF-1.7\nstartxref\n9\n", false},
        CompletenessCase{"cut inside an update",
                         "%PDF-1.7\nstartxref\n9\n%%EOF\n2 0 obj\nstartxref\n99\n", false}));

TEST(PdfSource, AcceptsAHeaderAfterSomeJunk) {
    EXPECT_EQ(PdfSource::from_bytes("t", bytes("junk\n%PDF-1.7\n...\n%%EOF\n")).size(), 24u);
}

TEST(PdfSource, MissingFileIsAnIoError) {
    try {
        PdfSource::read("/nonexistent/dir/file.pdf");
        FAIL();
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::Io);
        EXPECT_NE(std::string(e.what()).find("/nonexistent/dir/file.pdf: cannot open"), std::string::npos);
    }
}

TEST(Sha256, KnownAnswers) {
    // FIPS 180-2 test vectors.
    EXPECT_EQ(sha256_hex("abc", 3), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    EXPECT_EQ(sha256_hex("", 0), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

}  // namespace
}  // namespace pdf2tei::ingest
