#include "model/job_file.h"

#include <array>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <system_error>

#include "model/duration.h"
#include "model/job_json_reader.h"
#include "model/json_text_parser.h"

namespace sw::model {

namespace {

using OrderedJson = nlohmann::ordered_json;

OrderedJson settingsJson(const JobSettings& s) {
    OrderedJson settings;
    settings["checkpoint"] = {{"interval", formatDuration(s.checkpointInterval)},
                              {"timeout", formatDuration(s.checkpointTimeout)},
                              {"tolerableFailures", s.tolerableFailedCheckpoints},
                              {"mode", toString(s.checkpointMode)}};
    settings["miniBatch"] = {{"enabled", s.miniBatchEnabled},
                             {"latency", formatDuration(s.miniBatchLatency)},
                             {"size", s.miniBatchSize}};
    settings["stateTtl"] = formatDuration(s.stateTtl);
    settings["objectReuse"] = s.objectReuse;
    settings["parallelism"] = s.parallelism;
    settings["networkMemory"] = {{"fraction", s.networkMemoryFraction},
                                 {"min", s.networkMemoryMin},
                                 {"max", s.networkMemoryMax}};
    if (!s.extra.empty()) settings["extra"] = s.extra;
    return settings;
}

OrderedJson schemaJson(const Schema& schema) {
    OrderedJson out;
    OrderedJson columns = OrderedJson::array();
    for (const Column& column : schema.columns) {
        OrderedJson item{{"name", column.name}, {"type", column.type.toSql()}};
        if (!column.comment.empty()) item["comment"] = column.comment;
        columns.push_back(std::move(item));
    }
    out["columns"] = std::move(columns);
    if (!schema.primaryKey.empty()) out["primaryKey"] = schema.primaryKey;
    if (schema.watermark)
        out["watermark"] = {{"column", schema.watermark->column}, {"delay", formatDuration(schema.watermark->delay)}};
    if (!schema.procTimeColumn.empty()) out["procTime"] = schema.procTimeColumn;
    return out;
}

OrderedJson nodeJson(const Node& node) {
    OrderedJson out{{"id", node.id}, {"kind", node.kind}, {"name", node.name}};
    out["position"] = {{"x", node.position.x}, {"y", node.position.y}};
    if (!node.options.empty()) out["options"] = node.options;  // std::map: sorted keys
    if (!node.schema.columns.empty() || !node.schema.procTimeColumn.empty()) out["schema"] = schemaJson(node.schema);
    if (!node.outputs.empty()) {
        OrderedJson outputs = OrderedJson::array();
        for (const NamedExpression& output : node.outputs)
            outputs.push_back({{"name", output.name}, {"expression", output.expression}});
        out["outputs"] = std::move(outputs);
    }
    if (!node.groupBy.empty()) out["groupBy"] = node.groupBy;
    if (!node.joinKeys.empty()) {
        OrderedJson keys = OrderedJson::array();
        for (const JoinKey& key : node.joinKeys) keys.push_back({{"probe", key.probeColumn}, {"dim", key.dimColumn}});
        out["joinKeys"] = std::move(keys);
    }
    return out;
}

// "line L, column C" of a byte offset, for parse errors a user can find in an editor.
std::string lineColumn(std::string_view text, std::size_t offset) {
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') ++line, column = 1;
        else ++column;
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

}  // namespace

Result<JobGraph> parseJob(std::string_view json) {
    nlohmann::json document;
    if (const auto problem = parseJsonText(json, document))
        return Error{"malformed JSON: " + problem->message, lineColumn(json, problem->offset)};
    return JobJsonReader().read(document);
}

std::string serializeJob(const JobGraph& job) {
    OrderedJson out{{"format", "streamwright-job"}, {"version", kJobFormatVersion}, {"name", job.name}};
    if (!job.description.empty()) out["description"] = job.description;
    out["settings"] = settingsJson(job.settings);
    OrderedJson nodes = OrderedJson::array();
    for (const Node& node : job.nodes) nodes.push_back(nodeJson(node));
    out["nodes"] = std::move(nodes);
    OrderedJson edges = OrderedJson::array();
    for (const Edge& edge : job.edges)
        edges.push_back({{"from", edge.fromNode}, {"fromPort", edge.fromPort}, {"to", edge.toNode}, {"toPort", edge.toPort}});
    out["edges"] = std::move(edges);
    return out.dump(2) + "\n";
}

Result<JobGraph> loadJobFile(const std::filesystem::path& path) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) return Error{"is a directory, not a job file", path.string()};
    std::ifstream in(path, std::ios::binary);
    if (!in) return Error{"cannot open job file: " + std::error_code(errno, std::generic_category()).message(), path.string()};
    // Read in chunks up to the limit: /dev/zero or a pipe that never ends must not fill memory.
    std::string text;
    std::array<char, 64 * 1024> chunk;
    while (in.read(chunk.data(), chunk.size()) || in.gcount() > 0) {
        text.append(chunk.data(), static_cast<std::size_t>(in.gcount()));
        if (text.size() > kMaxJobFileBytes)
            return Error{"larger than " + std::to_string(kMaxJobFileBytes / (1024 * 1024)) +
                             " MiB, the limit for a job file",
                         path.string()};
    }
    if (in.bad()) return Error{"cannot read job file", path.string()};
    auto job = parseJob(text);
    if (!job) return Error{job.error().message, path.string() + ": " + job.error().location};
    return job;
}

Status saveJobFile(const JobGraph& job, const std::filesystem::path& path) {
    // Write a sibling temp file and rename it over the target: a crash never leaves half a job.
    const std::filesystem::path temp = path.string() + ".tmp";
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        if (!out) return Error{"cannot write: " + std::error_code(errno, std::generic_category()).message(), temp.string()};
        out << serializeJob(job);
        out.flush();
        if (!out) return Error{"write failed: " + std::error_code(errno, std::generic_category()).message(), temp.string()};
    }
    std::error_code ec;
    std::filesystem::rename(temp, path, ec);
    if (ec) return Error{"cannot replace file: " + ec.message(), path.string()};
    return Ok{};
}

}  // namespace sw::model
