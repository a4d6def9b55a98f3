#include "runtime/check/connection_report.h"

#include <algorithm>

namespace sw::runtime {

const char* toString(CheckStatus status) {
    switch (status) {
    case CheckStatus::Ok: return "ok";
    case CheckStatus::Warning: return "warning";
    case CheckStatus::Failed: return "failed";
    }
    return "failed";
}

const char* toString(FailureClass failureClass) {
    switch (failureClass) {
    case FailureClass::None: return "none";
    case FailureClass::Configuration: return "configuration";
    case FailureClass::Dns: return "dns";
    case FailureClass::Refused: return "refused";
    case FailureClass::Timeout: return "timeout";
    case FailureClass::Authentication: return "authentication";
    case FailureClass::TlsVerification: return "tls-verification";
    case FailureClass::TopicMissing: return "topic-missing";
    case FailureClass::TableMissing: return "table-missing";
    case FailureClass::SchemaMismatch: return "schema-mismatch";
    case FailureClass::Other: return "other";
    }
    return "other";
}

const char* describe(FailureClass failureClass) {
    switch (failureClass) {
    case FailureClass::None: return "no failure";
    case FailureClass::Configuration: return "configuration";
    case FailureClass::Dns: return "DNS";
    case FailureClass::Refused: return "connection refused";
    case FailureClass::Timeout: return "timeout";
    case FailureClass::Authentication: return "authentication";
    case FailureClass::TlsVerification: return "TLS verification";
    case FailureClass::TopicMissing: return "topic missing";
    case FailureClass::TableMissing: return "table missing";
    case FailureClass::SchemaMismatch: return "schema mismatch";
    case FailureClass::Other: return "other error";
    }
    return "other error";
}

CheckItem& ConnectionReport::pass(std::string name, std::string message) {
    return items_.emplace_back(CheckItem{std::move(name), CheckStatus::Ok, FailureClass::None, {}, std::move(message), {}});
}

CheckItem& ConnectionReport::warn(std::string name, std::string field, std::string message) {
    return items_.emplace_back(
        CheckItem{std::move(name), CheckStatus::Warning, FailureClass::None, std::move(field), std::move(message), {}});
}

CheckItem& ConnectionReport::fail(std::string name, FailureClass failure, std::string field, std::string message) {
    return items_.emplace_back(
        CheckItem{std::move(name), CheckStatus::Failed, failure, std::move(field), std::move(message), {}});
}

CheckItem& ConnectionReport::failConfiguration(std::string name, const Error& error) {
    // Locations read "node 'x' / field" or "option field"; the report names the node itself.
    std::string field = error.location;
    const std::string nodePrefix = nodeLocation_ + " / ";
    if (field.starts_with(nodePrefix)) field.erase(0, nodePrefix.size());
    if (field.starts_with("option ")) field.erase(0, std::string("option ").size());
    return fail(std::move(name), FailureClass::Configuration, std::move(field), error.message);
}

bool ConnectionReport::passed() const {
    return firstFailed() == nullptr;
}

const CheckItem* ConnectionReport::firstFailed() const {
    const auto failed =
        std::find_if(items_.begin(), items_.end(), [](const CheckItem& item) { return item.status == CheckStatus::Failed; });
    return failed == items_.end() ? nullptr : &*failed;
}

FailureClass ConnectionReport::firstFailure() const {
    const CheckItem* failed = firstFailed();
    return failed ? failed->failure : FailureClass::None;
}

}  // namespace sw::runtime
