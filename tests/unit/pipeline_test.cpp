#include <gtest/gtest.h>

#include <thread>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "corpus_paths.hpp"
#include "pdf2tei/error.hpp"
#include "pdf2tei/pipeline.hpp"
#include "pdf2tei/text.hpp"

namespace pdf2tei {
namespace {

using pdf2tei::testing::generated;
using pdf2tei::testing::shared_corpus;
using pdf2tei::testing::test_data;

std::vector<char> file_bytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

Document convert_file(const std::string& path, unsigned jobs) {
    ConvertOptions opts;
    opts.jobs = jobs;
    return convert(ingest::PdfSource::read(path), opts);
}

TEST(Convert, SampleResolution) {
    const Document doc = convert_file(test_data("resolution-fr.pdf"), 1);
    EXPECT_EQ(doc.language, "fr");
    ASSERT_EQ(doc.pages.size(), 2u);
    EXPECT_EQ(doc.pages[0].number, 1);
    EXPECT_EQ(doc.pages[1].number, 2);
    std::string all;
    for (const auto& p : doc.pages)
        for (const auto& b : p.blocks) all += block_text(b) + "\n";
    EXPECT_NE(all.find("L’Assemblée générale,"), std::string::npos);
    EXPECT_NE(all.find("soixante-quinzième session."), std::string::npos);
    EXPECT_EQ(doc.warning_count(), 0u);
    const auto bytes = file_bytes(test_data("resolution-fr.pdf"));
    EXPECT_EQ(doc.info.sha256, ingest::sha256_hex(bytes.data(), bytes.size()));
    EXPECT_EQ(doc.info.sha256.size(), 64u);
}

// Pages are processed in parallel; the result must not depend on how.
TEST(Convert, SameDocumentAndBytesForAnyNumberOfJobs) {
    const std::string path = shared_corpus("un-digital/A_RES_79_243.pdf");
    const Document one = convert_file(path, 1);
    const Document four = convert_file(path, 4);
    EXPECT_EQ(one.pages.size(), 46u);
    EXPECT_TRUE(one == four);
    EXPECT_EQ(to_tei(one, {}), to_tei(four, {}));
}

TEST(Convert, ProgressGrowsToTheTotalOnTheCallersThread) {
    ConvertOptions opts;
    opts.jobs = 2;
    std::vector<int> seen;
    const auto caller = std::this_thread::get_id();
    opts.progress = [&](int done, int total) {
        EXPECT_EQ(total, 12);
        EXPECT_EQ(std::this_thread::get_id(), caller) << "progress is reported on the caller's thread";
        seen.push_back(done);
    };
    const Document doc = convert(ingest::PdfSource::read(shared_corpus("un-digital/A_RES_78_1.pdf")), opts);
    EXPECT_EQ(doc.pages.size(), 12u);
    ASSERT_FALSE(seen.empty());
    EXPECT_EQ(seen.back(), 12);
    for (std::size_t i = 1; i < seen.size(); ++i) EXPECT_GT(seen[i], seen[i - 1]);

    // An error on the way is thrown on the caller's thread too.
    const std::string cut = "%PDF-1.4\n1 0 obj<<>>endobj\n";
    EXPECT_THROW(convert(ingest::PdfSource::from_bytes("cut.pdf", {cut.begin(), cut.end()}), opts), Error);
}

// --no-repair: the layer's own spaces and hyphens stay, nothing is counted,
// and the document says which repairs were off. Removing controls is no
// switch.
TEST(Convert, RepairsCanBeSwitchedOff) {
    const std::string path = shared_corpus("un-digital/A_81_6_SECT10.pdf");
    const auto totals = [](const Document& d) {
        RepairCounts all;
        for (const auto& p : d.pages)
            for (const auto& [name, n] : p.repairs) all[name] += n;
        return all;
    };
    const auto text = [](const Document& d) {
        std::string all;
        for (const auto& p : d.pages)
            for (const auto& b : p.blocks) all += block_text(b) + "\n";
        return all;
    };
    ConvertOptions opts;
    const Document on = convert(ingest::PdfSource::read(path), opts);
    opts.repairs = normalize::RepairSwitches::none();
    const Document off = convert(ingest::PdfSource::read(path), opts);

    EXPECT_GT(totals(on)["space-removed"], 0);
    // Its one word broken at a line end, "cross-|cutting", keeps its hyphen:
    // the document writes it so elsewhere (though hunspell knows both).
    EXPECT_GT(totals(on)["line-end-compound-kept"], 0);
    EXPECT_NE(text(on).find("cross-cutting flagship"), std::string::npos);
    EXPECT_EQ(totals(off)["space-removed"], 0);
    EXPECT_EQ(totals(off)["dehyphenated"], 0);
    EXPECT_EQ(totals(off)["line-end-compound-kept"], 0);
    EXPECT_NE(text(on).find("follow-up"), std::string::npos);
    EXPECT_NE(text(off).find("follow -up"), std::string::npos);  // as the layer has it
    EXPECT_TRUE(on.repairs_off.empty());
    EXPECT_EQ(off.repairs_off,
              (std::vector<std::string>{"nfc", "diacritics", "ligatures", "spacing", "dehyphenation", "apostrophes",
                                        "presentation-forms", "kashida"}));
    EXPECT_NE(to_tei(off, opts).find("Repairs switched off by the user: nfc, diacritics, ligatures, spacing, "
                                     "dehyphenation, apostrophes, presentation-forms, kashida."),
              std::string::npos);

    // One at a time: the generated French resolution has both line-end
    // hyphens and thin spaces.
    opts.repairs = {};
    opts.repairs.dehyphenation = false;
    const Document kept_hyphens = convert(ingest::PdfSource::read(generated("res-fr.clean.pdf")), opts);
    EXPECT_EQ(totals(kept_hyphens)["dehyphenated"], 0);
    EXPECT_GT(totals(kept_hyphens)["thin-space-marked"], 0);
    EXPECT_EQ(kept_hyphens.repairs_off, (std::vector<std::string>{"dehyphenation"}));
    opts.repairs = {};
    opts.repairs.spacing = false;
    const Document kept_spaces = convert(ingest::PdfSource::read(generated("res-fr.clean.pdf")), opts);
    EXPECT_GT(totals(kept_spaces)["dehyphenated"], 0);
    EXPECT_EQ(totals(kept_spaces)["thin-space-marked"], 0);
}

TEST(Convert, TruncatedFileIsAnErrorUnlessSalvaged) {
    std::vector<char> bytes = file_bytes(test_data("resolution-fr.pdf"));
    bytes.resize(bytes.size() * 2 / 3);
    const auto src = ingest::PdfSource::from_bytes("cut.pdf", bytes);
    try {
        convert(src, {});
        FAIL() << "truncated file converted";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::Damaged);
        EXPECT_NE(std::string(e.what()).find("cut.pdf: truncated PDF"), std::string::npos);
    }
    ConvertOptions salvage;
    salvage.salvage = true;
    try {
        const Document doc = convert(src, salvage);
        EXPECT_GE(doc.warning_count(), 1u);  // at least the truncation itself
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::Damaged);  // or nothing could be read
    }
}

