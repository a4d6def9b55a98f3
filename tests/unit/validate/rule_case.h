#pragma once
// Test helper: one rule exercised both ways — a broken job fires it at the right node and field,
// and the same job with the fix applied does not.

#include <functional>
#include <ostream>

#include "job_builder.h"
#include "validate/validator.h"

namespace sw::validate::test {

struct RuleCase {
    using Change = std::function<void(JobBuilder&)>;

    RuleCase(std::string name, std::string code, std::string nodeId, std::string field, Change breakJob,
             Change fixJob, analysis::Severity severity = analysis::Severity::Error,
             std::function<JobBuilder()> base = [] { return lookupPipeline(); },
             kinds::Dialect dialect = kinds::Dialect::AliyunVvr, std::string fixValue = {})
        : name(std::move(name)), code(std::move(code)), nodeId(std::move(nodeId)), field(std::move(field)),
          breakJob(std::move(breakJob)), fixJob(std::move(fixJob)), severity(severity), base(std::move(base)),
          dialect(dialect), fixValue(std::move(fixValue)) {}

    std::string name;  // test name suffix: [A-Za-z0-9_]
    std::string code;
    std::string nodeId;  // "" = job level
    std::string field;
    Change breakJob;
    Change fixJob;
    analysis::Severity severity;
    std::function<JobBuilder()> base;
    kinds::Dialect dialect;
    std::string fixValue;  // expected one-click fix, when the rule offers one
};

inline void PrintTo(const RuleCase& c, std::ostream* os) { *os << c.name; }

inline std::string caseName(const ::testing::TestParamInfo<RuleCase>& info) { return info.param.name; }

inline void expectRuleFires(const RuleCase& c) {
    JobBuilder b = c.base();
    c.breakJob(b);
    const auto all = validateJob(b.job(), c.dialect);
    const auto hits = withCode(all, c.code);
    const auto match = std::find_if(hits.begin(), hits.end(), [&](const analysis::Diagnostic& d) {
        return d.nodeId == c.nodeId && d.field == c.field;
    });
    ASSERT_NE(match, hits.end()) << "expected " << c.code << " at [" << c.nodeId << " / " << c.field
                                 << "], got:\n" << describe(all);
    EXPECT_EQ(match->severity, c.severity);
    if (!c.nodeId.empty()) {
        const model::Node* node = b.job().findNode(c.nodeId);
        ASSERT_NE(node, nullptr);
        const std::string named = node->name.empty() ? node->id : "'" + node->name + "'";
        EXPECT_NE(match->message.find(named), std::string::npos) << match->message;
    }
    if (!c.fixValue.empty()) {
        EXPECT_EQ(match->fixValue, c.fixValue);
    }
}

inline void expectRuleFixed(const RuleCase& c) {
    JobBuilder b = c.base();
    c.breakJob(b);
    c.fixJob(b);
    const auto all = validateJob(b.job(), c.dialect);
    EXPECT_TRUE(withCode(all, c.code).empty()) << "still fires after the fix:\n" << describe(all);
}

}  // namespace sw::validate::test
