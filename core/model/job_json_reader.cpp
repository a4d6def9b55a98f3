#include "model/job_json_reader.h"

#include "model/duration.h"
#include "model/job_file.h"

namespace sw::model {

namespace {

std::string child(const std::string& path, const std::string& key) {
    return path.empty() ? key : path + "." + key;
}

std::string element(const std::string& path, std::size_t index) {
    return path + "[" + std::to_string(index) + "]";
}

const char* typeName(const nlohmann::json& value) { return value.type_name(); }

// A found value as a message shows it: its start, so a big array does not fill the terminal.
std::string excerpt(const nlohmann::json& value) {
    constexpr std::size_t kShown = 40;
    std::string text = value.dump();
    if (text.size() > kShown) text = text.substr(0, kShown) + "... (" + typeName(value) + ")";
    return text;
}

}  // namespace

Result<JobGraph> JobJsonReader::read(const nlohmann::json& document) {
    JobGraph job;
    if (!expectObject(document, "", {"format", "version", "name", "description", "settings", "nodes", "edges"}))
        return error_;
    std::string format;
    if (!readString(document, "format", "", format, true)) return error_;
    if (format != "streamwright-job")
        return Error{"not a Streamwright job (format is '" + format + "')", "format"};
    int version = 0;
    if (!readNumber(document, "version", "", version)) return error_;
    if (version < 1 || version > kJobFormatVersion)
        return Error{"unsupported job format version " + std::to_string(version) + " (this build reads 1.." +
                         std::to_string(kJobFormatVersion) + ")",
                     "version"};
    if (!readString(document, "name", "", job.name, false) ||
        !readString(document, "description", "", job.description, false))
        return error_;
    if (document.contains("settings") && !readSettings(document["settings"], "settings", job.settings))
        return error_;

    if (document.contains("nodes")) {
        const auto& nodes = document["nodes"];
        if (!nodes.is_array()) return Error{"expected an array, found " + std::string(typeName(nodes)), "nodes"};
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            Node node;
            if (!readNode(nodes[i], element("nodes", i), node)) return error_;
            job.nodes.push_back(std::move(node));
        }
    }
    if (document.contains("edges")) {
        const auto& edges = document["edges"];
        if (!edges.is_array()) return Error{"expected an array, found " + std::string(typeName(edges)), "edges"};
        for (std::size_t i = 0; i < edges.size(); ++i) {
            Edge edge;
            if (!readEdge(edges[i], element("edges", i), edge)) return error_;
            job.edges.push_back(std::move(edge));
        }
    }
    return job;
}

bool JobJsonReader::readSettings(const nlohmann::json& value, const std::string& path, JobSettings& s) {
    if (!expectObject(value, path,
                      {"engine", "functions", "checkpoint", "miniBatch", "stateTtl", "objectReuse", "parallelism", "networkMemory",
                       "extra"}))
        return false;
    if (!readString(value, "engine", path, s.engine, false)) return false;
    if (value.contains("functions") && !readFunctions(value["functions"], child(path, "functions"), s.functions))
        return false;
    if (value.contains("checkpoint")) {
        const auto& cp = value["checkpoint"];
        const std::string cpPath = child(path, "checkpoint");
        if (!expectObject(cp, cpPath, {"interval", "timeout", "tolerableFailures", "mode"}) ||
            !readDuration(cp, "interval", cpPath, s.checkpointInterval) ||
            !readDuration(cp, "timeout", cpPath, s.checkpointTimeout) ||
            !readNumber(cp, "tolerableFailures", cpPath, s.tolerableFailedCheckpoints))
            return false;
        std::string mode = toString(s.checkpointMode);
        if (!readString(cp, "mode", cpPath, mode, false)) return false;
        if (mode == "EXACTLY_ONCE") s.checkpointMode = CheckpointMode::ExactlyOnce;
        else if (mode == "AT_LEAST_ONCE") s.checkpointMode = CheckpointMode::AtLeastOnce;
        else return fail(child(cpPath, "mode"), "expected EXACTLY_ONCE or AT_LEAST_ONCE, found '" + mode + "'");
    }
    if (value.contains("miniBatch")) {
        const auto& mb = value["miniBatch"];
        const std::string mbPath = child(path, "miniBatch");
        if (!expectObject(mb, mbPath, {"enabled", "latency", "size"}) ||
            !readBool(mb, "enabled", mbPath, s.miniBatchEnabled) ||
            !readDuration(mb, "latency", mbPath, s.miniBatchLatency) || !readNumber(mb, "size", mbPath, s.miniBatchSize))
            return false;
    }
    if (!readDuration(value, "stateTtl", path, s.stateTtl) || !readBool(value, "objectReuse", path, s.objectReuse) ||
        !readNumber(value, "parallelism", path, s.parallelism))
        return false;
    if (value.contains("networkMemory")) {
        const auto& nm = value["networkMemory"];
        const std::string nmPath = child(path, "networkMemory");
        if (!expectObject(nm, nmPath, {"fraction", "min", "max"}) ||
            !readNumber(nm, "fraction", nmPath, s.networkMemoryFraction) ||
            !readString(nm, "min", nmPath, s.networkMemoryMin, false) ||
            !readString(nm, "max", nmPath, s.networkMemoryMax, false))
            return false;
    }
    return readStringMap(value, "extra", path, s.extra);
}

