#pragma once
#include <string_view>

namespace pdf2tei {

// The pipeline's stages, named in errors and warnings.
enum class Stage { Input, Ingest, Ocr, Normalize, Structure, Output };

std::string_view to_string(Stage s);

}  // namespace pdf2tei
