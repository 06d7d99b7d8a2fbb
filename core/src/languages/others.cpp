// Languages other than the UN's six that the triage tells apart by their
// function words (a German, Italian or Portuguese page is no French one).
// Only their function words are known.
#include "tables.hpp"

namespace pdf2tei::languages {

const LanguageTable& german() {
    static const LanguageTable table{
        .tag = "de",
        .function_words = "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch",
        .page_word = "Seite",
        .page_of = "von",
    };
    return table;
}

const LanguageTable& italian() {
    static const LanguageTable table{
        .tag = "it",
        .function_words = "di e il la che in per un del della le non con una da i al dei delle sono",
        .page_word = "Pagina",
    };
    return table;
}

const LanguageTable& portuguese() {
    static const LanguageTable table{
        .tag = "pt",
        .function_words = "de a o que e do da em um para com não uma os no se na por mais as dos das",
    };
    return table;
}

}  // namespace pdf2tei::languages
