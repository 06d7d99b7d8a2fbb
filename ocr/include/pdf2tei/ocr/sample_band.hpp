#pragma once
// The band of a page read to tell its language (OcrEngine::sample): a
// share of the page's height across its middle, its edges moved into the
// gaps between lines. Cut at a fixed height, the band's edges cut its top
// and bottom lines in half, which read as letter soup ("LSCOMOCIMLEMES
// Cle SU SELSO—- garecho a wa cecueso"): on a two-column Spanish page in
// a monospaced font, the soup outweighed the Spanish and the page was read
// as English, every accent lost (dev seed 21 es-21-003.glyph-ids: word
// recall 0.81).
#include <utility>

#include "pdf2tei/image.hpp"

namespace pdf2tei::ocr {

// Each edge moves at most this share of the page's height, about a line's
// pitch at any size of body text (2% of an A4 page is 17 pt).
inline constexpr double kSampleEdgeReach = 0.02;
// A pixel darker than this is ink.
inline constexpr int kSampleInkLevel = 128;

// The band's first row and the row after its last: each edge at the row
// of least ink within kSampleEdgeReach of where `share` puts it (the
// nearest such row when several tie), or where it falls on an empty page.
std::pair<int, int> sample_band_rows(const GrayImage& page, double share);

}  // namespace pdf2tei::ocr
