#pragma once
// Job settings rules: checkpointing, parallelism, mini-batch, network memory, extra keys.

#include "model/job_settings.h"
#include "validate/findings.h"

namespace sw::validate {

void checkSettings(const model::JobSettings& settings, Findings& findings);

}  // namespace sw::validate
