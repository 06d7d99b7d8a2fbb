#pragma once
// Language identification of running text, with libexttextcat (the n-gram
// classifier LibreOffice uses) and the fingerprints Debian ships with it.
#include <string>
#include <string_view>
#include <vector>

namespace pdf2tei::normalize {

// Below this many bytes of text the answer is "und": n-gram statistics need
// a few sentences to be right.
inline constexpr std::size_t kMinLanguageSample = 80;
// Only the first this many bytes are classified: n-gram profiles settle
// within a page of text, and classifying costs time after all pages are
// read (16 KiB took 2 ms a document).
inline constexpr std::size_t kMaxLanguageSample = 4 * 1024;

// BCP 47 primary subtag of the most likely language ("fr", "ru", "zh"), or
// "und" when the text is too short or unknown. Thread-safe.
std::string detect_language(std::string_view utf8_text);

// Every language the classifier finds plausible, best first: one for
// ordinary text, several or none (empty) for text that is not language, or
// too short to tell.
std::vector<std::string> language_candidates(std::string_view utf8_text);

// Loads the classifier's fingerprints now rather than at the first call, so
// the load can overlap other work. Optional; thread-safe.
void prepare_language_detection();

}  // namespace pdf2tei::normalize
