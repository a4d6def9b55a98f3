#include "kinds/mysql/mysql_jdbc_url.h"

#include <algorithm>
#include <cctype>
#include <charconv>

#include "util/hex_digit.h"

namespace sw::kinds {
namespace {

std::string lower(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

Result<std::string> percentDecode(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '%') {
            out += text[i];
            continue;
        }
        if (i + 2 >= text.size() || hexDigit(text[i + 1]) < 0 || hexDigit(text[i + 2]) < 0)
            return Error{"bad percent escape in '" + std::string(text) + "'", "url"};
        out += static_cast<char>(hexDigit(text[i + 1]) * 16 + hexDigit(text[i + 2]));
        i += 2;
    }
    return out;
}

bool isTrue(const std::map<std::string, std::string>& parameters, const char* name) {
    auto found = parameters.find(name);
    return found != parameters.end() && lower(found->second) == "true";
}

bool isFalse(const std::map<std::string, std::string>& parameters, const char* name) {
    auto found = parameters.find(name);
    return found != parameters.end() && lower(found->second) == "false";
}

}  // namespace

Result<MysqlTlsMode> parseMysqlTlsMode(std::string_view text) {
    const std::string mode = lower(text);
    if (mode == "disabled") return MysqlTlsMode::Disabled;
    if (mode == "required" || mode == "preferred") return MysqlTlsMode::Required;
    if (mode == "verify_ca") return MysqlTlsMode::VerifyCa;
    if (mode == "verify_identity") return MysqlTlsMode::VerifyIdentity;
    return Error{"unknown TLS mode '" + std::string(text) +
                     "' (expected DISABLED, REQUIRED, VERIFY_CA or VERIFY_IDENTITY)",
                 "ssl.mode"};
}

Result<MysqlJdbcUrl> MysqlJdbcUrl::parse(std::string_view url) {
    constexpr std::string_view kPrefix = "jdbc:mysql://";
    constexpr std::string_view kMariaDbPrefix = "jdbc:mariadb://";
    std::string_view rest;
    if (url.substr(0, kPrefix.size()) == kPrefix) {
        rest = url.substr(kPrefix.size());
    } else if (url.substr(0, kMariaDbPrefix.size()) == kMariaDbPrefix) {
        rest = url.substr(kMariaDbPrefix.size());
    } else {
        return Error{"the local runtime reaches only MySQL/MariaDB; the url must start with jdbc:mysql://",
                     "url"};
    }
    MysqlJdbcUrl parsed;
    const std::size_t query = rest.find('?');
    std::string_view authority = rest.substr(0, query);
    if (query != std::string_view::npos) {
        std::string_view parameters = rest.substr(query + 1);
        while (!parameters.empty()) {
            const std::size_t amp = parameters.find('&');
            const std::string_view pair = parameters.substr(0, amp);
            parameters = amp == std::string_view::npos ? std::string_view() : parameters.substr(amp + 1);
            if (pair.empty()) continue;
            const std::size_t eq = pair.find('=');
            auto value = percentDecode(eq == std::string_view::npos ? std::string_view() : pair.substr(eq + 1));
            if (!value) return value.error();
            parsed.parameters[std::string(pair.substr(0, eq))] = *value;
        }
    }
    const std::size_t slash = authority.find('/');
    if (slash == std::string_view::npos || slash + 1 == authority.size())
        return Error{"the url names no database (jdbc:mysql://host:port/DATABASE)", "url"};
    auto database = percentDecode(authority.substr(slash + 1));
    if (!database) return database.error();
    parsed.database = *database;
    std::string_view hostPort = authority.substr(0, slash);
    if (hostPort.find(',') != std::string_view::npos)
        return Error{"several hosts in one url are not supported by the local runtime", "url"};
    const std::size_t colon = hostPort.rfind(':');
    if (colon != std::string_view::npos) {
        const std::string_view portText = hostPort.substr(colon + 1);
        int port = 0;
        auto [end, ec] = std::from_chars(portText.data(), portText.data() + portText.size(), port);
        if (ec != std::errc() || end != portText.data() + portText.size() || port < 1 || port > 65535)
            return Error{"bad port '" + std::string(portText) + "' in the url", "url"};
        parsed.port = port;
        hostPort = hostPort.substr(0, colon);
    }
    if (hostPort.empty()) return Error{"the url names no host", "url"};
    parsed.host = std::string(hostPort);
    return parsed;
}

Result<MysqlTlsMode> MysqlJdbcUrl::tlsMode() const {
    if (auto mode = parameters.find("sslMode"); mode != parameters.end()) {
        auto parsedMode = parseMysqlTlsMode(mode->second);
        if (!parsedMode) return Error{parsedMode.error().message, "url / sslMode"};
        return parsedMode;
    }
    if (isFalse(parameters, "useSSL")) return MysqlTlsMode::Disabled;
    if (isTrue(parameters, "verifyServerCertificate")) return MysqlTlsMode::VerifyCa;
    if (isTrue(parameters, "useSSL") || isTrue(parameters, "requireSSL")) return MysqlTlsMode::Required;
    return MysqlTlsMode::Disabled;
}

std::string MysqlJdbcUrl::compose(std::string_view host, std::string_view port, std::string_view database,
                                  MysqlTlsMode mode) {
    std::string url = "jdbc:mysql://" + std::string(host) + ":" + std::string(port) + "/" + std::string(database) + "?";
    switch (mode) {
    case MysqlTlsMode::Disabled: return url + "useSSL=false";
    case MysqlTlsMode::Required: return url + "useSSL=true&requireSSL=true";
    case MysqlTlsMode::VerifyCa:
    case MysqlTlsMode::VerifyIdentity: return url + "useSSL=true&requireSSL=true&verifyServerCertificate=true";
    }
    return url;
}

std::string MysqlJdbcUrl::caFile() const {
    auto found = parameters.find("serverSslCert");
    return found == parameters.end() ? std::string() : found->second;
}

}  // namespace sw::kinds
