#pragma once
// A rendered page: 8-bit grey, one byte per pixel, rows top to bottom with
// no padding. A value type: it owns its pixels.
#include <cstdint>
#include <vector>

namespace pdf2tei {

struct GrayImage {
    int width = 0, height = 0;
    int dpi = 0;  // pixels per inch of the rendering
    std::vector<std::uint8_t> pixels;  // width * height bytes

    bool empty() const { return width <= 0 || height <= 0; }
};

}  // namespace pdf2tei
