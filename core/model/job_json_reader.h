#pragma once
// JobJsonReader: turns a parsed job document into a JobGraph, naming the JSON path of any error.

#include <nlohmann/json.hpp>
#include <string>

#include "model/job_graph.h"
#include "util/result.h"

namespace sw::model {

class JobJsonReader {
public:
    Result<JobGraph> read(const nlohmann::json& document);

private:
    // Each returns false after recording the first error in error_.
    bool readSettings(const nlohmann::json& value, const std::string& path, JobSettings& settings);
    bool readNode(const nlohmann::json& value, const std::string& path, Node& node);
    bool readSchema(const nlohmann::json& value, const std::string& path, Schema& schema);
    bool readFunctions(const nlohmann::json& value, const std::string& path, std::vector<UserFunction>& functions);
    bool readType(const std::string& text, const std::string& path, FlinkType& type);
    bool readEdge(const nlohmann::json& value, const std::string& path, Edge& edge);

    bool expectObject(const nlohmann::json& value, const std::string& path,
                      std::initializer_list<const char*> allowedKeys);
    bool readString(const nlohmann::json& object, const char* key, const std::string& path,
                    std::string& out, bool required);
    bool readDuration(const nlohmann::json& object, const char* key, const std::string& path,
                      std::chrono::milliseconds& out);
    bool readBool(const nlohmann::json& object, const char* key, const std::string& path, bool& out);
    template <typename Number>
    bool readNumber(const nlohmann::json& object, const char* key, const std::string& path, Number& out);
    bool readStringList(const nlohmann::json& object, const char* key, const std::string& path,
                        std::vector<std::string>& out);
    bool readStringMap(const nlohmann::json& object, const char* key, const std::string& path,
                       std::map<std::string, std::string>& out);

    bool fail(const std::string& path, const std::string& message);

    Error error_;
};

}  // namespace sw::model
