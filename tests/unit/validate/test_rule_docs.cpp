// docs/validation.md must document exactly the rule codes that core/validate can emit,
// with the same severity: both files are parsed here so they cannot drift apart.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>
#include <string>

namespace {

std::string readFile(const std::string& path) {
    std::ifstream in(path);
    EXPECT_TRUE(in.good()) << path;
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

// Every rule is declared as `RuleCode kName{"code", Severity::X}` in rule_codes.h, and the
// Findings API accepts nothing else, so this is the complete set of emitted codes (a kind's own
// checkOptions names its code as text, and rule_codes.h declares it too).
std::map<std::string, std::string> codesInSource() {
    const std::string text = readFile(std::string(SW_SOURCE_DIR) + "/core/analysis/rule_codes.h");
    const std::regex declaration(R"re(RuleCode\s+k\w+\{"([a-z0-9-]+)",\s*Severity::(Error|Warning)\})re");
    std::map<std::string, std::string> codes;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), declaration); it != std::sregex_iterator(); ++it) {
        codes[(*it)[1]] = (*it)[2] == "Error" ? "error" : "warning";
    }
    return codes;
}

// Table rows of the form "| `code` | error | ... |".
std::map<std::string, std::string> codesInDoc() {
    const std::string text = readFile(std::string(SW_SOURCE_DIR) + "/docs/validation.md");
    const std::regex row(R"(^\|\s*`([a-z0-9-]+)`\s*\|\s*(error|warning)\s*\|)", std::regex::multiline);
    std::map<std::string, std::string> codes;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), row); it != std::sregex_iterator(); ++it) {
        EXPECT_TRUE(codes.emplace((*it)[1], (*it)[2]).second) << "documented twice: " << (*it)[1];
    }
    return codes;
}

TEST(RuleDocs, EveryEmittedCodeIsDocumentedWithItsSeverity) {
    const auto source = codesInSource();
    const auto doc = codesInDoc();
    ASSERT_GT(source.size(), 40u);  // the parser really found the declarations
    for (const auto& [code, severity] : source) {
        auto found = doc.find(code);
        ASSERT_NE(found, doc.end()) << "docs/validation.md lacks rule " << code;
        EXPECT_EQ(found->second, severity) << code;
    }
}

TEST(RuleDocs, DocumentsNoRuleThatDoesNotExist) {
    const auto source = codesInSource();
    for (const auto& [code, severity] : codesInDoc()) {
        EXPECT_TRUE(source.count(code)) << "docs/validation.md documents unknown rule " << code;
    }
}

TEST(RuleDocs, NoRuleCodeIsWrittenOutsideRuleCodes) {
    // Rules must emit through RuleCode constants; a literal code elsewhere would bypass the doc check.
    const auto source = codesInSource();
    int files = 0;
    for (const char* folder : {"/core/validate", "/core/analysis"}) {
        for (const auto& entry : std::filesystem::directory_iterator(std::string(SW_SOURCE_DIR) + folder)) {
            if (entry.path().extension() != ".cpp") continue;
            ++files;
            const std::string text = readFile(entry.path().string());
            for (const auto& [code, severity] : source) {
                EXPECT_EQ(text.find("\"" + code + "\""), std::string::npos) << entry.path() << " spells out " << code;
            }
        }
    }
    EXPECT_GT(files, 5);
}

TEST(RuleDocs, EveryRuleHasATestCase) {
    std::string tests;
    for (const char* folder : {"/tests/unit/validate", "/tests/unit/analysis"}) {
        for (const auto& entry : std::filesystem::directory_iterator(std::string(SW_SOURCE_DIR) + folder)) {
            const auto name = entry.path().filename().string();
            if (name.starts_with("test_") && name != "test_rule_docs.cpp") tests += readFile(entry.path().string());
        }
    }
    for (const auto& [code, severity] : codesInSource()) {
        EXPECT_NE(tests.find("\"" + code + "\""), std::string::npos) << "no test names rule " << code;
    }
}

}  // namespace
