#pragma once
// Axis-aligned boxes in PDF points, origin at the top-left of the page
// (the convention poppler's text output uses), y growing downwards.
#include <algorithm>

namespace pdf2tei {

struct Box {
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;

    double width() const { return x1 - x0; }
    double height() const { return y1 - y0; }
    double center_x() const { return (x0 + x1) / 2; }
    double center_y() const { return (y0 + y1) / 2; }
    bool empty() const { return x1 <= x0 || y1 <= y0; }

    // Smallest box holding both; an empty box is the identity.
    Box united(const Box& o) const {
        if (empty()) return o;
        if (o.empty()) return *this;
        return {std::min(x0, o.x0), std::min(y0, o.y0), std::max(x1, o.x1), std::max(y1, o.y1)};
    }
    // Length of the vertical overlap with another box (0 when disjoint).
    double vertical_overlap(const Box& o) const {
        return std::max(0.0, std::min(y1, o.y1) - std::max(y0, o.y0));
    }
    // Length of the horizontal overlap with another box (0 when disjoint).
    double horizontal_overlap(const Box& o) const {
        return std::max(0.0, std::min(x1, o.x1) - std::max(x0, o.x0));
    }
    // The box seen in a mirror standing at x = width / 2: right-to-left
    // pages are laid out mirrored, so that their lines start at x0.
    Box mirrored(double width) const { return {width - x1, y0, width - x0, y1}; }
    bool operator==(const Box&) const = default;
};

}  // namespace pdf2tei
