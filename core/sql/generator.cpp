#include "sql/generator.h"

#include "kinds/catalog.h"
#include "sql/generation_context.h"
#include "sql/insert_statements.h"
#include "sql/kind_sql.h"
#include "sql/lookup_join.h"
#include "sql/settings_statements.h"
#include "sql/statement_writer.h"
#include "sql/table_ddl.h"
#include "sql/view_query.h"

namespace sw::sql {

namespace {

// Every node with its kind, in dependency order; a node of unknown kind gets an error comment.
template <typename Visit>
void forEachNode(StatementWriter& writer, const GenerationContext& context, bool reportUnknown, Visit visit) {
    for (const std::string& id : context.order()) {
        const model::Node* node = context.job().findNode(id);
        if (node == nullptr) continue;
        if (const kinds::NodeKind* kind = kinds::Catalog::instance().find(node->kind)) {
            visit(*node, *kind);
        } else if (reportUnknown) {
            writer.beginStatement(node->id);
            writer.comment("ERROR: node '" + node->name + "' has unknown kind '" + node->kind + "'");
            writer.endStatement();
            writer.blankLine();
        }
    }
}

// SET statements and functions first, then tables (one per connector node), then views in dependency order, then the INSERTs.
StatementWriter body(GenerationContext& context) {
    StatementWriter writer;
    writeSetStatements(writer, context.job().settings, context.dialect());
    writeFunctionStatements(writer, context.job().settings);
    forEachNode(writer, context, true, [&](const model::Node& node, const kinds::NodeKind& kind) {
        const KindSql::Form form = kindSql(kind).form;
        if (form == KindSql::Form::View) return;
        writeTableDdl(writer, context, node, kind,
                      form == KindSql::Form::LookupTable ? GenerationContext::dimTableName(node)
                                                         : GenerationContext::relationName(node));
        writer.blankLine();
    });
    forEachNode(writer, context, false, [&](const model::Node& node, const kinds::NodeKind& kind) {
        const KindSql& sql = kindSql(kind);
        if (sql.form == KindSql::Form::View) {
            ViewQuery query(node);
            sql.buildView(context, node, query);
            query.write(writer, GenerationContext::relationName(node));
        } else if (sql.form == KindSql::Form::LookupTable) {
            writeLookupJoinView(writer, context, node);
        } else {
            return;
        }
        writer.blankLine();
    });
    writeInsertStatements(writer, context);
    return writer;
}

}  // namespace

GeneratedSql generateSql(const model::JobGraph& job, kinds::Dialect dialect) {
    GenerationContext context(job, dialect);
    // The body first: the header lists the secret variables the body turned out to reference.
    const StatementWriter statements = body(context);
    StatementWriter script;
    writeHeader(script, job, dialect, context.secrets().variables());
    script.append(statements);
    return {script.text(), script.statements(), deploymentYaml(job.settings, dialect)};
}

}  // namespace sw::sql
