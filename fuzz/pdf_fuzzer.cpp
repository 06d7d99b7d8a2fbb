// Fuzz target: arbitrary bytes through the whole pipeline. The contract, as
// in qpdf's fuzzers: a pdf2tei::Error is an acceptable outcome; any other
// exception, a crash, a hang or invalid XML is a bug.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "pdf2tei/error.hpp"
#include "pdf2tei/pipeline.hpp"
#include "xml_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    try {
        auto src = pdf2tei::ingest::PdfSource::from_bytes("fuzz.pdf", std::vector<char>(data, data + size));
        pdf2tei::ConvertOptions opts;
        opts.jobs = 1;
        opts.salvage = true;  // reach as far into the file as possible
        const pdf2tei::Document doc = pdf2tei::convert(src, opts);
        pdf2tei::fuzz::require_well_formed(pdf2tei::to_tei(doc, opts));
    } catch (const pdf2tei::Error&) {
    }
    return 0;
}
