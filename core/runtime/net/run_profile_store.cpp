#include "runtime/net/run_profile_store.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

namespace sw::runtime {

namespace {

using nlohmann::json;

// Reads the profile file's values, naming the JSON path of each one that is wrong.
class ProfileReader {
public:
    explicit ProfileReader(std::string file) : file_(std::move(file)) {}

    Error error(const std::string& pointer, const std::string& message) const {
        return Error{message, file_ + " at " + pointer};
    }

    Result<std::string> text(const json& object, const std::string& pointer, const std::string& key, bool required) const {
        const auto it = object.find(key);
        if (it == object.end()) {
            if (required) return error(pointer, "'" + key + "' is missing");
            return std::string();
        }
        if (!it->is_string()) return error(pointer + "/" + key, "expected a string");
        return it->get<std::string>();
    }

    Result<HostPort> endpoint(const json& object, const std::string& pointer, const std::string& key) const {
        auto value = text(object, pointer, key, true);
        if (!value) return value.error();
        auto parsed = HostPort::parse(*value);
        if (!parsed) return error(pointer + "/" + key, parsed.error().message);
        return parsed;
    }

    Status jumpHost(const json& object, const std::string& pointer, RunProfile& profile) const {
        if (!object.is_object()) return error(pointer, "expected an object");
        auto host = text(object, pointer, "host", true);
        if (!host) return host.error();
        if (host->empty()) return error(pointer + "/host", "the jump host's name is empty");
        profile.host = *host;
        if (const auto port = object.find("port"); port != object.end()) {
            if (!port->is_number_integer() || *port < 1 || *port > 65535)
                return error(pointer + "/port", "expected a port from 1 to 65535");
            profile.port = port->get<int>();
        }
        auto user = text(object, pointer, "user", true);
        if (!user) return user.error();
        profile.user = *user;
        auto auth = text(object, pointer, "auth", true);
        if (!auth) return auth.error();
        if (*auth == "agent") profile.auth = JumpHostAuth::Agent;
        else if (*auth == "key-file") profile.auth = JumpHostAuth::KeyFile;
        else return error(pointer + "/auth", "'" + *auth + "' is not agent or key-file");
        auto keyFile = text(object, pointer, "keyFile", profile.auth == JumpHostAuth::KeyFile);
        if (!keyFile) return keyFile.error();
        profile.keyFile = *keyFile;
        auto knownHosts = text(object, pointer, "knownHostsFile", true);
        if (!knownHosts) return knownHosts.error();
        profile.knownHostsFile = *knownHosts;
        return Ok{};
    }

    Result<RunProfile> profile(const json& object, const std::string& pointer) const {
        if (!object.is_object()) return error(pointer, "expected an object");
        RunProfile profile;
        auto name = text(object, pointer, "name", true);
        if (!name) return name.error();
        if (name->empty() || *name == kAsWrittenProfile)
            return error(pointer + "/name", "a profile needs a name other than '" + std::string(kAsWrittenProfile) + "'");
        profile.name = *name;
        auto through = text(object, pointer, "through", true);
        if (!through) return through.error();
        if (*through != "ssh-jump-host") return error(pointer + "/through", "'" + *through + "' is not ssh-jump-host");
        profile.throughJumpHost = true;
        const auto jump = object.find("jumpHost");
        if (jump == object.end()) return error(pointer, "'jumpHost' is missing");
        if (auto read = jumpHost(*jump, pointer + "/jumpHost", profile); !read) return read.error();
        if (const auto map = object.find("endpoints"); map != object.end()) {
            if (!map->is_array()) return error(pointer + "/endpoints", "expected an array");
            for (std::size_t i = 0; i < map->size(); ++i) {
                const std::string at = pointer + "/endpoints/" + std::to_string(i);
                if (!(*map)[i].is_object()) return error(at, "expected an object");
                auto job = endpoint((*map)[i], at, "job");
                if (!job) return job.error();
                auto sees = endpoint((*map)[i], at, "jumpHostSees");
                if (!sees) return sees.error();
                profile.endpoints.push_back({*job, *sees});
            }
        }
        return profile;
    }

private:
    std::string file_;
};

json toJson(const RunProfile& profile) {
    json jump = {{"host", profile.host},
                 {"port", profile.port},
                 {"user", profile.user},
                 {"auth", profile.auth == JumpHostAuth::Agent ? "agent" : "key-file"},
                 {"knownHostsFile", profile.knownHostsFile}};
    if (profile.auth == JumpHostAuth::KeyFile) jump["keyFile"] = profile.keyFile;
    json endpoints = json::array();
    for (const EndpointMapping& mapping : profile.endpoints)
        endpoints.push_back({{"job", mapping.job.toString()}, {"jumpHostSees", mapping.jumpHostSees.toString()}});
    return {{"name", profile.name}, {"through", "ssh-jump-host"}, {"jumpHost", jump}, {"endpoints", endpoints}};
}

}  // namespace

RunProfileStore RunProfileStore::forUser() {
    std::filesystem::path base;
    if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg && *xdg) base = xdg;
    else if (const char* home = std::getenv("HOME"); home && *home) base = std::filesystem::path(home) / ".config";
    else return RunProfileStore("");
    return RunProfileStore((base / "Streamwright" / "run-profiles.json").string());
}

