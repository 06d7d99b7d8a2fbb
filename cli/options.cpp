// The option table: one row per command-line option (see options.hpp).
#include "options.hpp"

#include <CLI/CLI.hpp>
#include <stdexcept>

namespace pdf2tei::cli {
namespace {

using normalize::RepairSwitches;

// A `--no-<repair>` flag: switches one repair off.
OptionSpec repair_off(const std::string& name, bool RepairSwitches::*field, const std::string& help) {
    return {"--no-" + name, "", help, "Repairs", {}, 0, 0, "", "",
            [field](CliSettings& s, const std::string&) { s.convert.repairs.*field = false; }};
}

std::vector<OptionSpec> make_table() {
    std::vector<OptionSpec> t;
    t.push_back({"-o,--output", "FILE",
                 "TEI file to write ('-' = standard output); with several inputs, an existing directory", "", {}, 0, 0,
                 "-", "out.xml", [](CliSettings& s, const std::string& v) { s.output = v; }});
    t.push_back({"-j,--jobs", "N", "worker threads over files and pages (0 = one per core)", "", {}, 0, 4096, "0",
                 "3", [](CliSettings& s, const std::string& v) { s.convert.jobs = static_cast<unsigned>(std::stoul(v)); }});
    t.push_back({"--ocr", "MODE",
                 "which pages to OCR: auto (no usable text layer), redo (also earlier invisible OCR), always, never",
                 "", {"auto", "redo", "always", "never"}, 0, 0, "auto", "never",
                 [](CliSettings& s, const std::string& v) {
                     s.convert.ocr = v == "redo"     ? ocr::OcrMode::Redo
                                     : v == "always" ? ocr::OcrMode::Always
                                     : v == "never"  ? ocr::OcrMode::Never
                                                     : ocr::OcrMode::Auto;
                 }});
    t.push_back({"--lang", "L", "OCR language: fr, en, es, ru, ar, zh, or Tesseract's (fra+eng); default: detected",
                 "", {}, 0, 0, "", "fr", [](CliSettings& s, const std::string& v) { s.convert.lang = v; }});
    t.push_back({"--dpi", "N", "OCR rendering resolution (default: the scan's own if >= 200, else 300)", "", {}, 50,
                 1200, "", "400", [](CliSettings& s, const std::string& v) { s.convert.dpi = std::stoi(v); }});
    t.push_back({"--binarize", "WHO", "who binarises pages for OCR: tesseract (its Otsu) or sauvola (Leptonica)", "",
                 {"tesseract", "sauvola"}, 0, 0, "tesseract", "sauvola",
                 [](CliSettings& s, const std::string& v) {
                     s.convert.binarize = v == "sauvola" ? ocr::Binarization::Sauvola : ocr::Binarization::Tesseract;
                 }});
    t.push_back({"--no-ocr-patch", "",
                 "read lossy pages (fonts without ToUnicode) wholly by OCR, not only the words their layer cannot "
                 "vouch for",
                 "", {}, 0, 0, "", "", [](CliSettings& s, const std::string&) { s.convert.patch_lossy_layers = false; }});
    t.push_back({"--manifest", "FILE",
                 "convert the files it lists, one path a line, or JSON Lines {\"input\": PATH, \"output\": NAME}; "
                 "outputs go under -o DIR",
                 "Collections", {}, 0, 0, "", "list.txt", [](CliSettings& s, const std::string& v) { s.manifest = v; }});
    t.push_back({"--report", "FILE",
                 "write one JSON line per file as it finishes: status, exit code, pages, verdicts, OCR pages, "
                 "warnings, seconds",
                 "Collections", {}, 0, 0, "", "report.jsonl", [](CliSettings& s, const std::string& v) { s.report = v; }});
    t.push_back({"--shard", "K/N",
                 "convert only share K (0-based) of N, cut by a hash of each file's relative path; with N alone, K is "
                 "$SLURM_ARRAY_TASK_ID or $JOB_COMPLETION_INDEX",
                 "Collections", {}, 0, 0, "", "1/3", [](CliSettings& s, const std::string& v) { s.shard = v; }});
    t.push_back({"--resume", "",
                 "skip a file whose TEI exists and records the same input SHA-256 and pdf2tei version (options are "
                 "not compared)",
                 "Collections", {}, 0, 0, "", "", [](CliSettings& s, const std::string&) { s.convert.resume = true; }});
    t.push_back({"--password", "PW", "password of an encrypted PDF", "", {}, 0, 0, "", "secret",
                 [](CliSettings& s, const std::string& v) { s.convert.password = v; }});
    t.push_back({"--format", "FORMAT", "what to write: tei, or json (the document model, with every word's geometry)",
                 "", {"tei", "json"}, 0, 0, "tei", "json",
                 [](CliSettings& s, const std::string& v) {
                     s.convert.format = v == "json" ? ConvertOptions::Format::Json : ConvertOptions::Format::Tei;
                 }});
    t.push_back({"--keep-lines", "",
                 "keep the source's line breaks: <lb/> between lines, <lb break=\"no\"/> inside a word joined across "
                 "one",
                 "", {}, 0, 0, "", "", [](CliSettings& s, const std::string&) { s.convert.keep_lines = true; }});
    t.push_back({"--salvage", "", "convert what can be read of a truncated PDF (exit 3)", "", {}, 0, 0, "", "",
                 [](CliSettings& s, const std::string&) { s.convert.salvage = true; }});
    t.push_back({"--timestamp", "", "record the conversion time in the TEI (output then differs per run)", "", {}, 0,
                 0, "", "", [](CliSettings& s, const std::string&) { s.timestamp = true; }});
    t.push_back({"--progress", "WHEN", "counter on stderr: auto (only on a terminal), always, never", "",
                 {"auto", "always", "never"}, 0, 0, "auto", "never",
                 [](CliSettings& s, const std::string& v) { s.progress = v; }});
    t.push_back({"-q,--quiet", "", "do not print warnings", "", {}, 0, 0, "", "",
                 [](CliSettings& s, const std::string&) { s.quiet = true; }});
    t.push_back({"--summary", "", "print a one-line summary per file on stderr", "", {}, 0, 0, "", "",
                 [](CliSettings& s, const std::string&) { s.summary = true; }});
    // Repairs, all on by default. Control and private-use characters are
    // always removed: they must not reach the XML.
    t.push_back({"--no-repair", "", "switch every repair off (the TEI header says which were off)", "Repairs", {}, 0,
                 0, "", "", [](CliSettings& s, const std::string&) { s.convert.repairs = RepairSwitches::none(); }});
    t.push_back(repair_off("nfc", &RepairSwitches::nfc, "do not compose to Unicode NFC"));
    t.push_back(repair_off("diacritics", &RepairSwitches::diacritics,
                           "keep accents drawn as glyphs of their own apart, OCR's capitals read without theirs, and "
                           "OT1's \u226A \u226B for guillemets"));
    t.push_back(repair_off("ligatures", &RepairSwitches::ligatures, "keep ligature characters (U+FB00-FB06)"));
    t.push_back(repair_off("spacing", &RepairSwitches::spacing, "keep the extractor's word spaces"));
    t.push_back(repair_off("dehyphenation", &RepairSwitches::dehyphenation, "keep line-end and soft hyphens"));
    t.push_back(repair_off("apostrophes", &RepairSwitches::apostrophes, "keep OCR's apostrophes, marks, UN references (symbols, resolution numbers) and letters of like shape as read"));
    t.push_back(repair_off("presentation-forms", &RepairSwitches::presentation_forms,
                           "keep Arabic presentation forms (U+FB50-FDFF, U+FE70-FEFE) as the layer gives them"));
    t.push_back(repair_off("kashida", &RepairSwitches::kashida,
                           "keep the Latin letters a layer gives for justification glyphs inside Arabic words"));
    return t;
}

}  // namespace

std::vector<std::string> OptionSpec::each_name() const {
    std::vector<std::string> out;
    for (std::size_t start = 0; start <= names.size();) {
        auto end = names.find(',', start);
        if (end == std::string::npos) end = names.size();
        out.push_back(names.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

std::string OptionSpec::long_name() const {
    for (const auto& name : each_name())
        if (name.rfind("--", 0) == 0) return name;
    throw std::logic_error("option without a long name: " + names);
}

const std::vector<OptionSpec>& option_table() {
    static const std::vector<OptionSpec> table = make_table();
    return table;
}

void add_options(CLI::App& app, CliSettings& settings) {
    for (const auto& spec : option_table()) {
        CLI::Option* opt =
            spec.is_flag()
                ? app.add_flag_callback(spec.names, [&settings, &spec] { spec.apply(settings, ""); }, spec.help)
                : app.add_option_function<std::string>(
                          spec.names, [&settings, &spec](const std::string& v) { spec.apply(settings, v); }, spec.help)
                      ->type_name(spec.value_name);
        if (!spec.choices.empty()) opt->check(CLI::IsMember(spec.choices));
        if (spec.max > spec.min) opt->check(CLI::Range(spec.min, spec.max));
        if (!spec.default_text.empty()) opt->default_str(spec.default_text);
        if (!spec.group.empty()) opt->group(spec.group);
    }
}

}  // namespace pdf2tei::cli
