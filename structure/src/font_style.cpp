#include "font_style.hpp"

#include <algorithm>

namespace pdf2tei::structure {

bool is_bold_font(std::string_view font) {
    for (std::string_view mark : {"Bold", "bold", "BOLD", "Black", "Heavy", "Semibold", "SemiBold", "Demi", "-Bd", ",Bold"})
        if (font.find(mark) != std::string_view::npos) return true;
    // TeX's own fonts name their weight in a code: Computer Modern's
    // CMBX12, CMB10 and CMSSBX10 (pdflatex with OT1, dev seed 7's
    // ot1-accents variant: its titles and headings read as plain text),
    // cm-super's SFBX1200, SFBI, SFBO, SFSX and SFRB (T1).
    if (const auto plus = font.find('+'); plus != std::string_view::npos) font.remove_prefix(plus + 1);
    for (std::string_view code : {"CMBX", "CMSSBX", "SFBX", "SFBI", "SFBO", "SFSX", "SFRB"})
        if (font.starts_with(code)) return true;
    return font.starts_with("CMB") && font.size() > 3 && font[3] >= '0' && font[3] <= '9';
}

bool all_bold(const Line& line) {
    return !line.words.empty() &&
           std::all_of(line.words.begin(), line.words.end(), [](const Word& w) { return is_bold_font(w.font); });
}

bool any_bold(const Line& line) {
    return std::any_of(line.words.begin(), line.words.end(), [](const Word& w) { return is_bold_font(w.font); });
}

}  // namespace pdf2tei::structure
