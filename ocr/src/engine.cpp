// OcrEngine and detect_script, forwarded to the Tesseract module, which is
// loaded here on first use (see engine_backend.hpp).
#include "pdf2tei/ocr/engine.hpp"

#include <dlfcn.h>

#include <cstdlib>
#include <filesystem>
#include <mutex>

#include "engine_backend.hpp"
#include "pdf2tei/error.hpp"

namespace pdf2tei::ocr {
namespace {

namespace fs = std::filesystem;

// Where the module is: $PDF2TEI_OCR_MODULE; else installed beside the
// binary (PREFIX/bin/pdf2tei -> PREFIX/lib/pdf2tei/); else in the build tree.
std::vector<std::string> module_candidates() {
    std::vector<std::string> paths;
    if (const char* env = std::getenv("PDF2TEI_OCR_MODULE"); env && *env) return {env};
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) paths.push_back((exe.parent_path() / ".." / PDF2TEI_OCR_MODULE_INSTALL_RELATIVE).lexically_normal().string());
    paths.push_back(PDF2TEI_OCR_MODULE_BUILD);
    return paths;
}

const OcrModule& module() {
    static std::once_flag once;
    static const OcrModule* loaded = nullptr;
    static std::string failure;
    std::call_once(once, [] {
        for (const auto& path : module_candidates()) {
            if (!fs::exists(path)) {
                failure += (failure.empty() ? "" : "; ") + path + ": not found";
                continue;
            }
            // Never closed: the engines made from it live until exit.
            void* handle = ::dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
            if (!handle) {
                failure += (failure.empty() ? "" : "; ") + std::string(::dlerror());
                continue;
            }
            auto entry = reinterpret_cast<const OcrModule* (*)()>(::dlsym(handle, "pdf2tei_ocr_module_v6"));
            if (entry && (loaded = entry())) return;
            failure += (failure.empty() ? "" : "; ") + path + ": no pdf2tei_ocr_module_v6";
        }
    });
    if (!loaded) throw Error(ErrorCode::Internal, Stage::Ocr, "", 0, "cannot load the OCR module: " + failure);
    return *loaded;
}

}  // namespace

OcrEngine::OcrEngine(const std::string& languages, Binarization binarization)
    : languages_(languages), impl_(module().make_engine(languages, binarization)) {}

OcrEngine::~OcrEngine() = default;

const std::string& OcrEngine::languages() const { return languages_; }

OcrResult OcrEngine::recognize(const GrayImage& page, int deadline_ms, bool straight) {
    return impl_->recognize(page, deadline_ms, straight);
}

OcrResult OcrEngine::recognize_region(const GrayImage& page, const Box& region, int deadline_ms) {
    return impl_->recognize_region(page, region, deadline_ms);
}

OcrResult OcrEngine::recognize_line(const GrayImage& page, const Box& region, int deadline_ms) {
    return impl_->recognize_line(page, region, deadline_ms);
}

std::vector<OcrResult> OcrEngine::recognize_straight_lines(const GrayImage& page, double skew_degrees,
                                                            const std::vector<Box>& regions, int deadline_ms,
                                                            double slant) {
    return impl_->recognize_straight_lines(page, skew_degrees, regions, deadline_ms, slant);
}

OcrResult OcrEngine::sample(const GrayImage& page, double band, bool may_turn) {
    return impl_->sample(page, band, may_turn);
}

std::string detect_script(const GrayImage& page) { return module().detect_script(page); }

}  // namespace pdf2tei::ocr
