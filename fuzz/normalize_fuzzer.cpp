// Fuzz target: arbitrary bytes as the text of a word. Cleaning must give
// NFC text holding only characters XML 1.0 allows, and the TEI of a document
// holding it must parse back. Split at spaces, the bytes are also the words
// of a page for the guillemet repair, whose glyphs must follow its text.
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>
#include <algorithm>

#include "pdf2tei/normalize/normalize.hpp"
#include "pdf2tei/output/tei_writer.hpp"
#include "pdf2tei/text.hpp"
#include "xml_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string in(reinterpret_cast<const char*>(data), size);
    pdf2tei::RepairCounts counts;
    const std::string out = pdf2tei::normalize::clean_string(in, counts);
    // U+FFFD may only appear where the input was not valid UTF-8, or held
    // it already (a layer may map a glyph to it): cleaning adds none.
    const auto replacements = [](const std::string& s) {
        const std::u32string cps = pdf2tei::utf8_decode(s);
        return std::count(cps.begin(), cps.end(), U'\uFFFD');
    };
    const bool valid_utf8 = pdf2tei::utf8_encode(pdf2tei::utf8_decode(in)) == in;
    for (char32_t c : pdf2tei::utf8_decode(out))
        if (!pdf2tei::is_xml_char(c)) std::abort();
    if (valid_utf8 && replacements(out) > replacements(in)) std::abort();
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status) || !nfc->isNormalized(icu::UnicodeString::fromUTF8(out), status)) std::abort();

    std::vector<pdf2tei::Word> words;
    for (std::size_t start = 0; start <= in.size();) {
        const std::size_t end = std::min(in.find(' ', start), in.size());
        pdf2tei::Word word;
        word.text = pdf2tei::utf8_encode(pdf2tei::utf8_decode(in.substr(start, end - start)));
        for (char32_t c : pdf2tei::utf8_decode(word.text)) word.glyphs.push_back({c, {}});
        words.push_back(std::move(word));
        start = end + 1;
    }
    const std::size_t word_count = words.size();
    pdf2tei::normalize::restore_guillemets(words, counts);
    if (words.size() != word_count) std::abort();
    for (const auto& word : words) {
        std::u32string from_glyphs;
        for (const auto& g : word.glyphs) from_glyphs.push_back(g.code_point);
        if (from_glyphs != pdf2tei::utf8_decode(word.text)) std::abort();
    }

    pdf2tei::Document doc;
    doc.info.title = in;  // raw: the writer itself must keep XML valid
    doc.pages.resize(1);
    pdf2tei::Word w;
    w.text = in;
    doc.pages[0].blocks.resize(1);
    doc.pages[0].blocks[0].lines.resize(1);
    doc.pages[0].blocks[0].lines[0].words.push_back(w);
    pdf2tei::fuzz::require_well_formed(pdf2tei::output::write_tei(doc, {"0", "", std::nullopt}));
    return 0;
}
