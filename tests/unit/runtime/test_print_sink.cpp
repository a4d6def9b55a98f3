// PrintSink: Flink's print format, "<identifier>> <kind>[v1, v2, ...]".
#include <gtest/gtest.h>

#include <sstream>

#include "job_builder.h"
#include "runtime/operators/print_sink.h"

namespace sw::runtime {
namespace {

using test::column;

TEST(PrintSink, FormatsRowsAsFlinkPrintsThem) {
    const std::vector<model::Column> columns = {column("id", "BIGINT"), column("name", "STRING"),
                                                column("amount", "DECIMAL(10, 2)"), column("ok", "BOOLEAN")};
    struct Case { std::string identifier; ChangeKind kind; expr::Row row; std::string expected; };
    const Case cases[] = {
        {"orders", ChangeKind::Insert, {std::int64_t{1}, "a b", expr::Decimal{150, 2}, true},
         "orders> +I[1, a b, 1.50, TRUE]"},
        {"", ChangeKind::Insert, {std::int64_t{-2}, expr::Value(), expr::Decimal{5, 2}, false}, "+I[-2, NULL, 0.05, FALSE]"},
        {"x", ChangeKind::UpdateBefore, {std::int64_t{3}, "old", expr::Decimal{0, 2}, true}, "x> -U[3, old, 0.00, TRUE]"},
        {"x", ChangeKind::UpdateAfter, {std::int64_t{3}, "new", expr::Decimal{0, 2}, true}, "x> +U[3, new, 0.00, TRUE]"},
        {"x", ChangeKind::Delete, {std::int64_t{3}, "new", expr::Decimal{0, 2}, true}, "x> -D[3, new, 0.00, TRUE]"},
    };
    for (const Case& c : cases) {
        std::ostringstream out;
        PrintSink sink(c.identifier, columns, out);
        Batch batch;
        batch.append(c.row, c.kind);
        batch.append(c.row, c.kind);
        ASSERT_TRUE(sink.process(batch).ok());
        ASSERT_TRUE(sink.finish().ok());
        EXPECT_EQ(out.str(), c.expected + "\n" + c.expected + "\n");
        EXPECT_EQ(batch.size(), 2u);  // a sink leaves the batch as it was
    }
}

}  // namespace
}  // namespace sw::runtime
