#include "runtime/checkpoint/checkpoint_directory.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <limits>
#include <utility>
#include <vector>

#include "model/text_file.h"
#include "runtime/checkpoint/state_reader.h"
#include "runtime/checkpoint/state_writer.h"

namespace sw::runtime {

namespace {

// "SWCHKPT" and the format version: 2 since a DISTINCT aggregate's state holds its own state
// before the values seen (version 1 held only the values).
constexpr std::string_view kMagic{"SWCHKPT\x02", 8};
constexpr std::size_t kHeaderBytes = kMagic.size() + 8;  // magic, body length
constexpr std::size_t kTrailerBytes = 8;                 // FNV-1a 64 of the body
constexpr std::string_view kPrefix = "chk-";
constexpr std::string_view kTemporarySuffix = ".tmp";

std::uint64_t fnv1a(std::string_view bytes) {
    std::uint64_t hash = 14695981039346656037ULL;
    for (const char c : bytes) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ULL;
    }
    return hash;
}

void appendFixed64(std::string& out, std::uint64_t value) {
    for (int i = 0; i < 8; ++i) out += static_cast<char>((value >> (8 * i)) & 0xff);
}

std::uint64_t readFixed64(std::string_view bytes) {
    std::uint64_t value = 0;
    for (int i = 0; i < 8; ++i) value |= static_cast<std::uint64_t>(static_cast<unsigned char>(bytes[i])) << (8 * i);
    return value;
}

// The id of a complete checkpoint's file name "chk-N"; nothing for anything else.
std::optional<std::uint64_t> idOfFileName(const std::string& name) {
    if (!name.starts_with(kPrefix) || name.size() == kPrefix.size()) return std::nullopt;
    std::uint64_t id = 0;
    const char* first = name.data() + kPrefix.size();
    const char* last = name.data() + name.size();
    const auto [end, ec] = std::from_chars(first, last, id);
    if (ec != std::errc{} || end != last) return std::nullopt;
    return id;
}

std::string systemError(const std::string& what, const std::filesystem::path& path) {
    return what + " " + path.string() + ": " + std::strerror(errno);
}

// Writes `bytes` to `path` and flushes them to the disk before returning.
Status writeDurably(const std::filesystem::path& path, std::string_view bytes) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) return Error{systemError("cannot create", path), "checkpoint"};
    std::size_t written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            Error error{systemError("cannot write", path), "checkpoint"};
            ::close(fd);
            return error;
        }
        written += static_cast<std::size_t>(n);
    }
    const bool synced = ::fsync(fd) == 0;
    Error error{systemError("cannot sync", path), "checkpoint"};
    ::close(fd);
    if (!synced) return error;
    return Ok{};
}

// A rename is durable only once the directory entry itself reached the disk.
Status syncDirectory(const std::filesystem::path& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return Error{systemError("cannot open", path), "checkpoint"};
    const bool synced = ::fsync(fd) == 0;
    Error error{systemError("cannot sync", path), "checkpoint"};
    ::close(fd);
    if (!synced) return error;
    return Ok{};
}

}  // namespace

CheckpointDirectory::~CheckpointDirectory() {
    if (lockFd_ >= 0) ::close(lockFd_);  // releases the flock
}

CheckpointDirectory::CheckpointDirectory(CheckpointDirectory&& other) noexcept
    : path_(std::move(other.path_)), lockFd_(std::exchange(other.lockFd_, -1)) {}

Status CheckpointDirectory::lock() {
    std::error_code error;
    std::filesystem::create_directories(path_, error);
    if (error) return Error{"cannot create the checkpoint directory " + path_.string() + ": " + error.message(), "--checkpoint-dir"};
    // Creating the lock file is the probe that checkpoint files can be written here.
    const std::filesystem::path file = path_ / "lock";
    const int fd = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) return Error{systemError("cannot write in the checkpoint directory: cannot create", file), "--checkpoint-dir"};
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const bool taken = errno == EWOULDBLOCK;
        Error failure{taken ? "another run uses the checkpoint directory " + path_.string() +
                                  " (it holds " + file.string() + "); give each run its own directory"
                            : systemError("cannot lock", file),
                      "--checkpoint-dir"};
        ::close(fd);
        return failure;
    }
    if (lockFd_ >= 0) ::close(lockFd_);
    lockFd_ = fd;
    return Ok{};
}

std::filesystem::path CheckpointDirectory::fileOf(std::uint64_t id) const {
    return path_ / (std::string(kPrefix) + std::to_string(id));
}

std::string CheckpointDirectory::encode(const CheckpointData& data) {
    StateWriter body;
    body.writeCount(data.id);
    body.writeInteger(data.createdMillis);
    body.writeCount(data.nodes.size());
    for (const auto& [nodeId, node] : data.nodes) {
        body.writeBytes(nodeId);
        body.writeBytes(node.fingerprint);
        body.writeBytes(node.state);
    }
    const std::string bytes = body.take();
    std::string out(kMagic);
    appendFixed64(out, bytes.size());
    out += bytes;
    appendFixed64(out, fnv1a(bytes));
    return out;
}

