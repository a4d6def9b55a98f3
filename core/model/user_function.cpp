#include "model/user_function.h"

#include <algorithm>
#include <cctype>

namespace sw::model {

std::string signatureText(const UserFunction& function) {
    return function.name + "(" + typeListText(function.arguments) + ") RETURNS " + function.result.toSql();
}

std::string typeListText(const std::vector<FlinkType>& types) {
    std::string text;
    for (std::size_t i = 0; i < types.size(); ++i) text += (i ? ", " : "") + types[i].toSql();
    return text;
}

Result<std::vector<FlinkType>> parseTypeList(std::string_view text) {
    std::vector<FlinkType> types;
    if (text.find_first_not_of(" \t") == std::string_view::npos) return types;
    int depth = 0;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        const char c = i < text.size() ? text[i] : ',';
        if (c == '(' || c == '<') ++depth;
        if (c == ')' || c == '>') --depth;
        if (c != ',' || depth > 0) continue;
        auto type = FlinkType::parse(text.substr(start, i - start));
        if (!type) return Error{"type " + std::to_string(types.size() + 1) + ": " + type.error().message, ""};
        types.push_back(std::move(type).value());
        start = i + 1;
    }
    return types;
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
