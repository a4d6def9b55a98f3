#include "validate/endpoint_rules.h"

#include <array>
#include <charconv>
#include <optional>

#include "kinds/catalog.h"
#include "kinds/mysql/mysql_jdbc_url.h"

namespace sw::validate {
namespace {

constexpr std::string_view kUnrelocated = "org.apache.kafka.common.security";
constexpr std::string_view kShadePrefix = "org.apache.flink.kafka.shaded.";

struct HostPort {
    std::string host;
    int port = 0;  // 0 = not given
};

std::string trim(std::string_view text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos) return {};
    const auto last = text.find_last_not_of(" \t");
    return std::string(text.substr(first, last - first + 1));
}

HostPort splitHostPort(std::string_view text) {
    HostPort out;
    const auto colon = text.rfind(':');
    out.host = std::string(text.substr(0, colon));
    if (colon != std::string_view::npos) {
        std::from_chars(text.data() + colon + 1, text.data() + text.size(), out.port);
    }
    return out;
}

std::vector<HostPort> bootstrapHosts(const std::string& servers) {
    std::vector<HostPort> hosts;
    std::size_t start = 0;
    while (start <= servers.size()) {
        auto comma = servers.find(',', start);
        if (comma == std::string::npos) comma = servers.size();
        const std::string entry = trim(std::string_view(servers).substr(start, comma - start));
        if (!entry.empty()) hosts.push_back(splitHostPort(entry));
        start = comma + 1;
    }
    return hosts;
}

// "jdbc:mysql://host:3306/db?x" -> "host".
std::string urlHost(const std::string& url) {
    const auto scheme = url.find("://");
    if (scheme == std::string::npos) return {};
    const auto begin = scheme + 3;
    const auto end = url.find_first_of(":/?", begin);
    return url.substr(begin, end == std::string::npos ? std::string::npos : end - begin);
}

std::optional<std::array<int, 4>> ipv4(const std::string& host) {
    std::array<int, 4> parts{};
    const char* at = host.data();
    const char* end = host.data() + host.size();
    for (std::size_t i = 0; i < parts.size(); ++i) {
        auto [next, error] = std::from_chars(at, end, parts[i]);
        if (error != std::errc() || parts[i] < 0 || parts[i] > 255) return std::nullopt;
        at = next;
        if (i < 3) {
            if (at == end || *at != '.') return std::nullopt;
            ++at;
        }
    }
    if (at != end) return std::nullopt;
    return parts;
}

bool isPrivateIpv4(const std::string& host) {
    const auto ip = ipv4(host);
    if (!ip) return false;
    const auto& p = *ip;
    return p[0] == 10 || (p[0] == 172 && p[1] >= 16 && p[1] <= 31) || (p[0] == 192 && p[1] == 168);
}

bool isAliyunEndpoint(const std::string& host) {
    return host.ends_with(".aliyuncs.com") || isPrivateIpv4(host);
}

// Inside a VPC (or on this machine) PLAIN credentials never cross the Internet.
bool isInsideNetwork(const std::string& host) {
    if (isPrivateIpv4(host) || host == "localhost") return true;
    if (const auto ip = ipv4(host); ip && (*ip)[0] == 127) return true;
    return host.find("-vpc.") != std::string::npos;  // ApsaraMQ names its VPC endpoints "...-vpc.<domain>"
}

// ApsaraMQ for Kafka: which protocol each endpoint port speaks.
std::string protocolForPort(int port) {
    switch (port) {
    case 9092: return "PLAINTEXT";
    case 9094: return "SASL_PLAINTEXT";
    case 9093:
    case 9095: return "SASL_SSL";
    default: return {};
    }
}

void checkLoginModule(const model::Node& node, analysis::Findings& findings) {
    const std::string jaas = node.option("sasl.jaas.config");
    std::string fixed;
    bool unrelocated = false;
    for (std::size_t i = 0; i < jaas.size();) {
        const auto at = jaas.find(kUnrelocated, i);
        const auto until = at == std::string::npos ? jaas.size() : at;
        fixed += jaas.substr(i, until - i);
        if (at == std::string::npos) break;
        const bool shaded = at >= kShadePrefix.size() &&
                            std::string_view(jaas).substr(at - kShadePrefix.size(), kShadePrefix.size()) == kShadePrefix;
        if (!shaded) {
            fixed += kShadePrefix;
            unrelocated = true;
        }
        fixed += kUnrelocated;
        i = at + kUnrelocated.size();
    }
    if (!unrelocated) return;
    findings.add(analysis::rules::kUnrelocatedLoginModule, node, "sasl.jaas.config",
                 "the JAAS configuration names the login module by its original package, which Flink's "
                 "Kafka connector relocates; it fails at run time. Use the org.apache.flink.kafka.shaded. name",
                 fixed);
}

void checkKafkaEndpoints(const model::Node& node, const kinds::NodeKind& kind, analysis::Findings& findings) {
    const auto hosts = bootstrapHosts(node.option("bootstrap.servers"));
    if (hosts.empty()) return;
    std::string foreign;
    bool crossesInternet = false;
    std::string expected;
    bool mismatch = false;
    const std::string protocol = kind.effectiveOption(node, "security.protocol");
    for (const HostPort& hp : hosts) {
        if (!isAliyunEndpoint(hp.host)) foreign += (foreign.empty() ? "" : ", ") + hp.host;
        if (!isInsideNetwork(hp.host)) crossesInternet = true;
        const std::string wanted = protocolForPort(hp.port);
        if (!wanted.empty() && wanted != protocol) {
            mismatch = true;
            expected = expected.empty() || expected == wanted ? wanted : "?";
        }
    }
    if (!foreign.empty()) {
        findings.add(analysis::rules::kNotAliyunEndpoint, node, "bootstrap.servers",
                     "the bootstrap servers (" + foreign + ") are not an Alibaba Cloud endpoint "
                     "(*.aliyuncs.com or a private VPC address)");
    }
    if (crossesInternet && (protocol == "PLAINTEXT" || protocol == "SASL_PLAINTEXT")) {
        findings.add(analysis::rules::kPlaintextOverInternet, node, "security.protocol",
                     "the security protocol " + protocol + " sends data and credentials unencrypted to a "
                     "host outside the VPC; over the Internet use SASL_SSL", "SASL_SSL");
    }
    if (mismatch) {
        findings.add(analysis::rules::kPortProtocolMismatch, node, "security.protocol",
                     "the security protocol " + protocol + " does not match the bootstrap port; ApsaraMQ "
                     "serves PLAINTEXT on 9092, SASL_PLAINTEXT on 9094 and SASL_SSL on 9093/9095",
                     expected == "?" ? std::string() : expected);
    }
}

void checkDatabaseEndpoint(const model::Node& node, const std::string& optionId, const std::string& host,
                           analysis::Findings& findings) {
    if (host.empty() || isAliyunEndpoint(host)) return;
    findings.add(analysis::rules::kNotAliyunEndpoint, node, optionId,
                 "the host '" + host + "' is not an Alibaba Cloud endpoint (*.aliyuncs.com or a private "
                 "VPC address)");
}

// Alibaba's `mysql` connector documents no TLS option for dimension and sink tables, so the
// export writes none: a chosen TLS mode would silently not reach the console.
void checkMysqlTls(const model::Node& node, const kinds::NodeKind& kind, analysis::Findings& findings) {
    const std::string mode = node.option("ssl.mode");
    if (mode.empty() || kind.connectorFor(kinds::Dialect::AliyunVvr, node.option("connector")) != "mysql") return;
    const auto parsed = kinds::parseMysqlTlsMode(mode);
    if (!parsed || *parsed == kinds::MysqlTlsMode::Disabled) return;
    findings.add(analysis::rules::kMysqlTlsNotExported, node, "ssl.mode",
                 "the TLS mode " + mode + " is not exported: the mysql connector's SQL carries no TLS "
                 "setting, so ssl.mode applies only to local runs and Test connection");
}

}  // namespace

void checkEndpoints(const model::JobGraph& job, kinds::Dialect dialect, analysis::Findings& findings) {
    for (const model::Node& node : job.nodes) {
        const kinds::NodeKind* kind = kinds::Catalog::instance().find(node.kind);
        if (!kind) continue;
        checkLoginModule(node, findings);
        if (dialect != kinds::Dialect::AliyunVvr) continue;
        if (kind->option("bootstrap.servers")) checkKafkaEndpoints(node, *kind, findings);
        if (kind->option("hostname")) checkDatabaseEndpoint(node, "hostname", node.option("hostname"), findings);
        if (kind->option("url")) checkDatabaseEndpoint(node, "url", urlHost(node.option("url")), findings);
        if (kind->option("ssl.mode")) checkMysqlTls(node, *kind, findings);
    }
}

}  // namespace sw::validate
