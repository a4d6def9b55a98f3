#pragma once
// ConnectionReport: what "Test connection" found for one node — a list of checks, each passed,
// passed with a warning or failed, a failure named by its class and by the node's field at fault.

#include <string>
#include <vector>

#include "util/result.h"

namespace sw::runtime {

enum class CheckStatus { Ok, Warning, Failed };

// Why a check failed, in the words a user acts on; None for a check that did not fail.
enum class FailureClass {
    None,
    Configuration,   // the node's options cannot make a client (no host, a secret not available)
    Dns,             // the host name does not resolve, or the resolver cannot answer (EAI_AGAIN)
    Refused,         // nothing listens at the address (connection refused)
    Timeout,         // no answer within the check's timeout
    Authentication,  // login refused, or the SASL mechanism is not accepted
    TlsVerification, // TLS handshake failed or the certificate is not trusted
    TopicMissing,
    TableMissing,    // the table, or the database that should hold it
    SchemaMismatch,  // missing columns, type mismatches, a different primary key
    Other,
};

const char* toString(CheckStatus status);         // "ok", "warning", "failed"
const char* toString(FailureClass failureClass);  // "dns", "refused", "tls-verification" ...
// A few words for people: "DNS", "connection refused", "TLS verification" ...
const char* describe(FailureClass failureClass);

struct CheckItem {
    std::string name;     // "bootstrap", "login", "table", "columns" ...
    CheckStatus status = CheckStatus::Ok;
    FailureClass failure = FailureClass::None;
    std::string field;    // the node's option or schema part at fault ("bootstrap.servers"); may be ""
    std::string message;  // never holds a secret
    std::vector<std::string> details;  // one line each: brokers, partitions, columns
};

class ConnectionReport {
public:
    ConnectionReport() = default;
    explicit ConnectionReport(std::string nodeLocation) : nodeLocation_(std::move(nodeLocation)) {}

    CheckItem& pass(std::string name, std::string message);
    CheckItem& warn(std::string name, std::string field, std::string message);
    CheckItem& fail(std::string name, FailureClass failure, std::string field, std::string message);
    // A node whose options cannot make a client: the error's location names the field.
    CheckItem& failConfiguration(std::string name, const Error& error);

    const std::string& nodeLocation() const { return nodeLocation_; }  // "node 'orders'"
    const std::vector<CheckItem>& items() const { return items_; }
    bool passed() const;  // no check failed (warnings pass)
    // The first failed check; nullptr when all passed.
    const CheckItem* firstFailed() const;
    // Its class; None when all passed.
    FailureClass firstFailure() const;

private:
    std::string nodeLocation_;
    std::vector<CheckItem> items_;
};

}  // namespace sw::runtime
