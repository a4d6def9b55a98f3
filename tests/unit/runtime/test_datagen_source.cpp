// DatagenSource: sequences, bounds and random ranges as Flink's datagen connector documents them.
#include <gtest/gtest.h>

#include <set>

#include "job_builder.h"
#include "runtime/operators/datagen_source.h"

namespace sw::runtime {
namespace {

using test::column;

std::vector<expr::Row> drain(DatagenSource& source) {
    std::atomic<bool> stopping{false};
    std::vector<expr::Row> rows;
    while (true) {
        Batch batch;
        auto more = source.next(batch, stopping);
        EXPECT_TRUE(more.ok());
        if (!more.ok() || !*more) break;
        EXPECT_EQ(batch.kinds.size(), batch.rows.size());
        for (auto& row : batch.rows) rows.push_back(std::move(row));
    }
    return rows;
}

model::Node datagen(std::vector<model::Column> columns, std::map<std::string, std::string> options) {
    model::Node node;
    node.id = node.name = "gen";
    node.kind = "datagen-source";
    node.schema.columns = std::move(columns);
    node.options = std::move(options);
    node.options["rows-per-second"] = "1000000000";
    return node;
}

TEST(DatagenSource, SequenceIsStartToEndInclusiveAndEndsTheSource) {
    struct Case { std::int64_t start, end; std::size_t batchRows; };
    for (const Case& c : {Case{1, 1, 1024}, Case{-5, 5, 3}, Case{10, 2509, 1024}, Case{0, 99, 7}}) {
        const auto node = datagen({column("id", "BIGINT")},
                                  {{"fields.id.kind", "sequence"}, {"fields.id.start", std::to_string(c.start)},
                                   {"fields.id.end", std::to_string(c.end)}});
        auto source = DatagenSource::create(node, node.schema.columns, c.batchRows, std::nullopt);
        ASSERT_TRUE(source.ok()) << source.error().toString();
        const auto rows = drain(**source);
        ASSERT_EQ(rows.size(), static_cast<std::size_t>(c.end - c.start + 1)) << c.start << ".." << c.end;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            EXPECT_EQ(rows[i][0], expr::Value(c.start + static_cast<std::int64_t>(i)));
        }
    }
}

TEST(DatagenSource, NumberOfRowsAndRecordLimitBoundTheSource) {
    struct Case { std::string numberOfRows; std::optional<std::uint64_t> limit; std::size_t expected; };
    for (const Case& c : {Case{"250", std::nullopt, 250}, Case{"250", 100, 100}, Case{"", 40, 40},
                          Case{"0", std::nullopt, 0}}) {
        auto node = datagen({column("n", "INT")}, {});
        if (!c.numberOfRows.empty()) node.options["number-of-rows"] = c.numberOfRows;
        auto source = DatagenSource::create(node, node.schema.columns, 64, c.limit);
        ASSERT_TRUE(source.ok());
        EXPECT_EQ(drain(**source).size(), c.expected) << c.numberOfRows;
    }
}

TEST(DatagenSource, SequenceShorterThanNumberOfRowsWins) {
    const auto node = datagen({column("id", "INT")}, {{"fields.id.kind", "sequence"}, {"fields.id.start", "1"},
                                                      {"fields.id.end", "10"}, {"number-of-rows", "1000"}});
    auto source = DatagenSource::create(node, node.schema.columns, 1024, std::nullopt);
    ASSERT_TRUE(source.ok());
    EXPECT_EQ(drain(**source).size(), 10u);
}

TEST(DatagenSource, RandomValuesStayInTheirRanges) {
    const auto node = datagen({column("n", "INT"), column("s", "STRING"), column("d", "DOUBLE"),
                               column("s_default", "STRING"), column("b", "BOOLEAN")},
                              {{"fields.n.min", "-3"}, {"fields.n.max", "4"}, {"fields.s.length", "6"},
                               {"fields.d.min", "0.5"}, {"fields.d.max", "0.75"}, {"number-of-rows", "2000"}});
    auto source = DatagenSource::create(node, node.schema.columns, 1024, std::nullopt);
    ASSERT_TRUE(source.ok()) << source.error().toString();
    const auto rows = drain(**source);
    ASSERT_EQ(rows.size(), 2000u);
    std::set<std::int64_t> seen;
    for (const auto& row : rows) {
        const auto n = row[0].as<std::int64_t>();
        EXPECT_GE(n, -3);
        EXPECT_LE(n, 4);
        seen.insert(n);
        EXPECT_EQ(row[1].as<std::string>().size(), 6u);
        EXPECT_EQ(row[1].as<std::string>().find_first_not_of("0123456789abcdef"), std::string::npos);
        EXPECT_GE(row[2].as<double>(), 0.5);
        EXPECT_LE(row[2].as<double>(), 0.75);
        EXPECT_EQ(row[3].as<std::string>().size(), 100u);  // Flink's default length
        EXPECT_TRUE(row[4].is<bool>());
    }
    EXPECT_EQ(seen.size(), 8u);  // both bounds are reachable: [min, max] is inclusive
}

TEST(DatagenSource, BadOptionsAreErrorsNamingTheColumn) {
    struct Case { std::map<std::string, std::string> options; const char* expected; };
    for (const Case& c : {Case{{{"fields.id.kind", "sequence"}, {"fields.id.start", "1"}}, "start and end"},
                          Case{{{"fields.id.kind", "sequence"}, {"fields.id.start", "5"}, {"fields.id.end", "1"}},
                               "smaller"},
                          Case{{{"fields.id.kind", "zigzag"}}, "unknown generator"},
                          Case{{{"fields.id.min", "x"}}, "not a number"}}) {
        const auto node = datagen({column("id", "BIGINT")}, c.options);
        auto source = DatagenSource::create(node, node.schema.columns, 16, std::nullopt);
        ASSERT_FALSE(source.ok());
        EXPECT_NE(source.error().toString().find(c.expected), std::string::npos) << source.error().toString();
    }
}

// Flink accepts any string length; the local runtime refuses more than 1 MiB per value, naming the option.
TEST(DatagenSource, StringsLongerThanTheLocalLimitAreRefusedNamingTheOption) {
    const std::int64_t limit = DatagenColumn::kMaxStringLength;
    for (const std::int64_t length : {limit + 1, std::int64_t{100'000'000}}) {
        const auto node = datagen({column("s", "STRING")}, {{"fields.s.length", std::to_string(length)}});
        auto source = DatagenSource::create(node, node.schema.columns, 1024, std::nullopt);
        ASSERT_FALSE(source.ok()) << length;
        EXPECT_EQ(source.error().location, "option fields.s.length");
        EXPECT_NE(source.error().message.find("at most " + std::to_string(limit) + " characters (1 MiB), not " +
                                              std::to_string(length)),
                  std::string::npos)
            << source.error().message;
    }
}

// Batches hold at most 4 MiB of generated strings, whatever the rate asks for.
TEST(DatagenSource, LongStringsMakeSmallerBatches) {
    const std::string limit = std::to_string(DatagenColumn::kMaxStringLength);
    struct Case { std::vector<model::Column> columns; std::map<std::string, std::string> options; std::size_t rows; };
    for (const Case& c : {Case{{column("s", "STRING")}, {{"fields.s.length", limit}}, 4},
                          Case{{column("s", "STRING"), column("t", "STRING")},
                               {{"fields.s.length", limit}, {"fields.t.length", limit}}, 2},
                          Case{{column("s", "STRING")}, {{"fields.s.length", "1000"}}, 1024}}) {
        auto node = datagen(c.columns, c.options);
        node.options["number-of-rows"] = "5000";
        auto source = DatagenSource::create(node, node.schema.columns, 1024, std::nullopt);
        ASSERT_TRUE(source.ok()) << source.error().toString();
        std::atomic<bool> stopping{false};
        Batch batch;
        ASSERT_TRUE(*(*source)->next(batch, stopping));
        ASSERT_EQ(batch.rows.size(), c.rows) << c.columns.size() << " column(s)";
        EXPECT_EQ(batch.rows[0][0].as<std::string>().size(), std::stoul(c.options.begin()->second));
    }
}

}  // namespace
}  // namespace sw::runtime
