#pragma once
// readTextFile and writeTextFile: files read with a size limit, and written without ever leaving
// half a file or replacing what is not a regular file.

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

#include "util/result.h"

namespace sw::model {

// The whole content of `path`, refused beyond `maxBytes` (/dev/zero never ends) and for a
// directory. `what` names the file in messages: "cannot open job file: ...".
Result<std::string> readTextFile(const std::filesystem::path& path, std::string_view what, std::size_t maxBytes);

// Writes `text` to `path`. Symbolic links are followed, so the file they point at is written and
// the link stays. A regular file (or a new one) is written as a sibling temp file renamed over
// it, so a failed write never truncates the old content; anything else that is not a directory
// (/dev/null, a FIFO, a terminal) is written in place, as a shell redirection would.
// Errors name the path and what failed, including a full disk.
Status writeTextFile(const std::filesystem::path& path, std::string_view text);

}  // namespace sw::model
