#include "runtime/infer/json_schema_inference.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>

namespace sw::runtime {

namespace {

using model::FlinkType;
using model::TypeKind;

constexpr const char* kIso = "ISO-8601";
constexpr const char* kSql = "SQL";
// A DOUBLE holds 15 significant decimal digits exactly; longer fractions are money or ids.
constexpr int kDoubleDigits = 15;
constexpr int kMaxDecimalPrecision = 38;

// The timestamp layout every string of `shape` has: "ISO-8601", "SQL" or "" (none, or mixed).
std::string timestampLayout(const JsonValueShape& shape) {
    if (shape.strings == 0 || shape.nonNull() != shape.strings) return {};
    if (shape.isoTimestamps == shape.strings) return kIso;
    if (shape.sqlTimestamps == shape.strings) return kSql;
    return {};
}

// How many places of `shape` hold timestamps in each layout.
void countLayouts(const JsonValueShape& shape, int& iso, int& sql) {
    const std::string layout = timestampLayout(shape);
    iso += layout == kIso;
    sql += layout == kSql;
    for (const JsonFieldShape& field : shape.fields) countLayouts(field.value, iso, sql);
    if (shape.element) countLayouts(*shape.element, iso, sql);
}

int digitsOf(std::int64_t value) {
    std::string text = std::to_string(value);
    return static_cast<int>(text.size()) - (value < 0);
}

// Words of a field name: "createdAt" and "created_at" are both {"created", "at"}.
std::vector<std::string> nameWords(std::string_view name) {
    std::vector<std::string> words(1);
    for (std::size_t i = 0; i < name.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(name[i]);
        const bool upperAfterLower = std::isupper(c) && i > 0 && std::islower(static_cast<unsigned char>(name[i - 1]));
        if (!std::isalnum(c) || upperAfterLower) {
            if (!words.back().empty()) words.emplace_back();
            if (!std::isalnum(c)) continue;
        }
        words.back() += static_cast<char>(std::tolower(c));
    }
    if (words.back().empty()) words.pop_back();
    return words;
}

bool nameSaysTime(std::string_view name) {
    static const std::vector<std::string> timeWords = {"time", "timestamp", "ts", "date", "at", "ms", "millis", "epoch"};
    const std::vector<std::string> words = nameWords(name);
    return std::any_of(words.begin(), words.end(), [](const std::string& word) {
        return std::find(timeWords.begin(), timeWords.end(), word) != timeWords.end();
    });
}

// Chooses the Flink type of each place, and says why where the samples left a choice.
class TypeReader {
public:
    TypeReader(std::string standard, std::vector<std::string>& notes) : standard_(std::move(standard)), notes_(notes) {}

    // Whether a proposed type is a timestamp read from text, which the format's standard governs.
    bool readsTimestamps() const { return readsTimestamps_; }

    FlinkType typeOf(const JsonValueShape& shape, const std::string& path) {
        const int numbers = shape.integers + shape.bigIntegers + shape.fractions;
        const int kinds = (shape.booleans > 0) + (numbers > 0) + (shape.strings > 0) + (shape.objects > 0) + (shape.arrays > 0);
        if (kinds == 0) {
            notes_.push_back("'" + path + "' was null in every sample: proposed as STRING");
            return FlinkType::string();
        }
        if (kinds > 1) {
            notes_.push_back("'" + path + "' held values of different kinds: proposed as STRING (Flink reads any JSON value as text)");
            return FlinkType::string();
        }
        if (shape.booleans) return FlinkType(TypeKind::Boolean);
        if (numbers) return numberType(shape, path);
        if (shape.strings) return stringType(shape, path);
        if (shape.arrays) {
            if (!shape.element || shape.element->nonNull() == 0) {
                notes_.push_back("'" + path + "' held only empty arrays (or nulls in them): proposed as ARRAY<STRING>");
                return FlinkType::array(FlinkType::string());
            }
            return FlinkType::array(typeOf(*shape.element, path + "[]"));
        }
        std::vector<std::string> names;
        std::vector<FlinkType> types;
        for (const JsonFieldShape& field : shape.fields) {
            names.push_back(field.name);
            types.push_back(typeOf(field.value, path + "." + field.name));
        }
        return FlinkType::row(std::move(names), std::move(types));
    }

private:
    FlinkType numberType(const JsonValueShape& shape, const std::string& path) {
        if (shape.fractions) {
            if (shape.exponents || shape.maxPrecision <= kDoubleDigits) return FlinkType(TypeKind::Double);
            const int integerDigits = shape.integers ? std::max(digitsOf(shape.minInteger), digitsOf(shape.maxInteger)) : 0;
            const int wholeDigits = std::max({shape.maxPrecision - shape.maxScale, integerDigits, shape.maxIntegerDigits});
            const int precision = std::min(kMaxDecimalPrecision, wholeDigits + shape.maxScale);
            notes_.push_back("'" + path + "' has fractions of more than " + std::to_string(kDoubleDigits) +
                             " digits, which a DOUBLE would round: proposed as DECIMAL");
            return FlinkType(TypeKind::Decimal, precision, std::min(shape.maxScale, precision));
        }
        if (!shape.bigIntegers) return FlinkType(TypeKind::BigInt);
        if (shape.maxIntegerDigits > kMaxDecimalPrecision) {
            notes_.push_back("'" + path + "' has integers of more than 38 digits: proposed as DOUBLE, which rounds them");
            return FlinkType(TypeKind::Double);
        }
        return FlinkType(TypeKind::Decimal, std::max(20, shape.maxIntegerDigits), 0);
    }

