#include "validate/option_rules.h"

#include <algorithm>
#include <cctype>
#include <charconv>

#include "connectors/catalog.h"
#include "model/duration.h"
#include "model/secret_ref.h"

namespace sw::validate {
namespace {

using connectors::NodeKind;
using connectors::OptionDescriptor;
using connectors::ValueType;

std::string lower(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

std::string words(const OptionDescriptor& descriptor) {
    return "the option '" + (descriptor.label.empty() ? descriptor.id : descriptor.label) + "'";
}

// Options that only apply under another option's value (e.g. SASL fields) are skipped otherwise.
bool isVisible(const model::Node& node, const NodeKind& kind, const OptionDescriptor& descriptor) {
    if (descriptor.visibleWhenOption.empty()) return true;
    const std::string controlling = effectiveOption(node, kind, descriptor.visibleWhenOption);
    const auto& values = descriptor.visibleWhenValues;
    return std::find(values.begin(), values.end(), controlling) != values.end();
}

void checkEnum(const model::Node& node, const OptionDescriptor& d, const std::string& field,
               const std::string& value, Findings& findings) {
    const auto& allowed = d.allowedValues;
    if (std::find(allowed.begin(), allowed.end(), value) != allowed.end()) return;
    std::string list;
    std::string fix;
    for (const std::string& candidate : allowed) {
        list += (list.empty() ? "" : ", ") + candidate;
        if (lower(candidate) == lower(value)) fix = candidate;  // only the spelling is off
    }
    findings.add(rules::kBadEnumValue, node, field,
                 words(d) + " is '" + value + "', but must be one of: " + list, fix);
}

void checkInteger(const model::Node& node, const OptionDescriptor& d, const std::string& field,
                  const std::string& value, Findings& findings) {
    std::int64_t number = 0;
    const char* end = value.data() + value.size();
    auto [last, error] = std::from_chars(value.data(), end, number);
    if (error != std::errc() || last != end) {
        findings.add(rules::kBadInteger, node, field, words(d) + " must be a whole number, not '" + value + "'");
        return;
    }
    const bool tooSmall = d.minimum && number < *d.minimum;
    const bool tooLarge = d.maximum && number > *d.maximum;
    if (!tooSmall && !tooLarge) return;
    std::string range = d.minimum ? "at least " + std::to_string(*d.minimum) : "";
    if (d.maximum) range += std::string(range.empty() ? "" : " and ") + "at most " + std::to_string(*d.maximum);
    findings.add(rules::kIntOutOfRange, node, field, words(d) + " is " + value + ", but must be " + range);
}

void checkValue(const model::Node& node, const OptionDescriptor& d, const std::string& field,
                const std::string& value, Findings& findings) {
    switch (d.type) {
    case ValueType::Enum: checkEnum(node, d, field, value, findings); break;
    case ValueType::Int: checkInteger(node, d, field, value, findings); break;
    case ValueType::Duration:
        if (auto parsed = model::parseDuration(value); !parsed) {
            findings.add(rules::kBadDuration, node, field,
                         words(d) + " is not a duration like '60 s' or '10 min': " + parsed.error().message);
        }
        break;
    case ValueType::Secret:
        if (!model::secretName(value)) {
            findings.add(rules::kClearTextSecret, node, field,
                         words(d) + " holds a value in clear text; store it as a secret and reference it as "
                                    "${secret.NAME}");
        }
        break;
    case ValueType::String:
        if (containsClearTextPassword(value)) {
            findings.add(rules::kClearTextPassword, node, field,
                         words(d) + " contains a password in clear text; use a secret reference instead");
        }
        break;
    default: break;
    }
}

// "fields.#.kind" matches "fields.user_id.kind"; returns the column name or "".
std::string perColumnMatch(const std::string& pattern, const std::string& key) {
    const auto hash = pattern.find('#');
    if (hash == std::string::npos) return {};
    const std::string prefix = pattern.substr(0, hash);
    const std::string suffix = pattern.substr(hash + 1);
    if (key.size() <= prefix.size() + suffix.size()) return {};
    if (!key.starts_with(prefix) || !key.ends_with(suffix)) return {};
    return key.substr(prefix.size(), key.size() - prefix.size() - suffix.size());
}

void checkPerColumnOptions(const model::Node& node, const NodeKind& kind, Findings& findings) {
    for (const auto& [key, value] : node.options) {
        for (const OptionDescriptor& d : kind.options) {
            if (!d.perColumn) continue;
            const std::string column = perColumnMatch(d.id, key);
            if (column.empty()) continue;
            if (!node.schema.find(column)) {
                findings.add(rules::kUnknownColumn, node, key,
                             "the option '" + key + "' is for column '" + column + "', which the schema does not declare");
            } else if (!value.empty()) {
                checkValue(node, d, key, value, findings);
            }
        }
    }
}

void checkConnectorCombinations(const model::Node& node, const NodeKind& kind, connectors::Dialect dialect,
                                Findings& findings) {
    if (kind.id == "kafka-source") {
        const bool topic = !node.option("topic").empty();
        const bool pattern = !node.option("topic-pattern").empty();
        if (topic == pattern) {
            findings.add(rules::kKafkaTopic, node, "topic",
                         topic ? "set either a topic or a topic pattern, not both"
                               : "set a topic or a topic pattern to read from");
        }
    }
    if (kind.id == "kafka-sink" && effectiveOption(node, kind, "sink.delivery-guarantee") == "exactly-once" &&
        node.option("sink.transactional-id-prefix").empty()) {
        findings.add(rules::kExactlyOnceNeedsPrefix, node, "sink.transactional-id-prefix",
                     "exactly-once delivery writes in Kafka transactions and needs a transactional id prefix");
    }
    if (dialect == connectors::Dialect::ApacheFlink && kind.role == connectors::NodeRole::Lookup &&
        effectiveOption(node, kind, "lookup.cache") == "ALL") {
        findings.add(rules::kCacheAllBecomesPartial, node, "lookup.cache",
                     "the open-source JDBC connector has no whole-table cache; the ALL cache is exported as "
                     "PARTIAL, which loads rows on demand");
    }
}

}  // namespace

bool containsClearTextPassword(std::string_view text) {
    const std::string folded = lower(text);
    for (std::size_t at = folded.find("password"); at != std::string::npos; at = folded.find("password", at + 1)) {
        std::size_t i = at + 8;
        while (i < folded.size() && folded[i] == ' ') ++i;
        if (i >= folded.size() || folded[i] != '=') continue;
        ++i;
        while (i < folded.size() && (folded[i] == ' ' || folded[i] == '"' || folded[i] == '\'')) ++i;
        const std::string_view rest = std::string_view(folded).substr(i);
        const bool empty = rest.empty() || rest.front() == '&' || rest.front() == ';' || rest.front() == ',';
        if (!empty && !rest.starts_with("${secret.") && !rest.starts_with("${secret_values.")) return true;
    }
    return false;
}

void checkOptions(const model::JobGraph& job, connectors::Dialect dialect, Findings& findings) {
    for (const model::Node& node : job.nodes) {
        const NodeKind* kind = connectors::Catalog::instance().find(node.kind);
        if (!kind) continue;
        for (const OptionDescriptor& d : kind->options) {
            if (d.perColumn || !isVisible(node, *kind, d)) continue;
            const std::string value = node.option(d.id);
            if (value.empty()) {
                if (d.required && d.defaultValue.empty()) {
                    findings.add(rules::kMissingOption, node, d.id, words(d) + " is required");
                }
                continue;
            }
            checkValue(node, d, d.id, value, findings);
        }
        checkPerColumnOptions(node, *kind, findings);
        checkConnectorCombinations(node, *kind, dialect, findings);
    }
}

}  // namespace sw::validate
