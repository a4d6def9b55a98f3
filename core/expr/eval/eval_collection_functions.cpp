// Collection functions over ARRAY and MAP values: CARDINALITY, ELEMENT, STR_TO_MAP and Flink's
// ARRAY_* / MAP_* functions, with the NULL rules of Flink's "Collection Functions" docs.

#include <algorithm>
#include <span>

#include "expr/eval/eval_nodes.h"
#include "expr/eval/java_regex.h"

namespace sw::expr::eval {
namespace {

using Items = std::vector<Value>;

const Items& items(Call& c, std::size_t i) { return *c.arg<Composite>(i).items; }
const Value* array(Call& c, Items values) {
    c.out = compositeValue(std::move(values));
    return &c.out;
}

// Equality of elements as the collection functions see it: NULL equals NULL.
bool sameElement(const Value& a, const Value& b) {
    if (a.isNull() || b.isNull()) return a.isNull() && b.isNull();
    return compareValues(a, b) == 0;
}

bool containsElement(const Items& values, const Value& element) {
    return std::ranges::any_of(values, [&](const Value& v) { return sameElement(v, element); });
}

// `values` without repeats, first occurrences in order.
Items distinct(std::span<const Value> values) {
    Items out;
    for (const Value& v : values) {
        if (!containsElement(out, v)) out.push_back(v);
    }
    return out;
}

// Java's String.split(regex, limit) for limit 0 (trailing empty parts dropped) or a positive
// limit (at most that many parts); a zero-width match at the start splits nothing off.
std::vector<std::string> javaSplit(const JavaRegex& regex, std::string_view text, std::size_t limit) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    bool matched = false;
    regex.forEachMatch(text, [&](const JavaRegex::Match& m) {
        if ((limit > 0 && parts.size() + 1 >= limit) || m.end() == 0) return;
        matched = true;
        parts.emplace_back(text.substr(start, m.begin() - start));
        start = m.end();
    });
    if (!matched) return {std::string(text)};
    parts.emplace_back(text.substr(start));
    while (limit == 0 && !parts.empty() && parts.back().empty()) parts.pop_back();
    return parts;
}

// Flink's SqlFunctionUtils.strToMap: pairs split by the list delimiter, each pair by the first
// key-value delimiter (a pair without one maps to NULL); both delimiters are Java regexes. A
// repeated key keeps its first place and takes the later value.
const Value* strToMap(Call& c, std::size_t argCount) {
    const std::string& text = c.arg<std::string>(0);
    if (text.empty()) return array(c, {});
    auto list = JavaRegex::cached(argCount > 1 ? c.arg<std::string>(1) : std::string(","));
    auto keyValue = JavaRegex::cached(argCount > 2 ? c.arg<std::string>(2) : std::string("="));
    if (!list || !keyValue) return c.fail("STR_TO_MAP: invalid delimiter pattern");
    Items entries;
    for (const std::string& pair : javaSplit(*list, text, 0)) {
        auto parts = javaSplit(*keyValue, pair, 2);
        Value key(parts[0]);
        Value value = parts.size() < 2 ? Value() : Value(std::move(parts[1]));
        auto existing = std::ranges::find(entries, key);
        if (existing != entries.end() && (existing - entries.begin()) % 2 == 0) {
            *(existing + 1) = std::move(value);
            continue;
        }
        entries.push_back(std::move(key));
        entries.push_back(std::move(value));
    }
    return array(c, std::move(entries));
}

// ARRAY_SLICE(array, start[, end]): 1-based and inclusive, 0 is the start, negative offsets
// count from the end; an empty array when the range is empty or outside the array.
const Value* arraySlice(Call& c, std::size_t argCount) {
    const Items& values = items(c, 0);
    auto size = static_cast<std::int64_t>(values.size());
    std::int64_t start = c.arg<std::int64_t>(1);
    std::int64_t end = argCount > 2 ? c.arg<std::int64_t>(2) : size;
    if (start < 0) start += size + 1;
    if (end < 0) end += size + 1;
    start = std::max<std::int64_t>(start, 1);
    end = std::min(end, size);
    if (start > end) return array(c, {});
    return array(c, Items(values.begin() + (start - 1), values.begin() + end));
}

// ARRAY_SORT(array[, ascending[, nullsFirst]]): nulls first by default when ascending, last when not.
const Value* arraySort(Call& c, std::size_t argCount) {
    bool ascending = argCount > 1 ? c.arg<bool>(1) : true;
    bool nullsFirst = argCount > 2 ? c.arg<bool>(2) : ascending;
    Items sorted = items(c, 0);
    std::ranges::stable_sort(sorted, [&](const Value& a, const Value& b) {
        if (a.isNull() || b.isNull()) return !b.isNull() ? nullsFirst : (!a.isNull() && !nullsFirst);
        int order = compareValues(a, b);
        return ascending ? order < 0 : order > 0;
    });
    return array(c, std::move(sorted));
}

const Value* arrayJoin(Call& c, std::size_t argCount) {
    const std::string& delimiter = c.arg<std::string>(1);
    std::string out;
    bool first = true;
    for (const Value& v : items(c, 0)) {
        if (v.isNull() && argCount < 3) continue;  // without a replacement NULLs are left out
        if (!first) out += delimiter;
        first = false;
        out += v.isNull() ? c.arg<std::string>(2) : get<std::string>(v);
    }
    return c.result(std::move(out));
}

// The largest (or smallest) non-NULL element; NULL for an array of none.
const Value* arrayExtremum(Call& c, bool largest) {
    const Value* best = nullptr;
    for (const Value& v : items(c, 0)) {
        if (!v.isNull() && (!best || compareValues(v, *best) * (largest ? 1 : -1) > 0)) best = &v;
    }
    if (!best) return &nullValue();
    c.out = *best;
    return &c.out;
}

// MAP_KEYS (part 0) / MAP_VALUES (part 1): every other item.
const Value* mapPart(Call& c, std::size_t part) {
    Items out;
    const Items& entries = items(c, 0);
    for (std::size_t i = part; i < entries.size(); i += 2) out.push_back(entries[i]);
    return array(c, std::move(out));
}

const Value* mapEntries(Call& c) {
    Items out;
    const Items& entries = items(c, 0);
    for (std::size_t i = 0; i + 1 < entries.size(); i += 2) out.push_back(compositeValue({entries[i], entries[i + 1]}));
    return array(c, std::move(out));
}

// Later maps' values win for keys already present; new keys are added in order.
const Value* mapUnion(Call& c, std::size_t argCount) {
    Items out = items(c, 0);
    for (std::size_t m = 1; m < argCount; ++m) {
        const Items& entries = items(c, m);
        for (std::size_t i = 0; i + 1 < entries.size(); i += 2) {
            std::size_t k = 0;
            while (k < out.size() && !sameElement(out[k], entries[i])) k += 2;
            if (k < out.size()) {
                out[k + 1] = entries[i + 1];
            } else {
                out.push_back(entries[i]);
                out.push_back(entries[i + 1]);
            }
        }
    }
    return array(c, std::move(out));
}

const Value* mapFromArrays(Call& c) {
    const Items& keys = items(c, 0);
    const Items& values = items(c, 1);
    if (keys.size() != values.size()) {
        return c.fail("MAP_FROM_ARRAYS needs arrays of one length, got " + std::to_string(keys.size()) + " keys and " +
                      std::to_string(values.size()) + " values");
    }
    Items out;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        std::size_t k = 0;
        while (k < out.size() && !sameElement(out[k], keys[i])) k += 2;
        if (k < out.size()) {
            out[k + 1] = values[i];
        } else {
            out.push_back(keys[i]);
            out.push_back(values[i]);
        }
    }
    return array(c, std::move(out));
}

