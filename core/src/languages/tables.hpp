#pragma once
// The tables of core/src/languages/, one function a language: each file
// builds its table on first use (no static-initialisation order to mind).
#include "pdf2tei/language_table.hpp"

namespace pdf2tei::languages {

const LanguageTable& english();
const LanguageTable& french();
const LanguageTable& spanish();
const LanguageTable& russian();
const LanguageTable& arabic();
const LanguageTable& chinese();
// Languages the triage tells apart from the UN's six by their function
// words, so that a German or Italian page is not taken for French.
const LanguageTable& german();
const LanguageTable& italian();
const LanguageTable& portuguese();

}  // namespace pdf2tei::languages
