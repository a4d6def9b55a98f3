#include "model/json_text_parser.h"

#include <vector>

namespace sw::model {

namespace {

// Builds the document from nlohmann's SAX events, counting the open arrays and objects.
template <typename Json>
class BoundedDocumentBuilder final : public nlohmann::json_sax<Json> {
public:
    using Base = nlohmann::json_sax<Json>;

    explicit BoundedDocumentBuilder(Json& root) : root_(root) {}

    bool null() override { return add(Json(nullptr)); }
    bool boolean(bool value) override { return add(Json(value)); }
    bool number_integer(typename Base::number_integer_t value) override { return add(Json(value)); }
    bool number_unsigned(typename Base::number_unsigned_t value) override { return add(Json(value)); }
    bool number_float(typename Base::number_float_t value, const typename Base::string_t&) override {
        return add(Json(value));
    }
    bool string(typename Base::string_t& value) override { return add(Json(std::move(value))); }
    bool binary(typename Base::binary_t& value) override { return add(Json::binary(std::move(value))); }

    bool start_object(std::size_t) override { return open(Json::object()); }
    bool key(typename Base::string_t& name) override {
        key_ = std::move(name);
        return true;
    }
    bool end_object() override { return close(); }
    bool start_array(std::size_t) override { return open(Json::array()); }
    bool end_array() override { return close(); }

    // `position` counts the bytes read: the offending one included, or the whole number token.
    bool parse_error(std::size_t position, const std::string& lastToken,
                     const nlohmann::detail::exception& problem) override {
        // out_of_range.406 is the only non-syntax error the parser reports: a number too big.
        if (problem.id == 406) {
            const std::size_t start = position >= lastToken.size() ? position - lastToken.size() : 0;
            error_ = JsonTextError{"number out of range: " + cut(lastToken), start};
        } else {
            // nlohmann's what() starts with its own id and position; the offset says where.
            std::string message = problem.what();
            if (const auto colon = message.rfind(": "); colon != std::string::npos) message = message.substr(colon + 2);
            error_ = JsonTextError{message, position == 0 ? 0 : position - 1};
        }
        return false;
    }

    std::optional<JsonTextError> error() const { return error_; }
    bool exceeded() const { return exceeded_; }

private:
    static std::string cut(const std::string& token) {
        constexpr std::size_t kShown = 40;
        return token.size() <= kShown ? token : token.substr(0, kShown) + "...";
    }

    // Places `value` in the open container (or as the root); returns where it went.
    Json* place(Json value) {
        if (open_.empty()) {
            root_ = std::move(value);
            return &root_;
        }
        Json& parent = *open_.back();
        if (parent.is_array()) {
            parent.push_back(std::move(value));
            return &parent.back();
        }
        Json& slot = parent[key_];
        slot = std::move(value);
        return &slot;
    }
    bool add(Json value) {
        place(std::move(value));
        return true;
    }
    bool open(Json container) {
        if (open_.size() >= kMaxJsonNesting) {
            exceeded_ = true;
            return false;
        }
        open_.push_back(place(std::move(container)));
        return true;
    }
    bool close() {
        open_.pop_back();
        return true;
    }

    Json& root_;
    std::vector<Json*> open_;
    std::string key_;
    std::optional<JsonTextError> error_;
    bool exceeded_ = false;
};

// The offset of the bracket that opens level kMaxJsonNesting + 1 (SAX events carry no offsets).
std::size_t tooDeepAt(std::string_view text) {
    std::size_t depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\') ++i;
            else if (c == '"') inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > kMaxJsonNesting) return i;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return text.size();
}

}  // namespace

template <typename Json>
std::optional<JsonTextError> parseJsonText(std::string_view text, Json& document) {
    BoundedDocumentBuilder<Json> builder(document);
    if (Json::sax_parse(text, &builder)) return std::nullopt;
    if (builder.exceeded())
        return JsonTextError{"nested deeper than " + std::to_string(kMaxJsonNesting) + " levels", tooDeepAt(text)};
    return builder.error();
}

template std::optional<JsonTextError> parseJsonText(std::string_view, nlohmann::json&);
template std::optional<JsonTextError> parseJsonText(std::string_view, nlohmann::ordered_json&);

}  // namespace sw::model
