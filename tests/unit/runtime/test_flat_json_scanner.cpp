// FlatJsonScanner: the decoder's fast path accepts only valid flat JSON, and rows decoded through
// it equal rows decoded by the full parser.
#include <gtest/gtest.h>

#include <random>

#include "job_builder.h"
#include "runtime/flat_json_scanner.h"
#include "runtime/json_row_decoder.h"

namespace sw::runtime {
namespace {

using test::column;

TEST(FlatJsonScanner, ReadsAFlatObjectInOrder) {
    std::vector<JsonField> fields;
    ASSERT_TRUE(FlatJsonScanner::scan(" {\"a\" : \"x y\" ,\"b\":-1.5e+3,\n\"c\":true,\"d\":false,\"e\":null,\"a\":0}\t", fields));
    ASSERT_EQ(fields.size(), 6u);
    const std::pair<JsonTokenKind, std::string_view> expected[] = {
        {JsonTokenKind::String, "x y"}, {JsonTokenKind::Number, "-1.5e+3"}, {JsonTokenKind::Boolean, "true"},
        {JsonTokenKind::Boolean, "false"}, {JsonTokenKind::Null, "null"}, {JsonTokenKind::Number, "0"}};
    const char* keys[] = {"a", "b", "c", "d", "e", "a"};
    for (std::size_t i = 0; i < fields.size(); ++i) {
        EXPECT_EQ(fields[i].key, keys[i]) << i;
        EXPECT_EQ(fields[i].kind, expected[i].first) << i;
        EXPECT_EQ(fields[i].text, expected[i].second) << i;
    }
    ASSERT_TRUE(FlatJsonScanner::scan("{}", fields));
    EXPECT_TRUE(fields.empty());
}

TEST(FlatJsonScanner, LeavesEverythingElseToTheFullParser) {
    const char* outside[] = {
        // not JSON at all
        "", "  ", "[]", "{", "}", "{\"id\":1", "{\"id\":1}}", "{\"id\":1} x", "{,}", "{\"id\":1,}", "{\"a\" 1}",
        "{'id':1}", "{id:1}", "{\"id\":1 2}", "{\"id\":\"open}",
        // numbers JSON does not allow
        "{\"id\":01}", "{\"id\":1.}", "{\"id\":-}", "{\"id\":1e}", "{\"id\":.5}", "{\"id\":+1}", "{\"id\":NaN}",
        "{\"id\":Infinity}", "{\"id\":0x10}", "{\"id\":1e+}", "{\"id\":--1}",
        // literals
        "{\"id\":tru}", "{\"id\":nul}", "{\"id\":truex}", "{\"id\":True}", "{\"id\":falsey}",
        // valid JSON the fast path does not take: nested values, escapes, controls, non-ASCII
        "{\"id\":[1]}", "{\"id\":{\"x\":1}}", "{\"id\":\"a\\\"b\"}", "{\"i\\u0064\":1}", "{\"name\":\"a\x01\"}",
        "{\"name\":\"h\xC3\xA9\"}",
    };
    std::vector<JsonField> fields;
    for (const char* text : outside) EXPECT_FALSE(FlatJsonScanner::scan(text, fields)) << text;
    EXPECT_FALSE(FlatJsonScanner::scan(std::string("{\"id\":1}\0", 9), fields));  // a NUL after the object
}

std::vector<model::Column> allKinds() {
    return {column("id", "BIGINT"), column("qty", "INT"), column("price", "DECIMAL(10, 2)"), column("rate", "DOUBLE"),
            column("city", "STRING"), column("paid", "BOOLEAN"), column("at", "TIMESTAMP(3)")};
}

// Same message with a nested field first: the fast path refuses it, the full parser ignores the
// field (no such column), so the rest must decode to the same row or the same error.
std::string forFullParser(const std::string& message) {
    const std::size_t brace = message.find('{');
    return message.substr(0, brace + 1) + "\"_\":[0]," + message.substr(brace + 1);
}

TEST(JsonRowDecoder, FastPathDecodesExactlyAsTheFullParser) {
    const char* keys[] = {"id", "qty", "price", "rate", "city", "paid", "at", "other"};
    const char* tokens[] = {"0", "-0", "12", "-7", "1.5", "12.345", "-0.125", "1e3", "-2.5E-2", "9007199254740993",
                            "3000000000", "99999999999", "1E400", "\"Hangzhou\"", "\"42\"", "\" 7 \"", "\"true\"",
                            "\"FALSE\"", "\"2024-03-01 12:34:56\"", "\"\"", "\"x y\"", "\"1.5\"", "true", "false",
                            "null"};
    const char* spaces[] = {"", " ", "\n", "\t ", "\r\n"};
    std::mt19937 random(7);
    const auto pick = [&](const auto& options) { return options[random() % std::size(options)]; };
    std::vector<JsonField> fields;
    int succeeded = 0;
    int failed = 0;
    for (int i = 0; i < 20000; ++i) {
        std::string message = std::string(pick(spaces)) + "{";
        const int count = 1 + static_cast<int>(random() % 6);
        for (int f = 0; f < count; ++f) {
            if (f) message += std::string(pick(spaces)) + "," + pick(spaces);
            message += std::string("\"") + pick(keys) + "\"" + pick(spaces) + ":" + pick(spaces) + pick(tokens);
        }
        message += std::string(pick(spaces)) + "}" + pick(spaces);
        ASSERT_TRUE(FlatJsonScanner::scan(message, fields)) << message;
        const std::string full = forFullParser(message);
        ASSERT_FALSE(FlatJsonScanner::scan(full, fields)) << full;

        for (const bool failOnMissing : {false, true}) {
            auto fastDecoder = JsonRowDecoder::create(allKinds(), {.failOnMissingField = failOnMissing, .ignoreParseErrors = false});
            auto fullDecoder = JsonRowDecoder::create(allKinds(), {.failOnMissingField = failOnMissing, .ignoreParseErrors = false});
            ASSERT_TRUE(fastDecoder.ok() && fullDecoder.ok());
            Batch fastBatch;
            Batch fullBatch;
            const auto fast = fastDecoder->decode(message, fastBatch);
            const auto slow = fullDecoder->decode(full, fullBatch);
            ASSERT_EQ(fast.ok(), slow.ok()) << message << (fast.ok() ? slow.error() : fast.error()).toString();
            if (fast.ok()) {
                ++succeeded;
                EXPECT_EQ(fastBatch.rows, fullBatch.rows) << message;
            } else {
                ++failed;
                EXPECT_EQ(fast.error().toString(), slow.error().toString()) << message;
            }
        }
    }
    EXPECT_GT(succeeded, 1000);  // both outcomes were really compared
    EXPECT_GT(failed, 1000);
}

}  // namespace
}  // namespace sw::runtime