Result<CheckpointData> CheckpointDirectory::decode(std::string_view bytes) {
    if (bytes.size() < kMagic.size() || bytes.substr(0, kMagic.size() - 1) != kMagic.substr(0, kMagic.size() - 1))
        return Error{"not a Streamwright checkpoint file", "header"};
    if (bytes[kMagic.size() - 1] != kMagic.back())
        return Error{"checkpoint format version " + std::to_string(static_cast<unsigned char>(bytes[kMagic.size() - 1])) +
                         " is not supported (this build reads version " +
                         std::to_string(static_cast<unsigned char>(kMagic.back())) + ")",
                     "header"};
    if (bytes.size() < kHeaderBytes)
        return Error{"truncated: " + std::to_string(bytes.size()) + " bytes, shorter than the header", "header"};
    const std::uint64_t bodyBytes = readFixed64(bytes.substr(kMagic.size()));
    const std::uint64_t expected = kHeaderBytes + bodyBytes + kTrailerBytes;
    if (bodyBytes > bytes.size() || bytes.size() != expected)
        return Error{"truncated or padded: " + std::to_string(bytes.size()) + " bytes, the header announces " +
                         std::to_string(expected),
                     "header"};
    const std::string_view body = bytes.substr(kHeaderBytes, bodyBytes);
    if (fnv1a(body) != readFixed64(bytes.substr(kHeaderBytes + bodyBytes)))
        return Error{"corrupt: the checksum does not match the content", "body"};

    StateReader reader(body);
    CheckpointData data;
    data.id = reader.readCount();
    data.createdMillis = reader.readInteger();
    const std::uint64_t nodes = reader.readItemCount();
    for (std::uint64_t i = 0; i < nodes && !reader.failed(); ++i) {
        std::string nodeId(reader.readBytes());
        NodeState node;
        node.fingerprint = reader.readBytes();
        node.state = reader.readBytes();
        data.nodes.emplace(std::move(nodeId), std::move(node));
    }
    if (auto finished = reader.finish(); !finished) return Error{finished.error().message, "body"};
    return data;
}

Result<std::uint64_t> CheckpointDirectory::write(const CheckpointData& data) const {
    std::error_code error;
    std::filesystem::create_directories(path_, error);
    if (error) return Error{"cannot create the directory " + path_.string() + ": " + error.message(), "checkpoint"};
    const std::string bytes = encode(data);
    const std::filesystem::path final = fileOf(data.id);
    std::filesystem::path temporary = final;
    temporary += kTemporarySuffix;
    if (auto written = writeDurably(temporary, bytes); !written) return written.error();
    std::filesystem::rename(temporary, final, error);
    if (error) return Error{"cannot rename " + temporary.string() + ": " + error.message(), "checkpoint"};
    if (auto synced = syncDirectory(path_); !synced) return synced.error();
    return static_cast<std::uint64_t>(bytes.size());
}

Result<std::vector<std::uint64_t>> CheckpointDirectory::completeIds() const {
    std::error_code error;
    std::vector<std::uint64_t> ids;
    if (!std::filesystem::exists(path_, error)) return ids;
    std::filesystem::directory_iterator entries(path_, error);
    if (error) return Error{"cannot list " + path_.string() + ": " + error.message(), "checkpoint"};
    for (const auto& entry : entries) {
        const auto id = idOfFileName(entry.path().filename().string());
        if (!id) continue;
        // Reading it would fail, and so would renaming a new checkpoint of that id over it.
        if (!entry.is_regular_file(error))
            return Error{"named like a checkpoint but not a file; move it out of the checkpoint directory",
                         entry.path().string()};
        ids.push_back(*id);
    }
    std::sort(ids.begin(), ids.end(), std::greater<>());
    return ids;
}

Result<std::optional<std::uint64_t>> CheckpointDirectory::latestId() const {
    auto ids = completeIds();
    if (!ids) return ids.error();
    if (ids->empty()) return std::optional<std::uint64_t>{};
    return std::optional<std::uint64_t>{ids->front()};
}

Result<CheckpointData> CheckpointDirectory::read(std::uint64_t id) const {
    const std::filesystem::path file = fileOf(id);
    const auto bytes = model::readTextFile(file, "checkpoint file", std::numeric_limits<std::size_t>::max());
    if (!bytes) return bytes.error();
    auto data = decode(*bytes);
    if (!data) return Error{data.error().message, file.string() + " / " + data.error().location};
    if (data->id != id) return Error{"holds checkpoint " + std::to_string(data->id) + ", not " + std::to_string(id), file.string()};
    return data;
}

void CheckpointDirectory::prune(std::size_t keep) const {
    std::error_code error;
    auto ids = completeIds();
    for (std::size_t i = keep; ids && i < ids->size(); ++i) std::filesystem::remove(fileOf((*ids)[i]), error);
    std::vector<std::filesystem::path> leftovers;
    for (const auto& entry : std::filesystem::directory_iterator(path_, error)) {
        const std::string name = entry.path().filename().string();
        if (name.starts_with(kPrefix) && name.ends_with(kTemporarySuffix)) leftovers.push_back(entry.path());
    }
    for (const auto& leftover : leftovers) std::filesystem::remove(leftover, error);
}

}  // namespace sw::runtime
