#include "cli/connection_check.h"

#include <iomanip>

#include "cli/cli_commands.h"
#include "kinds/catalog.h"
#include "runtime/check/node_connection_check.h"

namespace sw::cli {

namespace {

const char* statusWord(runtime::CheckStatus status) {
    switch (status) {
    case runtime::CheckStatus::Ok: return "ok";
    case runtime::CheckStatus::Warning: return "warning";
    case runtime::CheckStatus::Failed: return "FAILED";
    }
    return "FAILED";
}

std::string headingOf(const model::Node& node, const kinds::NodeKind& kind) {
    return node.location() + " (" + kind.label + ", " + kind.id + ")";
}

}  // namespace

void printConnectionReport(std::ostream& out, const std::string& heading, const runtime::ConnectionReport& report) {
    out << heading << ":\n";
    for (const runtime::CheckItem& item : report.items()) {
        out << "  " << std::left << std::setw(8) << statusWord(item.status) << std::setw(12) << item.name << " ";
        if (item.status != runtime::CheckStatus::Ok) {
            if (item.failure != runtime::FailureClass::None) out << "[" << runtime::toString(item.failure) << "] ";
            if (!item.field.empty()) out << report.nodeLocation() << " / " << item.field << ": ";
        }
        out << item.message << "\n";
        for (const std::string& detail : item.details) out << std::string(23, ' ') << detail << "\n";
    }
}

int checkConnections(const CliArguments& args, const model::JobGraph& job, std::ostream& out, std::ostream& err) {
    runtime::ConnectionCheckOptions options;
    options.timeout = std::chrono::milliseconds(static_cast<std::int64_t>(args.timeoutSeconds * 1000));
    std::size_t checked = 0;
    std::size_t failed = 0;
    bool nodeFound = false;
    for (const model::Node& node : job.nodes) {
        if (!args.nodeId.empty() && node.id != args.nodeId) continue;
        nodeFound = true;
        const kinds::NodeKind* kind = kinds::Catalog::instance().find(node.kind);
        if (!kind || !runtime::hasConnectionCheck(*kind)) {
            if (args.nodeId.empty()) continue;
            err << "streamwright-cli: " << node.location() << " (" << (kind ? kind->label : node.kind)
                << ") has no connection to test\n";
            return kExitUsage;
        }
        const auto report = runtime::checkNodeConnection(node, options);
        if (checked++ > 0) out << "\n";
        printConnectionReport(out, headingOf(node, *kind), *report);
        failed += !report->passed();
    }
    if (!args.nodeId.empty() && !nodeFound) {
        err << "streamwright-cli: " << args.jobFile << " has no node with id '" << args.nodeId << "'\n";
        return kExitUsage;
    }
    if (checked == 0) {
        out << args.jobFile << ": no Kafka or MySQL/JDBC node to test\n";
        return kExitOk;
    }
    out << "\n" << args.jobFile << ": " << (failed ? std::to_string(failed) + " of " : std::string("all "))
        << checked << " node(s) " << (failed ? "failed" : "passed") << " the connection check\n";
    return failed ? kExitInvalid : kExitOk;
}

}  // namespace sw::cli
