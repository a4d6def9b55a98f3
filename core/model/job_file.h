#pragma once
// Job file I/O: JSON, versioned, stable key order (see docs/job-format.md).

#include <filesystem>
#include <string>
#include <string_view>

#include "model/job_graph.h"
#include "util/result.h"

namespace sw::model {

inline constexpr int kJobFormatVersion = 1;

// Parses a job document; errors carry the JSON path ("nodes[2].schema.columns[0].type").
Result<JobGraph> parseJob(std::string_view json);
// Serialises with a fixed key order and two-space indentation, ending in a newline.
std::string serializeJob(const JobGraph& job);

Result<JobGraph> loadJobFile(const std::filesystem::path& path);  // error location starts with the file name
Status saveJobFile(const JobGraph& job, const std::filesystem::path& path);  // write then rename

}  // namespace sw::model
