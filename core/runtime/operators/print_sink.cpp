#include "runtime/operators/print_sink.h"

#include "expr/eval/value_text.h"

namespace sw::runtime {

PrintSink::PrintSink(std::string identifier, std::vector<model::Column> columns, std::ostream& out)
    : identifier_(std::move(identifier)), columns_(std::move(columns)), out_(out) {}

void PrintSink::formatRow(std::string& out, const std::string& identifier, ChangeKind kind, const expr::Row& row,
                          const std::vector<model::Column>& columns) {
    // With parallelism 1 Flink writes "identifier> " only when an identifier is set.
    if (!identifier.empty()) out += identifier + "> ";
    out += toShortString(kind);
    out.push_back('[');
    for (std::size_t i = 0; i < row.size(); ++i) {
        if (i) out += ", ";
        expr::appendValue(out, row[i], columns[i].type);
    }
    out.push_back(']');
}

Status PrintSink::process(Batch& batch) {
    buffer_.clear();
    for (std::size_t i = 0; i < batch.size(); ++i) {
        formatRow(buffer_, identifier_, batch.kinds[i], batch.rows[i], columns_);
        buffer_.push_back('\n');
    }
    out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    if (!out_) return Error{"cannot write to the output stream", "print"};
    return Ok{};
}

Status PrintSink::finish() {
    // Rows still in the stream's buffer meet a full disk only here.
    if (!out_.flush()) return Error{"cannot write to the output stream", "print"};
    return Ok{};
}

}  // namespace sw::runtime
