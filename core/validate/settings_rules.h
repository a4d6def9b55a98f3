#pragma once
// Job settings rules: checkpointing, parallelism, mini-batch, network memory, extra keys and
// the extra settings that are durations.

#include "model/job_settings.h"
#include "analysis/findings.h"

namespace sw::validate {

void checkSettings(const model::JobSettings& settings, analysis::Findings& findings);

}  // namespace sw::validate
