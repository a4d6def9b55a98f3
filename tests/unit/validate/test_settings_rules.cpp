// Job settings rules: each bad value is reported at job level under its Flink key.

#include "rule_case.h"

namespace sw::validate::test {
namespace {

using namespace std::chrono_literals;

std::function<void(JobBuilder&)> settings(std::function<void(model::JobSettings&)> change) {
    return [=](JobBuilder& b) { change(b.job().settings); };
}

std::vector<RuleCase> settingsCases() {
    return {
        {"CheckpointInterval", "setting-checkpoint-interval", "", "execution.checkpointing.interval",
         settings([](auto& s) { s.checkpointInterval = 0ms; }), settings([](auto& s) { s.checkpointInterval = 30s; })},
        {"CheckpointTimeout", "setting-checkpoint-timeout", "", "execution.checkpointing.timeout",
         settings([](auto& s) { s.checkpointTimeout = -1ms; }), settings([](auto& s) { s.checkpointTimeout = 5min; })},
        {"TolerableFailures", "setting-tolerable-failures", "", "execution.checkpointing.tolerable-failed-checkpoints",
         settings([](auto& s) { s.tolerableFailedCheckpoints = -1; }),
         settings([](auto& s) { s.tolerableFailedCheckpoints = 0; })},
        {"Engine", "setting-engine", "", "engine", settings([](auto& s) { s.engine = "flink-9.9"; }),
         settings([](auto& s) { s.engine = "vvr-8.0"; })},
        {"Parallelism", "setting-parallelism", "", "parallelism.default",
         settings([](auto& s) { s.parallelism = 0; }), settings([](auto& s) { s.parallelism = 4; })},
        {"MiniBatchLatency", "setting-mini-batch", "", "table.exec.mini-batch.allow-latency",
         settings([](auto& s) { s.miniBatchLatency = 0ms; }), settings([](auto& s) { s.miniBatchEnabled = false; })},
        {"MiniBatchSize", "setting-mini-batch", "", "table.exec.mini-batch.size",
         settings([](auto& s) { s.miniBatchSize = 0; }), settings([](auto& s) { s.miniBatchSize = 500; })},
        {"NetworkFraction", "setting-network-fraction", "", "taskmanager.memory.network.fraction",
         settings([](auto& s) { s.networkMemoryFraction = 1.0; }),
         settings([](auto& s) { s.networkMemoryFraction = 0.25; })},
        {"EmptyExtraKey", "setting-empty-extra-key", "", "extra",
         settings([](auto& s) { s.extra[" "] = "true"; }), settings([](auto& s) {
             s.extra.erase(" ");
             s.extra["table.exec.sink.not-null-enforcer"] = "DROP";
         })},
        {"WatermarkInterval", "setting-duration", "", "pipeline.auto-watermark-interval",
         settings([](auto& s) { s.extra["pipeline.auto-watermark-interval"] = "often"; }),
         settings([](auto& s) { s.extra["pipeline.auto-watermark-interval"] = "200 ms"; })},
        {"IdleTimeout", "setting-duration", "", "table.exec.source.idle-timeout",
         settings([](auto& s) { s.extra["table.exec.source.idle-timeout"] = "-5 s"; }),
         settings([](auto& s) { s.extra["table.exec.source.idle-timeout"] = "0 ms"; })},
    };
}

class SettingsRules : public ::testing::TestWithParam<RuleCase> {};

TEST_P(SettingsRules, FiresOnBrokenJob) { expectRuleFires(GetParam()); }
TEST_P(SettingsRules, SilentAfterFix) { expectRuleFixed(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Validate, SettingsRules, ::testing::ValuesIn(settingsCases()), caseName);

TEST(SettingsRules, ZeroFractionIsRejectedToo) {
    JobBuilder b = lookupPipeline();
    b.job().settings.networkMemoryFraction = 0.0;
    EXPECT_EQ(withCode(validateJob(b.job(), kinds::Dialect::AliyunVvr), "setting-network-fraction").size(), 1u);
}

}  // namespace
}  // namespace sw::validate::test
