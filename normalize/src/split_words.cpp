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
                if (!dict->knows(l + r) || (dict->knows(l) && dict->knows(r))) continue;
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