const Value* collectionCall(FunctionId id, Call& c, std::size_t argCount) {
    switch (id) {
    case FunctionId::Element: {
        const Items& values = items(c, 0);
        if (values.size() > 1) return c.fail("ELEMENT needs an array of at most one element, got " + std::to_string(values.size()));
        if (values.empty()) return &nullValue();
        c.out = values[0];
        return &c.out;
    }
    case FunctionId::StrToMap: return strToMap(c, argCount);
    case FunctionId::ArrayContains: return c.result(containsElement(items(c, 0), *c.args[1]));
    case FunctionId::ArrayPosition: {
        const Items& values = items(c, 0);
        auto it = std::ranges::find_if(values, [&](const Value& v) { return sameElement(v, *c.args[1]); });
        return c.result(static_cast<std::int64_t>(it == values.end() ? 0 : it - values.begin() + 1));
    }
    case FunctionId::ArrayRemove: {
        Items out;
        for (const Value& v : items(c, 0)) {
            if (!sameElement(v, *c.args[1])) out.push_back(v);
        }
        return array(c, std::move(out));
    }
    case FunctionId::ArrayAppend:
    case FunctionId::ArrayPrepend: {
        Items out = items(c, 0);
        out.insert(id == FunctionId::ArrayAppend ? out.end() : out.begin(), *c.args[1]);
        return array(c, std::move(out));
    }
    case FunctionId::ArrayDistinct: return array(c, distinct(items(c, 0)));
    case FunctionId::ArrayReverse: {
        Items out = items(c, 0);
        std::ranges::reverse(out);
        return array(c, std::move(out));
    }
    case FunctionId::ArraySlice: return arraySlice(c, argCount);
    case FunctionId::ArraySort: return arraySort(c, argCount);
    case FunctionId::ArrayConcat:
    case FunctionId::ArrayUnion: {
        Items out;
        for (std::size_t a = 0; a < argCount; ++a) out.insert(out.end(), items(c, a).begin(), items(c, a).end());
        return array(c, id == FunctionId::ArrayUnion ? distinct(out) : std::move(out));
    }
    case FunctionId::ArrayExcept:
    case FunctionId::ArrayIntersect: {
        Items out;
        bool keepShared = id == FunctionId::ArrayIntersect;
        for (const Value& v : distinct(items(c, 0))) {
            if (containsElement(items(c, 1), v) == keepShared) out.push_back(v);
        }
        return array(c, std::move(out));
    }
    case FunctionId::ArrayMax:
    case FunctionId::ArrayMin: return arrayExtremum(c, id == FunctionId::ArrayMax);
    case FunctionId::ArrayJoin: return arrayJoin(c, argCount);
    case FunctionId::MapKeys: return mapPart(c, 0);
    case FunctionId::MapValues: return mapPart(c, 1);
    case FunctionId::MapEntries: return mapEntries(c);
    case FunctionId::MapUnion: return mapUnion(c, argCount);
    case FunctionId::MapFromArrays: return mapFromArrays(c);
    default: return c.fail("unexpected collection function");
    }
}

