#include "test_endpoints.h"

#include <charconv>
#include <cstdlib>

namespace sw::testing {

namespace {

std::optional<std::string> environment(const char* name) {
    const char* value = std::getenv(name);
    if (value == nullptr || *value == '\0') {
        return std::nullopt;
    }
    return std::string(value);
}

int hexDigit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

Result<std::string> percentDecode(std::string_view text, std::string_view what) {
    std::string decoded;
    decoded.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '%') {
            decoded += text[i];
            continue;
        }
        const bool complete = i + 2 < text.size();
        const int high = complete ? hexDigit(text[i + 1]) : -1;
        const int low = complete ? hexDigit(text[i + 2]) : -1;
        if (high < 0 || low < 0) {
            return Error{"bad percent escape in " + std::string(what), "offset " + std::to_string(i)};
        }
        decoded += static_cast<char>(high * 16 + low);
        i += 2;
    }
    return decoded;
}

Error urlError(std::string message) {
    return Error{std::move(message), TestEndpoints::kMysqlVariable};
}

// Both variables of a pair, or neither: one alone is a broken environment.
Result<std::optional<std::pair<std::string, std::string>>> variablePair(const char* first, const char* second) {
    auto firstValue = environment(first);
    auto secondValue = environment(second);
    if (!firstValue && !secondValue) return std::optional<std::pair<std::string, std::string>>();
    if (!firstValue || !secondValue)
        return Error{std::string("set both ") + first + " and " + second + ", or neither", firstValue ? second : first};
    return std::optional(std::pair(std::move(*firstValue), std::move(*secondValue)));
}

}  // namespace

std::string MysqlEndpoint::connectorHostName() const {
    return "tcp://" + host + ":" + std::to_string(port);
}

Result<MysqlEndpoint> TestEndpoints::parseMysqlUrl(std::string_view url) {
    constexpr std::string_view scheme = "mysql://";
    if (!url.starts_with(scheme)) {
        return urlError("expected mysql://USER:PASSWORD@HOST:PORT/DATABASE[?PROPERTY=VALUE&...]");
    }
    std::string_view rest = url.substr(scheme.size());

    std::string_view query;
    if (const auto q = rest.find('?'); q != std::string_view::npos) {
        query = rest.substr(q + 1);
        rest = rest.substr(0, q);
    }
    // The password may contain '@' only percent-encoded, so the last '@' ends the credentials.
    const auto at = rest.rfind('@');
    if (at == std::string_view::npos) {
        return urlError("missing USER:PASSWORD@ before the host");
    }
    const std::string_view credentials = rest.substr(0, at);
    std::string_view location = rest.substr(at + 1);

    MysqlEndpoint endpoint;
    const auto colon = credentials.find(':');
    auto user = percentDecode(credentials.substr(0, colon), "user");
    if (!user) return user.error();
    endpoint.user = std::move(*user);
    if (colon != std::string_view::npos) {
        auto password = percentDecode(credentials.substr(colon + 1), "password");
        if (!password) return password.error();
        endpoint.password = std::move(*password);
    }
    if (endpoint.user.empty()) {
        return urlError("empty user name");
    }

    const auto slash = location.find('/');
    if (slash == std::string_view::npos || slash + 1 == location.size()) {
        return urlError("missing /DATABASE after the host");
    }
    endpoint.database = std::string(location.substr(slash + 1));
    const std::string_view hostPort = location.substr(0, slash);
    const auto portColon = hostPort.rfind(':');
    endpoint.host = std::string(hostPort.substr(0, portColon));
    if (endpoint.host.empty()) {
        return urlError("empty host");
    }
    if (portColon != std::string_view::npos) {
        const std::string_view portText = hostPort.substr(portColon + 1);
        const auto [end, ec] = std::from_chars(portText.data(), portText.data() + portText.size(), endpoint.port);
        if (ec != std::errc{} || end != portText.data() + portText.size() || endpoint.port <= 0 ||
            endpoint.port > 65535) {
            return urlError("bad port '" + std::string(portText) + "'");
        }
    }

    while (!query.empty()) {
        const auto amp = query.find('&');
        const std::string_view pair = query.substr(0, amp);
        query = amp == std::string_view::npos ? std::string_view{} : query.substr(amp + 1);
        const auto eq = pair.find('=');
        if (eq == std::string_view::npos || eq == 0) {
            return urlError("query parameter '" + std::string(pair) + "' is not PROPERTY=VALUE");
        }
        auto value = percentDecode(pair.substr(eq + 1), "query value");
        if (!value) return value.error();
        endpoint.properties[std::string(pair.substr(0, eq))] = std::move(*value);
    }
    return endpoint;
}

Result<TestEndpoints> TestEndpoints::fromEnvironment() {
    TestEndpoints endpoints;
    if (const auto url = environment(kMysqlVariable)) {
        auto mysql = parseMysqlUrl(*url);
        if (!mysql) return mysql.error();
        endpoints.mysql_ = std::move(*mysql);
    }
    endpoints.kafkaBootstrap_ = environment(kKafkaVariable);
    if (const auto url = environment(kMysqlOtherHostVariable)) {
        auto otherHost = parseMysqlUrl(*url);
        if (!otherHost) return Error{otherHost.error().message, kMysqlOtherHostVariable};
        endpoints.mysqlOtherHost_ = std::move(*otherHost);
    }
    endpoints.unrelatedCa_ = environment(kUnrelatedCaVariable);

    auto mysqlOutage = variablePair(kMysqlOutageVariable, kMysqlOutageServerVariable);
    if (!mysqlOutage) return mysqlOutage.error();
    if (*mysqlOutage) {
        auto server = parseMysqlUrl((*mysqlOutage)->first);
        if (!server) return Error{server.error().message, kMysqlOutageVariable};
        endpoints.mysqlOutage_ = MysqlOutageEndpoint{std::move(*server), (*mysqlOutage)->second};
    }
    auto kafkaOutage = variablePair(kKafkaOutageVariable, kKafkaOutageControlVariable);
    if (!kafkaOutage) return kafkaOutage.error();
    if (*kafkaOutage) endpoints.kafkaOutage_ = KafkaOutageEndpoint{(*kafkaOutage)->first, (*kafkaOutage)->second};
    return endpoints;
}

}  // namespace sw::testing
