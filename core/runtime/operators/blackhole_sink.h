#pragma once
// BlackholeSink: Flink's blackhole connector — accepts and discards every row.

#include "runtime/engine/operator.h"

namespace sw::runtime {

class BlackholeSink : public Operator {
public:
    Status process(Batch&) override { return Ok{}; }
};

}  // namespace sw::runtime
