// Reads documents and pages through the content pass (Poppler's private API),
// and renders pages with poppler-cpp, Poppler's public C++ API.
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include <climits>

#include "pdf2tei/error.hpp"
#include "pdf2tei/ingest/reader.hpp"
#include "content_pass.hpp"

namespace pdf2tei::ingest {
namespace {

thread_local WarningSink* t_sink = nullptr;

// poppler-cpp's document, for rendering; nullptr if it will not open.
// (The constructor has checked the size against poppler's int.)
std::unique_ptr<poppler::document> open_for_rendering(const PdfSource& src, const std::string& password) {
    std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(
        src.data(), static_cast<int>(src.size()), password, password));
    if (doc && doc->is_locked()) doc.reset();
    return doc;
}

}  // namespace

MessageCapture::MessageCapture(WarningSink& sink) : previous_(t_sink) { t_sink = &sink; }
MessageCapture::~MessageCapture() { t_sink = previous_; }

void route_poppler_message(const std::string& message) {
    if (!t_sink) return;  // a thread we did not set up: nothing to attach it to
    t_sink->add(warning_code::kPdfDamage, "poppler: " + message);
}

// The content pass (private API, see content_pass.hpp) reads the document,
// its pages' frames and words. poppler-cpp only renders, for the OCR: its
// document is opened the first time a page is rendered, so a born-digital
// run parses each PDF once per worker, not twice.
struct PageReader::Impl {
    std::string password;
    std::unique_ptr<poppler::document> doc;  // for rendering; opened on first use
    std::unique_ptr<ContentPass> content;    // declared after doc: destroyed first
};

PageReader::PageReader(const PdfSource& src, const ReadOptions& opts) : src_(src), impl_(std::make_unique<Impl>()) {
    if (src.size() > static_cast<std::size_t>(INT_MAX))
        throw Error(ErrorCode::TooLarge, Stage::Ingest, src.name(), 0, "input is larger than poppler accepts");
    impl_->password = opts.password;
    ContentPass::Opened why = ContentPass::Opened::Damaged;
    impl_->content = ContentPass::open(src.data(), src.size(), opts.password, why);
    if (why == ContentPass::Opened::Locked)
        throw Error(ErrorCode::Encrypted, Stage::Ingest, src.name(), 0,
                    opts.password.empty() ? "encrypted PDF: a password is needed (--password)"
                                          : "encrypted PDF: the password is wrong");
    if (!impl_->content)
        throw Error(ErrorCode::Damaged, Stage::Ingest, src.name(), 0, "damaged PDF: poppler cannot read it");
}

PageReader::~PageReader() = default;

DocumentInfo PageReader::document_info() const {
    DocumentInfo info = impl_->content->document_info();
    info.file_name = src_.name();
    info.file_size = src_.size();
    return info;
}

int PageReader::page_count() const { return impl_->content->page_count(); }

IngestedPage PageReader::read(int index) {
    IngestedPage out;
    Page& page = out.page;
    page.number = index + 1;
    WarningSink sink(Stage::Ingest, page.number);
    {
        MessageCapture capture(sink);
        const std::optional<PageFrame> frame = impl_->content->frame(index);
        if (!frame) {
            sink.add(warning_code::kPageUnreadable, "page cannot be read; left empty");
        } else {
            page.label = frame->label;
            page.rotation = frame->rotation;
            const bool sideways = page.rotation == 90 || page.rotation == 270;
            page.width = sideways ? frame->crop_height : frame->crop_width;
            page.height = sideways ? frame->crop_width : frame->crop_height;
            PageContent content = impl_->content->read(index);
            out.words = std::move(content.words);
            out.drawings = std::move(content.drawings);
            out.drawn_spaces = std::move(content.drawn_spaces);
            out.images = std::move(content.images);
            page.text_layer = content.stats;
        }
    }
    page.warnings = sink.take();
    return out;
}

GrayImage PageReader::render(int index, int dpi) {
    GrayImage out;
    if (!impl_->doc) {
        WarningSink ignored(Stage::Ingest, 0);  // the content pass's open reported these
        MessageCapture capture(ignored);
        impl_->doc = open_for_rendering(src_, impl_->password);
        if (!impl_->doc) return out;
    }
    std::unique_ptr<poppler::page> p(impl_->doc->create_page(index));
    if (!p) return out;
    poppler::page_renderer renderer;
    renderer.set_image_format(poppler::image::format_gray8);
    renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
    renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
    const poppler::image img = renderer.render_page(p.get(), dpi, dpi);
    if (!img.is_valid() || img.format() != poppler::image::format_gray8) return out;
    out.width = img.width();
    out.height = img.height();
    out.dpi = dpi;
    out.pixels.resize(static_cast<std::size_t>(out.width) * static_cast<std::size_t>(out.height));
    const char* data = img.const_data();
    for (int y = 0; y < out.height; ++y)
        std::copy_n(reinterpret_cast<const std::uint8_t*>(data) + static_cast<std::size_t>(y) * img.bytes_per_row(),
                    out.width, out.pixels.begin() + static_cast<std::ptrdiff_t>(y) * out.width);
    return out;
}

}  // namespace pdf2tei::ingest
