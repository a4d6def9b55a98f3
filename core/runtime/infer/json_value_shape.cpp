#include "runtime/infer/json_value_shape.h"

#include <algorithm>
#include <cctype>
#include <limits>

#include <nlohmann/json.hpp>

#include "model/json_text_parser.h"

namespace sw::runtime {

namespace {

bool digitsAt(std::string_view text, std::size_t from, std::size_t count) {
    if (from + count > text.size()) return false;
    return std::all_of(text.begin() + from, text.begin() + from + count,
                       [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

// "yyyy-MM-dd?HH:mm:ss[.fraction][Z]" with '?' the separator the text uses.
void recordTimestamp(JsonValueShape& shape, std::string_view text) {
    if (text.size() < 19 || !digitsAt(text, 0, 4) || text[4] != '-' || !digitsAt(text, 5, 2) || text[7] != '-' ||
        !digitsAt(text, 8, 2) || !digitsAt(text, 11, 2) || text[13] != ':' || !digitsAt(text, 14, 2) ||
        text[16] != ':' || !digitsAt(text, 17, 2))
        return;
    std::size_t end = 19;
    if (end < text.size() && text[end] == '.') {
        const std::size_t digits = end + 1;
        end = digits;
        while (end < text.size() && std::isdigit(static_cast<unsigned char>(text[end]))) ++end;
        if (end == digits || end - digits > 9) return;
    }
    const bool zoned = end + 1 == text.size() && text[end] == 'Z';
    if (end != text.size() && !zoned) return;
    if (text[10] == 'T') ++shape.isoTimestamps;
    else if (text[10] == ' ') ++shape.sqlTimestamps;
    else return;
    shape.zonedTimestamps += zoned;
}

void recordInteger(JsonValueShape& shape, std::int64_t value) {
    shape.minInteger = shape.integers ? std::min(shape.minInteger, value) : value;
    shape.maxInteger = shape.integers ? std::max(shape.maxInteger, value) : value;
    ++shape.integers;
}

void recordBigInteger(JsonValueShape& shape, std::string_view digits) {
    if (digits.starts_with('-')) digits.remove_prefix(1);
    shape.maxIntegerDigits = std::max(shape.maxIntegerDigits, static_cast<int>(digits.size()));
    ++shape.bigIntegers;
}

// A number nlohmann read as floating point: a fraction, or an integer too long for 64 bits.
void recordNumberText(JsonValueShape& shape, std::string_view text) {
    if (text.find_first_of(".eE") == std::string_view::npos) {
        recordBigInteger(shape, text);
        return;
    }
    ++shape.fractions;
    if (text.find_first_of("eE") != std::string_view::npos) {
        shape.exponents = true;
        return;
    }
    const std::size_t point = text.find('.');
    std::string_view whole = text.substr(0, point);
    if (whole.starts_with('-')) whole.remove_prefix(1);
    const int scale = static_cast<int>(text.size() - point - 1);
    const int integerDigits = whole == "0" ? 0 : static_cast<int>(whole.size());
    shape.maxScale = std::max(shape.maxScale, scale);
    shape.maxPrecision = std::max(shape.maxPrecision, integerDigits + scale);
}

// Builds the shape of one document as nlohmann's SAX parser walks it.
class ShapeBuilder : public nlohmann::json_sax<nlohmann::json> {
public:
    JsonValueShape root;
    std::string error;

    bool null() override { return record([](JsonValueShape& s) { ++s.nulls; }); }
    bool boolean(bool) override { return record([](JsonValueShape& s) { ++s.booleans; }); }
    bool number_integer(number_integer_t value) override {
        return record([value](JsonValueShape& s) { recordInteger(s, value); });
    }
    bool number_unsigned(number_unsigned_t value) override {
        if (value <= static_cast<number_unsigned_t>(std::numeric_limits<std::int64_t>::max()))
            return record([value](JsonValueShape& s) { recordInteger(s, static_cast<std::int64_t>(value)); });
        return record([value](JsonValueShape& s) { recordBigInteger(s, std::to_string(value)); });
    }
    bool number_float(number_float_t, const string_t& text) override {
        return record([&text](JsonValueShape& s) { recordNumberText(s, text); });
    }
    bool string(string_t& text) override {
        return record([&text](JsonValueShape& s) {
            ++s.strings;
            recordTimestamp(s, text);
        });
    }
    bool binary(binary_t&) override { return record([](JsonValueShape& s) { ++s.strings; }); }
    bool start_object(std::size_t) override {
        JsonValueShape& shape = target();
        ++shape.objects;
        return open(shape, false);
    }
    bool key(string_t& name) override {
        Frame& frame = stack_.back();
        JsonFieldShape& field = frame.shape->field(name);
        // A key repeated in one object counts once (the last value wins in Flink's reader too).
        if (std::find(frame.keys.begin(), frame.keys.end(), name) == frame.keys.end()) {
            frame.keys.push_back(name);
            ++field.present;
        }
        frame.next = &field.value;
        return true;
    }
    bool end_object() override { return close(); }
    bool start_array(std::size_t) override {
        JsonValueShape& shape = target();
        ++shape.arrays;
        if (!shape.element) shape.element = std::make_unique<JsonValueShape>();
        return open(shape, true);
    }
    bool end_array() override { return close(); }
    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& e) override {
        error = std::string(e.what()) + " (byte " + std::to_string(position) + ")";
        return false;
    }

private:
    struct Frame {
        JsonValueShape* shape;
        bool isArray;
        JsonValueShape* next = nullptr;
        std::vector<std::string> keys;
    };

    JsonValueShape& target() {
        if (stack_.empty()) return root;
        Frame& frame = stack_.back();
        return frame.isArray ? *frame.shape->element : *frame.next;
    }
    template <typename Update>
    bool record(Update update) {
        update(target());
        return true;
    }
    bool open(JsonValueShape& shape, bool isArray) {
        // Inference and merging recurse over the shape: refuse what no message format needs.
        if (stack_.size() >= model::kMaxJsonNesting) {
            error = "nested deeper than " + std::to_string(model::kMaxJsonNesting) + " levels";
            return false;
        }
        stack_.push_back({&shape, isArray, nullptr, {}});
        return true;
    }
    bool close() {
        stack_.pop_back();
        return true;
    }

    std::vector<Frame> stack_;
};

}  // namespace

JsonValueShape::~JsonValueShape() = default;

JsonFieldShape& JsonValueShape::field(std::string_view name) {
    const auto found = std::find_if(fields.begin(), fields.end(), [&](const JsonFieldShape& f) { return f.name == name; });
    if (found != fields.end()) return *found;
    return fields.emplace_back(JsonFieldShape{std::string(name), 0, {}});
}

void JsonValueShape::merge(const JsonValueShape& other) {
    if (other.integers) {
        minInteger = integers ? std::min(minInteger, other.minInteger) : other.minInteger;
        maxInteger = integers ? std::max(maxInteger, other.maxInteger) : other.maxInteger;
    }
    nulls += other.nulls;
    booleans += other.booleans;
    integers += other.integers;
    bigIntegers += other.bigIntegers;
    fractions += other.fractions;
    strings += other.strings;
    objects += other.objects;
    arrays += other.arrays;
    maxIntegerDigits = std::max(maxIntegerDigits, other.maxIntegerDigits);
    maxPrecision = std::max(maxPrecision, other.maxPrecision);
    maxScale = std::max(maxScale, other.maxScale);
    exponents = exponents || other.exponents;
    isoTimestamps += other.isoTimestamps;
    sqlTimestamps += other.sqlTimestamps;
    zonedTimestamps += other.zonedTimestamps;
    for (const JsonFieldShape& theirs : other.fields) {
        JsonFieldShape& ours = field(theirs.name);
        ours.present += theirs.present;
        ours.value.merge(theirs.value);
    }
    if (other.element) {
        if (!element) element = std::make_unique<JsonValueShape>();
        element->merge(*other.element);
    }
}

Result<JsonValueShape> JsonValueShape::parse(std::string_view text) {
    ShapeBuilder builder;
    if (!nlohmann::json::sax_parse(text, &builder)) return Error{builder.error.empty() ? "not JSON" : builder.error, {}};
    return std::move(builder.root);
}

}  // namespace sw::runtime
