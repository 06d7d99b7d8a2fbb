// Fuzz target: arbitrary bytes as the text of a word. Cleaning must give
// NFC text holding only characters XML 1.0 allows, and the TEI of a document
// holding it must parse back.
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <cstdint>
#include <cstdlib>
#include <string>

#include "pdf2tei/normalize/unicode.hpp"
#include "pdf2tei/output/tei_writer.hpp"
#include "pdf2tei/text.hpp"
#include "xml_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string in(reinterpret_cast<const char*>(data), size);
    pdf2tei::RepairCounts counts;
    const std::string out = pdf2tei::normalize::clean_string(in, counts);
    for (char32_t c : pdf2tei::utf8_decode(out))
        if (!pdf2tei::is_xml_char(c) || c == 0xFFFD) {
            // U+FFFD may only appear where the input was not valid UTF-8.
            if (c != 0xFFFD || pdf2tei::utf8_encode(pdf2tei::utf8_decode(in)) == in) std::abort();
        }
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status) || !nfc->isNormalized(icu::UnicodeString::fromUTF8(out), status)) std::abort();

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
