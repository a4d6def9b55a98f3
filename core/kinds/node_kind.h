#pragma once
// NodeKind: the descriptor of one kind of node (connector or transform) — ports, options, SQL names.

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "kinds/option_descriptor.h"
#include "model/node.h"

namespace sw::kinds {

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

// What a sink does with an updating input (retractions from a continuous GROUP BY upstream).
enum class SinkChangelog {
    Updates,                // writes updates (upsert by key, or prints them)
    UpdatesWithPrimaryKey,  // upserts on a declared primary key, appends without one
    AppendOnly,             // can only append
};

// Which list of named expressions the property panel edits for a transform.
enum class OutputList { None, Columns, Aggregates };

// A kind-specific problem with a node's options, beyond what each option's descriptor says;
// validation reports it under `code` (a rule of docs/validation.md).
struct OptionProblem {
    std::string code;
    std::string field;
    std::string message;
};

struct NodeKind {
    std::string id;     // "kafka-source"
    std::string label;  // "Kafka"
    NodeRole role = NodeRole::Source;
    std::string help;
    std::size_t index = 0;  // position in the catalog; every layer's table of kind behaviour uses it

    // Appearance, as data: the UI maps it to pixels.
    std::string icon;                          // resource name under :/icons/
    std::vector<std::string> headlineOptions;  // shown on the canvas card when set, in this order
    OutputList outputList = OutputList::None;
    bool editsGroupBy = false;

    std::vector<PortDescriptor> ports;
    std::vector<OptionDescriptor> options;

    // SQL connector name per dialect. Several names = the user picks one through the
    // "connector" option (e.g. aliyun-vvr: mysql | rds); the first is the default.
    std::map<Dialect, std::vector<std::string>> connectors;

    bool hasSchema = false;          // sources, lookups and sinks declare a table schema
    bool supportsPrimaryKey = false;
    bool requiresPrimaryKey = false;  // upsert-kafka, lookups keyed by PK ...
    bool supportsWatermark = false;   // sources
    SinkChangelog changelog = SinkChangelog::Updates;  // sinks
    // Sources that read a log from a position: the Enum option choosing where reading starts
    // ("" = none). A run may override it (and the options visible for the chosen value)
    // without editing the job, and may read such a source only to the log's current end.
    std::string startPositionOption;

    // Rules that involve several options of this kind; nullptr when the descriptors say it all.
    std::vector<OptionProblem> (*checkOptions)(const model::Node& node, const NodeKind& kind) = nullptr;

    const OptionDescriptor* option(std::string_view optionId) const;
    const PortDescriptor* port(std::string_view portId) const;
    const PortDescriptor* firstInput() const;
    bool isConnector() const { return role != NodeRole::Transform; }
    // The node's value for `optionId` (a per-column key such as "fields.amount.kind" too), or
    // its descriptor's default when unset.
    std::string effectiveOption(const model::Node& node, std::string_view optionId) const;
    // Whether `descriptor` applies to `node`: its "visible when" option (for a per-column option,
    // that of the same `column`) has one of the listed values, its default counting when unset.
    bool applies(const OptionDescriptor& descriptor, const model::Node& node, std::string_view column = {}) const;
    // The descriptor a node option key is an instance of, with the column of a per-column key.
    const OptionDescriptor* descriptorOfKey(std::string_view key, std::string* column = nullptr) const;
    // Connector name used for `dialect` given the node's "connector" option value (may be empty).
    std::string connectorFor(Dialect dialect, std::string_view chosen) const;
};

}  // namespace sw::kinds
