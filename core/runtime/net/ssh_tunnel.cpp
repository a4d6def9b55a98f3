#include "runtime/net/ssh_tunnel.h"

#include <libssh/libssh.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>

namespace sw::runtime {

struct SshTunnel::Listener {
    int fd = -1;
    int port = 0;
    HostPort target;
};

// One accepted local connection and its channel; closed together.
struct SshTunnel::Connection {
    int client = -1;
    ssh_channel channel = nullptr;
};

namespace {

constexpr std::size_t kChunk = 32 * 1024;
// How long the pump waits for traffic before it looks for new listeners and for a stop.
constexpr int kPollMilliseconds = 20;

bool sendAll(int fd, const char* data, std::size_t size) {
    while (size > 0) {
        const ssize_t sent = ::send(fd, data, size, MSG_NOSIGNAL);
        if (sent < 0 && errno == EINTR) continue;
        if (sent <= 0) return false;
        data += sent;
        size -= static_cast<std::size_t>(sent);
    }
    return true;
}

void closeConnection(int& client, ssh_channel& channel) {
    if (channel) {
        if (ssh_channel_is_open(channel)) {
            ssh_channel_send_eof(channel);
            ssh_channel_close(channel);
        }
        ssh_channel_free(channel);
        channel = nullptr;
    }
    if (client >= 0) ::close(client);
    client = -1;
}

// Why the jump host's key is not trusted, or "" when it is.
std::string hostKeyProblem(ssh_session session, const RunProfile& profile) {
    switch (ssh_session_is_known_server(session)) {
    case SSH_KNOWN_HOSTS_OK: return "";
    case SSH_KNOWN_HOSTS_CHANGED:
        return "the jump host's key has CHANGED since it was recorded in " + profile.knownHostsFile +
               " (someone may be intercepting the connection); refusing it";
    case SSH_KNOWN_HOSTS_OTHER:
        return "the jump host offers a key of another type than the one recorded in " + profile.knownHostsFile +
               "; refusing it";
    case SSH_KNOWN_HOSTS_NOT_FOUND:
        return "the known-hosts file " + profile.knownHostsFile + " does not exist; add the jump host's key to it "
               "(e.g. ssh-keyscan -p PORT HOST >> FILE, after checking the fingerprint)";
    case SSH_KNOWN_HOSTS_UNKNOWN:
        return "the jump host's key is not in " + profile.knownHostsFile +
               "; add it (after checking its fingerprint) before connecting";
    case SSH_KNOWN_HOSTS_ERROR: break;
    }
    return std::string("cannot check the jump host's key: ") + ssh_get_error(session);
}

}  // namespace

Result<std::unique_ptr<SshTunnel>> SshTunnel::open(const RunProfile& profile, std::chrono::seconds timeout) {
    std::unique_ptr<SshTunnel> tunnel(new SshTunnel());
    tunnel->jumpHost_ = profile.user + "@" + HostPort{profile.host, profile.port}.toString();
    const std::string where = "jump host " + tunnel->jumpHost_;
    if (profile.knownHostsFile.empty())
        return Error{"no known-hosts file: the jump host's key cannot be verified", where};
    ssh_session session = ssh_new();
    if (!session) return Error{"cannot create an SSH session", where};
    tunnel->session_ = session;
    const long seconds = static_cast<long>(timeout.count());
    const int port = profile.port;
    // Only the profile counts: neither ~/.ssh/config nor the system's known hosts.
    const int noConfig = 0;
    ssh_options_set(session, SSH_OPTIONS_PROCESS_CONFIG, &noConfig);
    ssh_options_set(session, SSH_OPTIONS_HOST, profile.host.c_str());
    ssh_options_set(session, SSH_OPTIONS_PORT, &port);
    ssh_options_set(session, SSH_OPTIONS_USER, profile.user.c_str());
    ssh_options_set(session, SSH_OPTIONS_TIMEOUT, &seconds);
    ssh_options_set(session, SSH_OPTIONS_KNOWNHOSTS, profile.knownHostsFile.c_str());
    ssh_options_set(session, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, profile.knownHostsFile.c_str());
    if (ssh_connect(session) != SSH_OK)
        return Error{std::string("cannot connect: ") + ssh_get_error(session), where};
    if (const std::string problem = hostKeyProblem(session, profile); !problem.empty()) return Error{problem, where};
    int authenticated = SSH_AUTH_ERROR;
    if (profile.auth == JumpHostAuth::Agent) {
        authenticated = ssh_userauth_agent(session, nullptr);
        if (authenticated != SSH_AUTH_SUCCESS)
            return Error{"the SSH agent has no key the jump host accepts for user '" + profile.user + "' (" +
                             ssh_get_error(session) + ")",
                         where};
    } else {
        ssh_key key = nullptr;
        if (ssh_pki_import_privkey_file(profile.keyFile.c_str(), nullptr, nullptr, nullptr, &key) != SSH_OK)
            return Error{"cannot read the private key " + profile.keyFile +
                             " (missing, unreadable, or protected by a passphrase: use the SSH agent for those)",
                         where};
        authenticated = ssh_userauth_publickey(session, nullptr, key);
        ssh_key_free(key);
        if (authenticated != SSH_AUTH_SUCCESS)
            return Error{"the jump host refused the key " + profile.keyFile + " for user '" + profile.user + "'", where};
    }
    tunnel->pump_ = std::thread([raw = tunnel.get()] { raw->pump(); });
    return tunnel;
}

SshTunnel::~SshTunnel() {
    stopping_ = true;
    if (pump_.joinable()) pump_.join();
    for (Listener& listener : listeners_) ::close(listener.fd);
    if (session_) {
        if (ssh_is_connected(session_)) ssh_disconnect(session_);
        ssh_free(session_);
    }
}

Result<int> SshTunnel::forward(const HostPort& target) {
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) return Error{std::string("cannot open a local socket: ") + std::strerror(errno), target.toString()};
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);  // never reachable from other machines
    address.sin_port = 0;
    socklen_t length = sizeof address;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 || ::listen(fd, 64) != 0 ||
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
        const std::string reason = std::strerror(errno);
        ::close(fd);
        return Error{"cannot listen on 127.0.0.1: " + reason, target.toString()};
    }
    const int port = ntohs(address.sin_port);
    std::lock_guard lock(mutex_);
    listeners_.push_back(Listener{fd, port, target});
    return port;
}

