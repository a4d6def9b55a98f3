#pragma once
// Binary text: conversions between BINARY / VARBINARY bytes and text — base64, hex (X'..' literals,
// HEX, UNHEX, the printed form), charsets (ENCODE, DECODE, CAST to and from strings).

#include <optional>
#include <string>
#include <string_view>

#include "model/flink_type.h"
#include "util/result.h"

namespace sw::expr::binary {

// Bytes of pairs of hex digits (either case); nullopt for an odd count or another character.
std::optional<std::string> fromHexPairs(std::string_view hex);
// Flink's UNHEX: fromHexPairs, except that an odd count drops the first digit and puts a zero
// byte in front (UNHEX('146') is 0x0046).
std::optional<std::string> unhex(std::string_view hex);
// Base64 with Java's basic alphabet and '=' padding (TO_BASE64, FROM_BASE64, BYTES in JSON).
std::string toBase64(std::string_view bytes);
// nullopt for a character outside the alphabet or a dangling sixth bit group.
std::optional<std::string> fromBase64(std::string_view text);

// Two hex digits per byte.
void appendHex(std::string& out, std::string_view bytes, bool upperCase);

// Flink's ENCODE / DECODE charsets: US-ASCII, ISO-8859-1, UTF-8, UTF-16BE, UTF-16LE, UTF-16 (any
// letter case). `text` in the charset, as Java's String.getBytes writes it: a character the
// charset lacks becomes '?', UTF-16 starts with the big-endian byte order mark.
Result<std::string> encode(std::string_view utf8Text, std::string_view charset);
// `bytes` read in the charset, as Java's new String(bytes, charset) reads them: a malformed
// sequence becomes U+FFFD.
Result<std::string> decode(std::string_view bytes, std::string_view charset);

// CAST to BINARY(n) pads with zero bytes to n and cuts at n; VARBINARY(n) only cuts.
void fitLength(std::string& bytes, const model::FlinkType& to);

}  // namespace sw::expr::binary
