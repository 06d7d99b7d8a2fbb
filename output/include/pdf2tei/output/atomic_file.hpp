#pragma once
// Writing output so that nothing partial is ever left behind: the bytes go to
// a temporary file in the target's directory, which is renamed over the
// target only once complete and flushed. "-" writes to standard output.
// A target that is not a regular file (/dev/null, a FIFO) is written
// directly, since renaming over it would replace the device; a symbolic link
// is followed, so the link stays and the file it names is replaced.
#include <string>
#include <string_view>

namespace pdf2tei::output {

// Throws Error(Io) on failure, after removing the temporary file.
void write_atomically(const std::string& path, std::string_view bytes);

}  // namespace pdf2tei::output
