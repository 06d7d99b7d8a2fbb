#pragma once
// Ideographs set slanted. A CJK face has no italic: asked for one, a word
// processor or XeTeX's xeCJK slants the upright face (LibreOffice's
// synthetic oblique, fontspec's FakeSlant), as UN style sets a
// resolution's lead words in italics ("鉴于", "大会，"). Chinese's model,
// trained on upright type, reads such words as other ideographs, 0 to 0.1
// sure ("爷于", "移玫", "父玫", "效于" for "鉴于", on lines read 0.9 sure
// after them: dev scan300-31 zh-31-004, zh-31-011; 16 preamble paragraphs
// in 46 on seed 29's Chinese scans). Sheared upright, the same model reads
// them right and sure. A textline's unsure lead is read again so sheared,
// and the reading replaces it when it is sure.
#include <cstddef>
#include <vector>

#include "pdf2tei/model.hpp"
#include "pdf2tei/ocr/latin_runs.hpp"

namespace pdf2tei::ocr {

// A lead: the words that open a textline, after its paragraph's number
// if it has one ("2." read sure, then "在 条 人" 0.76, 0.62 and 0 sure for
// "任何人", an operative paragraph's italic lead: zh-31-004), each under
// kUnsureLeadConfidence sure, up to the last under kSlantedLeadConfidence
// (unsure words without one are upright type read unsure), of
// kMinSlantedLeadChars to kMaxSlantedLeadChars code points (one ideograph
// alone is upright type as often: "人" 0.1 sure after "3", read sheared
// as "入", which is "人" slanted: dev scan300-32 zh-32-014), with
// ideographs, before at least kMinSureWordsAfterLead words of the same
// textline read kSureAfterLeadConfidence sure on average (a line read
// poorly throughout is the scan's fault, not its face's).
inline constexpr float kSlantedLeadConfidence = 0.2f;
inline constexpr float kUnsureLeadConfidence = 0.8f;
inline constexpr std::size_t kMinSlantedLeadChars = 2;
inline constexpr std::size_t kMaxSlantedLeadChars = 6;
inline constexpr std::size_t kMinSureWordsAfterLead = 3;
inline constexpr float kSureAfterLeadConfidence = 0.8f;
// The slant undone, across per unit of the type's height: sheared back by
// it, zh-31-004's leads read 0.65 to 0.93 sure.
inline constexpr double kTypeSlant = 0.2;
// The reading (its words within the lead's span), taken up to as many code
// points as the lead's (the upright word after the lead, or a sliver of it,
// may be read too; a word that runs past them: no reading), replaces the
// lead when it is all ideographs and CJK marks, this sure on average (the
// lead was under kSlantedLeadConfidence; "鉴于" read sheared came back
// 0.65 to 0.93 sure) and surer than the lead by kSlantedReadingMargin.
inline constexpr float kSureSlantedReadingConfidence = 0.6f;
inline constexpr float kSlantedReadingMargin = 0.2f;
// A reading that spells one of the language's lead words (LanguageTable's
// lead_words) needs only this: the words are the evidence ("鉴于" read
// sheared 0.45 sure over "估 玫", 0 sure: dev seed 33 zh-33-008.scan).
inline constexpr float kSureSlantedLeadWordConfidence = 0.4f;

// The unsure leads of an OCR page's textlines (each ends with
// ends_ocr_textline).
std::vector<WordRun> slanted_leads(const std::vector<Word>& words);

// The lead's span: its words' box, reaching right to the next word of its
// textline (Tesseract boxes slanted ideographs short: "鉴于" came back
// 20 points wide for 27, and its second ideograph was cut off), and the
// region it is read in, padded as run_region pads.
Box slanted_lead_span(const std::vector<Word>& words, const WordRun& run);
Box slanted_lead_region(const std::vector<Word>& words, const WordRun& run);

// Whether `reading` (the lead's region read again sheared upright) should
// replace the lead `run`; the words of `reading` outside the lead's span
// (their middles) are dropped first.
// `lead_words`: the language's (LanguageTable's lead_words).
bool slanted_lead_reading_wins(const std::vector<Word>& words, const WordRun& run, std::vector<Word>& reading,
                               const std::vector<std::string_view>& lead_words = {});

}  // namespace pdf2tei::ocr
