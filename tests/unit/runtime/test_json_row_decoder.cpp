// JsonRowDecoder / JsonRowEncoder: Flink json format semantics, table-driven.
#include <gtest/gtest.h>

#include <cstdio>
#include <random>

#include "job_builder.h"
#include "runtime/formats/json_row_decoder.h"
#include "runtime/formats/json_row_encoder.h"

namespace sw::runtime {
namespace {

using test::column;

std::vector<model::Column> orderColumns() {
    return {column("id", "BIGINT"), column("qty", "INT"), column("price", "DECIMAL(10, 2)"), column("rate", "DOUBLE"),
            column("city", "STRING"), column("paid", "BOOLEAN"), column("at", "TIMESTAMP(3)")};
}

JsonRowDecoder decoder(JsonFormatOptions options = {}) {
    auto made = JsonRowDecoder::create(orderColumns(), options);
    EXPECT_TRUE(made.ok());
    return std::move(*made);
}

// 2024-03-01 12:34:56 UTC in microseconds, computed by hand: 19783 days since 1970-01-01.
constexpr std::int64_t kAtMicros = (19783LL * 86400 + 12 * 3600 + 34 * 60 + 56) * 1'000'000;

TEST(JsonRowDecoder, ConvertsTypesAsFlinkDoes) {
    struct Case { const char* json; std::size_t column; expr::Value expected; };
    const Case cases[] = {
        {R"({"id": 9007199254740993})", 0, expr::Value(std::int64_t{9007199254740993})},
        {R"({"id": "42"})", 0, expr::Value(std::int64_t{42})},  // numeric text is accepted
        {R"({"qty": -7})", 1, expr::Value(std::int64_t{-7})},
        {R"({"price": 12.345})", 2, expr::Value(expr::Decimal{1235, 2})},  // HALF_UP to the scale
        {R"({"price": "0.5"})", 2, expr::Value(expr::Decimal{50, 2})},
        {R"({"price": 3})", 2, expr::Value(expr::Decimal{300, 2})},
        {R"({"rate": 1.5e2})", 3, expr::Value(150.0)},
        {R"({"rate": 2})", 3, expr::Value(2.0)},
        {R"({"city": "Hangzhou"})", 4, expr::Value("Hangzhou")},
        {R"({"city": "a\"b\u00e9"})", 4, expr::Value("a\"b\xC3\xA9")},
        {R"({"city": 17})", 4, expr::Value("17")},  // non-strings keep their JSON text
        {R"({"city": {"x": [1, 2]}})", 4, expr::Value(R"({"x": [1, 2]})")},
        {R"({"paid": true})", 5, expr::Value(true)},
        {R"({"paid": "false"})", 5, expr::Value(false)},
        {R"({"at": "2024-03-01 12:34:56"})", 6, expr::Value(expr::Timestamp{kAtMicros})},
        {R"({"at": "2024-03-01 12:34:56.250"})", 6, expr::Value(expr::Timestamp{kAtMicros + 250000})},
        {R"({"at": "2024-03-01T12:34:56"})", 6, expr::Value(expr::Timestamp{kAtMicros})},
        {R"({"id": null})", 0, expr::Value()},
    };
    auto d = decoder();
    for (const Case& c : cases) {
        Batch batch;
        auto decoded = d.decode(c.json, batch);
        ASSERT_TRUE(decoded.ok()) << c.json << ": " << decoded.error().toString();
        ASSERT_EQ(batch.size(), 1u);
        EXPECT_EQ(batch.rows[0][c.column], c.expected) << c.json;
        EXPECT_EQ(batch.kinds[0], ChangeKind::Insert);
    }
}

TEST(JsonRowDecoder, MissingFieldIsNullUnlessFailOnMissingField) {
    Batch batch;
    auto lenient = decoder();
    ASSERT_TRUE(lenient.decode(R"({"id": 1, "unknown": [1, {"a": 2}]})", batch).ok());
    ASSERT_EQ(batch.size(), 1u);
    EXPECT_EQ(batch.rows[0][0], expr::Value(std::int64_t{1}));
    for (std::size_t i = 1; i < batch.rows[0].size(); ++i) EXPECT_TRUE(batch.rows[0][i].isNull()) << i;

    auto strict = decoder({.failOnMissingField = true, .ignoreParseErrors = false});
    Batch none;
    auto failed = strict.decode(R"({"id": 1})", none);
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().location, "field 'qty'");
    EXPECT_TRUE(none.empty());
}

