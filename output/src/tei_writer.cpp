#include "pdf2tei/output/tei_writer.hpp"

#include <libxml/tree.h>
#include <libxml/xmlsave.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <map>
#include <memory>

#include "pdf2tei/error.hpp"
#include "pdf2tei/text.hpp"

namespace pdf2tei::output {
namespace {

using DocPtr = std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)>;

const xmlChar* X(const char* s) { return reinterpret_cast<const xmlChar*>(s); }

// Last line of defence: normalize/ already removed these, but a character
// XML 1.0 forbids must never reach the output, whatever the model holds.
std::string xml_safe(std::string_view s) {
    const auto* p = reinterpret_cast<const uint8_t*>(s.data());
    const auto n = static_cast<int32_t>(s.size());
    bool clean = true;
    for (int32_t i = 0; i < n && clean;) {
        UChar32 c;
        U8_NEXT(p, i, n, c);
        clean = c >= 0 && is_xml_char(static_cast<char32_t>(c));
    }
    if (clean) return std::string(s);  // the usual case: nothing to filter
    std::string out;
    out.reserve(s.size());
    for (char32_t c : utf8_decode(s))
        if (is_xml_char(c)) utf8_append(out, c);
    return out;
}

// A thin builder: every element lives in the TEI namespace, every text is
// escaped by libxml2 and filtered by xml_safe.
class Tree {
public:
    Tree() : doc_(xmlNewDoc(X("1.0")), &xmlFreeDoc) {
        if (!doc_) throw Error(ErrorCode::Internal, Stage::Output, "", 0, "libxml2: out of memory");
    }

    xmlNodePtr root(const char* name) {
        xmlNodePtr n = xmlNewDocNode(doc_.get(), nullptr, X(name), nullptr);
        ns_ = xmlNewNs(n, X(kTeiNamespace), nullptr);
        xmlSetNs(n, ns_);
        xmlDocSetRootElement(doc_.get(), n);
        return n;
    }
    xmlNodePtr add(xmlNodePtr parent, const char* name) { return xmlNewChild(parent, ns_, X(name), nullptr); }
    xmlNodePtr add(xmlNodePtr parent, const char* name, std::string_view text) {
        return xmlNewTextChild(parent, ns_, X(name), X(xml_safe(text).c_str()));
    }
    static void attr(xmlNodePtr n, const char* name, std::string_view value) {
        xmlNewProp(n, X(name), X(xml_safe(value).c_str()));
    }
    static void lang(xmlNodePtr n, const std::string& tag) { xmlNodeSetLang(n, X(tag.c_str())); }

    std::string serialise() {
        xmlChar* buf = nullptr;
        int size = 0;
        xmlDocDumpFormatMemoryEnc(doc_.get(), &buf, &size, "UTF-8", 1);
        std::unique_ptr<xmlChar, decltype(xmlFree)> owned(buf, xmlFree);
        if (!buf || size <= 0) throw Error(ErrorCode::Internal, Stage::Output, "", 0, "libxml2 could not serialise");
        return std::string(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(size));
    }

private:
    DocPtr doc_;
    xmlNsPtr ns_ = nullptr;
};

// Two decimals, in the classic locale whatever the user's.
std::string confidence(float c) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%d.%02d", static_cast<int>(c), static_cast<int>(std::lround(c * 100)) % 100);
    return c >= 1.0f ? "1.00" : buf;
}

std::string display_title(const DocumentInfo& info) {
    if (!info.title.empty()) return info.title;
    if (info.file_name == "-") return "(standard input)";
    return std::filesystem::path(info.file_name).filename().string();
}

void add_date(Tree& t, xmlNodePtr parent, const char* type, const std::optional<std::time_t>& when) {
    if (!when) return;
    xmlNodePtr d = t.add(parent, "date", iso_utc(*when));
    Tree::attr(d, "type", type);
    Tree::attr(d, "when", iso_utc(*when));
}

void add_note(Tree& t, xmlNodePtr parent, const char* type, const std::string& text) {
    if (text.empty()) return;
    Tree::attr(t.add(parent, "note", text), "type", type);
}

void write_file_desc(Tree& t, xmlNodePtr header, const Document& doc) {
    const DocumentInfo& info = doc.info;
    xmlNodePtr file_desc = t.add(header, "fileDesc");
    xmlNodePtr title_stmt = t.add(file_desc, "titleStmt");
    t.add(title_stmt, "title", display_title(info));
    if (!info.author.empty()) t.add(title_stmt, "author", info.author);

    // This TEI file is a machine transcription: pdf2tei is its authority, and
    // the source's hash identifies it.
    xmlNodePtr pub = t.add(file_desc, "publicationStmt");
    t.add(pub, "authority", "pdf2tei");
    Tree::attr(t.add(pub, "idno", info.sha256), "type", "sha256");

    xmlNodePtr bibl = t.add(t.add(file_desc, "sourceDesc"), "bibl");
    t.add(bibl, "title", display_title(info));
    Tree::attr(t.add(bibl, "idno", std::filesystem::path(info.file_name).filename().string()), "type", "filename");
    Tree::attr(t.add(bibl, "idno", info.sha256), "type", "sha256");
    xmlNodePtr measure = t.add(t.add(bibl, "extent"), "measure",
                               std::to_string(info.page_count) + (info.page_count == 1 ? " page" : " pages"));
    Tree::attr(measure, "unit", "pages");
    Tree::attr(measure, "quantity", std::to_string(info.page_count));
    add_date(t, bibl, "created", info.created);
    add_date(t, bibl, "modified", info.modified);
    add_note(t, bibl, "subject", info.subject);
    add_note(t, bibl, "keywords", info.keywords);
    add_note(t, bibl, "creator", info.creator);
    add_note(t, bibl, "producer", info.producer);
    add_note(t, bibl, "pdf-version", std::to_string(info.pdf_major) + "." + std::to_string(info.pdf_minor));
    if (info.encrypted) add_note(t, bibl, "encryption", "encrypted");
}

