#include "split_words.hpp"

#include <algorithm>
#include <cmath>

#include "dictionary.hpp"
#include "pdf2tei/text.hpp"
#include "word_core.hpp"

namespace pdf2tei::normalize {
namespace {

bool unsure_gap(const Word& a, const Word& b, double usual_space) {
    if (!a.space_after || a.has(kFlagSuperscript) || b.has(kFlagSuperscript) || a.has(kFlagNoteAnchor) ||
        b.has(kFlagNoteAnchor) || a.source == Source::Ocr || b.source == Source::Ocr)
        return false;
    const double em = std::max({a.font_size, b.font_size, 1.0});
    if (std::fabs(a.font_size - b.font_size) > 0.1 * em) return false;
    const double gap = b.box.x0 - a.box.x1;
    return gap < kMaxUnsureGapEm * em && (usual_space <= 0 || gap < kUnsureGapShareOfSpace * usual_space);
}

// The line's other spaces are alike: at least kMinEvenSpaces of them, and
// kEvenSpaceShare within kEvenSpaceSpread of their median. Then a gap under
// kUnsureGapShareOfSpace of that median is no space, even between two
// halves that are words of their own ("rebel lion": 0.19 em among 0.25 em
// spaces, ragged right; "in dependent", "free dom", "как ой-либо": dev seed
// 7). Justification and ragged setting both space a line's words alike.
bool spaces_alike_but(const std::vector<Word>& ws, std::size_t skip, double usual) {
    if (usual <= 0) return false;
    std::size_t spaces = 0, alike = 0;
    for (std::size_t k = 0; k + 1 < ws.size(); ++k) {
        if (k == skip || !ws[k].space_after) continue;
        ++spaces;
        alike += std::fabs(ws[k + 1].box.x0 - ws[k].box.x1 - usual) <= kEvenSpaceSpread * usual;
    }
    return spaces >= kMinEvenSpaces && static_cast<double>(alike) >= kEvenSpaceShare * static_cast<double>(spaces);
}

}  // namespace

void join_split_words(Page& page, const DictionaryLoader& load) {
    if (page.source != Source::TextLayer) return;
    const Dictionary* dict = nullptr;
    for (auto& block : page.blocks) {
        if (block.kind != BlockKind::Paragraph && block.kind != BlockKind::Heading && block.kind != BlockKind::Note)
            continue;
        for (auto& line : block.lines) {
            auto& ws = line.words;
            const double usual = usual_word_space(line);
            for (std::size_t i = 0; i + 1 < ws.size(); ++i) {
                if (!unsure_gap(ws[i], ws[i + 1], usual)) continue;
                const std::u32string left = utf8_decode(ws[i].text), right = utf8_decode(ws[i + 1].text);
                const auto [lb, le] = core_span(left);
                const auto [rb, re] = core_span(right);
                // The split is inside the word: nothing but letters at the join.
                if (le != left.size() || rb != 0 || le == lb || re == rb) continue;
                if (!dict && !(dict = load ? load() : nullptr)) return;
                const std::string l = utf8_encode(left.substr(lb)), r = utf8_encode(right.substr(0, re));
                if (!dict->knows(l + r)) continue;
                // Two words in their own right stay apart unless the line's
                // even spacing says the gap is none.
                if (dict->knows(l) && dict->knows(r) &&
                    !(ws[i].font == ws[i + 1].font && spaces_alike_but(ws, i, usual)))
                    continue;
                ws[i].text += ws[i + 1].text;
                ws[i].box = ws[i].box.united(ws[i + 1].box);
                ws[i].space_after = ws[i + 1].space_after;
                ws[i].flags |= kFlagSpaceRemoved;
                ws.erase(ws.begin() + static_cast<std::ptrdiff_t>(i + 1));
                ++page.repairs[kRepairSplitWordJoined];
                --i;  // the joined word may meet the next half too ("fr om" + ...)
            }
        }
    }
}

}  // namespace pdf2tei::normalize