TEST(Convert, EncryptedWithPassword) {
    ConvertOptions opts;
    opts.password = "lecteur";
    const Document doc = convert(ingest::PdfSource::read(test_data("resolution-fr-encrypted.pdf")), opts);
    EXPECT_TRUE(doc.info.encrypted);
    EXPECT_EQ(doc.language, "fr");
    EXPECT_THROW(convert(ingest::PdfSource::read(test_data("resolution-fr-encrypted.pdf")), {}), Error);
}

TEST(Convert, ImageOnlyScanWithoutOcrGivesEmptyPagesNotAnError) {
    ConvertOptions opts;
    opts.ocr = ocr::OcrMode::Never;
    const Document doc = convert(ingest::PdfSource::read(shared_corpus("un-scanned/1991-12-30_Buravkin_to_UN.pdf")), opts);
    EXPECT_EQ(doc.pages.size(), 11u);
    for (const auto& p : doc.pages) {
        EXPECT_TRUE(p.blocks.empty());
        EXPECT_EQ(p.verdict, PageVerdict::None);
        EXPECT_FALSE(p.rendered);
    }
    EXPECT_EQ(doc.language, "und");
}

// Page 2 of the mixed variant is a scan; pages 1 and 3 are born-digital.
// Only page 2 is rendered and read with OCR, in the language of the others.
TEST(Convert, MixedDocumentOcrsOnlyItsScannedPage) {
    const Document doc = convert_file(generated("res-fr.mixed.pdf"), 2);
    ASSERT_EQ(doc.pages.size(), 3u);
    EXPECT_EQ(doc.language, "fr");
    for (int i : {0, 2}) {
        EXPECT_EQ(doc.pages[i].verdict, PageVerdict::Text);
        EXPECT_EQ(doc.pages[i].source, Source::TextLayer);
        EXPECT_FALSE(doc.pages[i].rendered);
    }
    const Page& scan = doc.pages[1];
    EXPECT_EQ(scan.verdict, PageVerdict::None);
    EXPECT_EQ(scan.source, Source::Ocr);
    EXPECT_TRUE(scan.rendered);
    EXPECT_GT(scan.ocr_confidence, 0.8f);
    std::string text;
    for (const auto& b : scan.blocks) text += block_text(b) + "\n";
    EXPECT_NE(text.find("Office des Nations Unies contre la drogue et le crime"), std::string::npos) << text;
    EXPECT_NE(text.find("coopération"), std::string::npos);
}

