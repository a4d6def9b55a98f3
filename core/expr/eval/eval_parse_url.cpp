// PARSE_URL(url, part[, key]): a part of the URL as java.net.URL splits it (Flink's
// SqlFunctionUtils.parseUrl): PROTOCOL, AUTHORITY, USERINFO, HOST, PATH, FILE, QUERY, REF, or with
// a key the value of that query parameter. A URL java.net.URL rejects, or a part it has not, is NULL.

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>

#include "expr/eval/eval_nodes.h"

namespace sw::expr::eval {
namespace {

struct UrlParts {
    std::string protocol, authority, userInfo, host, path;
    std::optional<std::string> query, ref;
};

bool knownProtocol(std::string_view scheme) {
    // The protocol handlers every JDK ships; java.net.URL refuses any other scheme.
    static constexpr std::array<std::string_view, 5> kHandlers = {"http", "https", "ftp", "file", "jar"};
    for (std::string_view known : kHandlers) {
        if (scheme.size() == known.size() &&
            std::equal(scheme.begin(), scheme.end(), known.begin(), [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; })) {
            return true;
        }
    }
    return false;
}

std::optional<UrlParts> splitUrl(std::string_view url) {
    std::size_t colon = url.find(':');
    if (colon == std::string_view::npos || colon == 0) return std::nullopt;
    UrlParts parts;
    parts.protocol = std::string(url.substr(0, colon));
    if (!knownProtocol(parts.protocol)) return std::nullopt;
    for (char& c : parts.protocol) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    std::string_view rest = url.substr(colon + 1);
    if (std::size_t hash = rest.find('#'); hash != std::string_view::npos) {
        parts.ref = std::string(rest.substr(hash + 1));
        rest = rest.substr(0, hash);
    }
    if (std::size_t question = rest.find('?'); question != std::string_view::npos) {
        parts.query = std::string(rest.substr(question + 1));
        rest = rest.substr(0, question);
    }
    if (rest.starts_with("//")) {
        rest.remove_prefix(2);
        std::size_t slash = rest.find('/');
        parts.authority = std::string(rest.substr(0, slash));
        rest = slash == std::string_view::npos ? std::string_view() : rest.substr(slash);
        std::string_view hostPort = parts.authority;
        if (std::size_t at = hostPort.rfind('@'); at != std::string_view::npos) {
            parts.userInfo = std::string(hostPort.substr(0, at));
            hostPort.remove_prefix(at + 1);
        }
        std::size_t portColon = hostPort.starts_with('[') ? hostPort.find(':', hostPort.find(']')) : hostPort.rfind(':');
        parts.host = std::string(hostPort.substr(0, portColon));
    }
    parts.path = std::string(rest);
    return parts;
}

std::optional<std::string> part(const UrlParts& url, std::string_view name) {
    if (name == "PROTOCOL") return url.protocol;
    if (name == "AUTHORITY") return url.authority.empty() ? std::nullopt : std::optional(url.authority);
    if (name == "USERINFO") return url.userInfo.empty() ? std::nullopt : std::optional(url.userInfo);
    if (name == "HOST") return url.host;
    if (name == "PATH") return url.path;
    if (name == "FILE") return url.query ? url.path + "?" + *url.query : url.path;
    if (name == "QUERY") return url.query;
    if (name == "REF") return url.ref;
    return std::nullopt;
}

// The value of `key` in a query string: the text after "key=" up to the next '&'.
std::optional<std::string> queryParameter(std::string_view query, std::string_view key) {
    for (std::size_t start = 0; start <= query.size();) {
        std::size_t end = query.find('&', start);
        std::string_view pair = query.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
        if (pair.size() > key.size() && pair.starts_with(key) && pair[key.size()] == '=') return std::string(pair.substr(key.size() + 1));
        if (end == std::string_view::npos) break;
        start = end + 1;
    }
    return std::nullopt;
}

}  // namespace

NodePtr makeParseUrl(std::vector<NodePtr> args, model::FlinkType type, std::size_t offset) {
    return makeStrict(std::move(type), offset, std::move(args), [](Call& c) -> const Value* {
        auto url = splitUrl(c.arg<std::string>(0));
        if (!url) return &nullValue();
        std::string_view name = c.arg<std::string>(1);
        std::optional<std::string> found;
        if (c.args[2]) {
            if (name == "QUERY" && url->query) found = queryParameter(*url->query, c.arg<std::string>(2));
        } else {
            found = part(*url, name);
        }
        if (!found) return &nullValue();
        return c.result(std::move(*found));
    });
}

}  // namespace sw::expr::eval
