#pragma once
// PrintSink: Flink's print connector — "<print-identifier>> +I[v1, v2, ...]" per row.

#include <ostream>
#include <string>
#include <vector>

#include "model/schema.h"
#include "runtime/engine/operator.h"

namespace sw::runtime {

class PrintSink : public Operator {
public:
    // `columns` are the sink's input columns (their types decide how values print).
    PrintSink(std::string identifier, std::vector<model::Column> columns, std::ostream& out);

    Status process(Batch& batch) override;
    Status finish() override;

    // One row as Flink prints it, without the line break.
    static void formatRow(std::string& out, const std::string& identifier, ChangeKind kind, const expr::Row& row,
                          const std::vector<model::Column>& columns);

private:
    std::string identifier_;
    std::vector<model::Column> columns_;
    std::ostream& out_;
    std::string buffer_;  // one batch of lines, written with one call
};

}  // namespace sw::runtime
