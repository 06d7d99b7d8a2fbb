#pragma once
// Headings: short blocks set in bold or in a larger size than the running
// text, or opening with a division's number on a line of its own ("Article
// 1"), not ending like a sentence part. A heading broken over lines that
// the paragraph rules split is put back together.
#include <string_view>
#include <vector>

#include "font_style.hpp"
#include "pdf2tei/model.hpp"

namespace pdf2tei::structure {

inline constexpr std::size_t kMaxHeadingLines = 3;
inline constexpr std::size_t kMaxHeadingWords = 25;
// ... and this many when every word is bold (a treaty's title).
inline constexpr std::size_t kMaxBoldHeadingWords = 40;
// A block this much larger than the body text is a heading even if not bold.
inline constexpr double kHeadingSizeRatio = 1.15;
// A heading block joins the one above when it is at most this far under
// it (em), if the one above is one line (A/81/6's title "Proposed
// programme budget for 2027" / "Programme planning": 0.64 em); else at most
// as far as the lines of the one above are apart, plus this slack.
inline constexpr double kMaxHeadingJoinGapEm = 0.8;
inline constexpr double kHeadingJoinSlackEm = 0.25;
// A heading's next line may start this far right of its first (hanging
// indent after a number).
inline constexpr double kMaxHangingIndentEm = 5.0;

// A division's word and its number as a line of its own ("Article 1",
// "Chapter II", "Annexe III").
bool is_division_number_line(const Line& l);

// Marks the heading blocks among `blocks` (paragraphs of one page) and joins
// consecutive lines of one heading.
void mark_headings(std::vector<Block>& blocks, double body_size);

}  // namespace pdf2tei::structure
