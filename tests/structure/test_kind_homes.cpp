// Every kind of the catalog has each part of its home: descriptor and appearance (sw_kinds),
// relation inference (sw_analysis), SQL form (sw_sql), and a runtime factory or the reason it
// does not run locally (sw_runtime). See docs/architecture.md.
#include <gtest/gtest.h>

#include <cctype>
#include <filesystem>

#include "analysis/kind_inference.h"
#include "kinds/catalog.h"
#include "runtime/engine/kind_runtime.h"
#include "sql/kind_sql.h"

namespace sw {
namespace {

using kinds::NodeKind;
using kinds::NodeRole;

class KindHome : public ::testing::TestWithParam<std::size_t> {
protected:
    const NodeKind& kind() const { return kinds::Catalog::instance().kinds().at(GetParam()); }
};

TEST_P(KindHome, DescriptorNamesAndPlacesTheKind) {
    EXPECT_FALSE(kind().id.empty());
    EXPECT_FALSE(kind().label.empty()) << kind().id;
    EXPECT_FALSE(kind().help.empty()) << kind().id;
    EXPECT_EQ(kind().index, GetParam()) << kind().id;
    EXPECT_FALSE(kind().ports.empty()) << kind().id;
    EXPECT_EQ(kinds::Catalog::instance().find(kind().id), &kind());
}

TEST_P(KindHome, AppearanceIsDataTheUiCanShow) {
    ASSERT_FALSE(kind().icon.empty()) << kind().id;
    EXPECT_TRUE(std::filesystem::is_regular_file(std::filesystem::path(SW_SOURCE_DIR) / "resources/icons" / kind().icon))
        << kind().id << " names icon " << kind().icon;
    for (const std::string& option : kind().headlineOptions) {
        EXPECT_NE(kind().option(option), nullptr) << kind().id << " headline " << option << " is not one of its options";
    }
    if (kind().outputList != kinds::OutputList::None || kind().editsGroupBy) {
        EXPECT_EQ(kind().role, NodeRole::Transform) << kind().id;
    }
}

TEST_P(KindHome, InfersItsRelation) { EXPECT_NE(analysis::relationInference(kind()), nullptr) << kind().id; }

TEST_P(KindHome, HasTheSqlFormOfItsRole) {
    const sql::KindSql& form = sql::kindSql(kind());
    switch (kind().role) {
    case NodeRole::Source: EXPECT_EQ(form.form, sql::KindSql::Form::SourceTable) << kind().id; break;
    case NodeRole::Lookup: EXPECT_EQ(form.form, sql::KindSql::Form::LookupTable) << kind().id; break;
    case NodeRole::Sink: EXPECT_EQ(form.form, sql::KindSql::Form::SinkTable) << kind().id; break;
    case NodeRole::Transform:
        EXPECT_EQ(form.form, sql::KindSql::Form::View) << kind().id;
        EXPECT_NE(form.buildView, nullptr) << kind().id;
        break;
    }
    // A connector's table needs its connector's name in every dialect.
    if (kind().isConnector()) {
        for (kinds::Dialect dialect : {kinds::Dialect::AliyunVvr, kinds::Dialect::ApacheFlink}) {
            EXPECT_FALSE(kind().connectorFor(dialect, "").empty()) << kind().id << " " << kinds::toString(dialect);
        }
    }
}

TEST_P(KindHome, RunsLocallyOrSaysWhyNot) {
    const runtime::KindRuntime& runtime = runtime::kindRuntime(kind());
    if (!runtime.notRunnable.empty()) {
        EXPECT_EQ(runtime.source, nullptr) << kind().id;
        EXPECT_EQ(runtime.operate, nullptr) << kind().id;
        return;
    }
    if (kind().role == NodeRole::Source) {
        EXPECT_NE(runtime.source, nullptr) << kind().id << ": a source needs a source factory";
        EXPECT_EQ(runtime.operate, nullptr) << kind().id;
    } else {
        EXPECT_NE(runtime.operate, nullptr) << kind().id << ": needs an operator factory";
        EXPECT_EQ(runtime.source, nullptr) << kind().id;
    }
}

// A kind whose options name a server the designer can reach offers "Test connection"
// (docs/test-connection.md); one without a server has nothing to test.
TEST_P(KindHome, TestsTheConnectionOfTheServerItNames) {
    const bool namesServer = kind().option("bootstrap.servers") || kind().option("hostname") || kind().option("url");
    const bool runsLocally = runtime::kindRuntime(kind()).notRunnable.empty();
    EXPECT_EQ(runtime::kindRuntime(kind()).checkConnection != nullptr, namesServer && runsLocally) << kind().id;
}

// A kind whose server holds a table, or a topic of messages in one `format`, offers "Infer schema"
// (docs/infer-schema.md); upsert-kafka's key and value formats are not read.
TEST_P(KindHome, InfersTheSchemaOfTheTableOrTopicItReads) {
    const bool readsTable = kind().option("table-name") != nullptr;
    const bool readsMessages = kind().option("format") != nullptr;
    const bool tested = runtime::kindRuntime(kind()).checkConnection != nullptr;
    EXPECT_EQ(runtime::kindRuntime(kind()).inferSchema != nullptr, tested && (readsTable || readsMessages)) << kind().id;
}

INSTANTIATE_TEST_SUITE_P(Catalog, KindHome, ::testing::Range<std::size_t>(0, kinds::Catalog::instance().kinds().size()),
                         [](const ::testing::TestParamInfo<std::size_t>& info) {
                             std::string name;
                             for (char c : kinds::Catalog::instance().kinds().at(info.param).id) {
                                 if (std::isalnum(static_cast<unsigned char>(c))) name += c;
                             }
                             return name;
                         });

}  // namespace
}  // namespace sw
