#pragma once
// Job file I/O: JSON, versioned, stable key order (see docs/job-format.md).

#include <filesystem>
#include <string>
#include <string_view>

#include "model/job_graph.h"
#include "util/result.h"

namespace sw::model {

inline constexpr int kJobFormatVersion = 1;
// Job files are kilobytes; the cap keeps a mistaken path (/dev/zero, a log) from filling memory.
inline constexpr std::size_t kMaxJobFileBytes = 16 * 1024 * 1024;

// Parses a job document; errors carry the JSON path ("nodes[2].schema.columns[0].type").
Result<JobGraph> parseJob(std::string_view json);
// Serialises with a fixed key order and two-space indentation, ending in a newline.
std::string serializeJob(const JobGraph& job);

// Refuses directories and files over kMaxJobFileBytes; error locations start with the file name.
Result<JobGraph> loadJobFile(const std::filesystem::path& path);
Status saveJobFile(const JobGraph& job, const std::filesystem::path& path);  // see writeTextFile

}  // namespace sw::model
