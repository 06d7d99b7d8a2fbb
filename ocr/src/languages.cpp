#include "pdf2tei/ocr/languages.hpp"

#include <map>

namespace pdf2tei::ocr {

std::string tesseract_languages(const std::string& tag) {
    static const std::map<std::string, std::string> codes{
        {"en", "eng"}, {"fr", "fra"}, {"es", "spa"}, {"ru", "rus"}, {"ar", "ara"}, {"zh", "chi_sim"}};
    const auto it = codes.find(tag);
    if (it != codes.end()) return it->second;
    // Already Tesseract's ("fra", "chi_sim", "fra+eng"): lower-case letters,
    // '_' and '+', three letters or more; "und" is no language.
    if (tag.size() < 3 || tag == "und") return "";
    for (char c : tag)
        if (!((c >= 'a' && c <= 'z') || c == '_' || c == '+')) return "";
    return tag;
}

std::string language_for_script(const std::string& script) {
    static const std::map<std::string, std::string> langs{
        {"Latin", "en"}, {"Cyrillic", "ru"}, {"Arabic", "ar"}, {"Han", "zh"}, {"HanS", "zh"}, {"HanT", "zh"}};
    const auto it = langs.find(script);
    return it != langs.end() ? it->second : "en";
}

}  // namespace pdf2tei::ocr
