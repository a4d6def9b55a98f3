#pragma once
// RuleCode: the stable id and severity of every validation rule. docs/validation.md documents
// each one; a unit test parses this file and the doc so the two cannot drift apart.

#include "analysis/diagnostic.h"

namespace sw::analysis {

struct RuleCode {
    const char* id;
    Severity severity;
};

namespace rules {
// Graph structure (graph_rules.cpp)
inline constexpr RuleCode kDuplicateNodeId{"duplicate-node-id", Severity::Error};
inline constexpr RuleCode kEmptyNodeName{"empty-node-name", Severity::Error};
inline constexpr RuleCode kDuplicateNodeName{"duplicate-node-name", Severity::Error};
inline constexpr RuleCode kUnknownKind{"unknown-kind", Severity::Error};
inline constexpr RuleCode kUnknownEdgeNode{"unknown-edge-node", Severity::Error};
inline constexpr RuleCode kUnknownEdgePort{"unknown-edge-port", Severity::Error};
inline constexpr RuleCode kEdgeDirection{"edge-direction", Severity::Error};
inline constexpr RuleCode kMultipleInputs{"multiple-inputs", Severity::Error};
inline constexpr RuleCode kCycle{"cycle", Severity::Error};
inline constexpr RuleCode kUnconnectedInput{"unconnected-input", Severity::Error};
inline constexpr RuleCode kUnusedOutput{"unused-output", Severity::Warning};

// Option values (option_rules.cpp)
inline constexpr RuleCode kMissingOption{"missing-option", Severity::Error};
inline constexpr RuleCode kBadEnumValue{"bad-enum-value", Severity::Error};
inline constexpr RuleCode kBadInteger{"bad-integer", Severity::Error};
inline constexpr RuleCode kIntOutOfRange{"int-out-of-range", Severity::Error};
inline constexpr RuleCode kBadDuration{"bad-duration", Severity::Error};
inline constexpr RuleCode kClearTextSecret{"clear-text-secret", Severity::Error};
inline constexpr RuleCode kClearTextPassword{"clear-text-password", Severity::Error};
// Reported by the kinds' own checkOptions (kinds/kafka), which name the code as text.
inline constexpr RuleCode kKafkaTopic{"kafka-topic", Severity::Error};
inline constexpr RuleCode kExactlyOnceNeedsPrefix{"exactly-once-needs-prefix", Severity::Error};
inline constexpr RuleCode kCacheAllBecomesPartial{"cache-all-becomes-partial", Severity::Warning};

// Declared table schemas (schema_rules.cpp)
inline constexpr RuleCode kEmptySchema{"empty-schema", Severity::Error};
inline constexpr RuleCode kDuplicateColumn{"duplicate-column", Severity::Error};
inline constexpr RuleCode kBadColumnType{"bad-column-type", Severity::Error};
inline constexpr RuleCode kUnknownColumn{"unknown-column", Severity::Error};
inline constexpr RuleCode kBadWatermarkType{"bad-watermark-type", Severity::Error};
inline constexpr RuleCode kMissingPrimaryKey{"missing-primary-key", Severity::Error};
inline constexpr RuleCode kLookupWithoutKey{"lookup-without-key", Severity::Warning};

// Derived relations (analysis/kind_inference.cpp and the kinds' *_inference.cpp)
inline constexpr RuleCode kBadExpression{"bad-expression", Severity::Error};
inline constexpr RuleCode kFunctionNotOnEngine{"function-not-on-engine", Severity::Error};
inline constexpr RuleCode kConditionNotBoolean{"condition-not-boolean", Severity::Error};
inline constexpr RuleCode kMissingJoinKey{"missing-join-key", Severity::Error};
inline constexpr RuleCode kJoinKeyTypeMismatch{"join-key-type-mismatch", Severity::Error};
inline constexpr RuleCode kColumnNameCollision{"column-name-collision", Severity::Error};
inline constexpr RuleCode kNonGroupedColumn{"non-grouped-column", Severity::Error};
inline constexpr RuleCode kWindowNeedsWatermark{"window-needs-watermark", Severity::Error};
inline constexpr RuleCode kUnionMismatch{"union-mismatch", Severity::Error};
inline constexpr RuleCode kSinkColumnType{"sink-column-type", Severity::Error};

// Stream semantics (stream_rules.cpp)
inline constexpr RuleCode kLookupNeedsProcTime{"lookup-needs-proctime", Severity::Error};
inline constexpr RuleCode kUpdatingIntoAppendSink{"updating-into-append-sink", Severity::Error};

// Endpoints and SASL (endpoint_rules.cpp)
inline constexpr RuleCode kUnrelocatedLoginModule{"unrelocated-login-module", Severity::Error};
inline constexpr RuleCode kNotAliyunEndpoint{"not-aliyun-endpoint", Severity::Warning};
inline constexpr RuleCode kPlaintextOverInternet{"plaintext-over-internet", Severity::Warning};
inline constexpr RuleCode kPortProtocolMismatch{"port-protocol-mismatch", Severity::Warning};
inline constexpr RuleCode kMysqlTlsNotExported{"mysql-tls-not-exported", Severity::Warning};

// Console variables (console_variable_rules.cpp)
inline constexpr RuleCode kConsoleVariable{"console-variable", Severity::Warning};

// Job settings (settings_rules.cpp)
inline constexpr RuleCode kCheckpointInterval{"setting-checkpoint-interval", Severity::Error};
inline constexpr RuleCode kCheckpointTimeout{"setting-checkpoint-timeout", Severity::Error};
inline constexpr RuleCode kTolerableFailures{"setting-tolerable-failures", Severity::Error};
inline constexpr RuleCode kParallelism{"setting-parallelism", Severity::Error};
inline constexpr RuleCode kUnknownEngine{"setting-engine", Severity::Error};
inline constexpr RuleCode kFunctionDeclaration{"setting-function", Severity::Error};
inline constexpr RuleCode kMiniBatch{"setting-mini-batch", Severity::Error};
inline constexpr RuleCode kNetworkFraction{"setting-network-fraction", Severity::Error};
inline constexpr RuleCode kEmptyExtraKey{"setting-empty-extra-key", Severity::Error};
inline constexpr RuleCode kDurationSetting{"setting-duration", Severity::Error};
}  // namespace rules

}  // namespace sw::analysis
