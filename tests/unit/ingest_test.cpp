// ingest against real PDFs: the project's own sample and the shared corpus.
#include <gtest/gtest.h>

#include <cmath>

#include "corpus_paths.hpp"
#include "pdf2tei/error.hpp"
#include "pdf2tei/ingest/reader.hpp"
#include "pdf2tei/text.hpp"

namespace pdf2tei::ingest {
namespace {

using pdf2tei::testing::shared_corpus;
using pdf2tei::testing::test_data;

DocumentInfo info_of(const std::string& path, const std::string& password = "") {
    WarningSink sink(Stage::Ingest, 0);
    const auto src = PdfSource::read(path);
    return PageReader(src, {password}).document_info();
}

TEST(DocumentInfo, ReadsTheInfoDictionary) {
    const DocumentInfo info = info_of(test_data("resolution-fr.pdf"));
    EXPECT_EQ(info.title, "Lutte contre la cybercriminalité");
    EXPECT_EQ(info.author, "pdf2tei tests");
    EXPECT_EQ(info.creator, "LaTeX");
    EXPECT_EQ(info.page_count, 2);
    EXPECT_EQ(info.pdf_major, 1);
    EXPECT_FALSE(info.encrypted);
    ASSERT_TRUE(info.created.has_value());
    EXPECT_EQ(*info.created, 1576627200);  // SOURCE_DATE_EPOCH of scripts/make-test-pdfs
}

TEST(DocumentInfo, EncryptedNeedsTheRightPassword) {
    const std::string path = test_data("resolution-fr-encrypted.pdf");
    for (const std::string pw : {"", "wrong"}) {
        try {
            info_of(path, pw);
            FAIL() << "opened with password '" << pw << "'";
        } catch (const Error& e) {
            EXPECT_EQ(e.code(), ErrorCode::Encrypted);
        }
    }
    const DocumentInfo info = info_of(path, "lecteur");
    EXPECT_TRUE(info.encrypted);
    EXPECT_EQ(info.page_count, 2);
}

TEST(PageReader, ReadsWordsWithGeometryFontsAndGlyphs) {
    const auto src = PdfSource::read(test_data("resolution-fr.pdf"));
    PageReader reader(src, {});
    ASSERT_EQ(reader.page_count(), 2);
    const IngestedPage p = reader.read(0);
    EXPECT_EQ(p.page.number, 1);
    EXPECT_NEAR(p.page.width, 595.3, 0.5);  // A4
    EXPECT_NEAR(p.page.height, 841.9, 0.5);
    EXPECT_EQ(p.page.rotation, 0);
    ASSERT_GT(p.words.size(), 100u);
    bool found = false;
    for (const Word& w : p.words) {
        EXPECT_GT(w.font_size, 0) << w.text;
        EXPECT_FALSE(w.font.empty()) << w.text;
        EXPECT_FALSE(w.box.empty()) << w.text;
        EXPECT_EQ(w.glyphs.size(), utf8_decode(w.text).size()) << w.text;
        EXPECT_EQ(w.source, Source::TextLayer);
        if (w.text == "cybercriminalité") {
            found = true;
            EXPECT_EQ(w.glyphs.back().code_point, U'é');
            EXPECT_LE(w.glyphs.front().box.x1, w.glyphs.back().box.x0);  // left to right
        }
    }
    EXPECT_TRUE(found);
}

// pdfTeX's Type 3 bitmap fonts name no glyph "m", and Poppler guessed each
// font's size from one glyph's width: words of one line came out 6.7 and
// 11.8 points (26 of 92 lines of this file mixed sizes 20% apart). Sized
// by their letters' mean advance, the words of a line agree.
TEST(PageReader, Type3FontsWithoutAnMAreSizedByTheirAdvances) {
    const auto src = PdfSource::read(pdf2tei::testing::generated("res-en.no-tounicode.pdf"));
    PageReader reader(src, {});
    int lines = 0;
    for (int page = 0; page < reader.page_count(); ++page) {
        const IngestedPage p = reader.read(page);
        // Every two neighbouring words on one baseline (Poppler reads a
        // line's italic words apart from it), their feet within 3 points.
        for (std::size_t i = 0; i < p.words.size(); ++i)
            for (std::size_t j = i + 1; j < p.words.size(); ++j) {
                const Word &a = p.words[i], &b = p.words[j];
                if (std::fabs(a.box.y1 - b.box.y1) > 3.0 || a.text.size() < 3 || b.text.size() < 3) continue;
                // Neighbours: a masthead sets two sizes far apart on one baseline.
                const double gap = std::max(a.box.x0, b.box.x0) - std::min(a.box.x1, b.box.x1);
                if (gap > 15) continue;
                ++lines;
                EXPECT_LT(std::max(a.font_size, b.font_size), 1.2 * std::min(a.font_size, b.font_size))
                    << a.text << " " << b.text << " on page " << page + 1;
            }
    }
    EXPECT_GT(lines, 50);
}

TEST(PageReader, OutOfRangePageIsAWarningNotACrash) {
    const auto src = PdfSource::read(test_data("resolution-fr.pdf"));
    PageReader reader(src, {});
    const IngestedPage p = reader.read(7);
    EXPECT_TRUE(p.words.empty());
    ASSERT_FALSE(p.page.warnings.empty());
    EXPECT_EQ(p.page.warnings[0].page, 8);
}

// The content pass also measures what poppler-cpp cannot say about a text layer.
TextLayerStats probe(const std::string& path, int page = 0) {
    const auto src = PdfSource::read(path);
    PageReader reader(src, {});
    return reader.read(page).page.text_layer;
}

TEST(TextLayerStats, CleanBornDigitalPage) {
    const TextLayerStats s = probe(test_data("resolution-fr.pdf"));
    EXPECT_TRUE(s.probed);
    EXPECT_GT(s.glyphs, 1000);
    EXPECT_EQ(s.invisible_glyphs, 0);
    EXPECT_EQ(s.glyphs_without_tounicode, 0);  // built with \pdfgentounicode=1
    EXPECT_DOUBLE_EQ(s.image_coverage, 0);
}

TEST(TextLayerStats, InvisibleText) {
    // pdf.js issue 4684: text drawn in render mode 3, and nothing else.
    const TextLayerStats s = probe(shared_corpus("hard/pdfjs/issue4684.pdf"));
    EXPECT_GT(s.glyphs, 0);
    EXPECT_EQ(s.invisible_glyphs, s.glyphs);
    EXPECT_DOUBLE_EQ(s.image_coverage, 0);
}

TEST(TextLayerStats, InvisibleOcrLayerOverAScan) {
    // A/L.632 (1971): a 150 dpi scan under another tool's OCR layer.
    const TextLayerStats s = probe(shared_corpus("un-scanned/1971-09-29_A_L.632-EN.pdf"));
    EXPECT_GT(s.glyphs, 100);
    EXPECT_EQ(s.invisible_glyphs, s.glyphs);
    EXPECT_GT(s.image_coverage, 0.9);
}

TEST(TextLayerStats, FontWithoutToUnicode) {
    const TextLayerStats s = probe(shared_corpus("hard/pdfjs/TrueType_without_cmap.pdf"));
    EXPECT_GT(s.glyphs, 0);
    EXPECT_EQ(s.glyphs_without_tounicode, s.glyphs);
}

TEST(PageImages, BoxesOfThePastedScan) {
    // res-en.partial page 2: a 300 dpi band the width of the page pasted
    // over 42-78% of its height; page 1 draws no image.
    const auto src = PdfSource::read(PDF2TEI_GENERATED_CORPUS "/res-en.partial.pdf");
    PageReader reader(src, {});
    EXPECT_TRUE(reader.read(0).images.empty());
    const IngestedPage p = reader.read(1);
    ASSERT_EQ(p.images.size(), 1u);
    const Box& b = p.images[0];
    EXPECT_NEAR(b.x0, 0, 1);
    EXPECT_NEAR(b.x1, p.page.width, 1);
    EXPECT_GT(b.y0, 0.38 * p.page.height);
    EXPECT_LT(b.y1, 0.82 * p.page.height);
    EXPECT_EQ(p.page.text_layer.image_dpi, 300);
}

TEST(TextLayerStats, ScanWithoutText) {
    const TextLayerStats s = probe(shared_corpus("un-scanned/1991-12-30_Buravkin_to_UN.pdf"));
    EXPECT_EQ(s.glyphs, 0);
    EXPECT_GT(s.image_coverage, 0.9);
}

}  // namespace
}  // namespace pdf2tei::ingest
