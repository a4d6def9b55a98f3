#include "sql/kind_sql.h"

namespace sw::sql {

KindSql datagenSourceSql() { return KindSql::table(KindSql::Form::SourceTable); }
KindSql printSinkSql() { return KindSql::table(KindSql::Form::SinkTable); }
KindSql blackholeSinkSql() { return KindSql::table(KindSql::Form::SinkTable); }

}  // namespace sw::sql
