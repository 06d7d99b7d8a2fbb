#include "lost_ligatures.hpp"

#include <unicode/uchar.h>

#include <array>

#include "dictionary.hpp"
#include "pdf2tei/text.hpp"

namespace pdf2tei::normalize {
namespace {

constexpr std::array<std::string_view, 5> kLigatureLetters = {"ffi", "ffl", "ff", "fi", "fl"};

// A word split into its punctuation and its letters: "(ef" -> "(", "ef", "".
struct Parts {
    std::string before, letters, after;
};

Parts parts_of(const std::string& text) {
    const std::u32string t = utf8_decode(text);
    std::size_t b = 0, e = t.size();
    while (b < e && !u_isalpha(static_cast<UChar32>(t[b]))) ++b;
    while (e > b && !u_isalpha(static_cast<UChar32>(t[e - 1]))) --e;
    for (std::size_t i = b; i < e; ++i)
        if (!u_isalpha(static_cast<UChar32>(t[i]))) return {};  // "A/74/L.5", "l’égide": not one word's letters
    return {utf8_encode(t.substr(0, b)), utf8_encode(t.substr(b, e - b)), utf8_encode(t.substr(e))};
}

std::size_t letters_in(std::string_view s) { return utf8_decode(s).size(); }

// The only candidate the dictionary knows, or "".
template <typename Candidates>
std::string only_known(const Dictionary& dict, Candidates&& for_each_candidate) {
    std::string found;
    int known = 0;
    for_each_candidate([&](const std::string& c) {
        if (known < 2 && c != found && dict.knows(c)) {
            found = c;
            ++known;
        }
    });
    return known == 1 ? found : std::string();
}

}  // namespace

std::string restore_in_word(std::string_view letters, const Dictionary& dict) {
    if (letters_in(letters) < kMinLettersLeft) return {};
    const std::u32string w = utf8_decode(letters);
    return only_known(dict, [&](const auto& check) {
        for (std::size_t at = 0; at <= w.size(); ++at)
            for (std::string_view lig : kLigatureLetters)
                check(utf8_encode(w.substr(0, at)) + std::string(lig) + utf8_encode(w.substr(at)));
    });
}

std::string restore_between(std::string_view left, std::string_view right, const Dictionary& dict) {
    if (left.empty() || right.empty() || letters_in(left) + letters_in(right) < kMinLettersLeft) return {};
    return only_known(dict, [&](const auto& check) {
        for (std::string_view lig : kLigatureLetters) check(std::string(left) + std::string(lig) + std::string(right));
    });
}

void restore_lost_ligatures(Page& page, const DictionaryLoader& load) {
    if (page.source != Source::TextLayer || page.text_layer.unmapped_glyphs == 0) return;
    const Dictionary* dict = load ? load() : nullptr;
    if (!dict) return;
    for (auto& block : page.blocks) {
        if (block.kind != BlockKind::Paragraph && block.kind != BlockKind::Heading && block.kind != BlockKind::Note)
            continue;
        for (auto& line : block.lines) {
            auto& words = line.words;
            for (std::size_t i = 0; i < words.size(); ++i) {
                const Parts here = parts_of(words[i].text);
                if (here.letters.empty()) continue;
                // A known word may still be the first half of a split one
                // ("of cial"): the next word decides.
                const bool known = dict->knows(here.letters);
                if (known && i + 1 == words.size()) continue;
                if (i + 1 < words.size() && here.after.empty()) {
                    const Parts next = parts_of(words[i + 1].text);
                    // One half at least is no word: "of cial", "speci c", "signi cant".
                    if (!next.letters.empty() && next.before.empty() && !(known && dict->knows(next.letters))) {
                        const std::string joined = restore_between(here.letters, next.letters, *dict);
                        if (!joined.empty()) {
                            words[i].text = here.before + joined + next.after;
                            words[i].space_after = words[i + 1].space_after;
                            words[i].box = words[i].box.united(words[i + 1].box);
                            words[i].flags |= kFlagLigatureRestored;
                            words.erase(words.begin() + static_cast<std::ptrdiff_t>(i + 1));
                            ++page.repairs[kRepairLigatureRestored];
                            continue;
                        }
                    }
                }
                if (known) continue;
                const std::string whole = restore_in_word(here.letters, *dict);
                if (whole.empty()) continue;
                words[i].text = here.before + whole + here.after;
                words[i].flags |= kFlagLigatureRestored;
                ++page.repairs[kRepairLigatureRestored];
            }
        }
    }
}

}  // namespace pdf2tei::normalize
