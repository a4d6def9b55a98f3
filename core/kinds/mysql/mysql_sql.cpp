#include "sql/kind_sql.h"

namespace sw::sql {

// A lookup is its dimension table plus the view that joins it (sql/lookup_join.cpp).
KindSql mysqlLookupSql() { return KindSql::table(KindSql::Form::LookupTable); }
KindSql jdbcLookupSql() { return KindSql::table(KindSql::Form::LookupTable); }
KindSql mysqlSinkSql() { return KindSql::table(KindSql::Form::SinkTable); }
KindSql jdbcSinkSql() { return KindSql::table(KindSql::Form::SinkTable); }

}  // namespace sw::sql
