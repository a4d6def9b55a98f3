#include "sql/kind_sql.h"

namespace sw::sql {

KindSql kafkaSourceSql() { return KindSql::table(KindSql::Form::SourceTable); }
KindSql kafkaSinkSql() { return KindSql::table(KindSql::Form::SinkTable); }
KindSql upsertKafkaSinkSql() { return KindSql::table(KindSql::Form::SinkTable); }

}  // namespace sw::sql
