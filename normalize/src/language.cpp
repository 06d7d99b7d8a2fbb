#include "pdf2tei/normalize/language.hpp"

#include <libexttextcat/textcat.h>

#include <memory>
#include <mutex>

namespace pdf2tei::normalize {
namespace {

// Debian's libexttextcat-data installs the fingerprints and their index here.
constexpr const char* kFingerprintDir = "/usr/share/libexttextcat/";
constexpr const char* kFingerprintConf = "/usr/share/libexttextcat/fpdb.conf";

struct Classifier {
    std::mutex mutex;  // textcat keeps its result buffer in the handle
    std::unique_ptr<void, decltype(&textcat_Done)> handle{nullptr, &textcat_Done};
};

Classifier& classifier() {
    static Classifier c;
    static std::once_flag once;
    std::call_once(once, [] { c.handle.reset(special_textcat_Init(kFingerprintConf, kFingerprintDir)); });
    return c;
}

// Cuts at a UTF-8 character boundary at or before `n`.
std::string_view prefix(std::string_view s, std::size_t n) {
    if (s.size() <= n) return s;
    while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
    return s.substr(0, n);
}

}  // namespace

std::string detect_language(std::string_view text) {
    text = prefix(text, kMaxLanguageSample);
    if (text.size() < kMinLanguageSample) return "und";
    Classifier& c = classifier();
    if (!c.handle) return "und";
    std::string answer;
    {
        std::lock_guard lock(c.mutex);
        const char* r = textcat_Classify(c.handle.get(), text.data(), text.size());
        if (r) answer = r;
    }
    // The answer looks like "[fr--utf8][oc--utf8]"; the first is the best.
    if (answer.size() < 3 || answer[0] != '[') return "und";
    const std::size_t end = answer.find_first_of("-]", 1);
    std::string lang = answer.substr(1, end - 1);
    return lang.empty() ? "und" : lang;
}

}  // namespace pdf2tei::normalize
