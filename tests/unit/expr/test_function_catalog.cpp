// Function catalog tests: every built-in has a well-formed typing rule, is found by name, types
// as Flink documents it, and is either evaluated locally or refused naming the function; and
// docs/functions.md lists the catalog as it is.

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "ci_environment.h"
#include "expr/eval/aggregate_function.h"
#include "expr/eval/evaluator.h"
#include "expr/eval/local_functions.h"
#include "expr/parse/function_catalog.h"
#include "expr/parse/parser.h"
#include "expr/types/function_type_spec.h"
#include "expr/types/type_checker.h"

namespace sw::expr {
namespace {

namespace fs = std::filesystem;

std::vector<model::Column> schema() {
    const std::pair<const char*, const char*> spec[] = {
        {"city", "STRING"},           {"n", "INT NOT NULL"},       {"tags", "ARRAY<STRING>"},
        {"attrs", "MAP<STRING, INT>"}, {"ts", "TIMESTAMP(3)"},     {"price", "DECIMAL(10, 2)"},
        {"payload", "BYTES"},
    };
    std::vector<model::Column> columns;
    for (const auto& [name, type] : spec) columns.push_back(model::Column{name, *model::FlinkType::parse(type), ""});
    return columns;
}

Result<model::FlinkType> typeOf(const std::string& text) {
    auto parsed = parseExpression(text);
    if (!parsed) return parsed.error();
    return typeCheck(**parsed, schema(), AggregateUse::Allowed);
}

// An argument of `argClass` that the evaluator can compile (a column where no literal exists).
std::string argumentOf(char argClass) {
    switch (argClass) {
    case 'i':
    case 'n':
    case 'z':
    case 'k':
    case 'x': return "n";
    case 'b': return "TRUE";
    case 't': return "ts";
    case 'a': return "tags";
    case 'm':
    case 'c': return "attrs";
    default: return "city";  // s, y, T
    }
}

// NAME(args) with the least number of arguments, each of the class the rule asks for.
std::string sampleCall(const FunctionInfo& info) {
    std::string spec(info.types.substr(0, info.types.find("->")));
    std::vector<char> classes;
    for (char c : spec) {
        if (c != ',' && c != '*') classes.push_back(c);
    }
    std::string text(info.name);
    if (info.syntax == FunctionSyntax::Niladic) return text;
    if (info.id == FunctionId::Position) return text + "(city IN city)";  // its only syntax
    if (info.id == FunctionId::IsJson) return "city IS JSON";
    if (info.id == FunctionId::Overlay) return text + "(city PLACING city FROM n)";
    if (info.id == FunctionId::Extract) return "EXTRACT(YEAR FROM ts)";  // a unit word, then FROM
    text += "(";
    // TIMESTAMPADD and TIMESTAMPDIFF take a unit word before their arguments.
    if (info.id == FunctionId::TimestampAdd || info.id == FunctionId::TimestampDiff) text += "DAY, ";
    for (int i = 0; i < info.minArgs; ++i) {
        char argClass = i < static_cast<int>(classes.size()) ? classes[static_cast<std::size_t>(i)] : classes.back();
        text += (i ? ", " : "") + argumentOf(argClass);
    }
    return text + ")";
}

TEST(FunctionCatalog, EveryTypingRuleIsWellFormed) {
    for (const FunctionInfo& info : allFunctions()) {
        EXPECT_TRUE(FunctionTypeSpec(info.types).valid()) << info.name << ": " << info.types;
        EXPECT_FALSE(info.signature.empty()) << info.name;
        EXPECT_FALSE(info.description.empty()) << info.name;
    }
}

TEST(FunctionCatalog, FindsEveryFunctionByAnyCaseAndTheAliases) {
    std::set<std::string_view> names;
    for (const FunctionInfo& info : allFunctions()) {
        EXPECT_TRUE(names.insert(info.name).second) << "listed twice: " << info.name;
        std::string lower(info.name);
        for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        const FunctionInfo* found = findFunction(lower);
        ASSERT_NE(found, nullptr) << lower;
        EXPECT_EQ(found->id, info.id);
    }
    EXPECT_EQ(findFunction("ceiling")->id, FunctionId::Ceil);
    EXPECT_EQ(findFunction("CHARACTER_LENGTH")->id, FunctionId::CharLength);
    EXPECT_EQ(findFunction("my_udf"), nullptr);
}

TEST(FunctionCatalog, EveryFunctionTypeChecksWithArgumentsOfItsClasses) {
    for (const FunctionInfo& info : allFunctions()) {
        auto type = typeOf(sampleCall(info));
        EXPECT_TRUE(type.ok()) << sampleCall(info) << ": " << (type.ok() ? "" : type.error().message);
    }
}

struct Typed {
    const char* text;
    const char* type;  // expected FlinkType::toSql()
};

// Result types as docs/research/flink-functions/functions.tsv records them (Flink's
// sql_functions.yml and BuiltInFunctionDefinitions).
TEST(FunctionCatalog, ResultTypesFollowFlink) {
    const Typed cases[] = {
        {"SPLIT_INDEX(city, ',', 1)", "STRING"},
        {"LPAD(city, 5, '0')", "STRING"},
        {"REGEXP_EXTRACT_ALL(city, 'a(b)')", "ARRAY<STRING>"},
        {"STR_TO_MAP('a=1')", "MAP<STRING, STRING> NOT NULL"},
        {"MD5(city)", "CHAR(32)"},
        {"CHAR_LENGTH(city)", "INT"},
        {"SQRT(n)", "DOUBLE NOT NULL"},
        {"PI()", "DOUBLE NOT NULL"},
        {"YEAR(ts)", "BIGINT"},
        {"TO_DATE('2024-01-31')", "DATE"},
        {"IFNULL(city, 'x')", "STRING"},
        {"GREATEST(n, 2.5)", "DECIMAL(11, 1) NOT NULL"},
        {"CARDINALITY(tags)", "INT"},
        {"ELEMENT(tags)", "STRING"},
        {"MAP_KEYS(attrs)", "ARRAY<STRING>"},
        {"MAP_ENTRIES(attrs)", "ARRAY<ROW<`key` STRING, `value` INT>>"},
        {"ARRAY_CONTAINS(tags, 'x')", "BOOLEAN"},
        {"ENCODE(city, 'UTF-8')", "BYTES"},
        {"TO_BASE64(payload)", "STRING"},
        {"STDDEV_POP(price)", "DECIMAL(38, 6)"},
        {"LISTAGG(city)", "STRING"},
        {"ARRAY_AGG(n)", "ARRAY<INT NOT NULL>"},
    };
    for (const Typed& c : cases) {
        auto type = typeOf(c.text);
        ASSERT_TRUE(type.ok()) << c.text << ": " << type.error().message;
        EXPECT_EQ(type->toSql(), c.type) << c.text;
    }
}

TEST(FunctionCatalog, WrongArgumentClassesAreNamed) {
    auto type = typeOf("LPAD(city, 'five', '0')");
    ASSERT_FALSE(type.ok());
    EXPECT_EQ(type.error().message, "LPAD needs an integer argument, got 'five' (CHAR(4))");
    type = typeOf("CARDINALITY(city)");
    ASSERT_FALSE(type.ok());
    EXPECT_NE(type.error().message.find("CARDINALITY needs an ARRAY or a MAP argument"), std::string::npos)
        << type.error().message;
}

// Each function is either compiled by the evaluator or refused with the function's name: the
// evaluator's list (local_functions.cpp) and its factories agree.
TEST(FunctionCatalog, LocalEvaluationCompilesOrRefusesByName) {
    for (const FunctionInfo& info : allFunctions()) {
        const std::string text = sampleCall(info);
        auto parsed = parseExpression(text);
        ASSERT_TRUE(parsed.ok()) << text << ": " << parsed.error().message;
        std::string error;
        if (info.syntax == FunctionSyntax::Aggregate) {
            auto compiled = compileAggregateOutputs({parsed->get()}, schema(), {});
            if (!compiled) error = compiled.error().message;
        } else {
            auto compiled = compileExpression(**parsed, schema());
            if (!compiled) error = compiled.error().message;
        }
        if (isEvaluatedLocally(info.id)) {
            EXPECT_EQ(error, "") << text;
        } else {
            EXPECT_EQ(error, std::string(info.name) + " is not evaluated locally yet") << text;
        }
    }
}

std::string readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// docs/functions.md: every built-in with its signature, first version and whether it runs locally.
std::string functionsMarkdown() {
    std::ostringstream out;
    out << "# Built-in functions\n\n"
           "Generated from the function catalog (`core/expr/parse/function_catalog.cpp`) by\n"
           "`tests/unit/expr/test_function_catalog.cpp`; rewrite it with `SW_UPDATE_GOLDEN=1`.\n\n"
           "Every function listed type-checks and exports. \"Since\" is the first Apache Flink release that has\n"
           "it; \"VVR\" marks Alibaba Cloud VVR's own built-ins, valid only with the aliyun-vvr dialect on a\n"
           "VVR engine. \"Local run\" says whether the embedded runtime evaluates it; a local run of a node\n"
           "whose expression uses one that it does not is refused, naming the function.\n\n";
    std::size_t local = 0;
    for (const FunctionInfo& info : allFunctions()) local += isEvaluatedLocally(info.id);
    out << local << " of " << allFunctions().size() << " functions run locally.\n\n";
    out << "| Function | Signature | Since | Local run | What it does |\n|---|---|---|---|---|\n";
    for (const FunctionInfo& info : allFunctions()) {
        std::string signature(info.signature);
        for (std::size_t at = signature.find('|'); at != std::string::npos; at = signature.find('|', at + 2)) {
            signature.replace(at, 1, "\\|");
        }
        out << "| " << info.name << " | `" << signature << "` | "
            << (info.origin == FunctionOrigin::VvrOnly ? std::string("VVR") : std::string(toString(info.since))) << " | "
            << (isEvaluatedLocally(info.id) ? "yes" : "no") << " | " << info.description << " |\n";
    }
    return out.str();
}

TEST(FunctionCatalog, DocsListTheCatalog) {
    const fs::path doc = fs::path(SW_SOURCE_DIR) / "docs/functions.md";
    const std::string expected = functionsMarkdown();
    const char* update = std::getenv("SW_UPDATE_GOLDEN");
    if (update != nullptr && std::string_view(update) == "1") {
        if (sw::testing::CiEnvironment::active()) FAIL() << "SW_UPDATE_GOLDEN=1 never rewrites docs under CI";
        std::ofstream(doc, std::ios::binary) << expected;
    }
    EXPECT_EQ(readFile(doc), expected) << doc << " is out of date: run this test with SW_UPDATE_GOLDEN=1 and review";
}

}  // namespace
}  // namespace sw::expr
