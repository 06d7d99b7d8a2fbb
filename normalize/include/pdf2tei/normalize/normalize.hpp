#pragma once
// normalize: the repairs of what extraction breaks, as the pipeline's passes
// call them (pipeline/src/passes.cpp), by the scale of the data they work
// on. Each is a function of the words, lines or pages it is given, counts
// what it changed under a kRepair* name (the TEI header's list) and flags
// the words it touched. Their thresholds and helpers are internal
// (normalize/src/*.hpp, one header per repair, with its tests).
//
// Threads: every function here may run on any thread, on different pages
// at once. The dictionaries and hyphenation patterns are loaded once per
// process, on first use, behind a lock, and are read-only after.
#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "pdf2tei/model.hpp"
#include "pdf2tei/normalize/switches.hpp"

namespace pdf2tei::normalize {

// The repairs' names, as the TEI header and the JSON count them.
inline constexpr const char* kRepairNfc = "unicode-nfc";
inline constexpr const char* kRepairControl = "control-removed";
inline constexpr const char* kRepairPrivateUse = "private-use-removed";
inline constexpr const char* kRepairLigature = "ligature-expanded";
inline constexpr const char* kRepairPresentationForm = "presentation-form-folded";
inline constexpr const char* kRepairKashida = "kashida-letter-dropped";
inline constexpr const char* kRepairAccentComposed = "accent-composed";
inline constexpr const char* kRepairGuillemet = "guillemet-restored";
inline constexpr const char* kRepairSpaceRemoved = "space-removed";
inline constexpr const char* kRepairElisionJoined = "elision-space-removed";
inline constexpr const char* kRepairThinSpace = "thin-space-marked";
inline constexpr const char* kRepairCjkSpace = "cjk-space-removed";
inline constexpr const char* kRepairLetterSpacing = "letter-spaced-word-joined";
inline constexpr const char* kRepairApostrophe = "ocr-apostrophe-unified";
inline constexpr const char* kRepairOcrNumberMark = "ocr-number-mark-mended";
inline constexpr const char* kRepairOcrScriptMark = "ocr-mark-in-script";
inline constexpr const char* kRepairOcrCjkComma = "ocr-cjk-comma-unified";
inline constexpr const char* kRepairOcrSlashSpace = "ocr-slash-space-removed";
inline constexpr const char* kRepairOcrReference = "ocr-reference-mended";
inline constexpr const char* kRepairOcrLetter = "ocr-letter-mended";
inline constexpr const char* kRepairOcrWord = "ocr-word-mended";
inline constexpr const char* kRepairOcrLatinTwin = "ocr-latin-twins-in-script";
inline constexpr const char* kRepairOcrGluedWord = "ocr-glued-word-split";
inline constexpr const char* kRepairOcrSmallCapitals = "ocr-small-capitals-lowered";
inline constexpr const char* kRepairCapitalAccent = "ocr-capital-accent-restored";
inline constexpr const char* kRepairLigatureRestored = "ligature-restored";
inline constexpr const char* kRepairSplitWordJoined = "split-word-joined";
inline constexpr const char* kRepairDehyphenated = "dehyphenated";
inline constexpr const char* kRepairCompoundJoined = "line-end-compound-kept";
inline constexpr const char* kRepairSoftHyphen = "soft-hyphen-removed";
inline constexpr const char* kRepairCellWrapJoined = "cell-wrap-joined";
// Every name above (the pass list's test checks each has a pass).
inline constexpr const char* kAllRepairs[] = {
    kRepairNfc,           kRepairControl,         kRepairPrivateUse,      kRepairLigature,
    kRepairPresentationForm, kRepairKashida, kRepairAccentComposed, kRepairGuillemet,     kRepairSpaceRemoved,
    kRepairElisionJoined, kRepairThinSpace,       kRepairCjkSpace,        kRepairLetterSpacing,
    kRepairApostrophe,    kRepairOcrNumberMark,   kRepairOcrScriptMark,   kRepairOcrCjkComma,   kRepairOcrSlashSpace,   kRepairOcrReference,    kRepairOcrLetter,       kRepairOcrWord,       kRepairOcrLatinTwin,       kRepairOcrGluedWord,       kRepairOcrSmallCapitals,       kRepairCapitalAccent,   kRepairLigatureRestored, kRepairSplitWordJoined,
    kRepairDehyphenated,  kRepairCompoundJoined,  kRepairSoftHyphen, kRepairCellWrapJoined,
};

// ---- Language --------------------------------------------------------------

// Only the first this many bytes of a text are classified: n-gram profiles
// settle within a page of text.
inline constexpr std::size_t kMaxLanguageSample = 4 * 1024;
// Below this many bytes of text the answer is "und": n-gram statistics need
// a few sentences to be right.
inline constexpr std::size_t kMinLanguageSample = 80;
// BCP 47 primary subtag of the most likely language ("fr", "ru", "zh"), or
// "und" when the text is too short or unknown (language.hpp).
std::string detect_language(std::string_view utf8_text);
// Every language the classifier finds plausible, best first; empty = none.
std::vector<std::string> language_candidates(std::string_view utf8_text);

class Dictionary;  // hunspell, per language (dictionary.hpp)
// The document language's dictionary, asked for only when a repair needs
// it (nullptr: none installed), so a document that needs none loads none.
using DictionaryLoader = std::function<const Dictionary*()>;
DictionaryLoader dictionary_loader(const std::string& language);
// Share of `words` the language's dictionary knows; -1 without one.
double dictionary_hit_rate(const std::string& language, const std::vector<std::string>& words);
// Share of words (two letters or more) that are the language's function
// words or open with its common prefixes (pdf2tei/language_table.hpp); for Chinese,
// of Han characters in dictionary words of two or more. -1 for a language
// without such a table.
double common_word_share(const std::string& language, const std::vector<std::string>& words);
// The common-word share below which a page the classifier is sure of is
// letter soup (pdf2tei/language_table.hpp); 0 where the sure classifier is trusted.
double letter_soup_bar(const std::string& language);

// ---- Word scale: a page's words as read, with their glyph boxes -----------

// Accents drawn as glyphs of their own composed onto their letter (diacritics.hpp).
void compose_spacing_accents(std::vector<Word>& words, RepairCounts& counts);
// OT1's ≪ ≫ drawn for « » made guillemets again (guillemets.hpp).
void restore_guillemets(std::vector<Word>& words, RepairCounts& counts);
// A word LibreOffice stretched with kashidas that its layer reads as Latin
// letters ("عامMMة") can come as two words, split at the stretch and
// overlapping there ("عامM" over "Mة"). Such pieces are joined back into
// one word, in reading order, for clean_words to drop the stand-ins. Words
// in logical order (ingest put them so), on one line, overlapping or
// within kKashidaReachEm.
void join_kashida_pieces(std::vector<Word>& words);
inline constexpr double kKashidaReachEm = 0.1;
// Controls, noncharacters and private-use code points removed; ligatures
// expanded, Arabic presentation forms folded and NFC as `on` says; one
// glyph box kept per code point; words left empty dropped (unicode.hpp).
void clean_words(std::vector<Word>& words, RepairCounts& counts, const RepairSwitches& on = {});
// The same for one string (metadata).
std::string clean_string(std::string_view in, RepairCounts& counts);

// ---- Line scale: a page's lines -------------------------------------------

// Marks (kFlagSpaceDrawn) each word whose gap to the next word of its line
// holds a space glyph the layer draws (IngestedPage::drawn_spaces).
void mark_drawn_spaces(std::vector<Line>& lines, const std::vector<Box>& drawn_spaces);

// Word spaces judged from the glyph gaps: spaces inside words and at
// elisions removed, letter-spaced words joined, French thin spaces marked
// U+202F (spacing.hpp).
void repair_spacing(std::vector<Line>& lines, RepairCounts& counts);
// No space between two CJK characters (spacing.hpp). On a page whose layer
// draws its spaces (`draws_spaces`), none either between a CJK character
// and a digit or Latin letter where no space is drawn: the producer's
// autospacing ("2022 年", LibreOffice and Word), not a space of the text.
void remove_cjk_spaces(std::vector<Line>& lines, RepairCounts& counts, bool draws_spaces = false);

// ---- Document scale: every page, with the document's language --------------

// How the document itself spells its words (document_spellings.cpp): read
// before any line-end repair, it settles "cross-|cutting" the document's way.
class DocumentSpellings {
public:
    // A word with a hyphen between letters that does not end its line is a
    // hyphenated spelling; every word is a whole one. Case is folded.
    static DocumentSpellings of(const std::vector<Page>& pages);
    bool writes_hyphenated(const std::u32string& left, const std::u32string& right) const;
    bool writes_whole(const std::u32string& left, const std::u32string& right) const;

private:
    std::unordered_set<std::u32string> hyphenated_, whole_;
};

// OCR's ASCII apostrophes made ’ where the document's are (apostrophes.hpp).
void unify_ocr_apostrophes(std::vector<Page>& pages);
// OCR's line-end commas after ideographs set as the text's inner ones
// (ocr_punctuation.hpp).
void unify_ocr_cjk_line_end_commas(std::vector<Page>& pages, std::string_view language);
// OCR's French ; : ! ? given back their space (ocr_punctuation.hpp).
void space_ocr_high_punctuation(std::vector<Page>& pages, std::string_view language);
// OCR's Latin "," ";" "?" in Arabic text written as the script's own
// (ocr_punctuation.hpp).
void write_ocr_marks_in_script(std::vector<Page>& pages, std::string_view language);
// OCR's space on one side of a slash between letters ("الثاني /يناير")
// removed (ocr_punctuation.hpp).
void join_ocr_slash_spaces(std::vector<Page>& pages);
// OCR's Cyrillic look-alikes and misread I's in UN symbols and resolution
// numbers mended (ocr_references.hpp).
void mend_ocr_references(std::vector<Page>& pages);
// OCR's "3，" for a Chinese paragraph's "3." mended (ocr_punctuation.hpp).
void mend_ocr_cjk_paragraph_numbers(std::vector<Line>& lines, RepairCounts& counts);
// OCR's letters read as others of like shape ("чеповек") mended where the
// dictionary knows one spelling (ocr_letters.hpp).
void mend_ocr_confused_letters(std::vector<Page>& pages, std::string_view language, const DictionaryLoader& dict);
// Two words OCR read as one, the space between them dropped ("Noone"),
// cut where the dictionary knows both halves, one a function word
// (ocr_glued_words.hpp).
void split_ocr_glued_words(std::vector<Page>& pages, std::string_view language, const DictionaryLoader& dict);
// Short words OCR read as another word of like shape, told apart by the
// words around them (LanguageTable::ocr_word_slips; ocr_word_slips.hpp):
// French's "à" for the verb "a" before "droit à", "été", or after "y".
void mend_ocr_word_slips(std::vector<Page>& pages, std::string_view language);
// OCR's capitals for a word of small letters ("УГОЛОВНОГО" whose ink stops
// at the x-height) written small where the dictionary knows the word
// (ocr_small_capitals.hpp).
// A word OCR read in Latin letters whose shapes the language's script
// has ("BO" for "во"), between words of that script, written in it when
// the dictionary knows it so (LanguageTable::latin_twins; ocr_latin_twins.hpp).
void write_ocr_latin_twins_in_script(std::vector<Page>& pages, std::string_view language, const DictionaryLoader& dict);
void lower_ocr_small_capitals(std::vector<Page>& pages, std::string_view language, const DictionaryLoader& dict);
// OCR's capitals read without their accent given it back (capital_accents.hpp).
void restore_capital_accents(std::vector<Page>& pages, const DictionaryLoader& dict);
// Ligatures the layer lost put back, on pages with unmapped glyphs (lost_ligatures.hpp).
void restore_lost_ligatures(Page& page, const DictionaryLoader& dict);
// Unsure gaps settled by the dictionary ("n ouveaux") (split_words.hpp);
// the document's form asks the dictionary all its questions at once.
void join_split_words(Page& page, const DictionaryLoader& dict);
void join_split_words(std::vector<Page>& pages, const DictionaryLoader& dict);
// Line-end hyphens within each block joined, real compounds keeping
// theirs; soft hyphens removed (hyphenation.hpp).
void join_line_end_hyphens(Page& page, const DictionaryLoader& dict, const DocumentSpellings* spellings = nullptr);
// The same on every page, the dictionary asked all its questions at once.
void join_line_end_hyphens(std::vector<Page>& pages, const DictionaryLoader& dict,
                           const DocumentSpellings* spellings = nullptr);
// The same at a page break, between the last paragraph of a page and the
// first of the next, which carries it on. The joined word stays on the
// first page, whose repairs count it.
void join_across_page_break(Block& before, Block& after, const DictionaryLoader& dict, RepairCounts& repairs,
                            const DocumentSpellings* spellings = nullptr);

}  // namespace pdf2tei::normalize
