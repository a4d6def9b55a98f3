#include "fuzz_targets.h"
#include "model/job_file.h"
#include "validate/validator.h"

namespace sw::fuzz {

std::string loadAndValidateJob(std::string_view input) {
    auto job = model::parseJob(input);
    if (!job) {
        if (job.error().message.empty()) return "a refused job has no error message";
        return {};
    }
    for (kinds::Dialect dialect : {kinds::Dialect::AliyunVvr, kinds::Dialect::ApacheFlink})
        for (const analysis::Diagnostic& diagnostic : validate::validateJob(*job, dialect))
            if (diagnostic.message.empty()) return "diagnostic [" + diagnostic.code + "] has no message";
    const std::string saved = model::serializeJob(*job);
    auto reloaded = model::parseJob(saved);
    if (!reloaded) return "a saved job does not load again: " + reloaded.error().toString();
    if (model::serializeJob(*reloaded) != saved) return "a saved job saves differently after loading it again";
    return {};
}

}  // namespace sw::fuzz