    FlinkType stringType(const JsonValueShape& shape, const std::string& path) {
        const std::string layout = timestampLayout(shape);
        if (layout.empty()) return FlinkType::string();
        if (layout != standard_) {
            notes_.push_back("'" + path + "' holds " + layout + " timestamps but the format reads " + standard_ +
                             " ones (more fields use that layout): proposed as STRING");
            return FlinkType::string();
        }
        if (shape.zonedTimestamps == 0 || shape.zonedTimestamps == shape.strings) {
            readsTimestamps_ = true;
            return FlinkType(shape.zonedTimestamps == 0 ? TypeKind::Timestamp : TypeKind::TimestampLtz, 3);
        }
        notes_.push_back("'" + path + "' holds timestamps with and without a 'Z' zone: proposed as STRING");
        return FlinkType::string();
    }

    std::string standard_;
    std::vector<std::string>& notes_;
    bool readsTimestamps_ = false;
};

}  // namespace

void JsonSchemaInference::add(std::string_view text, std::int32_t partition, std::int64_t offset) {
    ++sampled_;
    if (text.empty()) {
        malformed_.push_back({partition, offset, "empty message"});
        return;
    }
    const Result<JsonValueShape> shape = JsonValueShape::parse(text);
    if (!shape) {
        malformed_.push_back({partition, offset, "not JSON: " + shape.error().message});
        return;
    }
    if (shape->objects != 1) {
        malformed_.push_back({partition, offset, "not a JSON object (a row is read from an object)"});
        return;
    }
    messages_.merge(*shape);
}

SchemaProposal JsonSchemaInference::propose() const {
    SchemaProposal proposal;
    proposal.sampled = sampled_;
    proposal.malformed = malformed_;
    const int readable = messages_.objects;
    int iso = 0;
    int sql = 0;
    countLayouts(messages_, iso, sql);
    // Flink's default standard is SQL; one standard holds for every field of the format.
    const std::string standard = iso > sql ? kIso : kSql;
    TypeReader reader(standard, proposal.notes);
    for (const JsonFieldShape& field : messages_.fields) {
        FlinkType type = reader.typeOf(field.value, field.name);
        const int seen = field.value.nonNull();
        std::string evidence = "seen in " + std::to_string(seen) + " of " + std::to_string(readable) + " message(s)";
        if (field.value.nulls) evidence += ", null in " + std::to_string(field.value.nulls);
        if (seen == readable) type = type.withNullable(false);
        if (type.kind() == TypeKind::BigInt && field.value.minInteger >= kEpochMillisFrom &&
            field.value.maxInteger < kEpochMillisTo) {
            // A name that says time, or values of the last year: ids of that size are rarely so recent.
            const auto yearAgo = std::chrono::duration_cast<std::chrono::milliseconds>(
                                     (now_ - std::chrono::days(366)).time_since_epoch())
                                     .count();
            if (nameSaysTime(field.name) || field.value.minInteger >= yearAgo) {
                evidence += "; epoch milliseconds";
                proposal.computedColumns.push_back({field.name + "_ltz", "TO_TIMESTAMP_LTZ(" + field.name + ", 3)"});
            }
        }
        proposal.columns.push_back({model::Column{field.name, std::move(type), {}}, std::move(evidence)});
    }
    if (reader.readsTimestamps()) proposal.formatOptions["json.timestamp-format.standard"] = standard;
    if (!proposal.computedColumns.empty())
        proposal.notes.push_back("computed columns are not part of the job model: add them in Flink SQL or compute them "
                                 "in a projection; the epoch-millisecond fields stay BIGINT");
    if (!proposal.formatOptions.empty())
        proposal.notes.push_back(standard == kSql ? "the timestamps are in the SQL layout, Flink's default "
                                                    "json.timestamp-format.standard: nothing to set"
                                                  : "json.timestamp-format.standard is not an option of the node yet: "
                                                    "set 'ISO-8601' in the exported SQL's WITH clause");
    if (readable == 0) proposal.notes.push_back("no message was a JSON object: nothing to propose");
    return proposal;
}

}  // namespace sw::runtime
