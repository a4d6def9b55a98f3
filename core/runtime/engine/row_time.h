#pragma once
// rowTimeMillis: an event-time column's value on the millisecond scale watermarks use.

#include <cstdint>

#include "expr/eval/temporal.h"
#include "expr/eval/value.h"

namespace sw::runtime {

// A non-NULL TIMESTAMP row time as milliseconds since the epoch, rounded down (TIMESTAMP(3)
// precision), as the watermark assigner and the window operator both read it.
inline std::int64_t rowTimeMillis(const expr::Value& time) {
    return expr::temporal::floorDiv(time.as<expr::Timestamp>().micros, 1000);
}

}  // namespace sw::runtime
