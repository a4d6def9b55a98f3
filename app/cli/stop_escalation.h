#pragma once
// StopEscalation: what `run` does on Ctrl-C, --duration and the designer's commands. The first
// request stops cleanly (with checkpoints: after a final one); a Ctrl-C after that cancels, so a
// final checkpoint stuck on a slow sink does not hold the terminal for the checkpoint timeout.

namespace sw::cli {

class StopEscalation {
public:
    enum class Action { None, Stop, Cancel };

    // Called by the run loop on each poll: `interrupts` SIGINTs so far, `timeUp` --duration reached
    // or another request to stop that never escalates (a stop command, the end of stdin: a designer
    // that repeats "stop" still means stop), `cancelRequested` a cancel command: cancels at once.
    Action next(int interrupts, bool timeUp, bool cancelRequested = false);
    bool stopping() const { return stopping_; }
    bool cancelled() const { return cancelled_; }

private:
    bool stopping_ = false;
    bool cancelled_ = false;
    int interruptsAtStop_ = 0;  // the Ctrl-C that started the stop, if one did
};

}  // namespace sw::cli