TEST(JsonRowDecoder, BadMessagesFailOrAreSkippedAndCounted) {
    const char* bad[] = {
        "{\"id\": 1",            // truncated
        "not json",
        "[1, 2]",                // not an object
        "{\"id\": 1} trailing",  // content after the object
        R"({"qty": "many"})",    // does not convert
        R"({"qty": 1.5})",       // a fraction is not an INT
        R"({"qty": 3000000000})",  // beyond INT
        R"({"paid": 1})",
        R"({"at": "yesterday"})",
        R"({"id": [1]})",
        // JSON grammar, which simdjson checks only when it converts a value itself
        R"({"qty": 01})", R"({"qty": -})", R"({"qty": 1.})", R"({"qty": .5})", R"({"qty": 1e})",
        R"({"qty": +1})", R"({"city": tru})", R"({"city": falsey})", R"({"paid": True})",
    };
    auto failing = decoder();
    auto skipping = decoder({.failOnMissingField = false, .ignoreParseErrors = true});
    Batch batch;
    for (const char* message : bad) {
        EXPECT_FALSE(failing.decode(message, batch).ok()) << message;
        auto skipped = skipping.decode(message, batch);
        ASSERT_TRUE(skipped.ok()) << message;
        EXPECT_FALSE(*skipped) << message;
    }
    EXPECT_TRUE(batch.empty());
    EXPECT_EQ(skipping.skipped(), std::size(bad));
    EXPECT_EQ(failing.skipped(), 0u);
}

// Keys are first compared raw with the expected column's name; names that JSON must escape are
// matched on the unescaped key instead, and a raw prefix match is not taken for the name.
TEST(JsonRowDecoder, MatchesColumnNamesThatJsonEscapes) {
    auto made = JsonRowDecoder::create({column("a\"b", "INT"), column("c\\", "INT"), column("c", "INT")}, {});
    ASSERT_TRUE(made.ok());
    const expr::Value one(std::int64_t{1}), two(std::int64_t{2}), three(std::int64_t{3}), null;
    const std::pair<const char*, expr::Row> cases[] = {
        {R"({"a\"b": 1, "c\\": 2, "c": 3})", {one, two, three}},
        {R"({"c": 3, "c\\": 2, "a\"b": 1})", {one, two, three}},
        // Where `c\` is the expected column, the raw key `c\"` equals it byte for byte up to a
        // quote, but the key is c" (no such column).
        {R"({"a\"b": 1, "c\"": 9, "c": 3})", {one, null, three}},
    };
    Batch batch;
    for (const auto& [message, expected] : cases) {
        auto decoded = made->decode(message, batch);
        ASSERT_TRUE(decoded.ok() && *decoded) << message;
        EXPECT_EQ(batch.rows.back(), expected) << message;
    }
}

// The JSON text of `content` with its first character written as a \u escape.
std::string escapedFirst(std::string_view content) {
    if (content.empty()) return "";
    char escape[8];
    std::snprintf(escape, sizeof escape, "\\u%04X", static_cast<unsigned char>(content.front()));
    return escape + std::string(content.substr(1));
}

