#pragma once
// Which repairs run: all by default; `--no-repair` turns every one off and
// `--no-<name>` one at a time, so that a user can see the layer as it was
// or rule a repair out when a result looks wrong.
//
// Removing controls, noncharacters and private-use characters is not a
// switch: such characters must never reach the XML (and private-use code
// points mean nothing outside the font that drew them).
#include <string>
#include <vector>

namespace pdf2tei::normalize {

struct RepairSwitches {
    bool nfc = true;            // Unicode NFC
    bool diacritics = true;     // accents drawn apart composed onto their letter; OCR's lost capital accents; OT1's ≪ ≫ for « »
    bool ligatures = true;      // U+FB00-FB06 expanded to letters; lost ones restored
    bool spacing = true;        // word spaces judged from the glyph gaps
    bool dehyphenation = true;  // line-end hyphens (and soft hyphens) joined
    bool apostrophes = true;    // OCR apostrophes unified with the document's; its Latin , ; ? in Arabic text written as the script's; its slips in UN symbols and resolution numbers, and its letters read as others of like shape, mended
    bool presentation_forms = true;  // Arabic presentation forms (U+FB50-FDFF, U+FE70-FEFE) folded to letters
    bool kashida = true;        // Latin letters inside an Arabic word (unmapped justification glyphs) dropped

    static RepairSwitches none() { return {false, false, false, false, false, false, false, false}; }

    // The names of the repairs switched off, as the CLI spells them
    // ("spacing", "dehyphenation"...), in a fixed order.
    std::vector<std::string> off() const {
        std::vector<std::string> names;
        if (!nfc) names.emplace_back("nfc");
        if (!diacritics) names.emplace_back("diacritics");
        if (!ligatures) names.emplace_back("ligatures");
        if (!spacing) names.emplace_back("spacing");
        if (!dehyphenation) names.emplace_back("dehyphenation");
        if (!apostrophes) names.emplace_back("apostrophes");
        if (!presentation_forms) names.emplace_back("presentation-forms");
        if (!kashida) names.emplace_back("kashida");
        return names;
    }
};

}  // namespace pdf2tei::normalize