Result<std::vector<RunProfile>> RunProfileStore::load() const {
    if (path_.empty()) return Error{"no configuration directory (set XDG_CONFIG_HOME or HOME)", "run profiles"};
    std::error_code missing;
    if (!std::filesystem::exists(path_, missing)) return std::vector<RunProfile>{};
    std::ifstream in(path_, std::ios::binary);
    std::stringstream content;
    content << in.rdbuf();
    if (!in) return Error{"cannot read the file", path_};
    const json document = json::parse(content.str(), nullptr, false);
    if (document.is_discarded()) return Error{"not valid JSON", path_};
    const ProfileReader reader(path_);
    if (!document.is_object()) return reader.error("/", "expected an object with 'profiles'");
    const auto list = document.find("profiles");
    if (list == document.end() || !list->is_array()) return reader.error("/profiles", "expected an array of profiles");
    std::vector<RunProfile> profiles;
    std::set<std::string> names;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string pointer = "/profiles/" + std::to_string(i);
        auto profile = reader.profile((*list)[i], pointer);
        if (!profile) return profile.error();
        if (!names.insert(profile->name).second)
            return reader.error(pointer + "/name", "a second profile called '" + profile->name + "'");
        profiles.push_back(std::move(*profile));
    }
    return profiles;
}

Result<RunProfile> RunProfileStore::find(const std::string& name) const {
    if (name == kAsWrittenProfile) {
        RunProfile asWritten;
        asWritten.name = kAsWrittenProfile;
        return asWritten;
    }
    auto profiles = load();
    if (!profiles) return profiles.error();
    std::string known = "'" + std::string(kAsWrittenProfile) + "'";
    for (const RunProfile& profile : *profiles) {
        if (profile.name == name) return profile;
        known += ", '" + profile.name + "'";
    }
    return Error{"no run profile called '" + name + "' (known: " + known + ")", path_};
}

Status RunProfileStore::save(const std::vector<RunProfile>& profiles) const {
    if (path_.empty()) return Error{"no configuration directory (set XDG_CONFIG_HOME or HOME)", "run profiles"};
    json list = json::array();
    for (const RunProfile& profile : profiles)
        if (profile.throughJumpHost) list.push_back(toJson(profile));
    std::error_code failed;
    std::filesystem::create_directories(std::filesystem::path(path_).parent_path(), failed);
    if (failed) return Error{"cannot create the directory: " + failed.message(), path_};
    const std::string temporary = path_ + ".tmp";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out << json{{"profiles", list}}.dump(2) << "\n";
        if (!out.flush()) return Error{"cannot write the file", temporary};
    }
    std::filesystem::rename(temporary, path_, failed);
    if (failed) return Error{"cannot replace the file: " + failed.message(), path_};
    return Ok{};
}

}  // namespace sw::runtime
