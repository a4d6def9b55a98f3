#include "cli/schema_inference.h"

#include <algorithm>
#include <iomanip>

#include "cli/cli_commands.h"
#include "kinds/catalog.h"
#include "model/job_file.h"
#include "model/schema_diff.h"
#include "runtime/infer/node_schema_inference.h"

namespace sw::cli {

namespace {

void printProposal(std::ostream& out, const runtime::SchemaProposal& proposal) {
    std::size_t nameWidth = 4;
    std::size_t typeWidth = 4;
    for (const runtime::ProposedColumn& proposed : proposal.columns) {
        nameWidth = std::max(nameWidth, proposed.column.name.size());
        typeWidth = std::max(typeWidth, proposed.column.type.toSql().size());
    }
    out << "proposed columns:\n";
    for (const runtime::ProposedColumn& proposed : proposal.columns)
        out << "  " << std::left << std::setw(static_cast<int>(nameWidth)) << proposed.column.name << "  "
            << std::setw(static_cast<int>(typeWidth)) << proposed.column.type.toSql() << "  " << proposed.evidence << "\n";
    if (!proposal.primaryKey.empty()) {
        std::string key;
        for (const std::string& name : proposal.primaryKey) key += (key.empty() ? "" : ", ") + name;
        out << "primary key: (" << key << ")\n";
    }
    if (!proposal.computedColumns.empty()) {
        out << "computed columns (proposed, not applied):\n";
        for (const runtime::ProposedComputedColumn& computed : proposal.computedColumns)
            out << "  " << computed.name << " AS " << computed.expression << "\n";
    }
    if (!proposal.formatOptions.empty()) {
        out << "format options (proposed, not applied):\n";
        for (const auto& [key, value] : proposal.formatOptions) out << "  '" << key << "' = '" << value << "'\n";
    }
    if (!proposal.malformed.empty()) {
        out << "malformed messages: " << proposal.malformed.size() << " of " << proposal.sampled << "\n";
        for (const runtime::MalformedMessage& message : proposal.malformed)
            out << "  partition " << message.partition << " offset " << message.offset << ": " << message.reason << "\n";
    }
    if (!proposal.notes.empty()) {
        out << "notes:\n";
        for (const std::string& note : proposal.notes) out << "  " << note << "\n";
    }
}

}  // namespace

int inferSchema(const CliArguments& args, model::JobGraph job, std::ostream& out, std::ostream& err) {
    const auto node = std::find_if(job.nodes.begin(), job.nodes.end(),
                                   [&](const model::Node& n) { return n.id == args.nodeId; });
    if (node == job.nodes.end()) {
        err << "streamwright-cli: " << args.jobFile << " has no node with id '" << args.nodeId << "'\n";
        return kExitUsage;
    }
    const kinds::NodeKind* kind = kinds::Catalog::instance().find(node->kind);
    runtime::SchemaInferenceOptions options;
    options.connection.timeout = std::chrono::milliseconds(static_cast<std::int64_t>(args.timeoutSeconds * 1000));
    options.samples = args.samples;
    const auto inferred = runtime::inferNodeSchema(*node, options);
    if (!inferred) {
        err << "streamwright-cli: " << node->location() << " (" << (kind ? kind->label : node->kind)
            << ") has no topic or table to infer a schema from\n";
        return kExitUsage;
    }
    if (!*inferred) {
        err << "streamwright-cli: " << inferred->error().toString() << "\n";
        return kExitInvalid;
    }
    const runtime::SchemaProposal& proposal = **inferred;
    out << node->location() << " (" << kind->label << ", " << kind->id << "): " << proposal.source << "\n";
    printProposal(out, proposal);
    const model::Schema proposed = proposal.applyTo(node->schema);
    const model::SchemaDiff diff = model::SchemaDiff::between(node->schema, proposed);
    if (diff.empty()) {
        out << "the declared schema already matches the proposal\n";
        return kExitOk;
    }
    out << "changes to the declared schema:\n";
    for (const std::string& line : diff.lines()) out << "  " << line << "\n";
    if (!args.apply) {
        out << "not applied: run with --apply to write it into " << args.jobFile << "\n";
        return kExitOk;
    }
    if (proposal.columns.empty()) {
        err << "streamwright-cli: " << node->location() << ": the proposal has no column: not applied\n";
        return kExitInvalid;
    }
    node->schema = proposed;
    if (auto saved = model::saveJobFile(job, args.jobFile); !saved) {
        err << saved.error().toString() << "\n";
        return kExitInvalid;
    }
    out << args.jobFile << ": schema of " << node->location() << " written\n";
    return kExitOk;
}

}  // namespace sw::cli
