#pragma once
// What a consumer group committed, asked from the broker by a consumer of that group that
// reads nothing: how tests see whether a run moved a group.

#include <string>

namespace sw::testing {

// The sum of the offsets `group` committed for partitions 0..3 of `topic` (the mock broker's
// auto-created topics have 4), counting -1 per partition without a commit; -100 when the broker
// did not answer.
long long committedOffsets(const std::string& bootstrap, const std::string& group, const std::string& topic);

}  // namespace sw::testing
