#pragma once
// RunProfileStore: the user's run profiles, one JSON file in the user's configuration directory
// ($XDG_CONFIG_HOME or ~/.config, Streamwright/run-profiles.json), shared by the CLI and the GUI.

#include <optional>
#include <string>
#include <vector>

#include "runtime/net/run_profile.h"
#include "util/result.h"

namespace sw::runtime {

class RunProfileStore {
public:
    explicit RunProfileStore(std::string path) : path_(std::move(path)) {}
    // The store at the standard place for this user ("" when neither XDG_CONFIG_HOME nor HOME is set).
    static RunProfileStore forUser();

    const std::string& path() const { return path_; }

    // Every saved profile; none when the file does not exist yet. A malformed file is an error
    // naming the file and the JSON path of the bad value.
    Result<std::vector<RunProfile>> load() const;
    // The profile called `name`; kAsWrittenProfile is built in. An unknown name lists the known ones.
    Result<RunProfile> find(const std::string& name) const;
    // Replaces the file (creating its directory), written so that a crash leaves the old one.
    Status save(const std::vector<RunProfile>& profiles) const;

private:
    std::string path_;
};

}  // namespace sw::runtime
