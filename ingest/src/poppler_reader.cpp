// Reads documents and pages with poppler-cpp, Poppler's public C++ API.
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include <climits>
#include <mutex>

#include "pdf2tei/error.hpp"
#include "pdf2tei/ingest/reader.hpp"
#include "content_pass.hpp"

namespace pdf2tei::ingest {
namespace {

thread_local WarningSink* t_sink = nullptr;

// poppler-cpp hands us "error (offset): message" lines; strip the prefix
// that says nothing to a reader of our warnings.
void on_poppler_message(const std::string& msg, void*) {
    if (!t_sink) return;  // a thread we did not set up: nothing to attach it to
    std::string text = msg;
    if (text.rfind("error: ", 0) == 0) text.erase(0, 7);
    t_sink->add(warning_code::kPdfDamage, "poppler: " + text);
}

std::string to_utf8(const poppler::ustring& s) {
    auto bytes = s.to_utf8();
    return std::string(bytes.begin(), bytes.end());
}

std::unique_ptr<poppler::document> open_document(const PdfSource& src, const std::string& password) {
    if (src.size() > static_cast<std::size_t>(INT_MAX))
        throw Error(ErrorCode::TooLarge, Stage::Ingest, src.name(), 0, "input is larger than poppler accepts");
    std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(
        src.data(), static_cast<int>(src.size()), password, password));
    if (!doc) throw Error(ErrorCode::Damaged, Stage::Ingest, src.name(), 0, "damaged PDF: poppler cannot read it");
    if (doc->is_locked())
        throw Error(ErrorCode::Encrypted, Stage::Ingest, src.name(), 0,
                    password.empty() ? "encrypted PDF: a password is needed (--password)"
                                     : "encrypted PDF: the password is wrong");
    return doc;
}

std::optional<std::time_t> info_date(const poppler::document& doc, const char* key) {
    const std::time_t t = doc.info_date_t(key);
    if (t == static_cast<std::time_t>(-1)) return std::nullopt;
    return t;
}

int degrees(poppler::page::orientation_enum o) {
    switch (o) {
        case poppler::page::landscape: return 90;
        case poppler::page::upside_down: return 180;
        case poppler::page::seascape: return 270;
        default: return 0;
    }
}

}  // namespace

void install_poppler_message_handler() {
    static std::once_flag once;
    std::call_once(once, [] { poppler::set_debug_error_function(on_poppler_message, nullptr); });
}

MessageCapture::MessageCapture(WarningSink& sink) : previous_(t_sink) { t_sink = &sink; }
MessageCapture::~MessageCapture() { t_sink = previous_; }

// poppler-cpp gives the page's geometry and label; the content pass (private
// API, see content_pass.hpp) gives its words and text-layer stats.
struct PageReader::Impl {
    std::unique_ptr<poppler::document> doc;
    std::unique_ptr<ContentPass> content;  // declared after doc: destroyed first
};

PageReader::PageReader(const PdfSource& src, const ReadOptions& opts) : src_(src), impl_(std::make_unique<Impl>()) {
    impl_->doc = open_document(src, opts.password);
    impl_->content = ContentPass::open(src.data(), src.size(), opts.password);
    if (!impl_->content)
        throw Error(ErrorCode::Damaged, Stage::Ingest, src.name(), 0, "damaged PDF: poppler cannot read it");
}

PageReader::~PageReader() = default;

DocumentInfo PageReader::document_info() const {
    const PdfSource& src = src_;
    const poppler::document* doc = impl_->doc.get();
    DocumentInfo info;
    info.file_name = src.name();
    info.file_size = src.size();
    doc->get_pdf_version(&info.pdf_major, &info.pdf_minor);
    info.page_count = doc->pages();
    info.encrypted = doc->is_encrypted();
    info.title = to_utf8(doc->info_key("Title"));
    info.author = to_utf8(doc->info_key("Author"));
    info.subject = to_utf8(doc->info_key("Subject"));
    info.keywords = to_utf8(doc->info_key("Keywords"));
    info.creator = to_utf8(doc->info_key("Creator"));
    info.producer = to_utf8(doc->info_key("Producer"));
    info.created = info_date(*doc, "CreationDate");
    info.modified = info_date(*doc, "ModDate");
    return info;
}

int PageReader::page_count() const { return impl_->doc->pages(); }

IngestedPage PageReader::read(int index) {
    IngestedPage out;
    Page& page = out.page;
    page.number = index + 1;
    WarningSink sink(Stage::Ingest, page.number);
    {
        MessageCapture capture(sink);
        std::unique_ptr<poppler::page> p(impl_->doc->create_page(index));
        if (!p) {
            sink.add(warning_code::kPageUnreadable, "page cannot be read; left empty");
        } else {
            page.label = to_utf8(p->label());
            page.rotation = degrees(p->orientation());
            const poppler::rectf r = p->page_rect(poppler::crop_box);
            const bool sideways = page.rotation == 90 || page.rotation == 270;
            page.width = sideways ? r.height() : r.width();
            page.height = sideways ? r.width() : r.height();
            PageContent content = impl_->content->read(index);
            out.words = std::move(content.words);
            out.drawings = std::move(content.drawings);
            out.images = std::move(content.images);
            page.text_layer = content.stats;
        }
    }
    page.warnings = sink.take();
    return out;
}

GrayImage PageReader::render(int index, int dpi) {
    GrayImage out;
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