// The decoder reads keys and strings without escapes in place and leaves the others to simdjson's
// unescaping: the same message written with escapes must give the same row or the same error.
TEST(JsonRowDecoder, InPlaceStringsDecodeAsEscapedOnes) {
    const char* keys[] = {"id", "qty", "price", "rate", "city", "paid", "at", "other"};
    const char* tokens[] = {"0", "-0", "12", "-7", "1.5", "12.345", "-0.125", "1e3", "-2.5E-2", "9007199254740993",
                            "3000000000", "99999999999", "1E400", "\"Hangzhou\"", "\"42\"", "\" 7 \"", "\"true\"",
                            "\"FALSE\"", "\"2024-03-01 12:34:56\"", "\"\"", "\"x y\"", "\"1.5\"", "true", "false",
                            "null"};
    const char* spaces[] = {"", " ", "\n", "\t ", "\r\n"};
    std::mt19937 random(7);
    const auto pick = [&](const auto& options) { return std::string(options[random() % std::size(options)]); };
    int succeeded = 0;
    int failed = 0;
    for (int i = 0; i < 20000; ++i) {
        std::string plain = pick(spaces) + "{";
        std::string escaped = plain;
        const int count = 1 + static_cast<int>(random() % 6);
        for (int f = 0; f < count; ++f) {
            if (f) {
                const std::string comma = pick(spaces) + "," + pick(spaces);
                plain += comma;
                escaped += comma;
            }
            const std::string key = pick(keys);
            const std::string colon = pick(spaces) + ":" + pick(spaces);
            const std::string token = pick(tokens);
            const bool isString = token.front() == '"';
            plain += "\"" + key + "\"" + colon + token;
            escaped += "\"" + escapedFirst(key) + "\"" + colon +
                       (isString ? "\"" + escapedFirst(token.substr(1, token.size() - 2)) + "\"" : token);
        }
        const std::string end = pick(spaces) + "}" + pick(spaces);
        plain += end;
        escaped += end;

        for (const bool failOnMissing : {false, true}) {
            auto inPlace = decoder({.failOnMissingField = failOnMissing, .ignoreParseErrors = false});
            auto unescaping = decoder({.failOnMissingField = failOnMissing, .ignoreParseErrors = false});
            Batch inPlaceBatch;
            Batch unescapedBatch;
            const auto read = inPlace.decode(plain, inPlaceBatch);
            const auto unescaped = unescaping.decode(escaped, unescapedBatch);
            ASSERT_EQ(read.ok(), unescaped.ok()) << plain << " / " << escaped;
            if (read.ok()) {
                ++succeeded;
                EXPECT_EQ(inPlaceBatch.rows, unescapedBatch.rows) << plain << " / " << escaped;
            } else {
                ++failed;
                EXPECT_EQ(read.error().toString(), unescaped.error().toString()) << plain << " / " << escaped;
            }
        }
    }
    EXPECT_GT(succeeded, 1000);  // both outcomes were really compared
    EXPECT_GT(failed, 1000);
}

TEST(JsonFormatOptions, ReadsTheNodeOptionsAndRefusesBothFlags) {
    model::Node node;
    node.options = {{"json.ignore-parse-errors", "true"}};
    auto options = JsonFormatOptions::fromNode(node);
    ASSERT_TRUE(options.ok());
    EXPECT_TRUE(options->ignoreParseErrors);
    EXPECT_FALSE(options->failOnMissingField);
    node.options["json.fail-on-missing-field"] = "true";
    EXPECT_FALSE(JsonFormatOptions::fromNode(node).ok());
    node.options = {{"json.ignore-parse-errors", "yes"}};
    EXPECT_FALSE(JsonFormatOptions::fromNode(node).ok());
}

TEST(JsonRowEncoder, RoundTripsThroughTheDecoder) {
    const std::vector<expr::Row> rows = {
        {std::int64_t{1}, std::int64_t{2}, expr::Decimal{-150, 2}, 0.25, "quote\" and \\ and \n", true,
         expr::Timestamp{kAtMicros + 7000}},
        {std::int64_t{-9}, expr::Value(), expr::Decimal{0, 2}, 1e300, "", false, expr::Timestamp{kAtMicros}},
    };
    JsonRowEncoder encoder(orderColumns());
    auto d = decoder({.failOnMissingField = true, .ignoreParseErrors = false});
    std::string json;
    for (const auto& row : rows) {
        encoder.encode(row, json);
        Batch batch;
        auto decoded = d.decode(json, batch);
        ASSERT_TRUE(decoded.ok()) << json << ": " << decoded.error().toString();
        EXPECT_EQ(batch.rows.at(0), row) << json;
    }
}

TEST(JsonRowEncoder, WritesFlinkText) {
    JsonRowEncoder encoder({column("id", "BIGINT"), column("at", "TIMESTAMP(3)"), column("name", "STRING")});
    std::string json;
    encoder.encode({std::int64_t{5}, expr::Timestamp{kAtMicros + 250000}, expr::Value()}, json);
    EXPECT_EQ(json, R"({"id":5,"at":"2024-03-01 12:34:56.250","name":null})");
}

