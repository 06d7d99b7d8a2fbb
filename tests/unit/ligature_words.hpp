#pragma once
// Real words of UN texts that hold ff, fi, fl, ffi or ffl, by language, and
// how a font with ligatures draws them. Shared by the ligature expansion
// and the lost-ligature tests.
#include <cstring>
#include <string>
#include <utility>
#include <vector>

namespace pdf2tei::testing {

inline const std::vector<const char*> kFrenchLigatureWords = {
    "efficace", "efficacité", "officiel", "officielle", "officiellement", "afin", "financement", "financière",
    "finances", "affaires", "effectif", "effectivement", "effet", "effets", "difficultés", "difficile",
    "suffisant", "suffisamment", "affecter", "affiner", "affirme", "réaffirmant", "conflit", "conflits",
    "influence", "flux", "fléau", "réfléchir", "bénéficiaires", "bénéficier", "significatif", "spécifique",
    "spécifiques", "identifier", "définition", "définitive", "configuration", "confiance", "fin", "fixer",
    "profit", "profil", "flexibilité", "souffrance", "différents", "différence", "offre", "offrir",
};

inline const std::vector<const char*> kEnglishLigatureWords = {
    "efficient", "efficiency", "effective", "effectively", "official", "officials", "office", "affirm",
    "affirming", "reaffirms", "affected", "affairs", "difficult", "difficulties", "sufficient", "suffice",
    "staff", "staffing", "traffic", "trafficking", "conflict", "conflicts", "influence", "flexible", "flows",
    "fluctuations", "reflect", "reflected", "financial", "financing", "final", "finalize", "first", "fiscal",
    "benefit", "beneficial", "significant", "specific", "identification", "certified", "confidence",
    "definitions", "profile", "scientific", "artificial", "offline", "offer", "effort", "efforts",
};

inline const std::vector<const char*> kSpanishLigatureWords = {
    "oficial", "oficiales", "afirma", "reafirmando", "eficiente", "flujo", "flujos", "financiación",
    "financiero", "influencia", "conflicto", "conflictos", "beneficio", "beneficiarios", "significativo",
    "específico", "identificar", "definición", "confianza", "fin", "fiscal", "reflexión", "tráfico",
    "suficiente", "dificultades", "afirmación", "oficina",
};

inline std::vector<const char*> all_ligature_words() {
    std::vector<const char*> all = kFrenchLigatureWords;
    all.insert(all.end(), kEnglishLigatureWords.begin(), kEnglishLigatureWords.end());
    all.insert(all.end(), kSpanishLigatureWords.begin(), kSpanishLigatureWords.end());
    return all;
}

// The first ffi, ffl, ff, fi or fl of a word (longest first): where it is
// and its letters; npos when the word has none.
inline std::pair<std::size_t, std::string> first_ligature(const std::string& word) {
    static const char* const kForms[] = {"ffi", "ffl", "ff", "fi", "fl"};
    std::size_t best = std::string::npos;
    std::string letters;
    for (const char* f : kForms) {
        const std::size_t at = word.find(f);
        if (at != std::string::npos && (at < best || (at == best && std::strlen(f) > letters.size()))) {
            best = at;
            letters = f;
        }
    }
    return {best, letters};
}

// The word as a font with ligatures draws it: that ligature as its U+FB0x
// code point.
inline std::string with_ligature(const std::string& word) {
    const auto [at, letters] = first_ligature(word);
    if (at == std::string::npos) return word;
    const char* glyph = letters == "ffi" ? "\uFB03" : letters == "ffl" ? "\uFB04" : letters == "ff" ? "\uFB00"
                        : letters == "fi" ? "\uFB01" : "\uFB02";
    return word.substr(0, at) + glyph + word.substr(at + letters.size());
}

}  // namespace pdf2tei::testing
