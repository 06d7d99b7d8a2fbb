#include "pdf2tei/ocr/languages.hpp"

#include <algorithm>
#include <map>

namespace pdf2tei::ocr {

std::string tesseract_languages(const std::string& tag) {
    // Russian UN documents carry their symbol, distribution and job number
    // in Latin letters, which the Russian model alone reads as Cyrillic
    // ("А/ВЕ5/80/169", "Р/5н.: Сепега!" for "A/RES/80/169", "Distr.:
    // General"): English rides along, for 2-10% more CPU and the same
    // Russian (dev seed 7's Russian scans). Arabic does not: "ara+eng"
    // doubled the time and lost 0.03-0.04 of word recall on dev seed 10.
    static const std::map<std::string, std::string> codes{
        {"en", "eng"}, {"fr", "fra"}, {"es", "spa"}, {"ru", "rus+eng"}, {"ar", "ara"}, {"zh", "chi_sim"}};
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

std::vector<std::string_view> tesseract_models(std::string_view spec) {
    std::vector<std::string_view> models;
    for (std::size_t start = 0; start <= spec.size();) {
        const std::size_t end = std::min(spec.find('+', start), spec.size());
        if (end > start) models.push_back(spec.substr(start, end - start));
        start = end + 1;
    }
    return models;
}

bool reads_scans_unprocessed(std::string_view tesseract_languages) {
    // Dev seed 10's Arabic documents scanned at 300 dpi (scripts/corpus/
    // rescan.py): word recall 0.811 processed, 0.847 unprocessed. Dev seed
    // 7's Latin and Cyrillic ones lose paragraphs without the deskew
    // (0.575 -> 0.546 exact) and a little recall without the normalisation.
    static constexpr std::string_view kUnprocessed[] = {"ara"};
    for (std::string_view model : tesseract_models(tesseract_languages))
        if (std::find(std::begin(kUnprocessed), std::end(kUnprocessed), model) != std::end(kUnprocessed)) return true;
    return false;
}

}  // namespace pdf2tei::ocr