// How the pages were read, for the encoding description.
void write_sources(Tree& t, xmlNodePtr enc, const Document& doc) {
    int from_layer = 0, from_ocr = 0;
    double conf = 0;
    std::map<std::string, int> verdicts;
    for (const auto& p : doc.pages) {
        ++verdicts[std::string(to_string(p.verdict))];
        if (p.source == Source::Ocr) {
            ++from_ocr;
            conf += std::max(0.0f, p.ocr_confidence);
        } else {
            ++from_layer;
        }
    }
    std::string line = "Pages read from the PDF's text layer: " + std::to_string(from_layer) +
                       "; by OCR (Tesseract, LSTM): " + std::to_string(from_ocr);
    if (from_ocr) line += ", mean confidence " + confidence(static_cast<float>(conf / from_ocr));
    line += ". Text layers judged:";
    for (const auto& [v, n] : verdicts) line += " " + v + " " + std::to_string(n) + ";";
    line.back() = '.';
    xmlNodePtr sampling = t.add(enc, "samplingDecl");
    t.add(sampling, "p", line);
}

// What normalisation changed, summed over the document, so an archivist can
// see that the text is not the raw layer.
void write_encoding_desc(Tree& t, xmlNodePtr header, const Document& doc, const TeiOptions& opts) {
    xmlNodePtr enc = t.add(header, "encodingDesc");
    xmlNodePtr app = t.add(t.add(enc, "appInfo"), "application");
    Tree::attr(app, "ident", "pdf2tei");
    Tree::attr(app, "version", opts.app_version);
    if (opts.converted_at) Tree::attr(app, "when", iso_utc(*opts.converted_at));
    t.add(app, "label", "pdf2tei");
    if (!opts.engine_versions.empty()) t.add(app, "desc", opts.engine_versions);

    RepairCounts total;
    for (const auto& p : doc.pages)
        for (const auto& [name, n] : p.repairs) total[name] += n;
    write_sources(t, enc, doc);
    xmlNodePtr norm = t.add(t.add(enc, "editorialDecl"), "normalization");
    if (total.empty()) {
        t.add(norm, "p", "No repair was needed.");
        return;
    }
    // <normalization> holds only paragraphs; the list sits in one.
    xmlNodePtr list = t.add(t.add(norm, "p", "Repairs, counted over the document:"), "list");
    Tree::attr(list, "type", "repairs");
    for (const auto& [name, n] : total) {
        xmlNodePtr item = t.add(list, "item", name + ": " + std::to_string(n));
        Tree::attr(item, "n", name);
    }
}

void write_profile_desc(Tree& t, xmlNodePtr header, const Document& doc) {
    xmlNodePtr lang_usage = t.add(t.add(header, "profileDesc"), "langUsage");
    Tree::attr(t.add(lang_usage, "language", language_name(doc.language)), "ident", doc.language);
}

void write_body(Tree& t, xmlNodePtr text, const Document& doc) {
    xmlNodePtr body = t.add(text, "body");
    bool any_paragraph = false;
    for (const auto& page : doc.pages) {
        // The triage's verdict on the text layer, where the words came from,
        // and OCR's mean confidence: what was read how, page by page.
        xmlNodePtr pb = t.add(body, "pb");
        Tree::attr(pb, "n", page.label.empty() ? std::to_string(page.number) : page.label);
        Tree::attr(pb, "type", to_string(page.verdict));
        Tree::attr(pb, "subtype", to_string(page.source));
        if (page.source == Source::Ocr && page.ocr_confidence >= 0) Tree::attr(pb, "cert", confidence(page.ocr_confidence));
        for (const auto& block : page.blocks) {
            const std::string s = block_text(block);
            if (s.empty()) continue;
            t.add(body, "p", s);
            any_paragraph = true;
        }
    }
    // TEI's body needs a paragraph-level element; a document without any
    // text says so in one.
    if (!any_paragraph) Tree::attr(t.add(t.add(body, "p"), "gap"), "reason", "no-text");
}

}  // namespace

std::string iso_utc(std::time_t t) {
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

std::string language_name(const std::string& tag) {
    if (tag.empty() || tag == "und") return "Undetermined";
    icu::UnicodeString name;
    icu::Locale(tag.c_str()).getDisplayLanguage(icu::Locale::getEnglish(), name);
    std::string out;
    name.toUTF8String(out);
    return out.empty() ? tag : out;
}

std::string write_tei(const Document& doc, const TeiOptions& opts) {
    Tree t;
    xmlNodePtr tei = t.root("TEI");
    Tree::lang(tei, doc.language.empty() ? "und" : doc.language);
    xmlNodePtr header = t.add(tei, "teiHeader");
    write_file_desc(t, header, doc);
    write_encoding_desc(t, header, doc, opts);
    write_profile_desc(t, header, doc);
    write_body(t, t.add(tei, "text"), doc);
    return t.serialise();
}

}  // namespace pdf2tei::output