// A TIMESTAMP(9) column keeps its nanoseconds through Kafka JSON, written with nine fraction
// digits (java.time's ISO_LOCAL_TIME prints nanoseconds when they are not zero); BYTES travel as
// base64, as Flink's JSON format writes byte[].
TEST(JsonRowEncoder, KeepsNanosecondsAndWritesBytesAsBase64) {
    const std::vector<model::Column> columns = {column("at", "TIMESTAMP(9)"), column("raw", "BYTES")};
    JsonRowEncoder encoder(columns);
    std::string json;
    const expr::Row row = {expr::Timestamp{kAtMicros + 123456, 789}, expr::Bytes{"hi!"}};
    encoder.encode(row, json);
    EXPECT_EQ(json, R"({"at":"2024-03-01 12:34:56.123456789","raw":"aGkh"})");
    auto timestampOnly = JsonRowDecoder::create({columns[0]}, {});
    ASSERT_TRUE(timestampOnly.ok());
    Batch batch;
    ASSERT_TRUE(timestampOnly->decode(R"({"at":"2024-03-01 12:34:56.123456789"})", batch).ok());
    EXPECT_EQ(batch.rows.at(0).at(0), expr::Value(expr::Timestamp{kAtMicros + 123456, 789}));
}

// Flink's JSON format docs, "Data Type Mapping": ARRAY is a JSON array, MAP and ROW are objects.
std::vector<model::Column> compositeColumns() {
    return {column("tags", "ARRAY<STRING>"), column("attrs", "MAP<STRING, INT>"),
            column("user", "ROW<name STRING, scores ARRAY<BIGINT>>")};
}

TEST(JsonRowDecoder, ReadsArraysMapsAndRows) {
    auto made = JsonRowDecoder::create(compositeColumns(), {});
    ASSERT_TRUE(made.ok()) << made.error().toString();
    Batch batch;
    auto decoded = made->decode(R"({"tags": ["a", null], "attrs": {"z": 1, "a": "2"}, "user": {"scores": [3], "name": "li"}})", batch);
    ASSERT_TRUE(decoded.ok()) << decoded.error().toString();
    const expr::Row& row = batch.rows.at(0);
    EXPECT_EQ(row[0], expr::compositeValue({expr::Value("a"), expr::Value()}));
    // Keys keep the message's order; a numeric string converts as for a top-level INT column.
    EXPECT_EQ(row[1], expr::compositeValue({expr::Value("z"), expr::Value(std::int64_t{1}), expr::Value("a"),
                                            expr::Value(std::int64_t{2})}));
    EXPECT_EQ(row[2], expr::compositeValue({expr::Value("li"), expr::compositeValue({expr::Value(std::int64_t{3})})}));
}

TEST(JsonRowDecoder, NamesTheElementThatDoesNotConvert) {
    auto made = JsonRowDecoder::create(compositeColumns(), {});
    ASSERT_TRUE(made.ok());
    Batch batch;
    auto decoded = made->decode(R"({"user": {"name": "li", "scores": [1, "x"]}})", batch);
    ASSERT_FALSE(decoded.ok());
    EXPECT_NE(decoded.error().message.find("element 2"), std::string::npos) << decoded.error().toString();
    EXPECT_EQ(decoded.error().location, "field 'user'");
}

TEST(JsonRowDecoder, RefusesMapKeysOtherThanStrings) {
    // Flink's json format reads MAP keys only as strings (JsonToRowDataConverters.createMapConverter).
    auto made = JsonRowDecoder::create({column("m", "MAP<INT, STRING>")}, {});
    ASSERT_FALSE(made.ok());
    EXPECT_EQ(made.error().location, "column 'm'");
}

TEST(JsonRowEncoder, WritesCompositesAsJsonAndRoundTrips) {
    JsonRowEncoder encoder(compositeColumns());
    const expr::Row row = {expr::compositeValue({expr::Value("a\"b"), expr::Value()}),
                           expr::compositeValue({expr::Value("k"), expr::Value(std::int64_t{7})}),
                           expr::compositeValue({expr::Value("li"), expr::compositeValue({expr::Value(std::int64_t{3})})})};
    std::string json;
    encoder.encode(row, json);
    EXPECT_EQ(json, R"({"tags":["a\"b",null],"attrs":{"k":7},"user":{"name":"li","scores":[3]}})");
    auto made = JsonRowDecoder::create(compositeColumns(), {});
    ASSERT_TRUE(made.ok());
    Batch batch;
    ASSERT_TRUE(made->decode(json, batch).ok());
    EXPECT_EQ(batch.rows.at(0), row);
}

}  // namespace
}  // namespace sw::runtime
