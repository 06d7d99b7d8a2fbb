#include "ocr_latin_twins.hpp"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include "pdf2tei/language_table.hpp"
#include "pdf2tei/normalize/normalize.hpp"
#include "pdf2tei/text.hpp"
#include "word_core.hpp"

namespace pdf2tei::normalize {
namespace {

// The script letter `twins` pairs with Latin `c`, or 0.
char32_t twin_of(char32_t c, std::u32string_view twins) {
    for (std::size_t k = 0; k + 1 < twins.size(); k += 2)
        if (twins[k] == c) return twins[k + 1];
    return 0;
}

bool is_upper(char32_t c) { return u_isupper(static_cast<UChar32>(c)) || u_istitle(static_cast<UChar32>(c)); }

// Whether the word has a letter of a script other than Latin (the
// language's).
bool has_script_letter(const std::string& word) {
    for (const char32_t c : utf8_decode(word)) {
        UErrorCode err = U_ZERO_ERROR;
        const UScriptCode script = uscript_getScript(static_cast<UChar32>(c), &err);
        if (U_SUCCESS(err) && u_isalpha(static_cast<UChar32>(c)) && script != USCRIPT_LATIN &&
            script != USCRIPT_COMMON && script != USCRIPT_INHERITED)
            return true;
    }
    return false;
}

bool ends_sentence(const std::string& word) {
    if (word.empty()) return true;
    const char32_t last = last_code_point(word);
    return last == U'.' || last == U'!' || last == U'?' || last == U':';
}

}  // namespace

std::string script_twin_spelling(const std::string& word, std::u32string_view twins, bool opens_sentence,
                                 const Dictionary& dict) {
    std::u32string t = utf8_decode(word);
    const auto [b, e] = core_span(t);
    if (b == e) return "";
    std::u32string core = t.substr(b, e - b);
    for (char32_t& c : core) {
        const char32_t twin = twin_of(c, twins);
        if (!twin) return "";
        c = twin;
    }
    if (!dict.knows(utf8_encode(core))) return "";
    // Its first letter a capital where a sentence opens.
    if (opens_sentence && is_upper(t[b])) core[0] = static_cast<char32_t>(u_toupper(static_cast<UChar32>(core[0])));
    t.replace(b, e - b, core);
    return utf8_encode(t);
}

void write_ocr_latin_twins_in_script(std::vector<Page>& pages, std::string_view language,
                                     const DictionaryLoader& load) {
    const std::u32string_view twins = language_table(language).latin_twins;
    if (twins.empty()) return;
    const Dictionary* dict = nullptr;
    for (auto& page : pages)
        for (auto& block : page.blocks) {
            const std::vector<Word*> run = words_around_ocr(block);
            // Each word's script, told once (a word is asked as itself and
            // as each neighbour's neighbour); a word respelt in the script
            // is of it for the words after it.
            std::vector<char> script(run.size());
            for (std::size_t i = 0; i < run.size(); ++i) script[i] = has_script_letter(run[i]->text);
            for (std::size_t i = 0; i < run.size(); ++i) {
                Word& w = *run[i];
                if (w.source != Source::Ocr || script[i]) continue;
                const bool before = i > 0, after = i + 1 < run.size();
                if ((!before && !after) || (before && !script[i - 1]) || (after && !script[i + 1])) continue;
                if (!dict && !(dict = load ? load() : nullptr)) return;
                std::string in_script =
                    script_twin_spelling(w.text, twins, !before || ends_sentence(run[i - 1]->text), *dict);
                if (in_script.empty()) continue;
                respell(w, std::move(in_script), page.repairs, kRepairOcrLatinTwin);
                script[i] = 1;
            }
        }
}

}  // namespace pdf2tei::normalize
