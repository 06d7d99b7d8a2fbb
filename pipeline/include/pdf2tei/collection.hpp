#pragma once
// Collections: what to convert when the input is a tree or a manifest, where
// each TEI goes (a mirror of the input's relative paths), which share of
// it a cluster task takes, and which documents a re-run can skip.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "pdf2tei/pipeline.hpp"

namespace pdf2tei {

// The jobs for `inputs` (files, directories walked for *.pdf in name order,
// or "-") and the lines of `manifest` (empty: none), written under
// `output_dir`. A file's key is its path relative to the directory it was
// found under (its own name when given as a file); its TEI is
// output_dir/KEY with ".pdf" replaced by ".tei.xml". A manifest line is a
// path (relative to the working directory), or a JSON object
// {"input": PATH, "output": NAME} naming the output under output_dir.
// Throws Error(Usage) for an input that does not exist, a manifest that
// cannot be read or parsed, or two inputs that would write one file.
std::vector<FileJob> collect_jobs(const std::vector<std::string>& inputs, const std::string& manifest,
                                  const std::string& output_dir);

// One of N disjoint shares of a collection, for N independent tasks.
struct Shard {
    int index = 0;  // 0-based
    int count = 1;
};

// "K/N", or "N" with K from SLURM_ARRAY_TASK_ID or JOB_COMPLETION_INDEX
// (Kubernetes Indexed Jobs). Throws Error(Usage) when malformed, K >= N,
// or K is needed and neither variable is set.
Shard parse_shard(const std::string& spec);

// Whether the job with `key` belongs to `shard`: by a hash of the key
// (FNV-1a, 64 bits), so the same collection splits the same way on every
// machine, and N tasks cover it exactly once.
bool in_shard(const std::string& key, const Shard& shard);

// The input SHA-256 and pdf2tei version a TEI file records in its header,
// read from its first KiBs; nullopt when the file is missing or has none.
struct TeiProvenance {
    std::string sha256;
    std::string version;
};
std::optional<TeiProvenance> read_provenance(const std::string& tei_path);

}  // namespace pdf2tei
