#include "model/user_function.h"

#include <algorithm>
#include <cctype>

namespace sw::model {

std::string signatureText(const UserFunction& function) {
    std::string text = function.name + "(";
    for (std::size_t i = 0; i < function.arguments.size(); ++i) text += (i ? ", " : "") + function.arguments[i].toSql();
    return text + ") RETURNS " + function.result.toSql();
}

const UserFunction* findUserFunction(const std::vector<UserFunction>& functions, std::string_view name) {
    auto sameName = [&](const UserFunction& f) {
        return std::ranges::equal(f.name, name, [](char a, char b) {
            return std::toupper(static_cast<unsigned char>(a)) == std::toupper(static_cast<unsigned char>(b));
        });
    };
    auto found = std::ranges::find_if(functions, sameName);
    return found == functions.end() ? nullptr : &*found;
}

}  // namespace sw::model
