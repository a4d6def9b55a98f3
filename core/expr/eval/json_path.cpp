#include "expr/eval/json_path.h"

#include <cctype>
#include <charconv>

namespace sw::expr {
namespace {

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return s;
}

bool startsWithWord(std::string_view s, std::string_view word) {
    if (s.size() <= word.size()) return false;
    for (std::size_t i = 0; i < word.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(s[i])) != word[i]) return false;
    }
    return std::isspace(static_cast<unsigned char>(s[word.size()])) != 0;
}

bool isNameChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || (c & 0x80); }

}  // namespace

Result<JsonPath> JsonPath::parse(std::string_view spec) {
    JsonPath path;
    std::string_view rest = trimmed(spec);
    if (startsWithWord(rest, "lax")) {
        path.mode_ = Mode::Lax;
        rest = trimmed(rest.substr(3));
    } else if (startsWithWord(rest, "strict")) {
        rest = trimmed(rest.substr(6));
    }
    auto bad = [&](std::string_view why) { return Error{"JSON path '" + std::string(spec) + "': " + std::string(why), ""}; };
    if (rest.empty() || rest.front() != '$') return bad("must start with $");
    std::size_t i = 1;
    while (i < rest.size()) {
        if (rest[i] == '.') {
            ++i;
            if (i < rest.size() && rest[i] == '.') return bad("deep scan (..) is not evaluated locally yet");
            if (i < rest.size() && rest[i] == '[') continue;  // $.['name'] is read as $['name']
            if (i < rest.size() && rest[i] == '*') {
                path.steps_.push_back({Step::Kind::AnyMember, {}, 0});
                path.wildcard_ = true;
                ++i;
                continue;
            }
            std::size_t start = i;
            while (i < rest.size() && isNameChar(rest[i])) ++i;
            if (i == start) return bad("a member name must follow '.'");
            path.steps_.push_back({Step::Kind::Member, std::string(rest.substr(start, i - start)), 0});
        } else if (rest[i] == '[') {
            ++i;
            std::size_t close = rest.find(']', i);
            if (close == std::string_view::npos) return bad("'[' without ']'");
            std::string_view inside = trimmed(rest.substr(i, close - i));
            i = close + 1;
            if (inside == "*") {
                path.steps_.push_back({Step::Kind::AnyIndex, {}, 0});
                path.wildcard_ = true;
            } else if (inside.size() >= 2 && (inside.front() == '\'' || inside.front() == '"') && inside.back() == inside.front()) {
                path.steps_.push_back({Step::Kind::Member, std::string(inside.substr(1, inside.size() - 2)), 0});
            } else {
                long long index = 0;
                auto [end, ec] = std::from_chars(inside.data(), inside.data() + inside.size(), index);
                if (ec != std::errc() || end != inside.data() + inside.size()) {
                    return bad("'[" + std::string(inside) + "]' is not evaluated locally yet (only names, indexes and *)");
                }
                path.steps_.push_back({Step::Kind::Index, {}, index});
            }
        } else {
            return bad("unexpected '" + std::string(1, rest[i]) + "'");
        }
    }
    return path;
}

JsonPath::Outcome JsonPath::read(const nlohmann::json& document) const {
    // Every node the steps so far reach; a definite path keeps exactly one.
    std::vector<const nlohmann::json*> current{&document};
    for (const Step& step : steps_) {
        std::vector<const nlohmann::json*> next;
        for (const nlohmann::json* node : current) {
            switch (step.kind) {
            case Step::Kind::Member: {
                if (node->is_object()) {
                    auto found = node->find(step.name);
                    if (found != node->end()) {
                        next.push_back(&*found);
                        continue;
                    }
                }
                if (!wildcard_ && mode_ == Mode::Strict) return {std::nullopt, "no member '" + step.name + "'"};
                break;
            }
            case Step::Kind::Index: {
                if (node->is_array()) {
                    long long size = static_cast<long long>(node->size());
                    long long at = step.index < 0 ? size + step.index : step.index;
                    if (at >= 0 && at < size) {
                        next.push_back(&(*node)[static_cast<std::size_t>(at)]);
                        continue;
                    }
                }
                if (!wildcard_ && mode_ == Mode::Strict) return {std::nullopt, "no element " + std::to_string(step.index)};
                break;
            }
            case Step::Kind::AnyMember:
                if (node->is_object()) {
                    for (const auto& item : node->items()) next.push_back(&item.value());
                }
                break;
            case Step::Kind::AnyIndex:
                if (node->is_array()) {
                    for (const auto& element : *node) next.push_back(&element);
                }
                break;
            }
        }
        current = std::move(next);
    }
    if (wildcard_) {
        nlohmann::json list = nlohmann::json::array();
        for (const nlohmann::json* node : current) list.push_back(*node);
        return {std::move(list), {}};
    }
    if (current.empty() || current.front()->is_null()) return {};
    return {*current.front(), {}};
}

}  // namespace sw::expr
