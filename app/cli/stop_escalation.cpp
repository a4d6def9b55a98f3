#include "cli/stop_escalation.h"

namespace sw::cli {

StopEscalation::Action StopEscalation::next(int interrupts, bool timeUp, bool cancelRequested) {
    if (cancelled_) return Action::None;
    if (cancelRequested) {
        stopping_ = cancelled_ = true;
        return Action::Cancel;
    }
    if (!stopping_) {
        if (interrupts == 0 && !timeUp) return Action::None;
        stopping_ = true;
        // Two Ctrl-Cs seen in one poll: the first stops, the second cancels at the next poll.
        interruptsAtStop_ = interrupts > 0 ? 1 : 0;
        return Action::Stop;
    }
    if (interrupts <= interruptsAtStop_) return Action::None;
    cancelled_ = true;
    return Action::Cancel;
}

}  // namespace sw::cli
