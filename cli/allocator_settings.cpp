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
//
// Each thread's cache of small freed blocks is larger than jemalloc's
// default (200 slots a size, trimmed every 64 KiB allocated): Poppler's
// content pass frees an Object per operand and the passes free a page's
// words at once, and refilling and flushing the smaller cache was 4% of a
// born-digital run's instructions. Counted with callgrind on A/RES/79/243
// (--jobs 1): 2.3% fewer instructions, 2 MB more peak memory
// (docs/benchmarks.md, session 55).
extern "C" {
// NOLINTNEXTLINE: the name and type are jemalloc's (its opt.* settings).
const char* malloc_conf =
    "dirty_decay_ms:-1,muzzy_decay_ms:-1,"
    "tcache_nslots_small_max:4000,lg_tcache_nslots_mul:4,tcache_gc_incr_bytes:1048576";
}
