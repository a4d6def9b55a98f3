#include "model/flink_type_parser.h"

#include "model/flink_type_names.h"
#include "util/closest_spelling.h"

#include <cctype>
#include <charconv>

namespace sw::model {

namespace {

std::string upper(std::string word) {
    for (char& c : word) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return word;
}

}  // namespace

Result<FlinkType> FlinkTypeParser::parse() {
    auto type = parseType();
    if (!type) return type;
    skipSpace();
    if (pos_ != text_.size()) return errorHere("unexpected text after the type");
    return type;
}

Result<FlinkType> FlinkTypeParser::parseType() {
    skipSpace();
    if (depth_ == FlinkType::kMaxNesting)
        return errorHere("types nested deeper than " + std::to_string(FlinkType::kMaxNesting) + " levels");
    ++depth_;
    auto type = parseTypeAtDepth();
    --depth_;
    return type;
}

Result<FlinkType> FlinkTypeParser::parseTypeAtDepth() {
    skipSpace();
    const std::size_t start = pos_;
    const std::string word = upper(takeWord());
    Result<FlinkType> type = errorHere("expected a type name");
    if (word == "BOOLEAN") type = FlinkType(TypeKind::Boolean);
    else if (word == "TINYINT") type = FlinkType(TypeKind::TinyInt);
    else if (word == "SMALLINT") type = FlinkType(TypeKind::SmallInt);
    else if (word == "INT" || word == "INTEGER") type = FlinkType(TypeKind::Int);
    else if (word == "BIGINT") type = FlinkType(TypeKind::BigInt);
    else if (word == "FLOAT") type = FlinkType(TypeKind::Float);
    else if (word == "DOUBLE") {
        skipSpace();
        if (upper(peekWord()) == "PRECISION") takeWord();
        type = FlinkType(TypeKind::Double);
    }
    else if (word == "DECIMAL" || word == "DEC" || word == "NUMERIC")
        type = parseParameterised(TypeKind::Decimal, 10, true);
    else if (word == "STRING") type = FlinkType::string();
    else if (word == "BYTES") type = FlinkType(TypeKind::Varbinary, FlinkType::kMaxLength);
    else if (word == "CHAR") type = parseParameterised(TypeKind::Char, 1, false);
    else if (word == "VARCHAR") type = parseParameterised(TypeKind::Varchar, 1, false);
    else if (word == "BINARY") type = parseParameterised(TypeKind::Binary, 1, false);
    else if (word == "VARBINARY") type = parseParameterised(TypeKind::Varbinary, 1, false);
    else if (word == "DATE") type = FlinkType(TypeKind::Date);
    else if (word == "TIME") type = parseParameterised(TypeKind::Time, -1, false);
    else if (word == "TIMESTAMP") {
        type = parseParameterised(TypeKind::Timestamp, -1, false);
        // TIMESTAMP(p) WITH LOCAL TIME ZONE is the long spelling of TIMESTAMP_LTZ(p).
        skipSpace();
        const std::size_t mark = pos_;
        if (type && upper(takeWord()) == "WITH") {
            skipSpace();
            const bool local = upper(takeWord()) == "LOCAL";
            skipSpace();
            const bool timeWord = upper(takeWord()) == "TIME";
            skipSpace();
            const bool zone = upper(takeWord()) == "ZONE";
            if (!(local && timeWord && zone)) return errorHere("expected WITH LOCAL TIME ZONE");
            type = FlinkType(TypeKind::TimestampLtz, type->precision());
        } else {
            pos_ = mark;
        }
    }
    else if (word == "TIMESTAMP_LTZ") type = parseParameterised(TypeKind::TimestampLtz, -1, false);
    else if (word == "ARRAY") {
        if (!take('<')) return errorHere("expected '<' after ARRAY");
        auto element = parseType();
        if (!element) return element;
        if (!take('>')) return errorHere("expected '>' to close ARRAY");
        type = FlinkType::array(std::move(element).value());
    }
    else if (word == "MAP") {
        if (!take('<')) return errorHere("expected '<' after MAP");
        auto key = parseType();
        if (!key) return key;
        if (!take(',')) return errorHere("expected ',' between MAP key and value types");
        auto value = parseType();
        if (!value) return value;
        if (!take('>')) return errorHere("expected '>' to close MAP");
        type = FlinkType::map(std::move(key).value(), std::move(value).value());
    }
    else if (word == "ROW") type = parseRow();
    else {
        pos_ = start;
        if (word.empty()) return errorHere("expected a type name");
        std::string message = "unknown type '" + word.substr(0, 40) + "'";
        if (const auto meant = word.size() <= 40 ? closestSpelling(word, declarableTypeNames()) : std::nullopt) message += " (did you mean " + std::string(*meant) + "?)";
        return errorHere(message);
    }
    if (!type) return type;
    FlinkType result = std::move(type).value();
    if (!parseNullability(result)) return errorHere("expected NULL after NOT");
    return result;
}

Result<FlinkType> FlinkTypeParser::parseParameterised(TypeKind kind, int defaultPrecision, bool allowScale) {
    int precision = defaultPrecision;
    int scale = allowScale ? 0 : -1;
    if (take('(')) {
        auto first = parseInteger();
        if (!first) return first.error();
        precision = *first;
        if (allowScale && take(',')) {
            auto second = parseInteger();
            if (!second) return second.error();
            scale = *second;
        }
        if (!take(')')) return errorHere("expected ')'");
    }
    if (kind == TypeKind::Decimal && (precision < 1 || precision > 38 || scale < 0 || scale > precision))
        return errorHere("DECIMAL precision must be 1..38 and scale 0..precision");
    if ((kind == TypeKind::Time || kind == TypeKind::Timestamp || kind == TypeKind::TimestampLtz) &&
        precision > 9)
        return errorHere("time precision must be 0..9");
    if ((kind == TypeKind::Char || kind == TypeKind::Varchar || kind == TypeKind::Binary ||
         kind == TypeKind::Varbinary) && precision < 1)
        return errorHere("length must be at least 1");
    return FlinkType(kind, precision, scale);
}

Result<FlinkType> FlinkTypeParser::parseRow() {
    const bool angle = take('<');
    if (!angle && !take('(')) return errorHere("expected '<' or '(' after ROW");
    const char close = angle ? '>' : ')';
    std::vector<std::string> names;
    std::vector<FlinkType> types;
    if (!take(close)) {
        do {
            auto name = parseFieldName();
            if (!name) return name.error();
            auto type = parseType();
            if (!type) return type;
            names.push_back(std::move(name).value());
            types.push_back(std::move(type).value());
        } while (take(','));
        if (!take(close)) return errorHere(std::string("expected '") + close + "' to close ROW");
    }
    return FlinkType::row(std::move(names), std::move(types));
}

Result<std::string> FlinkTypeParser::parseFieldName() {
    skipSpace();
    if (!take('`')) {
        std::string word = takeWord();
        if (word.empty()) return errorHere("expected a ROW field name");
        return word;
    }
    std::string name;
    while (pos_ < text_.size()) {
        const char c = text_[pos_++];
        if (c != '`') { name += c; continue; }
        if (pos_ < text_.size() && text_[pos_] == '`') { name += '`'; ++pos_; continue; }
        return name;
    }
    return errorHere("unterminated back-quoted field name");
}

Result<int> FlinkTypeParser::parseInteger() {
    skipSpace();
    int value = 0;
    const char* begin = text_.data() + pos_;
    const auto [end, ec] = std::from_chars(begin, text_.data() + text_.size(), value);
    if (ec != std::errc() || end == begin) return errorHere("expected a number");
    pos_ += static_cast<std::size_t>(end - begin);
    return value;
}

bool FlinkTypeParser::parseNullability(FlinkType& type) {
    skipSpace();
    const std::size_t mark = pos_;
    const std::string word = upper(takeWord());
    if (word == "NOT") {
        skipSpace();
        if (upper(takeWord()) != "NULL") return false;
        type = type.withNullable(false);
    } else if (word == "NULL") {
        type = type.withNullable(true);
    } else {
        pos_ = mark;
    }
    return true;
}

void FlinkTypeParser::skipSpace() {
    while (pos_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[pos_]))) ++pos_;
}

std::string FlinkTypeParser::peekWord() {
    const std::size_t mark = pos_;
    std::string word = takeWord();
    pos_ = mark;
    return word;
}

std::string FlinkTypeParser::takeWord() {
    skipSpace();
    const std::size_t start = pos_;
    while (pos_ < text_.size() &&
           (std::isalnum(static_cast<unsigned char>(text_[pos_])) || text_[pos_] == '_'))
        ++pos_;
    return std::string(text_.substr(start, pos_ - start));
}

bool FlinkTypeParser::take(char c) {
    skipSpace();
    if (pos_ < text_.size() && text_[pos_] == c) {
        ++pos_;
        return true;
    }
    return false;
}

Error FlinkTypeParser::errorHere(const std::string& message) const {
    // The offset says where; the type's start only reminds which one (it may be 140 KB long).
    constexpr std::size_t kShown = 60;
    const std::string shown = text_.size() <= kShown ? std::string(text_) : std::string(text_.substr(0, kShown)) + "...";
    return Error{message + " in type '" + shown + "'", "offset " + std::to_string(pos_)};
}

}  // namespace sw::model