std::string SshTunnel::lastChannelError() const {
    std::lock_guard lock(mutex_);
    return lastChannelError_;
}

void SshTunnel::acceptOn(const Listener& listener, std::vector<Connection>& connections) {
    Connection connection;
    connection.client = ::accept4(listener.fd, nullptr, nullptr, SOCK_CLOEXEC);
    if (connection.client < 0) return;
    connection.channel = ssh_channel_new(session_);
    if (!connection.channel || ssh_channel_open_forward(connection.channel, listener.target.host.c_str(),
                                                        listener.target.port, "127.0.0.1", listener.port) != SSH_OK) {
        std::lock_guard lock(mutex_);
        lastChannelError_ = "the jump host " + jumpHost_ + " could not open a connection to " +
                            listener.target.toString() + ": " + ssh_get_error(session_);
        closeConnection(connection.client, connection.channel);
        return;
    }
    connections.push_back(connection);
}

void SshTunnel::pump() {
    std::vector<Connection> connections;
    std::vector<Listener> listeners;
    char buffer[kChunk];
    while (!stopping_ && ssh_is_connected(session_)) {
        {
            std::lock_guard lock(mutex_);
            listeners = listeners_;
        }
        std::vector<pollfd> polled;
        for (const Listener& listener : listeners) polled.push_back({listener.fd, POLLIN, 0});
        for (const Connection& connection : connections) polled.push_back({connection.client, POLLIN, 0});
        polled.push_back({ssh_get_fd(session_), POLLIN, 0});
        if (::poll(polled.data(), polled.size(), kPollMilliseconds) < 0 && errno != EINTR) break;
        for (std::size_t i = 0; i < listeners.size(); ++i)
            if (polled[i].revents & POLLIN) acceptOn(listeners[i], connections);
        for (std::size_t i = 0; i < connections.size(); ++i) {
            Connection& connection = connections[i];
            const short events = i + listeners.size() < polled.size() - 1 ? polled[i + listeners.size()].revents : 0;
            if (events & (POLLIN | POLLHUP | POLLERR)) {
                const ssize_t got = ::recv(connection.client, buffer, sizeof buffer, 0);
                if (got <= 0 || ssh_channel_write(connection.channel, buffer, static_cast<std::uint32_t>(got)) != got) {
                    closeConnection(connection.client, connection.channel);
                    continue;
                }
            }
            // Whatever the target sent: read without waiting, hand to the local client.
            while (connection.channel) {
                const int got = ssh_channel_read_nonblocking(connection.channel, buffer, sizeof buffer, 0);
                if (got > 0 && sendAll(connection.client, buffer, static_cast<std::size_t>(got))) continue;
                if (got < 0 || got > 0 || ssh_channel_is_eof(connection.channel) || !ssh_channel_is_open(connection.channel))
                    closeConnection(connection.client, connection.channel);
                break;
            }
        }
        std::erase_if(connections, [](const Connection& connection) { return connection.client < 0; });
    }
    for (Connection& connection : connections) closeConnection(connection.client, connection.channel);
}

}  // namespace sw::runtime
