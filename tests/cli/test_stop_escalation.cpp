// StopEscalation: the first Ctrl-C or --duration stops cleanly; a Ctrl-C after that cancels.
#include <gtest/gtest.h>

#include "cli/stop_escalation.h"

namespace sw::cli {
namespace {

using Action = StopEscalation::Action;

TEST(StopEscalation, TheFirstCtrlCStopsAndTheSecondCancels) {
    StopEscalation escalation;
    EXPECT_EQ(escalation.next(0, false), Action::None);
    EXPECT_EQ(escalation.next(1, false), Action::Stop);
    EXPECT_EQ(escalation.next(1, false), Action::None);  // the stop runs; the same Ctrl-C again is nothing
    EXPECT_FALSE(escalation.cancelled());
    EXPECT_EQ(escalation.next(2, false), Action::Cancel);
    EXPECT_TRUE(escalation.cancelled());
    EXPECT_EQ(escalation.next(3, false), Action::None);  // cancelled once
}

TEST(StopEscalation, TwoCtrlCsBeforeOnePollStillCancelAfterTheStop) {
    StopEscalation escalation;
    EXPECT_EQ(escalation.next(2, false), Action::Stop);
    EXPECT_EQ(escalation.next(2, false), Action::Cancel);
}

TEST(StopEscalation, AfterADurationStopTheFirstCtrlCCancels) {
    StopEscalation escalation;
    EXPECT_EQ(escalation.next(0, true), Action::Stop);
    EXPECT_EQ(escalation.next(0, true), Action::None);
    EXPECT_EQ(escalation.next(1, true), Action::Cancel);
}

// The designer's cancel needs no stop before it; its stop, repeated, never escalates.
TEST(StopEscalation, ACancelRequestCancelsAtOnceAndARepeatedStopRequestDoesNot) {
    StopEscalation escalation;
    EXPECT_EQ(escalation.next(0, true), Action::Stop);
    EXPECT_EQ(escalation.next(0, true), Action::None);
    EXPECT_EQ(escalation.next(0, true, true), Action::Cancel);
    EXPECT_EQ(escalation.next(0, true, true), Action::None);
    StopEscalation direct;
    EXPECT_EQ(direct.next(0, false, true), Action::Cancel);
    EXPECT_TRUE(direct.stopping());
    EXPECT_TRUE(direct.cancelled());
}

}  // namespace
}  // namespace sw::cli
