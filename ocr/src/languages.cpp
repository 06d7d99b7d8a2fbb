#include "pdf2tei/ocr/languages.hpp"

#include <algorithm>
#include <map>

#include "pdf2tei/language_table.hpp"

namespace pdf2tei::ocr {

std::string tesseract_languages(const std::string& tag) {
    // The language's model, from its table (russian.cpp: why English rides
    // along; arabic.cpp: why it does not there).
    if (const std::string_view model = language_table(tag).tesseract; !model.empty()) return std::string(model);
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

std::vector<std::string_view> lead_words_of(std::string_view tesseract_languages) {
    const auto models = tesseract_models(tesseract_languages);
    if (models.empty()) return {};
    for (const LanguageTable* t : language_tables()) {
        const auto own = tesseract_models(t->tesseract);
        if (!own.empty() && own.front() == models.front()) return t->lead_words;
    }
    return {};
}

namespace {

// Whether `tesseract_languages` ("ara+eng") holds one of `models`.
template <std::size_t N>
bool holds_model(std::string_view tesseract_languages, const std::string_view (&models)[N]) {
    for (std::string_view model : tesseract_models(tesseract_languages))
        if (std::find(std::begin(models), std::end(models), model) != std::end(models)) return true;
    return false;
}

}  // namespace

bool reads_scans_unprocessed(std::string_view tesseract_languages) {
    // Dev seed 10's Arabic documents scanned at 300 dpi (scripts/corpus/
    // rescan.py): word recall 0.811 processed, 0.847 unprocessed. Dev seed
    // 7's Latin and Cyrillic ones lose paragraphs without the deskew
    // (0.575 -> 0.546 exact) and a little recall without the normalisation.
    static constexpr std::string_view kUnprocessed[] = {"ara"};
    return holds_model(tesseract_languages, kUnprocessed);
}

bool reads_scans_unnormalized(std::string_view tesseract_languages) {
    // Dev scans at 300 dpi (scripts/corpus/rescan.py), Chinese: word
    // recall 0.981 -> 0.986 on scan300-11's 15, 0.983 -> 0.983 on
    // scan300-7's 30 (13 files better, 5 worse), seed 7's 30 OCR-path files
    // (see docs/quality.md, session 30).
    static constexpr std::string_view kUnnormalized[] = {"chi_sim", "chi_tra"};
    return !reads_scans_unprocessed(tesseract_languages) && holds_model(tesseract_languages, kUnnormalized);
}

}  // namespace pdf2tei::ocr
