#pragma once
// KindSql: how a node kind appears in the exported script. Each kind's home defines NAMESql()
// (kinds/node_kinds.def): a table DDL for connectors (a lookup adds the view that joins it), or
// the view query a transform builds.

#include "kinds/node_kind.h"
#include "model/node.h"

namespace sw::sql {

class GenerationContext;
class ViewQuery;

struct KindSql {
    enum class Form {
        SourceTable,  // CREATE TABLE, read by the views and inserts downstream
        LookupTable,  // CREATE TABLE of the dimension, and a view with the lookup join
        SinkTable,    // CREATE TABLE, written by an INSERT per input
        View,         // CREATE TEMPORARY VIEW with the query `buildView` writes
    };
    using BuildView = void (*)(const GenerationContext& context, const model::Node& node, ViewQuery& query);

    Form form = Form::View;
    BuildView buildView = nullptr;

    static KindSql table(Form form) { return {form, nullptr}; }
    static KindSql view(BuildView build) { return {Form::View, build}; }
};

#define SW_NODE_KIND(name) KindSql name##Sql();
#include "kinds/node_kinds.def"
#undef SW_NODE_KIND

// The SQL form of `kind`, from the table kinds/node_kinds.def builds.
const KindSql& kindSql(const kinds::NodeKind& kind);

}  // namespace sw::sql
