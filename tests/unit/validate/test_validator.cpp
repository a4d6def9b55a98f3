// validateJob as a whole: clean jobs stay clean, and diagnostics come out in a stable order.

#include "rule_case.h"

namespace sw::validate::test {
namespace {

struct CleanJob {
    const char* name;
    std::function<JobBuilder()> build;
};

TEST(Validator, CleanJobsHaveNoDiagnosticsInEitherDialect) {
    const CleanJob jobs[] = {
        {"lookup pipeline", lookupPipeline},
        {"tumbling window", [] { return windowPipeline("TUMBLE"); }},
        {"hopping window", [] {
             JobBuilder b = windowPipeline("HOP");
             b.node("agg").options["window.slide"] = "10 s";
             return b;
         }},
    };
    for (const auto& job : jobs) {
        for (auto dialect : {kinds::Dialect::AliyunVvr, kinds::Dialect::ApacheFlink}) {
            JobBuilder b = job.build();
            const auto all = validateJob(b.job(), dialect);
            EXPECT_TRUE(all.empty()) << job.name << " / " << kinds::toString(dialect) << ":\n" << describe(all);
        }
    }
}

TEST(Validator, ErrorsFirstThenNodeOrderThenRule) {
    JobBuilder b = lookupPipeline();
    b.kafkaSource("spare");                                 // warning on the last node
    b.node("out").options["password"] = "hunter2";          // error on node 5
    b.node("users").options["port"] = "x";                  // error on node 2
    b.node("users").options["join.type"] = "OUTER";         // second error on node 2
    b.node("users").schema.primaryKey.clear();              // warning on node 2
    b.job().settings.parallelism = 0;                       // job-level error
    const auto all = validateJob(b.job(), kinds::Dialect::AliyunVvr);
    std::vector<std::string> seen;
    for (const auto& d : all) seen.push_back(d.nodeId + ":" + d.code);
    const std::vector<std::string> expected = {
        ":setting-parallelism",  "users:bad-enum-value",     "users:bad-integer",
        "out:clear-text-secret", "users:lookup-without-key", "spare:unused-output",
    };
    EXPECT_EQ(seen, expected) << describe(all);
}

TEST(Validator, HasErrorsIgnoresWarnings) {
    analysis::Diagnostic warning;
    warning.severity = analysis::Severity::Warning;
    EXPECT_FALSE(analysis::hasErrors({warning}));
    analysis::Diagnostic error;
    EXPECT_TRUE(analysis::hasErrors({warning, error}));
    EXPECT_STREQ(toString(analysis::Severity::Error), "error");
    EXPECT_STREQ(toString(analysis::Severity::Warning), "warning");
}

}  // namespace
}  // namespace sw::validate::test
