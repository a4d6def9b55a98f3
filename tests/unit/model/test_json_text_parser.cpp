// parseJsonText: no exception escapes, nesting is bounded, and problems carry a byte offset.
#include <gtest/gtest.h>

#include "model/json_text_parser.h"

namespace sw::model {
namespace {

std::string nestedArrays(std::size_t depth) { return std::string(depth, '[') + std::string(depth, ']'); }

TEST(JsonTextParser, ReadsADocumentAtTheNestingLimit) {
    nlohmann::json document;
    const auto problem = parseJsonText(R"({"a": )" + nestedArrays(kMaxJsonNesting - 1) + "}", document);
    ASSERT_FALSE(problem) << problem->message;
    const nlohmann::json* level = &document["a"];
    std::size_t depth = 2;  // the document object, then the outermost array
    while (!level->empty()) level = &level->front(), ++depth;
    EXPECT_EQ(depth, kMaxJsonNesting);
}

TEST(JsonTextParser, RefusesDeeperNestingAtTheBracketThatGoesTooDeep) {
    for (const std::size_t depth : {kMaxJsonNesting + 1, std::size_t{10'000}, std::size_t{100'000}}) {
        // Brackets inside a string are text, not nesting.
        const std::string text = R"({"s": "[[[{", "a": )" + nestedArrays(depth) + "}";
        nlohmann::ordered_json document;
        const auto problem = parseJsonText(text, document);
        ASSERT_TRUE(problem) << depth;
        EXPECT_NE(problem->message.find("nested deeper than 64 levels"), std::string::npos) << problem->message;
        EXPECT_EQ(problem->offset, text.find('[', text.find("\"a\"")) + kMaxJsonNesting - 1) << depth;
    }
    nlohmann::json document;
    const std::string objects = R"({"a":)";
    std::string deepObjects;
    for (std::size_t i = 0; i < 100'000; ++i) deepObjects += objects;
    deepObjects += "1" + std::string(100'000, '}');
    const auto problem = parseJsonText(deepObjects, document);
    ASSERT_TRUE(problem);
    EXPECT_EQ(problem->offset, objects.size() * kMaxJsonNesting);
}

TEST(JsonTextParser, RefusesNumbersADoubleCannotHoldAtTheirFirstByte) {
    for (const std::string& number : {std::string("1e999"), std::string("1E400"), std::string("-1e999"),
                                       "1" + std::string(400, '0') + ".5"}) {
        nlohmann::json document;
        const std::string text = R"({"parallelism": )" + number + "}";
        const auto problem = parseJsonText(text, document);
        ASSERT_TRUE(problem) << number;
        EXPECT_NE(problem->message.find("number out of range: " + number.substr(0, 5)), std::string::npos)
            << problem->message;
        EXPECT_LT(problem->message.size(), 80u) << "the number is cut in the message";
        EXPECT_EQ(problem->offset, text.find(number)) << number;
    }
}

TEST(JsonTextParser, ReportsSyntaxErrorsWithTheirOffset) {
    nlohmann::json document;
    const auto problem = parseJsonText(R"({"a": [1,,2]})", document);
    ASSERT_TRUE(problem);
    EXPECT_NE(problem->message.find("syntax error"), std::string::npos) << problem->message;
    EXPECT_EQ(problem->offset, 9u);
}

}  // namespace
}  // namespace sw::model
