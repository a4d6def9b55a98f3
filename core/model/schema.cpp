#include "model/schema.h"

namespace sw::model {

const Column* Schema::find(std::string_view name) const {
    for (const Column& column : columns)
        if (column.name == name) return &column;
    return nullptr;
}

}  // namespace sw::model
