#pragma once
// Eval nodes: the compiled form of an expression, a tree of small type-specialised nodes.
// Internal to the evaluator; expression_compiler.h builds them from an Expr.

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "expr/eval/evaluator.h"
#include "expr/eval/value.h"
#include "model/flink_type.h"
#include "util/result.h"

namespace sw::expr::eval {

// How values of a type are held in a Value (all integer kinds share int64, FLOAT is a double, ...).
enum class Rep { Null, Bool, Int, Double, Decimal, String, Date, Time, Timestamp, Interval, MonthInterval, Bytes, Other };
Rep repOf(const model::FlinkType& type);

class Node {
public:
    Node(model::FlinkType type, std::size_t offset) : type_(std::move(type)), rep_(repOf(type_)), offset_(offset) {}
    virtual ~Node() = default;
    Node(const Node&) = delete;
    Node& operator=(const Node&) = delete;

    // The value for `row`: points at `scratch`, at a row field or at a constant. nullptr with
    // `error` set on a runtime failure.
    virtual const Value* eval(const Row& row, const EvaluationContext& context, Value& scratch, Error& error) const = 0;
    // The value of a literal node, nullptr for every other node.
    virtual const Value* constant() const { return nullptr; }
    // The row field a column reference reads, nullopt for every other node.
    virtual std::optional<std::size_t> columnIndex() const { return std::nullopt; }

    const model::FlinkType& type() const { return type_; }
    Rep rep() const { return rep_; }
    std::size_t offset() const { return offset_; }

    // Sets `error` to `message` located at this node; returns nullptr for `return fail(...)`.
    const Value* fail(Error& error, std::string message) const;

private:
    model::FlinkType type_;
    Rep rep_;
    std::size_t offset_;
};
using NodePtr = std::unique_ptr<Node>;

const Value& nullValue();

// Unchecked access: the compiler guarantees which alternative a non-NULL value of a type holds.
template <typename T>
const T& get(const Value& v) { return *std::get_if<T>(&v.storage()); }
template <typename T>
const Value* put(Value& out, T&& v) {
    out.storage() = std::forward<T>(v);
    return &out;
}

// The bytes of a non-NULL character string (its UTF-8) or binary string, for the functions that
// take either (hashes, base64, HEX, STARTSWITH ...).
inline std::string_view octetsOf(const Value& v) {
    if (const auto* bytes = std::get_if<Bytes>(&v.storage())) return bytes->octets;
    return get<std::string>(v);
}

// Order of two non-NULL values of the same representation (decimals of any scale): -1, 0, 1.
int compareValues(const Value& a, const Value& b);

// The arguments of a strict call once all are known to be non-NULL.
struct Call {
    const Value* const* args;
    Value& out;
    const EvaluationContext& context;
    const Node& node;
    Error& error;

    template <typename T> const T& arg(std::size_t i) const { return get<T>(*args[i]); }
    std::string_view octets(std::size_t i) const { return octetsOf(*args[i]); }
    template <typename T> const Value* result(T&& v) const { return put(out, std::forward<T>(v)); }
    const Value* fail(std::string message) const { return node.fail(error, std::move(message)); }
};

// A node that is NULL when any argument is NULL and otherwise computes `fn(Call&)`.
template <typename Fn>
class StrictNode final : public Node {
public:
    static constexpr std::size_t kMaxArgs = 4;
    StrictNode(model::FlinkType type, std::size_t offset, std::vector<NodePtr> args, Fn fn)
        : Node(std::move(type), offset), args_(std::move(args)), fn_(std::move(fn)) {}

    const Value* eval(const Row& row, const EvaluationContext& context, Value& scratch, Error& error) const override {
        std::array<Value, kMaxArgs> temps;
        std::array<const Value*, kMaxArgs> values{};
        for (std::size_t i = 0; i < args_.size(); ++i) {
            values[i] = args_[i]->eval(row, context, temps[i], error);
            if (values[i] == nullptr) return nullptr;
            if (values[i]->isNull()) return &nullValue();
        }
        Call call{values.data(), scratch, context, *this, error};
        return fn_(call);
    }

private:
    std::vector<NodePtr> args_;
    Fn fn_;
};

template <typename Fn>
NodePtr makeStrict(model::FlinkType type, std::size_t offset, std::vector<NodePtr> args, Fn fn) {
    return std::make_unique<StrictNode<Fn>>(std::move(type), offset, std::move(args), std::move(fn));
}

template <typename... Nodes>
std::vector<NodePtr> nodes(Nodes&&... n) {
    std::vector<NodePtr> v;
    (v.push_back(std::forward<Nodes>(n)), ...);
    return v;
}

}  // namespace sw::expr::eval
