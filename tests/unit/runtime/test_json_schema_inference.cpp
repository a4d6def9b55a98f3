// JSON schema inference on sample message texts: ROW and ARRAY, the number types, nullability with
// agreement counts, timestamps and their format standard, epoch milliseconds, malformed messages.
#include <gtest/gtest.h>

#include <algorithm>

#include "runtime/infer/json_schema_inference.h"

namespace sw::runtime {
namespace {

// 2026-12-03, after the sample values that are meant to look old.
const auto kNow = std::chrono::system_clock::time_point(std::chrono::milliseconds(1796256000000));

SchemaProposal propose(const std::vector<std::string>& messages) {
    JsonSchemaInference inference(kNow);
    std::int64_t offset = 0;
    for (const std::string& message : messages) inference.add(message, 0, offset++);
    return inference.propose();
}

const ProposedColumn& columnNamed(const SchemaProposal& proposal, const std::string& name) {
    const auto found = std::find_if(proposal.columns.begin(), proposal.columns.end(),
                                    [&](const ProposedColumn& c) { return c.column.name == name; });
    if (found == proposal.columns.end()) throw std::runtime_error("no proposed column " + name);
    return *found;
}

std::string typeOf(const SchemaProposal& proposal, const std::string& name) {
    return columnNamed(proposal, name).column.type.toSql();
}

std::string allNotes(const SchemaProposal& proposal) {
    std::string text;
    for (const std::string& note : proposal.notes) text += note + "\n";
    return text;
}

TEST(JsonSchemaInference, NestedObjectsAreRowsAndArraysAreArrays) {
    const auto proposal = propose({R"({"id": 1, "user": {"name": "a", "tags": ["x", "y"]}, "scores": [1, 2]})",
                                   R"({"id": 2, "user": {"name": "b", "tags": []}, "scores": [3]})"});
    EXPECT_EQ(typeOf(proposal, "id"), "BIGINT NOT NULL");
    EXPECT_EQ(typeOf(proposal, "user"), "ROW<`name` STRING, `tags` ARRAY<STRING>> NOT NULL");
    EXPECT_EQ(typeOf(proposal, "scores"), "ARRAY<BIGINT> NOT NULL");
    EXPECT_EQ(columnNamed(proposal, "id").evidence, "seen in 2 of 2 message(s)");
    ASSERT_EQ(proposal.columns.size(), 3u);
    EXPECT_EQ(proposal.columns[1].column.name, "user");  // the order first seen
}

TEST(JsonSchemaInference, NumbersAreBigintDoubleOrDecimalByWhatWasSeen) {
    const auto proposal = propose({
        R"({"n": 1, "mixed": 1, "big": 9223372036854775808, "huge": 123456789012345678901234, "money": 12345678901234.5678, "e": 1e3})",
        R"({"n": -5, "mixed": 2.5, "big": 1, "huge": 1, "money": 1.5, "e": 2})",
    });
    EXPECT_EQ(typeOf(proposal, "n"), "BIGINT NOT NULL");
    EXPECT_EQ(typeOf(proposal, "mixed"), "DOUBLE NOT NULL");
    EXPECT_EQ(typeOf(proposal, "big"), "DECIMAL(20, 0) NOT NULL");
    EXPECT_EQ(typeOf(proposal, "huge"), "DECIMAL(24, 0) NOT NULL");
    EXPECT_EQ(typeOf(proposal, "money"), "DECIMAL(18, 4) NOT NULL");
    EXPECT_EQ(typeOf(proposal, "e"), "DOUBLE NOT NULL");
}

TEST(JsonSchemaInference, MissingOrNullFieldsAreNullableWithAgreementCounts) {
    const auto proposal = propose({R"({"id": 1, "note": "a", "flag": true})", R"({"id": 2, "note": null, "flag": false})",
                                   R"({"id": 3})", R"({"id": 4, "note": "d"})"});
    EXPECT_EQ(typeOf(proposal, "id"), "BIGINT NOT NULL");
    EXPECT_EQ(typeOf(proposal, "note"), "STRING");
    EXPECT_EQ(columnNamed(proposal, "note").evidence, "seen in 2 of 4 message(s), null in 1");
    EXPECT_EQ(typeOf(proposal, "flag"), "BOOLEAN");
    EXPECT_EQ(columnNamed(proposal, "flag").evidence, "seen in 2 of 4 message(s)");
}

TEST(JsonSchemaInference, MixedKindsAndOnlyNullsAreStringsWithANote) {
    const auto proposal = propose({R"({"v": 1, "z": null})", R"({"v": "one", "z": null})"});
    EXPECT_EQ(typeOf(proposal, "v"), "STRING NOT NULL");
    EXPECT_EQ(typeOf(proposal, "z"), "STRING");
    EXPECT_NE(allNotes(proposal).find("'v' held values of different kinds"), std::string::npos) << allNotes(proposal);
    EXPECT_NE(allNotes(proposal).find("'z' was null in every sample"), std::string::npos) << allNotes(proposal);
}

TEST(JsonSchemaInference, IsoTimestampsNeedTheIsoStandard) {
    const auto proposal = propose({R"({"at": "2024-01-01T12:00:00", "at_utc": "2024-01-01T12:00:00.123Z"})",
                                   R"({"at": "2024-01-02T08:30:00.5", "at_utc": "2024-01-02T08:30:00Z"})"});
    EXPECT_EQ(typeOf(proposal, "at"), "TIMESTAMP(3) NOT NULL");
    EXPECT_EQ(typeOf(proposal, "at_utc"), "TIMESTAMP_LTZ(3) NOT NULL");
    ASSERT_EQ(proposal.formatOptions.count("json.timestamp-format.standard"), 1u);
    EXPECT_EQ(proposal.formatOptions.at("json.timestamp-format.standard"), "ISO-8601");
}

TEST(JsonSchemaInference, SqlTimestampsNeedTheSqlStandardAndTheOtherLayoutStaysText) {
    const auto proposal = propose({R"({"a": "2024-01-01 12:00:00", "b": "2024-01-01 13:00:00", "c": "2024-01-01T12:00:00"})"});
    EXPECT_EQ(typeOf(proposal, "a"), "TIMESTAMP(3) NOT NULL");
    EXPECT_EQ(typeOf(proposal, "b"), "TIMESTAMP(3) NOT NULL");
    EXPECT_EQ(typeOf(proposal, "c"), "STRING NOT NULL");
    EXPECT_EQ(proposal.formatOptions.at("json.timestamp-format.standard"), "SQL");
    EXPECT_NE(allNotes(proposal).find("'c' holds ISO-8601 timestamps"), std::string::npos) << allNotes(proposal);
    EXPECT_NE(allNotes(proposal).find("Flink's default json.timestamp-format.standard: nothing to set"),
              std::string::npos)
        << allNotes(proposal);
}

TEST(JsonSchemaInference, ATimestampFieldNeedsTheStandardWhateverFieldsFollowIt) {
    const auto proposal = propose({R"({"at": "2024-01-01T12:00:00", "mixed": "2024-01-01T12:00:00Z"})",
                                   R"({"at": "2024-01-01T13:00:00", "mixed": "2024-01-01T12:00:00"})"});
    EXPECT_EQ(typeOf(proposal, "at"), "TIMESTAMP(3) NOT NULL");
    EXPECT_EQ(typeOf(proposal, "mixed"), "STRING NOT NULL");
    EXPECT_EQ(proposal.formatOptions.count("json.timestamp-format.standard"), 1u);
    EXPECT_NE(allNotes(proposal).find("'mixed' holds timestamps with and without a 'Z' zone"), std::string::npos)
        << allNotes(proposal);
}

TEST(JsonSchemaInference, NotQuiteTimestampsStayText) {
    const auto proposal = propose({R"({"d": "2024-01-01", "t": "2024-01-01T12:00", "x": "2024-01-01T12:00:00+02:00"})"});
    EXPECT_EQ(typeOf(proposal, "d"), "STRING NOT NULL");
    EXPECT_EQ(typeOf(proposal, "t"), "STRING NOT NULL");
    EXPECT_EQ(typeOf(proposal, "x"), "STRING NOT NULL");
    EXPECT_TRUE(proposal.formatOptions.empty());
}

TEST(JsonSchemaInference, EpochMillisGetAComputedTimestampColumn) {
    // 2023-11-14: named as a time, or recent (within a year of kNow) without a telling name.
    const auto proposal = propose({R"({"created_ms": 1700000000000, "seq": 1796000000000, "id": 1700000000000})",
                                   R"({"created_ms": 1700000001000, "seq": 1796000001000, "id": 1700000000001})"});
    EXPECT_EQ(typeOf(proposal, "created_ms"), "BIGINT NOT NULL");
    ASSERT_EQ(proposal.computedColumns.size(), 2u);
    EXPECT_EQ(proposal.computedColumns[0].name, "created_ms_ltz");
    EXPECT_EQ(proposal.computedColumns[0].expression, "TO_TIMESTAMP_LTZ(created_ms, 3)");
    EXPECT_EQ(proposal.computedColumns[1].expression, "TO_TIMESTAMP_LTZ(seq, 3)");
    EXPECT_NE(columnNamed(proposal, "created_ms").evidence.find("epoch milliseconds"), std::string::npos);
    EXPECT_EQ(columnNamed(proposal, "id").evidence.find("epoch"), std::string::npos);  // old and not named as a time
    EXPECT_NE(allNotes(proposal).find("computed columns are not part of the job model"), std::string::npos);
}

TEST(JsonSchemaInference, IntegersOutsideTheEpochRangeAreNotTimes) {
    const auto proposal = propose({R"({"ts": 42, "updatedAt": 5000000000000})"});
    EXPECT_TRUE(proposal.computedColumns.empty());
}

TEST(JsonSchemaInference, MalformedMessagesAreCountedWithTheirPosition) {
    JsonSchemaInference inference(kNow);
    inference.add(R"({"id": 1})", 2, 10);
    inference.add(R"({"id": )", 2, 11);
    inference.add("[1, 2]", 3, 7);
    inference.add("", 3, 8);
    inference.add(std::string(100, '[') + std::string(100, ']'), 3, 9);
    const SchemaProposal proposal = inference.propose();
    EXPECT_EQ(proposal.sampled, 5);
    ASSERT_EQ(proposal.malformed.size(), 4u);
    EXPECT_EQ(proposal.malformed[0].partition, 2);
    EXPECT_EQ(proposal.malformed[0].offset, 11);
    EXPECT_NE(proposal.malformed[0].reason.find("not JSON"), std::string::npos);
    EXPECT_NE(proposal.malformed[1].reason.find("not a JSON object"), std::string::npos);
    EXPECT_EQ(proposal.malformed[2].reason, "empty message");
    EXPECT_NE(proposal.malformed[3].reason.find("nested deeper"), std::string::npos);
    ASSERT_EQ(proposal.columns.size(), 1u);
    EXPECT_EQ(columnNamed(proposal, "id").evidence, "seen in 1 of 1 message(s)");
}

TEST(JsonSchemaInference, ApplyingKeepsCommentsAndAWatermarkWhoseColumnStays) {
    model::Schema current;
    current.columns = {{"id", model::FlinkType(model::TypeKind::Int), "the order"},
                       {"at", model::FlinkType(model::TypeKind::Timestamp, 3), {}}};
    current.watermark = model::Watermark{"at", std::chrono::milliseconds(5000)};
    current.primaryKey = {"id"};
    const auto proposal = propose({R"({"id": 1, "at": "2024-01-01 12:00:00"})"});
    const model::Schema applied = proposal.applyTo(current);
    ASSERT_EQ(applied.columns.size(), 2u);
    EXPECT_EQ(applied.columns[0].comment, "the order");
    EXPECT_EQ(applied.columns[0].type.toSql(), "BIGINT NOT NULL");
    EXPECT_TRUE(applied.watermark.has_value());
    EXPECT_TRUE(applied.primaryKey.empty());  // the proposal's: a topic has no key
}

}  // namespace
}  // namespace sw::runtime
