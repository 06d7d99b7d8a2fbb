// jemalloc's settings for the pdf2tei command, compiled in; MALLOC_CONF in
// the environment still overrides them (jemalloc reads it after these).
//
// Freed pages stay with the process for reuse instead of going back to the
// kernel as they age. Tesseract allocates and frees a line's buffers line
// after line, and each page's images are freed before the next page's are
// made: given back, every reuse was a fresh page fault and a zeroed page.
// On a 3-page 300-dpi scan read with one thread, page faults fell from
// 128,000 to 32,000 and CPU time by a tenth (docs/benchmarks.md, session
// 39); peak memory is what the busiest moment needs, held to the end of
// the run instead of shrinking after it.
extern "C" {
// NOLINTNEXTLINE: the name and type are jemalloc's (its opt.* settings).
const char* malloc_conf = "dirty_decay_ms:-1,muzzy_decay_ms:-1";
}
