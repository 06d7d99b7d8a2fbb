// The point maps of engine.hpp: pure geometry, compiled into both the
// library and the Tesseract module (tesseract_module.cpp uses them).
#include <cmath>

#include "pdf2tei/ocr/engine.hpp"

namespace pdf2tei::ocr {

void unturn_point(int quarters, int width, int height, double& x, double& y) {
    // T0 is the width x height image, Tk the image after k clockwise quarter
    // turns. A turn maps (px, py) of T(k-1) to (h - 1 - py, px) of Tk, where
    // h is the height of T(k-1): height when k - 1 is even, width when odd.
    // Undo the turns from the last.
    quarters = ((quarters % 4) + 4) % 4;
    for (int k = quarters; k >= 1; --k) {
        const int h = (k - 1) % 2 == 0 ? height : width;
        const double px = y, py = h - 1 - x;
        x = px;
        y = py;
    }
}

void unrotate_point(double degrees, double cx, double cy, double& x, double& y) {
    const double a = degrees * M_PI / 180.0;
    const double dx = x - cx, dy = y - cy;
    x = cx + dx * std::cos(a) + dy * std::sin(a);
    y = cy - dx * std::sin(a) + dy * std::cos(a);
}

}  // namespace pdf2tei::ocr
