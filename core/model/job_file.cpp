#include "model/job_file.h"

#include <nlohmann/json.hpp>

#include "model/duration.h"
#include "model/job_json_reader.h"
#include "model/json_text_parser.h"
#include "model/text_file.h"

namespace sw::model {

namespace {

using OrderedJson = nlohmann::ordered_json;

OrderedJson settingsJson(const JobSettings& s) {
    OrderedJson settings;
    if (!s.engine.empty()) settings["engine"] = s.engine;
    if (!s.functions.empty()) {
        OrderedJson functions = OrderedJson::array();
        for (const UserFunction& f : s.functions) {
            OrderedJson arguments = OrderedJson::array();
            for (const FlinkType& type : f.arguments) arguments.push_back(type.toSql());
            functions.push_back({{"name", f.name}, {"class", f.className}, {"arguments", std::move(arguments)},
                                 {"returns", f.result.toSql()}});
        }
        settings["functions"] = std::move(functions);
    }
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
    auto text = readTextFile(path, "job file", kMaxJobFileBytes);
    if (!text) return text.error();
    auto job = parseJob(*text);
    if (!job) return Error{job.error().message, path.string() + ": " + job.error().location};
    return job;
}

Status saveJobFile(const JobGraph& job, const std::filesystem::path& path) {
    return writeTextFile(path, serializeJob(job));
}

}  // namespace sw::model
