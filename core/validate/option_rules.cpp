#include "validate/option_rules.h"

#include <algorithm>
#include <cctype>
#include <charconv>

#include "kinds/catalog.h"
#include "model/duration.h"
#include "model/secret_ref.h"

namespace sw::validate {
namespace {

using kinds::NodeKind;
using kinds::OptionDescriptor;
using kinds::ValueType;

std::string lower(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

std::string words(const OptionDescriptor& descriptor) {
    return "the option '" + (descriptor.label.empty() ? descriptor.id : descriptor.label) + "'";
}

void checkEnum(const model::Node& node, const OptionDescriptor& d, const std::string& field,
               const std::string& value, analysis::Findings& findings) {
    const auto& allowed = d.allowedValues;
    if (std::find(allowed.begin(), allowed.end(), value) != allowed.end()) return;
    std::string list;
    std::string fix;
    for (const std::string& candidate : allowed) {
        list += (list.empty() ? "" : ", ") + candidate;
        if (lower(candidate) == lower(value)) fix = candidate;  // only the spelling is off
    }
    findings.add(analysis::rules::kBadEnumValue, node, field,
                 words(d) + " is '" + value + "', but must be one of: " + list, fix);
}

void checkInteger(const model::Node& node, const OptionDescriptor& d, const std::string& field,
                  const std::string& value, analysis::Findings& findings) {
    std::int64_t number = 0;
    const char* end = value.data() + value.size();
    auto [last, error] = std::from_chars(value.data(), end, number);
    if (error != std::errc() || last != end) {
        findings.add(analysis::rules::kBadInteger, node, field, words(d) + " must be a whole number, not '" + value + "'");
        return;
    }
    const bool tooSmall = d.minimum && number < *d.minimum;
    const bool tooLarge = d.maximum && number > *d.maximum;
    if (!tooSmall && !tooLarge) return;
    std::string range = d.minimum ? "at least " + std::to_string(*d.minimum) : "";
    if (d.maximum) range += std::string(range.empty() ? "" : " and ") + "at most " + std::to_string(*d.maximum);
    findings.add(analysis::rules::kIntOutOfRange, node, field, words(d) + " is " + value + ", but must be " + range);
}

void checkValue(const model::Node& node, const OptionDescriptor& d, const std::string& field,
                const std::string& value, analysis::Findings& findings) {
    switch (d.type) {
    case ValueType::Enum: checkEnum(node, d, field, value, findings); break;
    case ValueType::Int: checkInteger(node, d, field, value, findings); break;
    case ValueType::Duration:
        if (auto parsed = model::parseDuration(value); !parsed) {
            findings.add(analysis::rules::kBadDuration, node, field,
                         words(d) + " is not a duration like '60 s' or '10 min': " + parsed.error().message);
        }
        break;
    case ValueType::Secret:
        if (!model::secretName(value)) {
            findings.add(analysis::rules::kClearTextSecret, node, field,
                         words(d) + " holds a value in clear text; store it as a secret and reference it as "
                                    "${secret.NAME}");
        }
        break;
    case ValueType::String:
        if (containsClearTextPassword(value)) {
            findings.add(analysis::rules::kClearTextPassword, node, field,
                         words(d) + " contains a password in clear text; use a secret reference instead");
        }
        break;
    default: break;
    }
}

void checkPerColumnOptions(const model::Node& node, const NodeKind& kind, analysis::Findings& findings) {
    for (const auto& [key, value] : node.options) {
        std::string column;
        const OptionDescriptor* d = kind.descriptorOfKey(key, &column);
        if (!d || !d->perColumn) continue;
        if (!node.schema.find(column)) {
            findings.add(analysis::rules::kUnknownColumn, node, key,
                         "the option '" + key + "' is for column '" + column + "', which the schema does not declare");
        } else if (!value.empty() && kind.applies(*d, node, column)) {
            checkValue(node, *d, key, value, findings);
        }
    }
}

void checkKindRules(const model::Node& node, const NodeKind& kind, kinds::Dialect dialect,
                    analysis::Findings& findings) {
    if (kind.checkOptions) {
        for (const kinds::OptionProblem& problem : kind.checkOptions(node, kind)) {
            // The kinds name their rules' codes (listed in rule_codes.h); all of them are errors.
            findings.add(analysis::RuleCode{problem.code.c_str(), analysis::Severity::Error}, node, problem.field,
                         problem.message);
        }
    }
    if (dialect == kinds::Dialect::ApacheFlink && kind.role == kinds::NodeRole::Lookup &&
        kind.effectiveOption(node, "lookup.cache") == "ALL") {
        findings.add(analysis::rules::kCacheAllBecomesPartial, node, "lookup.cache",
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

void checkOptions(const model::JobGraph& job, kinds::Dialect dialect, analysis::Findings& findings) {
    for (const model::Node& node : job.nodes) {
        const NodeKind* kind = kinds::Catalog::instance().find(node.kind);
        if (!kind) continue;
        for (const OptionDescriptor& d : kind->options) {
            if (d.perColumn || !kind->applies(d, node)) continue;
            const std::string value = node.option(d.id);
            if (value.empty()) {
                if (d.required && d.defaultValue.empty()) {
                    findings.add(analysis::rules::kMissingOption, node, d.id, words(d) + " is required");
                }
                continue;
            }
            checkValue(node, d, d.id, value, findings);
        }
        checkPerColumnOptions(node, *kind, findings);
        checkKindRules(node, *kind, dialect, findings);
    }
}

}  // namespace sw::validate
