#include "model/node.h"

namespace sw::model {

std::string Node::location() const { return "node '" + (name.empty() ? id : name) + "'"; }

std::string Node::option(const std::string& id) const {
    const auto it = options.find(id);
    return it == options.end() ? std::string() : it->second;
}

}  // namespace sw::model