// A page whose fonts lost their Unicode (CID TrueType, bare glyph ids: dev
// seed 7 ru-7-006.glyph-ids, XeLaTeX, made by scripts/make-corpus --seed 7
// --langs ru --only ru-7-006) is lossy; its layer cannot be patched, and
// OCR's words take its place with the baselines OCR found: a line stands
// where its words without descenders stand, not 2 pt lower for
// "принимать" and "участие", and its paragraph is not cut after the
// first line for that pitch.
TEST(Convert, OcrWordsReplacingALossyLayerKeepTheirBaselines) {
    const Document doc = convert_file(test_data("ru-7-006.glyph-ids.pdf"), 2);
    ASSERT_FALSE(doc.pages.empty());
    const Page& page = doc.pages[0];
    EXPECT_EQ(page.source, Source::Ocr);
    const Block* paragraph = nullptr;
    const Line* wrapped = nullptr;
    for (const auto& b : page.blocks)
        for (const auto& l : b.lines)
            if (!l.words.empty() && l.words.front().text == "принимать") {
                paragraph = &b;
                wrapped = &l;
            }
    ASSERT_NE(wrapped, nullptr);
    for (const auto& w : wrapped->words)
        if (w.text == "в" || w.text == "своей") {
            EXPECT_NEAR(wrapped->baseline, w.box.y1, 0.5) << w.text;
        }
    EXPECT_EQ(paragraph->lines.front().words.front().text, "1.");
}

TEST(Convert, BornDigitalUnDocumentsAreNeverRendered) {
    for (const char* name : {"A_RES_78_1.pdf", "A_RES_80_2.pdf"}) {
        const Document doc = convert_file(shared_corpus(std::string("un-digital/") + name), 2);
        for (const auto& p : doc.pages) {
            EXPECT_EQ(p.verdict, PageVerdict::Text) << name << " page " << p.number;
            EXPECT_FALSE(p.rendered) << name << " page " << p.number;
        }
    }
}

TEST(ConvertFiles, OutcomesInInputOrderWithTheirOwnStatus) {
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / ("pdf2tei-batch-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const std::vector<FileJob> jobs{
        {test_data("resolution-fr.pdf"), (dir / "a.xml").string(), ""},
        {test_data("nope.pdf"), (dir / "b.xml").string(), ""},
        {test_data("resolution-fr-encrypted.pdf"), (dir / "c.xml").string(), ""},
        {shared_corpus("un-digital/A_RES_80_2.pdf"), (dir / "d.xml").string(), ""},
    };
    ConvertOptions opts;
    opts.jobs = 2;
    const auto out = convert_files(jobs, opts);
    ASSERT_EQ(out.size(), 4u);
    EXPECT_EQ(out[0].exit_status(), 0);
    EXPECT_EQ(out[0].pages, 2);
    EXPECT_EQ(out[0].language, "fr");
    ASSERT_TRUE(out[1].error);
    EXPECT_EQ(out[1].error->code(), ErrorCode::Io);
    EXPECT_EQ(out[1].exit_status(), 2);
    ASSERT_TRUE(out[2].error);
    EXPECT_EQ(out[2].error->code(), ErrorCode::Encrypted);
    EXPECT_EQ(out[3].exit_status(), 0);
    EXPECT_EQ(out[3].language, "en");
    EXPECT_TRUE(fs::exists(dir / "a.xml"));
    EXPECT_FALSE(fs::exists(dir / "b.xml"));
    EXPECT_FALSE(fs::exists(dir / "c.xml"));
    // The same bytes as a conversion on its own.
    const Document alone = convert_file(test_data("resolution-fr.pdf"), 1);
    const auto bytes = file_bytes((dir / "a.xml").string());
    EXPECT_EQ(std::string(bytes.begin(), bytes.end()), to_tei(alone, {}));
    fs::remove_all(dir);
}

}  // namespace
}  // namespace pdf2tei