// How many leading arguments make the call NULL when NULL: only the array for the functions
// that look for, add or remove an element (a NULL element is a value they handle), all others.
std::size_t nullPropagatingArguments(FunctionId id, std::size_t argCount) {
    switch (id) {
    case FunctionId::ArrayContains:
    case FunctionId::ArrayRemove:
    case FunctionId::ArrayAppend:
    case FunctionId::ArrayPrepend: return 1;
    default: return argCount;
    }
}

class CollectionNode final : public Node {
public:
    CollectionNode(FunctionId id, std::vector<NodePtr> args, model::FlinkType type, std::size_t offset)
        : Node(std::move(type), offset), id_(id), args_(std::move(args)), strictCount_(nullPropagatingArguments(id, args_.size())) {}

    const Value* eval(const Row& row, const EvaluationContext& context, Value& scratch, Error& error) const override {
        std::vector<Value> temps(args_.size());
        std::vector<const Value*> values(args_.size());
        for (std::size_t i = 0; i < args_.size(); ++i) {
            values[i] = args_[i]->eval(row, context, temps[i], error);
            if (values[i] == nullptr) return nullptr;
            if (i < strictCount_ && values[i]->isNull()) return &nullValue();
        }
        Call call{values.data(), scratch, context, *this, error};
        return collectionCall(id_, call, args_.size());
    }

private:
    FunctionId id_;
    std::vector<NodePtr> args_;
    std::size_t strictCount_;
};

}  // namespace

Result<NodePtr> makeCollectionFunction(FunctionId id, std::vector<NodePtr> args, model::FlinkType type, std::size_t offset) {
    if (id == FunctionId::Cardinality) {
        // A MAP holds its keys and values as alternating items.
        std::size_t itemsPerEntry = args[0]->type().kind() == model::TypeKind::Map ? 2 : 1;
        return makeStrict(std::move(type), offset, std::move(args), [itemsPerEntry](Call& c) {
            return c.result(static_cast<std::int64_t>(items(c, 0).size() / itemsPerEntry));
        });
    }
    return NodePtr(std::make_unique<CollectionNode>(id, std::move(args), std::move(type), offset));
}

}  // namespace sw::expr::eval
