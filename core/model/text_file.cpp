#include "model/text_file.h"

#include <array>
#include <cerrno>
#include <fstream>
#include <system_error>

namespace sw::model {

namespace {

namespace fs = std::filesystem;

std::string lastErrorText() { return std::error_code(errno, std::generic_category()).message(); }

std::string sizeText(std::size_t bytes) {
    constexpr std::size_t kMiB = 1024 * 1024;
    return bytes % kMiB == 0 ? std::to_string(bytes / kMiB) + " MiB" : std::to_string(bytes) + " bytes";
}

// The file `path` finally names once its symbolic links are followed (existing or not).
Result<fs::path> followLinks(fs::path path) {
    constexpr int kMaxLinks = 40;  // the kernel's own limit (ELOOP)
    for (int hops = 0; hops < kMaxLinks; ++hops) {
        std::error_code ec;
        if (!fs::is_symlink(fs::symlink_status(path, ec))) return path;
        const fs::path target = fs::read_symlink(path, ec);
        if (ec) return Error{"cannot read the link: " + ec.message(), path.string()};
        path = target.is_absolute() ? target : path.parent_path() / target;
    }
    return Error{"too many levels of symbolic links", path.string()};
}

// Writes and closes `file`, so that a full disk shows up as an error here and not later.
Status writeAll(std::ofstream& file, std::string_view text, const fs::path& path) {
    file.write(text.data(), static_cast<std::streamsize>(text.size()));
    file.close();
    if (!file) return Error{"write failed: " + lastErrorText(), path.string()};
    return Ok{};
}

}  // namespace

Result<std::string> readTextFile(const fs::path& path, std::string_view what, std::size_t maxBytes) {
    const std::string noun(what);
    std::error_code ec;
    if (fs::is_directory(path, ec)) return Error{"is a directory, not a " + noun, path.string()};
    std::ifstream in(path, std::ios::binary);
    if (!in) return Error{"cannot open " + noun + ": " + lastErrorText(), path.string()};
    // In chunks up to the limit: istream::read also turns a failing read into badbit, where
    // reading through the stream buffer would throw.
    std::string text;
    std::array<char, 64 * 1024> chunk;
    while (in.read(chunk.data(), chunk.size()) || in.gcount() > 0) {
        text.append(chunk.data(), static_cast<std::size_t>(in.gcount()));
        if (text.size() > maxBytes)
            return Error{"larger than " + sizeText(maxBytes) + ", the limit for a " + noun, path.string()};
    }
    if (in.bad()) return Error{"cannot read " + noun, path.string()};
    return text;
}

Status writeTextFile(const fs::path& path, std::string_view text) {
    auto target = followLinks(path);
    if (!target) return target.error();
    std::error_code ec;
    const fs::file_status status = fs::status(*target, ec);
    if (fs::is_directory(status)) return Error{"is a directory", path.string()};
    if (fs::exists(status) && !fs::is_regular_file(status)) {
        std::ofstream device(*target, std::ios::binary);
        if (!device) return Error{"cannot write: " + lastErrorText(), path.string()};
        return writeAll(device, text, path);
    }
    const fs::path temp = target->string() + ".tmp";
    std::ofstream file(temp, std::ios::binary | std::ios::trunc);
    if (!file) return Error{"cannot write: " + lastErrorText(), temp.string()};
    if (auto written = writeAll(file, text, temp); !written) {
        fs::remove(temp, ec);
        return written;
    }
    fs::rename(temp, *target, ec);
    if (ec) {
        fs::remove(temp, ec);
        return Error{"cannot replace file: " + ec.message(), path.string()};
    }
    return Ok{};
}

}  // namespace sw::model