bool JobJsonReader::readFunctions(const nlohmann::json& value, const std::string& path,
                                  std::vector<UserFunction>& functions) {
    if (!value.is_array()) return fail(path, "expected an array, found " + std::string(typeName(value)));
    for (std::size_t i = 0; i < value.size(); ++i) {
        const std::string itemPath = element(path, i);
        UserFunction function;
        std::string result;
        if (!expectObject(value[i], itemPath, {"name", "class", "arguments", "returns"}) ||
            !readString(value[i], "name", itemPath, function.name, true) ||
            !readString(value[i], "class", itemPath, function.className, true) ||
            !readString(value[i], "returns", itemPath, result, true) ||
            !readType(result, child(itemPath, "returns"), function.result))
            return false;
        if (value[i].contains("arguments")) {
            const auto& arguments = value[i]["arguments"];
            const std::string argumentsPath = child(itemPath, "arguments");
            if (!arguments.is_array()) return fail(argumentsPath, "expected an array of types, found " + excerpt(arguments));
            for (std::size_t a = 0; a < arguments.size(); ++a) {
                if (!arguments[a].is_string())
                    return fail(element(argumentsPath, a), "expected a type name, found " + excerpt(arguments[a]));
                FlinkType type;
                if (!readType(arguments[a].get<std::string>(), element(argumentsPath, a), type)) return false;
                function.arguments.push_back(std::move(type));
            }
        }
        functions.push_back(std::move(function));
    }
    return true;
}

bool JobJsonReader::readType(const std::string& text, const std::string& path, FlinkType& type) {
    auto parsed = FlinkType::parse(text);
    if (!parsed) return fail(path, parsed.error().message);
    type = std::move(parsed).value();
    return true;
}

bool JobJsonReader::readNode(const nlohmann::json& value, const std::string& path, Node& node) {
    if (!expectObject(value, path,
                      {"id", "kind", "name", "position", "options", "schema", "outputs", "groupBy", "joinKeys"}) ||
        !readString(value, "id", path, node.id, true) || !readString(value, "kind", path, node.kind, true) ||
        !readString(value, "name", path, node.name, true))
        return false;
    if (value.contains("position")) {
        const auto& pos = value["position"];
        const std::string posPath = child(path, "position");
        if (!expectObject(pos, posPath, {"x", "y"}) || !readNumber(pos, "x", posPath, node.position.x) ||
            !readNumber(pos, "y", posPath, node.position.y))
            return false;
    }
    if (!readStringMap(value, "options", path, node.options)) return false;
    if (value.contains("schema") && !readSchema(value["schema"], child(path, "schema"), node.schema)) return false;
    if (value.contains("outputs")) {
        const auto& outputs = value["outputs"];
        const std::string outPath = child(path, "outputs");
        if (!outputs.is_array()) return fail(outPath, "expected an array");
        for (std::size_t i = 0; i < outputs.size(); ++i) {
            NamedExpression output;
            const std::string itemPath = element(outPath, i);
            if (!expectObject(outputs[i], itemPath, {"name", "expression"}) ||
                !readString(outputs[i], "name", itemPath, output.name, true) ||
                !readString(outputs[i], "expression", itemPath, output.expression, true))
                return false;
            node.outputs.push_back(std::move(output));
        }
    }
    if (!readStringList(value, "groupBy", path, node.groupBy)) return false;
    if (value.contains("joinKeys")) {
        const auto& keys = value["joinKeys"];
        const std::string keysPath = child(path, "joinKeys");
        if (!keys.is_array()) return fail(keysPath, "expected an array");
        for (std::size_t i = 0; i < keys.size(); ++i) {
            JoinKey key;
            const std::string itemPath = element(keysPath, i);
            if (!expectObject(keys[i], itemPath, {"probe", "dim"}) ||
                !readString(keys[i], "probe", itemPath, key.probeColumn, true) ||
                !readString(keys[i], "dim", itemPath, key.dimColumn, true))
                return false;
            node.joinKeys.push_back(std::move(key));
        }
    }
    return true;
}

