#include "kinds/mysql/sink_buffer_options.h"

#include "kinds/option_builder.h"

namespace sw::kinds {

namespace {

constexpr const char* kGroup = "Sink";

}  // namespace

std::vector<OptionDescriptor> sinkBufferOptions() {
    return {
        OptionBuilder("sink.buffer-flush.max-rows", "Flush after rows", ValueType::Int)
            .defaultValue("100")
            .atLeast(0)
            .group(kGroup)
            .sqlKey({"mysql", "jdbc"}, "sink.buffer-flush.max-rows")
            .sqlKey({"rds"}, "batchSize")
            .help("Buffered rows that trigger a write to the database."),
        OptionBuilder("sink.buffer-flush.interval", "Flush interval", ValueType::Duration)
            .defaultValue("1 s")
            .group(kGroup)
            .sqlKey({"mysql", "jdbc"}, "sink.buffer-flush.interval")
            .sqlKey({"rds"}, "flushIntervalMs")
            .durationAsMillisFor("rds")
            .help("Longest time a row waits in the buffer before it is written."),
        OptionBuilder("sink.max-retries", "Write retries", ValueType::Int)
            .defaultValue("3")
            .atLeast(0)
            .group(kGroup)
            .sqlKey({"mysql", "jdbc"}, "sink.max-retries")
            .sqlKey({"rds"}, "maxRetryTimes")
            .help("How many times a failed write is retried before the job fails."),
        OptionBuilder("sink.ignore-delete", "Ignore deletes", ValueType::Bool)
            .defaultValue("false")
            .group(kGroup)
            .sqlKey({"mysql"}, "sink.ignore-delete")
            .help("Skip DELETE changes instead of deleting rows (Alibaba mysql connector "
                  "only)."),
    };
}

}  // namespace sw::kinds
