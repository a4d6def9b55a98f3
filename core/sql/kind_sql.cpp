#include "sql/kind_sql.h"

#include <vector>

namespace sw::sql {

const KindSql& kindSql(const kinds::NodeKind& kind) {
    static const std::vector<KindSql> kTable{
#define SW_NODE_KIND(name) name##Sql(),
#include "kinds/node_kinds.def"
#undef SW_NODE_KIND
    };
    return kTable.at(kind.index);
}

}  // namespace sw::sql