bool JobJsonReader::readSchema(const nlohmann::json& value, const std::string& path, Schema& schema) {
    if (!expectObject(value, path, {"columns", "primaryKey", "watermark", "procTime"})) return false;
    if (value.contains("columns")) {
        const auto& columns = value["columns"];
        const std::string colsPath = child(path, "columns");
        if (!columns.is_array()) return fail(colsPath, "expected an array");
        for (std::size_t i = 0; i < columns.size(); ++i) {
            Column column;
            std::string typeText;
            const std::string itemPath = element(colsPath, i);
            if (!expectObject(columns[i], itemPath, {"name", "type", "comment"}) ||
                !readString(columns[i], "name", itemPath, column.name, true) ||
                !readString(columns[i], "type", itemPath, typeText, true) ||
                !readString(columns[i], "comment", itemPath, column.comment, false))
                return false;
            if (!readType(typeText, child(itemPath, "type"), column.type)) return false;
            schema.columns.push_back(std::move(column));
        }
    }
    if (!readStringList(value, "primaryKey", path, schema.primaryKey)) return false;
    if (value.contains("watermark")) {
        const auto& wm = value["watermark"];
        const std::string wmPath = child(path, "watermark");
        Watermark watermark;
        if (!expectObject(wm, wmPath, {"column", "delay"}) ||
            !readString(wm, "column", wmPath, watermark.column, true) ||
            !readDuration(wm, "delay", wmPath, watermark.delay))
            return false;
        schema.watermark = watermark;
    }
    return readString(value, "procTime", path, schema.procTimeColumn, false);
}

bool JobJsonReader::readEdge(const nlohmann::json& value, const std::string& path, Edge& edge) {
    return expectObject(value, path, {"from", "fromPort", "to", "toPort"}) &&
           readString(value, "from", path, edge.fromNode, true) &&
           readString(value, "fromPort", path, edge.fromPort, true) &&
           readString(value, "to", path, edge.toNode, true) && readString(value, "toPort", path, edge.toPort, true);
}

bool JobJsonReader::expectObject(const nlohmann::json& value, const std::string& path,
                                 std::initializer_list<const char*> allowedKeys) {
    if (!value.is_object()) return fail(path, "expected an object, found " + std::string(typeName(value)));
    for (const auto& item : value.items()) {
        bool known = false;
        for (const char* key : allowedKeys) known = known || item.key() == key;
        if (!known) return fail(child(path, item.key()), "unknown key '" + item.key() + "'");
    }
    return true;
}

bool JobJsonReader::readString(const nlohmann::json& object, const char* key, const std::string& path,
                               std::string& out, bool required) {
    if (!object.contains(key)) return required ? fail(child(path, key), "missing required key") : true;
    const auto& value = object[key];
    if (!value.is_string()) return fail(child(path, key), "expected a string, found " + std::string(typeName(value)));
    out = value.get<std::string>();
    return true;
}

bool JobJsonReader::readDuration(const nlohmann::json& object, const char* key, const std::string& path,
                                 std::chrono::milliseconds& out) {
    std::string text;
    if (!object.contains(key)) return true;
    if (!readString(object, key, path, text, true)) return false;
    auto parsed = parseDuration(text);
    if (!parsed) return fail(child(path, key), parsed.error().message);
    out = *parsed;
    return true;
}

bool JobJsonReader::readBool(const nlohmann::json& object, const char* key, const std::string& path, bool& out) {
    if (!object.contains(key)) return true;
    const auto& value = object[key];
    if (!value.is_boolean()) return fail(child(path, key), "expected true or false, found " + std::string(typeName(value)));
    out = value.get<bool>();
    return true;
}

template <typename Number>
bool JobJsonReader::readNumber(const nlohmann::json& object, const char* key, const std::string& path, Number& out) {
    if (!object.contains(key)) return true;
    const auto& value = object[key];
    const bool fits = std::is_integral_v<Number> ? value.is_number_integer() : value.is_number();
    if (!fits)
        return fail(child(path, key), std::string("expected ") + (std::is_integral_v<Number> ? "an integer" : "a number") +
                                          ", found " + excerpt(value));
    out = value.get<Number>();
    return true;
}

bool JobJsonReader::readStringList(const nlohmann::json& object, const char* key, const std::string& path,
                                   std::vector<std::string>& out) {
    if (!object.contains(key)) return true;
    const auto& value = object[key];
    const std::string listPath = child(path, key);
    if (!value.is_array()) return fail(listPath, "expected an array of strings");
    for (std::size_t i = 0; i < value.size(); ++i) {
        if (!value[i].is_string()) return fail(element(listPath, i), "expected a string");
        out.push_back(value[i].get<std::string>());
    }
    return true;
}

bool JobJsonReader::readStringMap(const nlohmann::json& object, const char* key, const std::string& path,
                                  std::map<std::string, std::string>& out) {
    if (!object.contains(key)) return true;
    const auto& value = object[key];
    const std::string mapPath = child(path, key);
    if (!value.is_object()) return fail(mapPath, "expected an object of strings");
    for (const auto& item : value.items()) {
        if (!item.value().is_string())
            return fail(child(mapPath, item.key()), "expected a string value, found " + excerpt(item.value()));
        out[item.key()] = item.value().get<std::string>();
    }
    return true;
}

bool JobJsonReader::fail(const std::string& path, const std::string& message) {
    error_ = Error{message, path.empty() ? "(document)" : path};
    return false;
}

}  // namespace sw::model
