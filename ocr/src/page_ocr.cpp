// The OCR stage's policy (see page_ocr.hpp): triage with arbitration,
// the choice of language, and how OCR's words take the layer's place.
#include "pdf2tei/ocr/page_ocr.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

#include "pdf2tei/error.hpp"
#include "pdf2tei/language_table.hpp"
#include "pdf2tei/ocr/annex_lines.hpp"
#include "pdf2tei/ocr/languages.hpp"
#include "pdf2tei/ocr/dropped_lines.hpp"
#include "pdf2tei/ocr/latin_runs.hpp"
#include "pdf2tei/ocr/stretched_lines.hpp"
#include "pdf2tei/ocr/slanted_leads.hpp"
#include "pdf2tei/ocr/unsure_lines.hpp"
#include "pdf2tei/ocr/word_boxes.hpp"
#include "pdf2tei/ocr/unseen_accents.hpp"
#include "pdf2tei/ocr/layer_patch.hpp"
#include "pdf2tei/stats.hpp"
#include "pdf2tei/text.hpp"

namespace pdf2tei::ocr {
namespace {

// The warning for a page whose recognition the deadline cut short.
std::string deadline_warning(const OcrPolicy& policy) {
    return "OCR stopped at the deadline (" + std::to_string(policy.deadline_ms) + " ms); text may be missing";
}

// The language the oracle finds in a text, "und" for none.
std::string detected_language(const LanguageOracle& oracle, const std::string& text) {
    const auto candidates = oracle.candidates(text);
    return candidates.empty() ? "und" : candidates.front();
}

// A text's words, as the dictionary oracle takes them.
std::vector<std::string> words_of(const std::string& text) {
    std::vector<std::string> words;
    for (std::string_view w : space_separated(text)) words.emplace_back(w);
    return words;
}

// The OCR model of the language the oracle finds in a text: its first
// candidate's, or else the first with a model whose dictionary knows
// kMinDictionaryHits of the text's words. textcat ranked Portuguese over
// Spanish for a Spanish page read by the English model without its
// accents ("Declaraci6n", "distincién": "[pt][es]"), and, Portuguese
// having no model here, the page was read in English (dev seed 7
// es-7-009.scan, word recall 0.891). The dictionary keeps a glyph-id
// layer's letter soup ("1DWLRQV 8QLHV": "[de][pt][es][en]") from naming
// a model (fr-7-003.glyph-ids, read as Spanish, lost a third of its
// words). "" when none fits.
std::string model_for_text(const LanguageOracle& oracle, const std::string& text) {
    const std::vector<std::string> candidates = oracle.candidates(text);
    if (candidates.empty()) return "";
    if (std::string model = tesseract_languages(candidates.front()); !model.empty() || !oracle.hit_rate) return model;
    const std::vector<std::string> words = words_of(text);
    for (std::size_t k = 1; k < candidates.size(); ++k)
        if (std::string model = tesseract_languages(candidates[k]);
            !model.empty() && oracle.hit_rate(candidates[k], words) >= kMinDictionaryHits)
            return model;
    return "";
}

// The model of the language the oracle finds first in a text, when that
// language's dictionary knows kMinDictionaryHits of its words; ""
// otherwise (letter soup: another script read by the wrong model). On dev
// seed 14's Latin OCR-path files, bands read by the English model, accents
// lost, scored 0.68-0.97; Russian ones 0.00 or no language at all.
std::string model_the_dictionary_confirms(const LanguageOracle& oracle, const std::string& text) {
    if (!oracle.hit_rate) return "";
    const std::string language = detected_language(oracle, text);
    std::string model = tesseract_languages(language);
    if (model.empty()) return "";
    return oracle.hit_rate(language, words_of(text)) >= kMinDictionaryHits ? model : "";
}

// Where an image's text goes in the layer's reading order: before the
// first word below the image's top that stands over the image's width,
// else at the end.
std::size_t reading_place(const std::vector<Word>& words, const Box& image) {
    for (std::size_t k = 0; k < words.size(); ++k) {
        const Box& b = words[k].box;
        if (b.center_y() > image.y0 && b.x1 > image.x0 && b.x0 < image.x1) return k;
    }
    return words.size();
}

// The text of the layers the triage kept (and of partial pages' layers),
// from the first pages, as much as the classifier reads; of a lossy
// layer, the words that mean what they say (trusted_layer_word). Those
// tell the language the patch is read in: without them, a Spanish file
// of pdfTeX's Type 3 fonts was patched by the model OSD's script chose,
// and "Artículo" came out "Articulo" (dev seed 7 es-7-029.no-tounicode).
std::string trusted_text(const std::vector<IngestedPage>& pages, std::size_t max_sample) {
    std::string trusted;
    for (const auto& in : pages) {
        if (trusted.size() >= max_sample) break;
        if (!in.needs_ocr || in.page.verdict == PageVerdict::Partial) {
            trusted += words_text(in.words);
        } else if (in.page.verdict == PageVerdict::Lossy) {
            std::vector<Word> sure;
            std::copy_if(in.words.begin(), in.words.end(), std::back_inserter(sure), trusted_layer_word);
            trusted += words_text(sure);
        }
    }
    return trusted;
}

bool rereads_layers(OcrMode mode) { return mode == OcrMode::Auto || mode == OcrMode::Redo; }

// The band's verdict, for a warning's reason.
std::string band_says(double agreement) {
    return "OCR of a band across the page finds only " + std::to_string(static_cast<int>(agreement * 100)) +
           "% of its words in the layer";
}

}  // namespace

int render_dpi(const OcrPolicy& policy, const Page& page) {
    if (policy.dpi > 0) return std::min(policy.dpi, kMaxDpi);
    const int native = page.text_layer.image_dpi;
    return native >= kMinNativeDpi ? std::min(native, kMaxDpi) : kDefaultDpi;
}

PageOcr::PageOcr(OcrPolicy policy) : policy_(std::move(policy)) {}
PageOcr::~PageOcr() = default;

// The engine in `slot`, made on first use and remade only when the
// languages change.
OcrEngine& PageOcr::engine_in(std::unique_ptr<OcrEngine>& slot, const std::string& languages) {
    if (!slot || slot->languages() != languages) slot = std::make_unique<OcrEngine>(languages, policy_.binarization);
    return *slot;
}

OcrEngine& PageOcr::engine(const std::string& languages) { return engine_in(engine_, languages); }

void PageOcr::judge(IngestedPage& in, const LanguageOracle& oracle, const PageRenderer& render) {
    Judgement j = judge_page(in.page.text_layer, in.words, oracle);
    // A layer is replaced only when OCR confirms it: one whose words OCR
    // reads too is kept, whatever its language (issue 16).
    if ((j.borderline || j.verdict == PageVerdict::Garbled) && rereads_layers(policy_.mode)) arbitrate(in, j, render);
    if (j.verdict == PageVerdict::InvisibleOcr && j.layer_usable && policy_.mode == OcrMode::Auto)
        check_earlier_ocr(in, j, oracle, render);
    if (j.verdict == PageVerdict::Text) {
        auto images = images_without_layer_text(in.words, in.images, in.page.width, in.page.height);
        if (!images.empty()) {
            j.verdict = PageVerdict::Partial;
            in.text_images = std::move(images);
        }
    }
    in.page.verdict = j.verdict;
    in.needs_ocr = needs_ocr(j, policy_.mode);
    if (j.verdict == PageVerdict::InvisibleOcr && !in.needs_ocr)
        for (auto& w : in.words) w.flags |= kFlagEarlierOcr;
    // Worth a warning: a layer thrown away because it is broken, not one
    // the user asked to replace (--ocr always, redo).
    if (in.needs_ocr && !j.layer_usable && j.verdict != PageVerdict::None) {
        WarningSink sink(Stage::Ocr, in.page.number);
        sink.add(warning_code::kLayerReplaced, "text layer replaced by OCR: " + j.reason);
        sink.move_to(in.page.warnings);
    }
}

void follow_garbled_document(std::vector<IngestedPage>& pages, OcrMode mode) {
    bool garbled = false;
    for (const auto& in : pages) {
        if (in.page.verdict == PageVerdict::Garbled) garbled = true;
        else if (in.page.verdict == PageVerdict::Text && judged_by_language(in.words)) return;
    }
    if (!garbled) return;
    for (auto& in : pages) {
        if (in.page.verdict != PageVerdict::Text || judged_by_language(in.words)) continue;
        Judgement j;
        j.verdict = PageVerdict::Garbled;
        j.layer_usable = false;
        in.page.verdict = j.verdict;
        in.needs_ocr = needs_ocr(j, mode);
        if (!in.needs_ocr) continue;
        WarningSink sink(Stage::Ocr, in.page.number);
        sink.add(warning_code::kLayerReplaced,
                 "text layer replaced by OCR: too short to judge, and every page judged is garbled");
        sink.move_to(in.page.warnings);
    }
}

// OCR of a band across the middle of the page (band_agreement), in the
// layer's language's model, else in its script's: the share of the words
// read there that the layer has, or -1 when too few were read (or no model
// fits, or the page does not render), with the band and the words read
// there. The page is rendered for it.
PageOcr::BandReading PageOcr::read_band(IngestedPage& in, const std::string& language, const PageRenderer& render) {
    std::string langs = tesseract_languages(policy_.lang.empty() ? language : policy_.lang);
    if (langs.empty()) langs = tesseract_languages(language_for_script(dominant_script(in.words)));
    if (langs.empty()) return {};
    const GrayImage image = render(render_dpi(policy_, in.page));
    in.page.rendered = true;
    if (image.empty()) return {};
    const double band_height = in.page.height * kArbiterBand;
    const auto check = [&](double middle) {
        const double top = std::clamp(middle - band_height / 2, 0.0, std::max(0.0, in.page.height - band_height));
        const Box band{0, top, in.page.width, top + band_height};
        OcrResult r = engine(langs).recognize_region(image, band, policy_.deadline_ms);
        const double agreement = band_agreement(in.words, r.words, band);
        return BandReading{agreement, band, std::move(r.words)};
    };
    BandReading middle = check(in.page.height / 2);
    if (middle.agreement >= 0 || in.words.empty()) return middle;
    // Too few words across the page's middle: then across the middle of the
    // layer's words. A short last page (a list of endnotes at its top) left
    // the page's middle empty, and the first verdict stood unchecked.
    std::vector<double> middles;
    for (const auto& w : in.words) middles.push_back(w.box.center_y());
    const double text_middle = median(std::move(middles));
    if (std::fabs(text_middle - in.page.height / 2) < band_height / 2) return middle;
    return check(text_middle);
}

// A layer judged garbled, or close to the dictionary's bar, is settled by
// OCR of a band: kept if OCR finds the layer's words there, replaced if
// not. With too few words read, the first judgement stands.
void PageOcr::arbitrate(IngestedPage& in, Judgement& j, const PageRenderer& render) {
    const double agreement = read_band(in, j.language, render).agreement;
    if (agreement < 0) return;
    j.layer_usable = agreement >= kMinArbiterAgreement;
    j.verdict = j.layer_usable ? PageVerdict::Text : PageVerdict::Garbled;
    // The first verdict's reason, confirmed by the band's.
    j.reason = j.layer_usable ? "" : (j.reason.empty() ? band_says(agreement) : j.reason + ", and " + band_says(agreement));
}

// An earlier OCR layer that reads as language must still agree with a
// fresh read of a band (issue 16: a careless tool's layer, "supréme",
// "essentie!", reads as French): below kMinEarlierOcrAgreement the page
// is read again; so too when the fresh read finds accents the layer lost
// (kMinLostAccents), or the words the two readings do not share are the
// fresh read's known and the layer's not (kMinFreshReadGain).
void PageOcr::check_earlier_ocr(IngestedPage& in, Judgement& j, const LanguageOracle& oracle,
                                const PageRenderer& render) {
    const BandReading band = read_band(in, j.language, render);
    if (band.agreement < 0) return;
    if (band.agreement < kMinEarlierOcrAgreement) {
        j.layer_usable = false;
        j.reason = "invisible OCR layer: " + band_says(band.agreement);
        return;
    }
    const int read_accents = accent_marks(band.words, band.band);
    if (const int lost = read_accents - accent_marks(in.words, band.band);
        lost >= kMinLostAccents && lost >= kMinLostAccentShare * read_accents) {
        j.layer_usable = false;
        j.reason = "invisible OCR layer: a fresh read of a band finds " + std::to_string(lost) + " of its " +
                   std::to_string(read_accents) + " accents missing from the layer";
        return;
    }
    // Asked of the dictionary only here: an arbitrated page needs the
    // agreement alone.
    const double gain = fresh_read_gain(in.words, band.words, band.band, j.language, oracle);
    if (gain >= kMinFreshReadGain) {
        j.layer_usable = false;
        j.reason = "invisible OCR layer: a fresh read of a band spells " +
                   std::to_string(static_cast<int>(std::lround(gain * 100))) +
                   "% more of the words the two readings do not share as the dictionary does";
    }
}

std::string PageOcr::choose_languages(const std::vector<IngestedPage>& pages, const LanguageOracle& oracle,
                                      const PageRenderer& render) {
    if (!policy_.lang.empty()) {
        const std::string langs = tesseract_languages(policy_.lang);
        if (langs.empty()) throw Error(ErrorCode::Usage, Stage::Ocr, "", 0, "no OCR language for --lang " + policy_.lang);
        return langs;
    }
    const std::string from_layer = model_for_text(oracle, trusted_text(pages, oracle.max_sample));
    if (!from_layer.empty()) return from_layer;
    const auto first = std::find_if(pages.begin(), pages.end(), [](const IngestedPage& in) { return in.needs_ocr; });
    if (first == pages.end()) return "";
    const GrayImage image = render(render_dpi(policy_, first->page));
    // The band read by `model`, widened when it holds too little text to
    // tell a language by (kWideLanguageSampleBand).
    const auto read_band = [&](const std::string& model, bool may_turn) {
        OcrResult read = engine(model).sample(image, kLanguageSampleBand, may_turn);
        if (worded_text(read.words).size() < oracle.min_sample)
            read = engine(model).sample(image, kWideLanguageSampleBand, may_turn);
        return read;
    };
    // The Latin script's model reads the band first: when the dictionary of
    // the language its words read as knows most of them, that is the
    // language, and OSD is not asked the script. Its legacy model costs
    // more to load than a band costs to read (0.4 s of CPU, a seventh of a
    // page's OCR), on every file when files come one per run (issue 16).
    // The probe is not turned when unsure: another script's soup is unsure
    // whichever way up, and OSD asked how the band stands cost a Russian
    // page a twentieth of its CPU (dev ru-14-003.scan). A Latin band it
    // could not settle is read again as any sample is, turned if need be.
    // Only a reading the model was sure of: another script's letter soup
    // holds short tokens the dictionary knows ("ol", "do", "pro": an Arabic
    // scan in a monospaced font read as English at a mean confidence of
    // 0.43, and every page of it so: dev seed 24 ar-24-005, word recall
    // 0.07). Latin bands read 0.72-0.96 on seed 14's scans.
    const std::string latin = tesseract_languages(language_for_script("Latin"));
    const OcrResult latin_read = read_band(latin, /*may_turn=*/false);
    if (latin_read.mean_confidence >= kMinLatinProbeConfidence)
        if (std::string model = model_the_dictionary_confirms(oracle, words_text(latin_read.words)); !model.empty())
            return model;
    const std::string guess = tesseract_languages(language_for_script(detect_script(image)));
    const OcrResult first_read = read_band(guess, /*may_turn=*/true);
    const std::string refined = model_for_text(oracle, words_text(first_read.words));
    if (!refined.empty()) return refined;
    // The script was misjudged (OSD on a small bilevel page of Chinese said
    // Latin, and English read letter soup): the band is read again in each
    // other script's main model; one wins when its reading is its own
    // language and clearly surer than the first (a band too short to tell
    // a language, as on Tesseract's phototest, keeps the first model).
    for (const char* script : {"Han", "Arabic", "Cyrillic", "Latin"}) {
        const std::string model = tesseract_languages(language_for_script(script));
        if (model.empty() || model == guess) continue;
        const OcrResult other = engine(model).sample(image, kLanguageSampleBand);
        if (other.mean_confidence < first_read.mean_confidence + kSurerSampleConfidence) continue;
        if (tesseract_languages(detected_language(oracle, words_text(other.words))) == model) return model;
    }
    return guess;
}

void PageOcr::read(IngestedPage& in, const std::string& languages, const PageRenderer& render) {
    const bool images_only = in.page.verdict == PageVerdict::Partial && policy_.mode != OcrMode::Always;
    const GrayImage image = render(render_dpi(policy_, in.page));
    in.page.rendered = true;
    WarningSink sink(Stage::Ocr, in.page.number);
    if (image.empty())
        sink.add(warning_code::kRenderFailed, images_only ? "page cannot be rendered; the text in its images is not read"
                                                          : "page cannot be rendered; its text layer is kept");
    else if (images_only)
        read_text_images(in, image, engine(languages), sink);
    else {
        const ReadFrame frame = read_page(in, image, engine(languages), sink);
        if (in.page.source == Source::Ocr) {
            if (const int n = join_figures_boxed_inside(in.words)) in.page.repairs["ocr-split-figures-joined"] += n;
            if (frame.quarter_turns == 0) read_dropped_lines(in, image, languages, frame.skew_degrees);
            reread_unsure_lines(in, image, languages, frame.skew_degrees);
            if (frame.quarter_turns == 0) reread_slanted_leads(in, image, languages, frame.skew_degrees);
            reread_latin_runs(in, image, languages);
            reread_stretched_lines(in, image, languages);
            reread_annex_lines(in, image, languages);
        }
    }
    sink.move_to(in.page.warnings);
}

// On a page read whole by a model without Latin letters, the runs of
// words it was unsure of are read again by the Latin model
// (latin_runs.hpp), each as a region of its own; by a model whose Latin
// does not hold a symbol together (Chinese), the runs of figures boxed too
// wide for them only.
void PageOcr::reread_latin_runs(IngestedPage& in, const GrayImage& image, const std::string& languages) {
    std::string latin = latin_companion(languages);
    const bool stretched_only = latin.empty();
    if (stretched_only) latin = stretched_figures_companion(languages);
    if (latin.empty()) return;
    // Loaded only for a page that has something to read again.
    const auto reader = [&]() -> OcrEngine& { return engine_in(latin_engine_, latin); };
    const auto runs = unsure_runs(in.words, stretched_only);
    std::vector<std::vector<Word>> readings(runs.size());
    for (std::size_t k = 0; k < runs.size(); ++k) {
        OcrResult r = reader().recognize_line(image, run_region(in.words, runs[k]), policy_.deadline_ms);
        if (r.timed_out || !latin_reading_wins(in.words, runs[k], r.words)) continue;
        // Chinese's figures are read again for a symbol only: a note's
        // number came back "34" and ran two notes together (dev scan300-7
        // zh-7-001).
        if (stretched_only && !reads_as_un_symbol(r.words)) continue;
        readings[k] = std::move(r.words);
    }
    if (const int n = replace_runs(in.words, runs, std::move(readings))) in.page.repairs["ocr-latin-run"] += n;
    // Then the symbols cut short ("A/RES," as read again, and a stretched
    // "3" beside it in another textline), read whole: the "3" alone made
    // no symbol.
    const auto cuts = cut_symbols(in.words);
    for (auto cut = cuts.rbegin(); cut != cuts.rend(); ++cut) {
        OcrResult r = reader().recognize_line(image, cut->region, policy_.deadline_ms);
        if (r.timed_out || !reads_as_un_symbol(r.words)) continue;
        mend_cut_symbol(in.words, *cut, r.words);
        in.page.repairs["ocr-latin-run"] += 1;
    }
}

// On a page read by Chinese's model, the textlines it lost a stretch of
// are read again as lines (stretched_lines.hpp).
void PageOcr::reread_stretched_lines(IngestedPage& in, const GrayImage& image, const std::string& languages) {
    if (stretched_figures_companion(languages).empty()) return;  // not Chinese's model
    const auto lines = stretched_ideograph_lines(in.words);
    if (lines.empty()) return;
    OcrEngine& reader = engine(languages);
    std::vector<std::vector<Word>> readings(lines.size());
    for (std::size_t k = 0; k < lines.size(); ++k) {
        OcrResult r = reader.recognize_line(image, run_region(in.words, lines[k]), policy_.deadline_ms);
        if (!r.timed_out && line_reading_wins(in.words, lines[k], r.words)) readings[k] = std::move(r.words);
    }
    if (const int n = replace_runs(in.words, lines, std::move(readings))) in.page.repairs["ocr-line-reread"] += n;
}

// On a page read whole by a model without Latin letters (Arabic's), the
// note lines of a symbol and the annex word whose symbol was lost are read
// again as lines (annex_lines.hpp).
void PageOcr::reread_annex_lines(IngestedPage& in, const GrayImage& image, const std::string& languages) {
    if (latin_companion(languages).empty()) return;
    const auto& annex_words = language_table("ar").annex_words;
    const auto rows = annex_rows_without_symbol(in.words, annex_words);
    if (rows.empty()) return;
    OcrEngine& reader = engine(languages);
    // Each winning row's line takes its reading; the rest of its row goes.
    // The rows' words may interleave in the page's order: the lines are
    // replaced together, then the rest dropped at their shifted places.
    std::vector<std::pair<WordRun, std::vector<Word>>> read;  // each winning row's line and reading
    std::vector<std::size_t> drop;
    for (const AnnexRow& row : rows) {
        OcrResult r = reader.recognize_line(image, padded_region(row.region), policy_.deadline_ms);
        if (r.timed_out || !annex_line_reading_wins(r.words, annex_words)) continue;
        read.emplace_back(row.line, std::move(r.words));
        drop.insert(drop.end(), row.others.begin(), row.others.end());
    }
    const int replaced = replace_annex_rows(in.words, std::move(read), std::move(drop));
    if (replaced) in.page.repairs["ocr-line-reread"] += replaced;
}

// On a page read whole, the textlines its model read as letter soup are
// read again alone (unsure_lines.hpp), cut from the page as it was read.
void PageOcr::reread_unsure_lines(IngestedPage& in, const GrayImage& image, const std::string& languages,
                                  double skew_degrees) {
    const auto lines = unsure_lines(in.words);
    if (lines.empty()) return;
    std::vector<Box> regions;
    regions.reserve(lines.size());
    for (const auto& line : lines) regions.push_back(run_region(in.words, line));
    std::vector<OcrResult> read =
        engine(languages).recognize_straight_lines(image, skew_degrees, regions, policy_.deadline_ms);
    std::vector<std::vector<Word>> readings(lines.size());
    for (std::size_t k = 0; k < lines.size() && k < read.size(); ++k)
        if (!read[k].timed_out && unsure_line_reading_wins(in.words, lines[k], read[k].words))
            readings[k] = std::move(read[k].words);
    for (std::size_t k = 0; k < lines.size() && k < readings.size(); ++k)
        size_as_page(in.words, lines, lines[k], readings[k]);
    if (const int n = replace_runs(in.words, lines, std::move(readings), /*as_read=*/true))
        in.page.repairs["ocr-unsure-line-reread"] += n;
}

// On a page read by Chinese's model, the textlines' leads set in slanted
// ideographs are read again sheared upright (slanted_leads.hpp).
void PageOcr::reread_slanted_leads(IngestedPage& in, const GrayImage& image, const std::string& languages,
                                   double skew_degrees) {
    if (stretched_figures_companion(languages).empty()) return;  // not Chinese's model
    const auto leads = slanted_leads(in.words);
    if (leads.empty()) return;
    std::vector<Box> regions;
    regions.reserve(leads.size());
    for (const auto& lead : leads) regions.push_back(slanted_lead_region(in.words, lead));
    std::vector<OcrResult> read = engine(languages).recognize_straight_lines(image, skew_degrees, regions,
                                                                             policy_.deadline_ms, kTypeSlant);
    std::vector<std::vector<Word>> readings(leads.size());
    const auto lead_words = lead_words_of(languages);
    for (std::size_t k = 0; k < leads.size() && k < read.size(); ++k)
        if (!read[k].timed_out && slanted_lead_reading_wins(in.words, leads[k], read[k].words, lead_words))
            readings[k] = std::move(read[k].words);
    if (const int n = replace_runs(in.words, leads, std::move(readings))) in.page.repairs["ocr-slanted-lead"] += n;
}

// On a page read whole, the lines its layout dropped are read alone
// (dropped_lines.hpp), cut from the page as it was read, and added.
void PageOcr::read_dropped_lines(IngestedPage& in, const GrayImage& image, const std::string& languages,
                                 double skew_degrees) {
    const std::vector<DroppedLine> lines = dropped_lines(image, skew_degrees, in.words);
    if (lines.empty()) return;
    std::vector<Box> regions;
    for (const auto& line : lines) regions.push_back(line.region);
    std::vector<OcrResult> read =
        engine(languages).recognize_straight_lines(ink_and_paper(image), skew_degrees, regions, policy_.deadline_ms);
    std::vector<std::vector<Word>> readings;
    for (std::size_t k = 0; k < lines.size() && k < read.size(); ++k) {
        if (read[k].timed_out || !dropped_line_reading_wins(lines[k], read[k].words)) continue;
        size_as_page(in.words, {}, WordRun{}, read[k].words);
        readings.push_back(std::move(read[k].words));
    }
    if (const int n = insert_lines(in.words, std::move(readings))) in.page.repairs["ocr-dropped-line"] += n;
}

// Replaces a page's words with what OCR reads on its rendering, or, on a
// lossy page, only the words its layer cannot vouch for (layer_patch.hpp),
// unless OCR was asked for every page or the patch is switched off.
PageOcr::ReadFrame PageOcr::read_page(IngestedPage& in, const GrayImage& image, OcrEngine& engine, WarningSink& sink) {
    Page& page = in.page;
    // A patch sets OCR's symbols among the layer's glyphs: on the page, not
    // the straightened page (a rendered born-digital page may be found
    // skewed by a tenth of a degree), and its words on their feet, as the
    // layer's stand a descent below their baseline (a patched line sat
    // between the two, and its notes' calls were no longer raised:
    // tests/corpus report-en-2col.no-tounicode).
    const bool patches = policy_.patch_lossy_layers && page.verdict == PageVerdict::Lossy &&
                         rereads_layers(policy_.mode);
    OcrResult r = engine.recognize(image, policy_.deadline_ms, /*straight=*/!patches);
    if (r.timed_out) sink.add(warning_code::kOcrDeadline, deadline_warning(policy_));
    LayerPatch patch;
    if (patches && !r.timed_out) {
        // On their feet for the patch only: a page whose layer the patch
        // cannot use takes OCR's words with their baselines, or its lines
        // stand where their descenders end ("принимать участие" 2 pt under
        // the line's "в" and "своей", and a wrapped line's pitch read as a
        // paragraph's spacing: dev seed 7 ru-7-006.glyph-ids, 14 paragraphs
        // cut after their first line).
        std::vector<Word> on_feet = r.words;
        for (auto& w : on_feet) w.baseline = 0;
        patch = patch_layer(in.words, r.symbols, on_feet);
    }
    if (patch.usable) {
        in.words = std::move(patch.words);
        page.ocr_patched = true;
        page.ocr_confidence = patch.confidence;
        if (patch.patched) page.repairs["ocr-patched-word"] += patch.patched;
    } else {
        if (const int n = drop_unseen_accents(r.words, r.symbols)) page.repairs["ocr-unseen-accent-dropped"] += n;
        in.words = std::move(r.words);
        page.source = Source::Ocr;
        page.ocr_confidence = r.mean_confidence;
    }
    // Words read for a patch came back onto the page as scanned: lines cut
    // for them come from the page unturned.
    return {patches ? 0.0 : r.skew_degrees, r.orientation};
}

// Reads the text in a partial page's images and adds it to the layer's
// words, each image's before the first layer word below its top. An image
// where OCR finds no text worth the name leaves the page `text`.
void PageOcr::read_text_images(IngestedPage& in, const GrayImage& image, OcrEngine& engine, WarningSink& sink) {
    Page& page = in.page;
    std::vector<std::pair<std::size_t, std::vector<Word>>> found;
    double confidence = 0;
    int n = 0;
    for (const Box& region : in.text_images) {
        OcrResult r = engine.recognize_region(image, region, policy_.deadline_ms);
        if (r.timed_out) sink.add(warning_code::kOcrDeadline, deadline_warning(policy_));
        for (const auto& word : r.words) confidence += word.confidence;
        n += static_cast<int>(r.words.size());
        found.emplace_back(reading_place(in.words, region), std::move(r.words));
    }
    if (n >= kMinTextImageWords && confidence / n >= kMinTextImageConfidence) {
        page.ocr_patched = true;
        page.ocr_confidence = static_cast<float>(confidence / n);
        page.repairs["ocr-image-word"] += n;
        std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        std::vector<Word> merged;
        merged.reserve(in.words.size() + static_cast<std::size_t>(n));
        auto next = found.begin();
        for (std::size_t k = 0; k <= in.words.size(); ++k) {
            for (; next != found.end() && next->first == k; ++next)
                for (auto& word : next->second) merged.push_back(std::move(word));
            if (k < in.words.size()) merged.push_back(std::move(in.words[k]));
        }
        in.words = std::move(merged);
    } else {
        page.verdict = PageVerdict::Text;
    }
}

std::string worded_text(const std::vector<Word>& words) {
    std::vector<Word> worded;
    std::copy_if(words.begin(), words.end(), std::back_inserter(worded),
                 [](const Word& w) { return has_letter(std::string_view(w.text)); });
    return words_text(worded);
}

}  // namespace pdf2tei::ocr
