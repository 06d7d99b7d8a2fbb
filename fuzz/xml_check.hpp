#pragma once
// Aborts unless `xml` is a well-formed document: the fuzzers' oracle.
#include <libxml/parser.h>

#include <cstdlib>
#include <string>

namespace pdf2tei::fuzz {
inline void require_well_formed(const std::string& xml) {
    xmlDocPtr doc = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "fuzz.xml", nullptr,
                                  XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (!doc) std::abort();
    xmlFreeDoc(doc);
}
}  // namespace pdf2tei::fuzz
