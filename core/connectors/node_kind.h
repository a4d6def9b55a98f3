#pragma once
// NodeKind: the descriptor of one kind of node (connector or transform) — ports, options, SQL names.

#include <map>
#include <string>
#include <vector>

#include "connectors/option_descriptor.h"

namespace sw::connectors {

enum class NodeRole { Source, Lookup, Transform, Sink };
enum class Dialect { AliyunVvr, ApacheFlink };

const char* toString(NodeRole role);
const char* toString(Dialect dialect);           // "aliyun-vvr" / "apache-flink"
std::optional<Dialect> parseDialect(std::string_view text);

struct PortDescriptor {
    std::string id;      // "in", "out", "probe"
    std::string label;
    bool isInput = true;
    bool multiple = false;  // an input that accepts several edges (union)
};

struct NodeKind {
    std::string id;     // "kafka-source"
    std::string label;  // "Kafka"
    NodeRole role = NodeRole::Source;
    std::string help;
    std::string icon;   // resource name under :/icons/

    std::vector<PortDescriptor> ports;
    std::vector<OptionDescriptor> options;

    // SQL connector name per dialect. Several names = the user picks one through the
    // "connector" option (e.g. aliyun-vvr: mysql | rds); the first is the default.
    std::map<Dialect, std::vector<std::string>> connectors;

    bool hasSchema = false;          // sources, lookups and sinks declare a table schema
    bool supportsPrimaryKey = false;
    bool requiresPrimaryKey = false;  // upsert-kafka, lookups keyed by PK ...
    bool supportsWatermark = false;   // sources

    const OptionDescriptor* option(std::string_view optionId) const;
    const PortDescriptor* port(std::string_view portId) const;
    bool isConnector() const { return role != NodeRole::Transform; }
    // Connector name used for `dialect` given the node's "connector" option value (may be empty).
    std::string connectorFor(Dialect dialect, std::string_view chosen) const;
};

}  // namespace sw::connectors
