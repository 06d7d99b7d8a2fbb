// The man page and the README's option table, written from the option table
// (tools: pdf2tei-docgen; check: tests/unit/options_test.cpp).
#include <sstream>

#include "options.hpp"

namespace pdf2tei::cli {
namespace {

// "-j, --jobs" from CLI11's "-j,--jobs".
std::string display_names(const OptionSpec& o) {
    std::string out;
    for (const auto& name : o.each_name()) out += (out.empty() ? "" : ", ") + name;
    return out;
}

// What follows the names: "N", or "auto|redo|always|never" for a closed set.
std::string display_value(const OptionSpec& o, const std::string& bar) {
    if (o.is_flag()) return "";
    if (o.choices.empty()) return o.value_name;
    std::string out;
    for (const auto& c : o.choices) out += (out.empty() ? "" : bar) + c;
    return out;
}

std::string default_note(const OptionSpec& o) {
    return o.default_text.empty() ? "" : " (default: " + o.default_text + ")";
}

// roff: backslashes doubled, hyphens made minus signs (so they copy as
// ASCII), and a line never starts with a control character.
std::string roff(const std::string& s) {
    std::string out;
    for (char c : s) {
        if (c == '\\') out += "\\e";
        else if (c == '-') out += "\\-";
        else out += c;
    }
    if (!out.empty() && (out[0] == '.' || out[0] == '\'')) out = "\\&" + out;
    return out;
}

void man_options(std::ostringstream& m, const std::string& group) {
    for (const auto& o : option_table()) {
        if (o.group != group) continue;
        m << ".TP\n";
        std::string names;
        for (const auto& name : o.each_name()) names += (names.empty() ? "" : ", ") + std::string("\\fB") + roff(name) + "\\fR";
        m << names;
        if (!o.is_flag()) m << " \\fI" << roff(display_value(o, "|")) << "\\fR";
        m << "\n" << roff(o.help + default_note(o)) << "\n";
    }
}

}  // namespace

std::string man_page() {
    std::ostringstream m;
    m << ".\\\" Generated from cli/options.cpp by pdf2tei-docgen --man; do not edit.\n"
      << ".TH PDF2TEI 1 \"\" \"pdf2tei\" \"User Commands\"\n"
      << ".SH NAME\npdf2tei \\- convert PDFs of official documents into TEI P5 XML\n"
      << ".SH SYNOPSIS\n.B pdf2tei\n[\\fIOPTIONS\\fR] \\fIINPUT\\fR... [\\fB\\-o\\fR \\fIOUTPUT\\fR]\n"
      << ".SH DESCRIPTION\n"
      << "pdf2tei reads each PDF's text layer with Poppler, reads again with Tesseract only the pages whose "
         "layer is missing, garbled or lossy, repairs what extraction breaks (word spaces, ligatures, accents, "
         "line\\-end hyphens, right\\-to\\-left order), finds the structure (running heads and feet, page numbers, "
         "footnotes at their calls, paragraphs across pages, tables, and the masthead and divisions of United "
         "Nations documents) and writes TEI P5 that validates against tei_all.\n"
      << ".PP\nAn \\fIINPUT\\fR of \\fB\\-\\fR reads standard input. With one input, \\fB\\-o\\fR names the "
         "output file (\\fB\\-\\fR or none: standard output); with several inputs, a directory input or "
         "\\fB\\-\\-manifest\\fR, \\fB\\-o\\fR names "
         "a directory (an existing one, or a new one ending in /), where each file's TEI is \\fINAME\\fR.tei.xml. Output is written to a temporary file and renamed: an error leaves "
         "nothing behind. Output is byte\\-identical for any \\fB\\-\\-jobs\\fR.\n"
      << ".SH OPTIONS\n";
    man_options(m, "");
    m << ".TP\n\\fB\\-h\\fR, \\fB\\-\\-help\\fR\nprint the options and exit\n"
      << ".TP\n\\fB\\-\\-version\\fR\nprint the version and the versions of the engines, and exit\n"
      << ".SS Collections\nAn input that is a directory is walked for *.pdf files, and its TEI files mirror its "
         "tree under \\fB\\-o\\fR \\fIDIR\\fR. A killed run leaves no partial file; with "
         "\\fB\\-\\-resume\\fR a second run converts only what is missing or changed. See docs/cluster.md for "
         "Slurm job arrays and Kubernetes Indexed Jobs.\n";
    man_options(m, "Collections");
    m << ".SS Repairs\nAll repairs are on by default. Control, noncharacter and private\\-use characters are "
         "always removed: they must not reach the XML.\n";
    man_options(m, "Repairs");
    m << ".SH EXIT STATUS\n"
      << ".TP\n.B 0\nconverted, no warning\n"
      << ".TP\n.B 2\nerror: one line on standard error, nothing written for that file (an existing output is "
         "left as it was)\n"
      << ".TP\n.B 3\nconverted, with warnings (printed on standard error, each with its code)\n"
      << ".PP\nWith several inputs the status is the worst of them.\n"
      << ".SH ENVIRONMENT\n"
      << ".TP\n.B PDF2TEI_CACHE\nthe cache folder (else \\fB$XDG_CACHE_HOME/pdf2tei\\fR, else "
         "\\fB~/.cache/pdf2tei\\fR): \\fBdictionaries/\\fR keeps an index of each spelling dictionary, so "
         "that the next run need not build it again; safe to delete\n"
      << ".TP\n.B PDF2TEI_OCR_MODULE\nthe Tesseract module to load instead of the installed one\n"
      << ".TP\n.B PDF2TEI_WHOLE_DICTIONARIES\nset to 1, loads each spelling dictionary whole (the answers are the "
         "same; for timing)\n"
      << ".SH EXAMPLES\n.nf\n"
      << "pdf2tei A_RES_80_2.pdf \\-o A_RES_80_2.tei.xml\n"
      << "pdf2tei \\- < scan.pdf > scan.tei.xml\n"
      << "pdf2tei \\-\\-ocr redo \\-\\-lang fr a.pdf b.pdf \\-o out/\n"
      << ".fi\n"
      << ".SH SEE ALSO\n.BR pdftotext (1),\n.BR tesseract (1),\n.BR ocrmypdf (1)\n";
    return m.str();
}

std::string readme_table() {
    std::ostringstream t;
    t << "| option | meaning |\n|---|---|\n";
    for (const std::string group : {"", "Collections", "Repairs"})
        for (const auto& o : option_table()) {
            if (o.group != group) continue;
            std::string cell = display_names(o);
            if (!o.is_flag()) cell += " " + display_value(o, "\\|");
            std::string help;
            for (char c : o.help + default_note(o))
                help += c == '|' ? std::string("\\|") : c == '<' ? std::string("&lt;") : std::string(1, c);
            t << "| `" << cell << "` | " << help << " |\n";
        }
    return t.str();
}

}  // namespace pdf2tei::cli
