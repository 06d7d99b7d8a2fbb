// Collections: inputs walked or listed, a mirrored output tree, shards and
// the provenance a re-run reads back (see collection.hpp).
#include "pdf2tei/collection.hpp"
#include "pdf2tei/hash.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>

#include "pdf2tei/error.hpp"

namespace pdf2tei {
namespace {

namespace fs = std::filesystem;

[[noreturn]] void usage(const std::string& message) { throw Error(ErrorCode::Usage, Stage::Input, "", 0, message); }

bool is_pdf_name(const fs::path& p) {
    std::string ext = p.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    return ext == ".pdf";
}

// "a/b.pdf" -> "a/b.tei.xml" (any case of ".pdf"; another name gets the suffix).
std::string tei_name(const std::string& key) {
    const fs::path p(key);
    return (is_pdf_name(p) ? p.parent_path() / p.stem() : p).string() + ".tei.xml";
}

// Every *.pdf under `dir`, as paths relative to it, in byte order (the
// same on every machine, whatever the directory's own order).
std::vector<std::string> walk(const fs::path& dir) {
    std::vector<std::string> found;
    std::error_code ec;
    for (fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
         !ec && it != end; it.increment(ec))
        if (it->is_regular_file(ec) && is_pdf_name(it->path()))
            found.push_back(fs::relative(it->path(), dir, ec).generic_string());
    if (ec) usage("cannot walk " + dir.string() + ": " + ec.message());
    std::sort(found.begin(), found.end());
    return found;
}

// A manifest's lines: paths, or {"input": ..., "output": ...} objects.
void read_manifest(const std::string& manifest, std::vector<FileJob>& jobs) {
    std::ifstream in(manifest);
    if (!in) usage("cannot read the manifest " + manifest);
    std::string line;
    int number = 0;
    while (std::getline(in, line)) {
        ++number;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.find_first_not_of(" \t") == std::string::npos) continue;
        if (line.front() == '{') {
            try {
                const auto j = nlohmann::json::parse(line);
                const std::string input = j.at("input").get<std::string>();
                const std::string key = j.contains("output") ? j.at("output").get<std::string>() : input;
                jobs.push_back({input, "", key});
            } catch (const nlohmann::json::exception& e) {
                usage(manifest + ":" + std::to_string(number) + ": not a manifest entry: " + e.what());
            }
        } else {
            jobs.push_back({line, "", line});
        }
    }
}

// A key that stays inside the output directory: relative, no "..".
std::string safe_key(const std::string& key) {
    const fs::path p = fs::path(key).lexically_normal();
    if (p.is_absolute() || p.empty() || *p.begin() == "..") return fs::path(key).filename().string();
    return p.generic_string();
}

}  // namespace

std::vector<FileJob> collect_jobs(const std::vector<std::string>& inputs, const std::string& manifest,
                                  const std::string& output_dir) {
    std::vector<FileJob> jobs;
    for (const auto& input : inputs) {
        if (input == "-") usage("'-' (standard input) cannot be part of a collection");
        std::error_code ec;
        if (fs::is_directory(input, ec)) {
            for (const auto& rel : walk(input)) jobs.push_back({(fs::path(input) / rel).string(), "", rel});
        } else if (fs::exists(input, ec)) {
            jobs.push_back({input, "", fs::path(input).filename().string()});
        } else {
            usage("no such file or directory: " + input);
        }
    }
    if (!manifest.empty()) read_manifest(manifest, jobs);
    std::map<std::string, std::string> written;  // output -> input
    for (auto& job : jobs) {
        job.key = safe_key(job.key);
        job.output = (fs::path(output_dir) / tei_name(job.key)).string();
        job.make_folder = true;
        const auto [it, fresh] = written.emplace(job.output, job.input);
        if (!fresh) usage(it->second + " and " + job.input + " would both write " + tei_name(job.key));
    }
    return jobs;
}

Shard parse_shard(const std::string& spec) {
    static const std::regex form(R"((\d{1,6})/(\d{1,6})|(\d{1,6}))");
    std::smatch m;
    if (!std::regex_match(spec, m, form)) usage("--shard takes K/N or N, not '" + spec + "'");
    Shard s;
    if (m[3].matched) {
        s.count = std::stoi(m[3].str());
        const char* index = std::getenv("SLURM_ARRAY_TASK_ID");
        if (!index) index = std::getenv("JOB_COMPLETION_INDEX");
        if (!index) usage("--shard " + spec + ": no K, and neither SLURM_ARRAY_TASK_ID nor JOB_COMPLETION_INDEX is set");
        const std::string k(index);
        if (k.empty() || k.size() > 6 || !std::all_of(k.begin(), k.end(), ::isdigit))
            usage("--shard: the task index '" + k + "' is not a number");
        s.index = std::stoi(k);
    } else {
        s.index = std::stoi(m[1].str());
        s.count = std::stoi(m[2].str());
    }
    if (s.count < 1 || s.index >= s.count)
        usage("--shard: task " + std::to_string(s.index) + " of " + std::to_string(s.count) + " does not exist");
    return s;
}

bool in_shard(const std::string& key, const Shard& shard) {
    return static_cast<int>(fnv1a(key) % static_cast<std::uint64_t>(shard.count)) == shard.index;
}

std::optional<TeiProvenance> read_provenance(const std::string& tei_path) {
    // The hash is in publicationStmt, the version in encodingDesc, after at
    // most the header's metadata and 100 warning notes.
    constexpr std::size_t kHeaderBytes = 64 * 1024;
    std::ifstream in(tei_path, std::ios::binary);
    if (!in) return std::nullopt;
    std::string head(kHeaderBytes, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    const auto value_after = [&](const std::string& start, char end) -> std::optional<std::string> {
        const auto at = head.find(start);
        if (at == std::string::npos) return std::nullopt;
        const auto from = at + start.size();
        const auto to = head.find(end, from);
        if (to == std::string::npos) return std::nullopt;
        return head.substr(from, to - from);
    };
    const auto sha = value_after("<idno type=\"sha256\">", '<');
    const auto version = value_after("<application ident=\"pdf2tei\" version=\"", '"');
    if (!sha || !version || sha->size() != 64) return std::nullopt;
    return TeiProvenance{*sha, *version};
}

}  // namespace pdf2tei
