#include "font_style.hpp"

#include <algorithm>

namespace pdf2tei::structure {

bool is_bold_font(std::string_view font) {
    for (std::string_view mark : {"Bold", "bold", "BOLD", "Black", "Heavy", "Semibold", "SemiBold", "Demi", "-Bd", ",Bold"})
        if (font.find(mark) != std::string_view::npos) return true;
    return false;
}

bool all_bold(const Line& line) {
    return !line.words.empty() &&
           std::all_of(line.words.begin(), line.words.end(), [](const Word& w) { return is_bold_font(w.font); });
}

bool any_bold(const Line& line) {
    return std::any_of(line.words.begin(), line.words.end(), [](const Word& w) { return is_bold_font(w.font); });
}

}  // namespace pdf2tei::structure
