#pragma once
// Where test inputs live; set by tests/CMakeLists.txt.
#include <string>

namespace pdf2tei::testing {
inline std::string test_data(const std::string& name) { return std::string(PDF2TEI_TEST_DATA_DIR) + "/" + name; }
inline std::string generated(const std::string& name) {
    return std::string(PDF2TEI_TEST_DATA_DIR) + "/../corpus/generated/" + name;
}
inline std::string random_ci(const std::string& name) {
    return std::string(PDF2TEI_TEST_DATA_DIR) + "/../corpus/random-ci/" + name;
}
inline std::string shared_corpus(const std::string& rel) { return std::string(PDF2TEI_SHARED_CORPUS) + "/" + rel; }
}  // namespace pdf2tei::testing
