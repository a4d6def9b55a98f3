#pragma once
// LookupCacheCodec: rows packed into one compact byte string (a tag byte and the raw payload per
// value), so a cache of a million rows costs bytes per value instead of a 48-byte Value each.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "expr/eval/value.h"

namespace sw::runtime {

class LookupCacheCodec {
public:
    // Appends one value; equal values give equal bytes, so packed key columns are a map key.
    static void appendValue(std::string& out, const expr::Value& value);
    // Reads one value packed by appendValue and moves `in` past it; nothing when `in` is cut
    // short or holds an unknown tag (checkpoint state is read through this, so it checks bounds).
    static std::optional<expr::Value> readValue(std::string_view& in);
    // The packed key of `row` at `columns` (in that order).
    static std::string packKey(const expr::Row& row, const std::vector<std::size_t>& columns);
    // Rows of `width` values each, appended back to back, each behind a start byte (so a row of
    // zero values is not nothing); zero rows pack to "".
    static void appendRow(std::string& out, const expr::Row& row);
    // Starts a row whose values follow by appendValue (a row read value by value).
    static void appendRowStart(std::string& out);
    // Appends the rows packed in `packed` (each of `width` values) to `rows`.
    static void unpackRows(std::string_view packed, std::size_t width, std::vector<expr::Row>& rows);

private:
    // `depth` counts the composite values around the one being read.
    static std::optional<expr::Value> readValueAt(std::string_view& in, int depth);
    static std::optional<expr::Value> readComposite(std::string_view& in, int depth);
};

}  // namespace sw::runtime
