#pragma once
// Order statistics for layout rules, which measure lines and pages by
// their typical values rather than their extremes.
#include <algorithm>
#include <vector>

namespace pdf2tei {

// The value at `share` (0..1) of the sorted values: 0.5 is the (upper)
// median. 0 for no values. Takes a copy: nth_element reorders it.
inline double quantile(std::vector<double> v, double share) {
    if (v.empty()) return 0;
    const auto at = std::min(v.size() - 1, static_cast<std::size_t>(static_cast<double>(v.size()) * share));
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(at), v.end());
    return v[at];
}

inline double median(std::vector<double> v) { return quantile(std::move(v), 0.5); }

}  // namespace pdf2tei
