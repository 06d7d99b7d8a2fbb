#include "pdf2tei/language_table.hpp"

#include "languages/tables.hpp"

namespace pdf2tei {

const std::vector<const LanguageTable*>& language_tables() {
    static const std::vector<const LanguageTable*> tables{
        &languages::english(), &languages::french(),  &languages::spanish(),
        &languages::russian(), &languages::arabic(),  &languages::chinese(),
        &languages::german(),  &languages::italian(), &languages::portuguese(),
    };
    return tables;
}

const LanguageTable& language_table(std::string_view tag) {
    static const LanguageTable kNone{};
    for (const LanguageTable* t : language_tables())
        if (t->tag == tag) return *t;
    return kNone;
}

}  // namespace pdf2tei
