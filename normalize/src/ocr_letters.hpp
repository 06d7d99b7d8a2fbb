#pragma once
// OCR reads some small letters as others of like shape, and a language's
// table lists which (LanguageTable::ocr_confusions): Russian's model on a
// bilevel scan reads "л" and "д" as "п", "д" as "ц" ("чеповек",
// "допжна", "полжны", "необхоцимых": one page of dev seed 13,
// ru-13-019.scan-bw). An OCR word of three letters or more that the
// dictionary does not know, with at most kMaxConfusedLetters such letters,
// takes the spelling with some of them mended that the dictionary knows,
// when exactly one does. Text-layer words are never touched.
#include <string>
#include <utility>
#include <vector>

#include "dictionary.hpp"
#include "pdf2tei/model.hpp"
#include "pdf2tei/normalize/normalize.hpp"

namespace pdf2tei::normalize {

// A word with more letters OCR may have confused is left as read: the
// spellings to try grow as a power of their count.
inline constexpr std::size_t kMaxConfusedLetters = 3;

// The word mended (punctuation around it kept), or the word unchanged.
std::string mend_confused_letters(const std::string& word, const std::vector<std::pair<char32_t, char32_t>>& confusions,
                                  const Dictionary& dict);

}  // namespace pdf2tei::normalize
