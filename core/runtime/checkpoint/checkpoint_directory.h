#pragma once
// CheckpointDirectory: the checkpoint files of a run in one local directory — written atomically
// (chk-N.tmp, fsync, rename to chk-N, fsync the directory), read back with checks, pruned.

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/result.h"

namespace sw::runtime {

// One node's part of a checkpoint: what the node was (kind and columns, to refuse a changed job)
// and its operator's state bytes (empty for stateless operators).
struct NodeState {
    std::string fingerprint;
    std::string state;
};

struct CheckpointData {
    std::uint64_t id = 0;
    std::int64_t createdMillis = 0;          // wall clock, milliseconds since the epoch
    std::map<std::string, NodeState> nodes;  // by node id
};

class CheckpointDirectory {
public:
    explicit CheckpointDirectory(std::filesystem::path path) : path_(std::move(path)) {}
    ~CheckpointDirectory();
    CheckpointDirectory(CheckpointDirectory&& other) noexcept;
    CheckpointDirectory& operator=(CheckpointDirectory&&) = delete;
    CheckpointDirectory(const CheckpointDirectory&) = delete;
    CheckpointDirectory& operator=(const CheckpointDirectory&) = delete;

    // Creates the directory if needed and takes DIR/lock (flock) for this object's lifetime: an
    // unwritable or misspelled directory fails when the plan is built, not intervals later, and
    // a second run on the same DIR is refused (its pruning would delete this run's chk-N.tmp).
    Status lock();

    const std::filesystem::path& path() const { return path_; }
    std::filesystem::path fileOf(std::uint64_t id) const;  // DIR/chk-N

    // Creates the directory if needed and writes checkpoint `data.id` atomically: a reader sees
    // the complete file or none. Returns the file's size in bytes.
    Result<std::uint64_t> write(const CheckpointData& data) const;
    // The newest complete checkpoint's id (chk-N files only: *.tmp leftovers of a killed run are
    // ignored); nothing when the directory holds none.
    Result<std::optional<std::uint64_t>> latestId() const;
    // Every complete checkpoint's id, newest first.
    Result<std::vector<std::uint64_t>> completeIds() const;
    // Errors name the file and say whether it is truncated, corrupt or of another format.
    Result<CheckpointData> read(std::uint64_t id) const;
    // Keeps the newest `keep` complete checkpoints; deletes older ones and *.tmp leftovers.
    void prune(std::size_t keep) const;

    // The file format (docs/runtime.md, "Checkpoints"), exposed for tests.
    static std::string encode(const CheckpointData& data);
    static Result<CheckpointData> decode(std::string_view bytes);

private:
    std::filesystem::path path_;
    int lockFd_ = -1;
};

}  // namespace sw::runtime
