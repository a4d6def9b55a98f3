#pragma once
// Kafka options shared by the kafka-source, kafka-sink and upsert-kafka-sink kinds.

#include "kinds/option_descriptor.h"

namespace sw::kinds {

// "topic"; sinks require it, sources may use "topic-pattern" instead (the validator checks that).
OptionDescriptor kafkaTopicOption(bool required);
OptionDescriptor kafkaTopicPatternOption();
OptionDescriptor kafkaBootstrapServersOption();
// "format": the message format of the `kafka` connector, source and sink alike.
OptionDescriptor kafkaFormatOption();
// "key.format" / "value.format" of `upsert-kafka`; `id` is one of the two.
OptionDescriptor upsertKafkaFormatOption(const char* id, const char* label);

}  // namespace sw::kinds
