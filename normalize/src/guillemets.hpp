#pragma once
// French quotation marks drawn as the math signs ≪ and ≫. TeX's OT1 fonts
// have no guillemets; babel's French then draws « and » with the math
// symbols "much less than" and "much greater than" (U+226A, U+226B), and
// the text layer gives those: "la question intitulée ≪ Lutte contre … ≫,".
// A ≪ that opens a word (alone or before its first letter) and a ≫ that
// closes a later one, with words of letters between them and no other ≪,
// are a quotation: they become « and ». A lone "a ≪ b" (no closing sign,
// or no words between) is left as the relation it is.
#include <cstddef>
#include <vector>

#include "pdf2tei/model.hpp"
#include "pdf2tei/normalize/normalize.hpp"

namespace pdf2tei::normalize {

// A quotation this many words long at most is looked for (a ≫ further on
// closes something else).
inline constexpr std::size_t kMaxQuotationWords = 200;

}  // namespace pdf2tei::normalize
