#pragma once
// JSON text helpers shared by the row encoder and the metrics writer.

#include <string>
#include <string_view>

namespace sw::runtime {

// Appends `text` as a quoted JSON string with the escapes RFC 8259 requires.
void appendJsonString(std::string& out, std::string_view text);

// Appends a finite double in shortest round-trip form; NaN and infinities become null (JSON has none).
void appendJsonNumber(std::string& out, double value);

}  // namespace sw::runtime
