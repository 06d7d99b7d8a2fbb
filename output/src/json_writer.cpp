#include "pdf2tei/output/json_writer.hpp"

#include <nlohmann/json.hpp>

#include "pdf2tei/text.hpp"

namespace pdf2tei::output {
namespace {

using nlohmann::ordered_json;

ordered_json box(const Box& b) { return {b.x0, b.y0, b.x1, b.y1}; }

ordered_json flags(std::uint32_t f) {
    static constexpr std::pair<WordFlag, const char*> kNames[] = {
        {kFlagSuperscript, "superscript"},       {kFlagUnicodeRepaired, "unicode-repaired"},
        {kFlagSyntheticSpace, "synthetic-space"}, {kFlagDehyphenated, "dehyphenated"},
        {kFlagLineEndCompound, "line-end-compound"}, {kFlagNoteAnchor, "note-anchor"},
        {kFlagSpaceRemoved, "space-removed"},
        {kFlagCellLineEnd, "cell-line-end"},
        {kFlagLigatureRestored, "ligature-restored"},
        {kFlagOcrPatched, "ocr-patched"},
        {kFlagEarlierOcr, "earlier-ocr"},
    };
    ordered_json out = ordered_json::array();
    for (const auto& [flag, name] : kNames)
        if (f & flag) out.push_back(name);
    return out;
}

ordered_json word(const Word& w) {
    ordered_json j{{"text", w.text}, {"box", box(w.box)}, {"font", w.font}, {"size", w.font_size},
                   {"space_after", w.space_after}};
    if (w.source == Source::Ocr) j["confidence"] = w.confidence;
    if (w.flags) j["flags"] = flags(w.flags);
    if (w.column >= 0) j["column"] = w.column;
    if (w.line_break >= 0) j["line_break"] = w.line_break;
    return j;
}

ordered_json block(const Block& b) {
    ordered_json j{{"kind", to_string(b.kind)}, {"box", box(b.box)}};
    if (!b.type.empty()) j["type"] = b.type;
    if (!b.n.empty()) j["n"] = b.n;
    if (b.division != Division::Body) j["division"] = to_string(b.division);
    if (b.continued) j["continued"] = true;
    if (b.columns > 0) j["columns"] = b.columns;
    ordered_json lines = ordered_json::array();
    for (const auto& l : b.lines) {
        ordered_json words = ordered_json::array();
        for (const auto& w : l.words) words.push_back(word(w));
        lines.push_back({{"box", box(l.box)}, {"baseline", l.baseline}, {"size", l.font_size}, {"words", words}});
    }
    j["lines"] = lines;
    return j;
}

ordered_json warnings(const std::vector<Warning>& list) {
    ordered_json out = ordered_json::array();
    for (const auto& w : list) out.push_back({{"code", w.code}, {"page", w.page}, {"message", w.message}});
    return out;
}

}  // namespace

std::string write_json(const Document& doc) {
    ordered_json pages = ordered_json::array();
    for (const auto& p : doc.pages) {
        ordered_json blocks = ordered_json::array();
        for (const auto& b : p.blocks) blocks.push_back(block(b));
        pages.push_back({{"number", p.number}, {"width", p.width}, {"height", p.height},
                         {"verdict", to_string(p.verdict)}, {"source", to_string(p.source)},
                         {"warnings", warnings(p.warnings)}, {"blocks", blocks}});
    }
    const UnMetadata& un = doc.un;
    ordered_json j{{"file", doc.info.file_name}, {"sha256", doc.info.sha256}, {"language", doc.language},
                   {"un", {{"symbols", un.symbols}, {"title", un.title}, {"date", un.date_iso}}},
                   {"warnings", warnings(doc.warnings)}, {"pages", pages}};
    // Invalid UTF-8 cannot reach here (normalize cleaned it), but never throw
    // on output: replace.
    return j.dump(1, ' ', false, ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace pdf2tei::output
