#include "language.hpp"

#include <libexttextcat/textcat.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <stdlib.h>
#include <unistd.h>

#include <memory>
#include <mutex>
#include <string>

#include "pdf2tei/text.hpp"
#include "unicode.hpp"

namespace pdf2tei::normalize {
namespace {

// Debian's libexttextcat-data installs the fingerprints here.
constexpr const char* kFingerprintDir = "/usr/share/libexttextcat/";

// The languages we answer with: the six UN languages first (textcat tries
// them in this order), then a few that UN documents quote most. Loading all
// 160 fingerprints Debian ships costs more than converting a two-page
// document (measured with callgrind), and a long tail of rare languages only
// adds confusions (French text scored as Occitan).
constexpr const char* kLanguages[] = {
    "en", "fr", "es", "ru", "ar", "zh-Hans", "de", "it", "pt", "uk",
};

// textcat reads its language list only from a file, so one is written to a
// private temporary file, read, and removed.
void* init_textcat() {
    char path[] = "/tmp/pdf2tei-textcat-XXXXXX";
    const int fd = ::mkstemp(path);
    if (fd < 0) return nullptr;
    std::string conf;
    for (const char* lang : kLanguages) conf += std::string(lang) + ".lm " + lang + "\n";
    const bool written = ::write(fd, conf.data(), conf.size()) == static_cast<ssize_t>(conf.size());
    ::close(fd);
    void* handle = written ? special_textcat_Init(path, kFingerprintDir) : nullptr;
    ::unlink(path);
    return handle;
}

struct Classifier {
    std::mutex mutex;  // textcat keeps its result buffer in the handle
    std::unique_ptr<void, decltype(&textcat_Done)> handle{nullptr, &textcat_Done};
};

Classifier& classifier() {
    static Classifier c;
    static std::once_flag once;
    std::call_once(once, [] { c.handle.reset(init_textcat()); });
    return c;
}

// Cuts at a UTF-8 character boundary at or before `n`.
std::string_view prefix(std::string_view s, std::size_t n) {
    if (s.size() <= n) return s;
    while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
    return s.substr(0, n);
}

// Arabic presentation forms (U+FB50-FDFF: EF AD 90 to EF B7 BF in UTF-8;
// U+FE70-FEFE: EF B9 B0 to EF BB BE) hide the letters from the n-grams.
bool has_presentation_forms(std::string_view s) {
    for (std::size_t i = 0; i + 1 < s.size(); ++i)
        if (static_cast<unsigned char>(s[i]) == 0xEF) {
            const unsigned char b = static_cast<unsigned char>(s[i + 1]);
            if ((b >= 0xAD && b <= 0xB7) || (b >= 0xB9 && b <= 0xBB)) return true;
        }
    return false;
}

}  // namespace

// A text whose letters are mostly Han ideographs, without kana or hangul,
// is Chinese among the languages we answer with. textcat's Chinese n-grams
// miss short pages of it: a masthead, a table of figures and two articles
// (912 bytes) came back UNKNOWN, another page "[zh-Hans][de]", and the
// good layers of three dev seed 10 reports were replaced by OCR. Letter
// soup of Han is still told by the common words the triage asks of
// Chinese next.
std::string script_language(std::string_view text) {
    std::size_t letters = 0, han = 0;
    for (char32_t c : utf8_decode(text)) {
        if (!u_isalpha(static_cast<UChar32>(c))) continue;
        ++letters;
        UErrorCode error = U_ZERO_ERROR;
        const UScriptCode script = uscript_getScript(static_cast<UChar32>(c), &error);
        if (script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA || script == USCRIPT_HANGUL) return {};
        han += script == USCRIPT_HAN;
    }
    return letters > 0 && static_cast<double>(han) >= kMinHanShare * static_cast<double>(letters) ? "zh" : "";
}

std::vector<std::string> language_candidates(std::string_view text) {
    text = prefix(text, kMaxLanguageSample);
    std::string folded;
    if (has_presentation_forms(text)) {  // a repair the triage must see through
        RepairCounts ignored;
        folded = clean_string(text, ignored);
        text = folded;
    }
    if (text.size() < kMinLanguageSample) return {};
    if (std::string sure = function_word_language(text); !sure.empty()) return {std::move(sure)};
    if (std::string by_script = script_language(text); !by_script.empty()) return {std::move(by_script)};
    return ngram_language_candidates(text);
}

std::vector<std::string> ngram_language_candidates(std::string_view text) {
    std::vector<std::string> out;
    text = prefix(text, kMaxLanguageSample);
    if (text.size() < kMinLanguageSample) return out;
    Classifier& c = classifier();
    if (!c.handle) return out;
    std::string answer;
    {
        std::lock_guard lock(c.mutex);
        const char* r = textcat_Classify(c.handle.get(), text.data(), text.size());
        if (r) answer = r;
    }
    // The answer looks like "[fr][it]", best first, or "UNKNOWN"/"SHORT".
    for (std::size_t pos = 0; (pos = answer.find('[', pos)) != std::string::npos;) {
        const std::size_t end = answer.find(']', pos);
        if (end == std::string::npos) break;
        std::string name = answer.substr(pos + 1, end - pos - 1);
        out.push_back(name.substr(0, name.find('-')));  // "zh-Hans" -> "zh"
        pos = end;
    }
    return out;
}

std::string detect_language(std::string_view text) {
    const auto candidates = language_candidates(text);
    return candidates.empty() ? "und" : candidates.front();
}

}  // namespace pdf2tei::normalize
