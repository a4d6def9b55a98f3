#include "cli/run_reporter.h"

namespace sw::cli {

const char* stoppingText(StopCause cause) {
    switch (cause) {
    case StopCause::Interrupt: return "interrupted: stopping cleanly";
    case StopCause::Duration: return "duration reached: stopping";
    case StopCause::StopCommand: return "stop requested: stopping cleanly";
    case StopCause::InputClosed: return "stdin closed: stopping cleanly";
    }
    return "stopping";
}

std::string lastCheckpointText(const runtime::MetricsSnapshot& snapshot) {
    return snapshot.checkpoints.lastId ? "the last complete checkpoint is " + std::to_string(snapshot.checkpoints.lastId)
                                       : std::string("no checkpoint completed");
}

}  // namespace sw::cli
