#include "pdf2tei/output/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <vector>

#include "pdf2tei/error.hpp"

namespace pdf2tei::output {
namespace {

[[noreturn]] void fail(const std::string& path, const std::string& what) {
    throw Error(ErrorCode::Io, Stage::Output, path, 0, what + ": " + std::strerror(errno));
}

bool write_all(int fd, std::string_view bytes) {
    while (!bytes.empty()) {
        const ssize_t n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

// Closes the descriptor and removes the temporary file unless released.
class TempFile {
public:
    explicit TempFile(std::string tmpl) : path_(tmpl.begin(), tmpl.end()) {
        path_.push_back('\0');
        fd_ = ::mkstemp(path_.data());
    }
    ~TempFile() {
        if (fd_ >= 0) ::close(fd_);
        if (!released_) ::unlink(path_.data());
    }
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;

    int fd() const { return fd_; }
    const char* path() const { return path_.data(); }
    bool close() {
        const int fd = fd_;
        fd_ = -1;
        return ::close(fd) == 0;
    }
    void release() { released_ = true; }

private:
    std::vector<char> path_;
    int fd_ = -1;
    bool released_ = false;
};

void write_directly(const std::string& path, std::string_view bytes) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC);
    if (fd < 0) fail(path, "cannot open the output");
    const bool ok = write_all(fd, bytes);
    if (::close(fd) != 0 || !ok) fail(path, "cannot write the output");
}

}  // namespace

void write_atomically(const std::string& path, std::string_view bytes) {
    if (path == "-") {
        if (!write_all(STDOUT_FILENO, bytes)) fail("-", "cannot write to standard output");
        return;
    }
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);  // follows links
    if (!ec && std::filesystem::exists(status) && !std::filesystem::is_regular_file(status)) {
        if (std::filesystem::is_directory(status)) {
            errno = EISDIR;
            fail(path, "cannot write the output");
        }
        write_directly(path, bytes);
        return;
    }
    std::filesystem::path target(path);
    if (std::filesystem::is_symlink(target, ec)) target = std::filesystem::canonical(target, ec);
    const std::filesystem::path dir = target.has_parent_path() ? target.parent_path() : ".";
    TempFile tmp((dir / ("." + target.filename().string() + ".tmp-XXXXXX")).string());
    if (tmp.fd() < 0) fail(path, "cannot create a temporary file beside the output");
    // mkstemp makes the file 0600; give it the mode a new file would get.
    const mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(tmp.fd(), 0666 & ~mask);
    if (!write_all(tmp.fd(), bytes) || ::fsync(tmp.fd()) != 0) fail(path, "cannot write the output");
    if (!tmp.close()) fail(path, "cannot write the output");
    if (::rename(tmp.path(), target.c_str()) != 0) fail(path, "cannot rename the output into place");
    tmp.release();
}

}  // namespace pdf2tei::output
