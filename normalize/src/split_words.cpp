#include "split_words.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <utility>

#include "dictionary.hpp"
#include "hyphenation.hpp"
#include "pdf2tei/language_table.hpp"
#include "pdf2tei/text.hpp"
#include "word_core.hpp"

namespace pdf2tei::normalize {
namespace {

// How far the geometry leaves a gap in doubt: not at all (a full space, or
// no space), below the line's spaces (narrow), or as wide as they are but
// still narrow for a space (as wide): the tight lines of justified text set
// their spaces at 0.15-0.22 em, and a producer's gap inside a word there
// matches them ("rig hts" 0.20 em among 0.22 em spaces, pdflatex; "con
// stituaient" 0.19 among 0.20, XeLaTeX; dev seed 7).
// OCR's gaps may also be wider than the line's spaces inside a word
// (Wider): joined only when neither half is a word.
enum class GapDoubt { None, Narrow, AsWide, Wider };

GapDoubt unsure_gap(const Word& a, const Word& b, double usual_space) {
    if (!a.space_after || a.has(kFlagSuperscript) || b.has(kFlagSuperscript) || a.has(kFlagNoteAnchor) ||
        b.has(kFlagNoteAnchor))
        return GapDoubt::None;
    // OCR's boxes hug the ink, so its gaps are wider than a layer's and
    // only their share of the line's spaces tells: Tesseract splits a word
    // at a gap 0.7-0.8 of the line's median ("un iversal", "п раво", "ка
    // ждого": dev seed 7 es-7-008.scan-bw, ru-7-027.scan). Such a gap is
    // as unsure as a tight line's: joined only when the whole is a word
    // and a half is not.
    if (read_by_ocr(a) || read_by_ocr(b)) {
        if (read_by_ocr(a) != read_by_ocr(b) || usual_space <= 0) return GapDoubt::None;
        const double gap = b.box.x0 - a.box.x1;
        if (gap < kOcrUnsureGapShareOfSpace * usual_space) return GapDoubt::AsWide;
        return gap < kOcrWideGapShareOfSpace * usual_space ? GapDoubt::Wider : GapDoubt::None;
    }
    const double em = std::max({a.font_size, b.font_size, 1.0});
    if (std::fabs(a.font_size - b.font_size) > 0.1 * em) return GapDoubt::None;
    const double gap = b.box.x0 - a.box.x1;
    if (gap >= kMaxUnsureGapEm * em) return GapDoubt::None;
    return usual_space <= 0 || gap < kUnsureGapShareOfSpace * usual_space ? GapDoubt::Narrow : GapDoubt::AsWide;
}

// The line's other spaces are alike: at least kMinEvenSpaces of them, and
// kEvenSpaceShare within kEvenSpaceSpread of their median. Then a gap under
// kUnsureGapShareOfSpace of that median is no space, even between two
// halves that are words of their own ("rebel lion": 0.19 em among 0.25 em
// spaces, ragged right; "in dependent", "free dom", "как ой-либо": dev seed
// 7). Justification and ragged setting both space a line's words alike.
// The line's spaces but the one after word `skip`, and how many of them
// stand within kEvenSpaceSpread of `usual`.
struct SpaceCount {
    std::size_t spaces = 0, alike = 0;
};
SpaceCount count_spaces_like(const std::vector<Word>& ws, std::size_t skip, double usual) {
    SpaceCount c;
    for (std::size_t k = 0; k + 1 < ws.size(); ++k) {
        if (k == skip || !ws[k].space_after) continue;
        ++c.spaces;
        c.alike += std::fabs(ws[k + 1].box.x0 - ws[k].box.x1 - usual) <= kEvenSpaceSpread * usual;
    }
    return c;
}

bool spaces_alike_but(const std::vector<Word>& ws, std::size_t skip, double usual) {
    if (usual <= 0) return false;
    const SpaceCount c = count_spaces_like(ws, skip, usual);
    if (c.spaces >= kMinEvenSpaces) return static_cast<double>(c.alike) >= kEvenSpaceShare * static_cast<double>(c.spaces);
    // Fewer spaces tell only all alike, and a gap well under them.
    return c.spaces >= kMinFewEvenSpaces && c.alike == c.spaces && skip + 1 < ws.size() &&
           ws[skip + 1].box.x0 - ws[skip].box.x1 < kFewSpacesGapShare * usual;
}

// The line's other spaces, one at least, all like the block's `usual`; or,
// on a line with no other space, the gap after word `skip` under
// kLoneGapShareOfBlockSpace of it ("су дом." ending a paragraph, 0.1 em
// under justified spaces of 0.25 em and more: dev seed 13 ru-13-014,
// LibreOffice; both halves are words).
bool spaces_like_blocks(const std::vector<Word>& ws, std::size_t skip, double usual) {
    const SpaceCount c = count_spaces_like(ws, skip, usual);
    if (c.spaces == 0) return ws[skip + 1].box.x0 - ws[skip].box.x1 < kLoneGapShareOfBlockSpace * usual;
    return c.alike == c.spaces;
}

// The usual space each of the block's lines is judged by, and whether it
// is the block's. A line with too few spaces to tell its own (a
// paragraph's short last line: "свободу голо сования²", dev seed 12
// ru-12-016, LibreOffice, 0.16 em inside the word, 0.28 em between words)
// is judged by its block's: the tightest usual space among the block's
// lines whose spaces are alike, when two lines at least have them.
struct JudgingSpace {
    double usual = 0;
    bool from_block = false;
};
std::vector<JudgingSpace> judging_spaces(const Block& block) {
    std::vector<JudgingSpace> out;
    out.reserve(block.lines.size());
    for (const auto& line : block.lines) out.push_back({usual_word_space(line), false});
    // The block's spacing is measured only where a line needs it.
    if (std::none_of(out.begin(), out.end(), [](const JudgingSpace& j) { return j.usual <= 0; })) return out;
    std::vector<double> even;
    for (std::size_t k = 0; k < block.lines.size(); ++k)
        if (out[k].usual > 0 && spaces_alike_but(block.lines[k].words, block.lines[k].words.size(), out[k].usual))
            even.push_back(out[k].usual);
    if (even.size() < 2) return out;
    const double block_space = *std::min_element(even.begin(), even.end());
    for (auto& j : out)
        if (j.usual <= 0) j = {block_space, true};
    return out;
}

// The two halves' letters at an unsure gap between `a` and `b` when the gap
// is inside a word (nothing but letters at the join), and how unsure it is;
// nullopt otherwise.
struct Halves {
    std::string left, right;
    GapDoubt doubt;
};
std::optional<Halves> letters_at(const Word& a, const Word& b, GapDoubt doubt);

std::optional<Halves> halves_at(const Word& a, const Word& b, double usual) {
    const GapDoubt doubt = unsure_gap(a, b, usual);
    if (doubt == GapDoubt::None) return std::nullopt;
    return letters_at(a, b, doubt);
}

// The two halves' letters, whatever the gap, as unsure as `doubt` says.
std::optional<Halves> letters_at(const Word& a, const Word& b, GapDoubt doubt) {
    const std::u32string left = utf8_decode(a.text), right = utf8_decode(b.text);
    const auto [lb, le] = core_span(left);
    const auto [rb, re] = core_span(right);
    if (le != left.size() || rb != 0 || le == lb || re == rb) return std::nullopt;
    // A word broken at the line's end is only a word's start: "al ma-" /
    // "trimonio" is no "alma" (dev seed 7 es-7-021.no-tounicode).
    if ((doubt == GapDoubt::AsWide || doubt == GapDoubt::Wider) && re < right.size() && is_hyphen(right[re]))
        return std::nullopt;
    return Halves{utf8_encode(left.substr(lb)), utf8_encode(right.substr(0, re)), doubt};
}

// Whether `half` is a word in its own right: the dictionary knows it, and,
// if it is one letter, it is one of the language's one-letter words or a
// capital Roman numeral. The dictionaries list letters' names ("r ace" on
// dev seed 26 fr-26-007.clean, pdflatex: fr_FR knows "r" and "ace", and
// the gap, 0.19 em among 0.20 em spaces, was kept).
bool word_of_its_own(const Dictionary& dict, const std::string& half) {
    if (!dict.knows(half)) return false;
    const std::u32string t = utf8_decode(half);
    if (t.size() != 1) return true;
    const auto& words = language_table(dict.language()).one_letter_words;
    if (words.empty()) return true;
    static constexpr std::u32string_view kRomanNumerals = U"IVXLCDM";
    if (kRomanNumerals.find(t[0]) != std::u32string_view::npos) return true;
    const auto lower = static_cast<char32_t>(u_tolower(static_cast<UChar32>(t[0])));
    return std::find(words.begin(), words.end(), std::u32string_view(&lower, 1)) != words.end();
}

// A lone letter after a word of its own, that makes a word with the half
// after it, which is none by itself, belongs there, however wide that gap:
// "plein e ffet" is no "pleine ffet" (dev seed 14 fr-14-000.scan-bw, once
// "e" was no French word; OCR set "e" nearer "plein" than "ffet").
// `word` is the left half at the unsure gap before the letter, ws[i + 1].
bool lone_letter_belongs_right(const Dictionary& dict, const std::string& word, const std::vector<Word>& ws,
                               std::size_t i) {
    if (i + 2 >= ws.size() || utf8_decode(ws[i + 1].text).size() != 1) return false;
    const auto right = letters_at(ws[i + 1], ws[i + 2], GapDoubt::AsWide);
    return right && word_of_its_own(dict, word) && dict.knows(right->left + right->right) &&
           !word_of_its_own(dict, right->right);
}

}  // namespace

void join_split_words(Page& page, const DictionaryLoader& load) {
    const Dictionary* dict = nullptr;
    for (auto& block : page.blocks) {
        if (!holds_text(block)) continue;
        const std::vector<JudgingSpace> spaces = judging_spaces(block);
        for (std::size_t li = 0; li < block.lines.size(); ++li) {
            auto& ws = block.lines[li].words;
            const auto [usual, from_block] = spaces[li];
            for (std::size_t i = 0; i + 1 < ws.size(); ++i) {
                const auto halves = halves_at(ws[i], ws[i + 1], usual);
                if (!halves) continue;
                if (!dict && !(dict = load ? load() : nullptr)) return;
                const auto& [l, r, doubt] = *halves;
                if (!dict->knows(l + r)) continue;
                // Two words in their own right stay apart unless the line's
                // even spacing says a narrow gap is none.
                const bool spaces_even =
                    from_block ? spaces_like_blocks(ws, i, usual) : spaces_alike_but(ws, i, usual);
                // OCR's gaps are too rough to stand out of alike spaces.
                const bool stands_out = doubt == GapDoubt::Narrow ||
                                        (!read_by_ocr(ws[i]) &&
                                         ws[i + 1].box.x0 - ws[i].box.x1 < kEvenGapShareOfSpace * usual);
                if (word_of_its_own(*dict, l) && word_of_its_own(*dict, r) &&
                    !(stands_out && ws[i].font == ws[i + 1].font && spaces_even))
                    continue;
                if (doubt == GapDoubt::Wider && (word_of_its_own(*dict, l) || word_of_its_own(*dict, r))) continue;
                if (lone_letter_belongs_right(*dict, l, ws, i)) continue;
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

void join_split_words(std::vector<Page>& pages, const DictionaryLoader& load) {
    // Every question the pages will ask, asked at once: hunspell loads
    // the entries they need in one go, where word-by-word questions
    // reloaded it for each new word (up to six times, then whole).
    std::vector<std::string> questions;
    for (const auto& page : pages) {
        for (const auto& block : page.blocks) {
            if (!holds_text(block)) continue;
            const std::vector<JudgingSpace> spaces = judging_spaces(block);
            for (std::size_t li = 0; li < block.lines.size(); ++li) {
                const Line& line = block.lines[li];
                const double usual = spaces[li].usual;
                for (std::size_t i = 0; i + 1 < line.words.size(); ++i)
                    if (const auto halves = halves_at(line.words[i], line.words[i + 1], usual)) {
                        questions.push_back(halves->left + halves->right);
                        questions.push_back(halves->left);
                        questions.push_back(halves->right);
                    }
            }
        }
    }
    if (questions.empty()) return;
    const Dictionary* dict = load ? load() : nullptr;
    if (!dict) return;
    // The line-end joins come next and ask the same dictionary: their
    // words join this load rather than make a second one.
    for (auto& q : line_end_questions(pages)) questions.push_back(std::move(q));
    dict->expect(questions);
    for (auto& page : pages) join_split_words(page, load);
}

}  // namespace pdf2tei::normalize
