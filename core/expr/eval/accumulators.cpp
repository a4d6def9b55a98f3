#include "expr/eval/accumulators.h"

#include <charconv>
#include <set>

#include "expr/eval/decimal_math.h"
#include "expr/eval/eval_node.h"
#include "expr/eval/value_text.h"

namespace sw::expr::eval {
namespace {

using model::TypeKind;

struct ValueLess {
    bool operator()(const Value& a, const Value& b) const { return compareValues(a, b) < 0; }
};

// Java's wrap-around of an integer SUM in its own width (TINYINT, SMALLINT, INT, BIGINT).
std::int64_t wrapTo(std::uint64_t bits, TypeKind kind) {
    switch (kind) {
    case TypeKind::TinyInt: return static_cast<std::int8_t>(bits);
    case TypeKind::SmallInt: return static_cast<std::int16_t>(bits);
    case TypeKind::Int: return static_cast<std::int32_t>(bits);
    default: return static_cast<std::int64_t>(bits);
    }
}

Error badState(std::string_view state) { return Error{"corrupt accumulator state '" + std::string(state) + "'", ""}; }

std::optional<std::int64_t> parseCount(std::string_view text) {
    std::int64_t n = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
    if (ec != std::errc() || end != text.data() + text.size() || n < 0) return std::nullopt;
    return n;
}

// Shared base: evaluates the argument (if any) into a reused scratch value, skips NULLs (every
// built-in aggregate ignores them) and, for DISTINCT, values already seen. The state of a
// DISTINCT aggregate is its set of seen values ("len:text" each); the rest is recomputed from it.
class AccumulatorBase : public Accumulator {
public:
    explicit AccumulatorBase(std::shared_ptr<const AggregateSpec> spec) : spec_(std::move(spec)) {}

    bool accumulate(const Row& input, const EvaluationContext& context, Error& error) final {
        if (!spec_->argument) {
            add(Value());
            return true;
        }
        if (!spec_->argument->evaluate(input, context, scratch_, error)) return false;
        if (scratch_.isNull()) return true;
        if (spec_->distinct && !seen_.insert(scratch_).second) return true;
        add(scratch_);
        return true;
    }

    std::string serialize() const final {
        if (!spec_->distinct) return serializeState();
        std::string out;
        for (const auto& v : seen_) {
            std::string t = text(v, spec_->argumentType);
            out += std::to_string(t.size()) + ":" + t;
        }
        return out;
    }

    Status deserialize(std::string_view state) final {
        reset();
        seen_.clear();
        if (!spec_->distinct) return deserializeState(state);
        while (!state.empty()) {
            std::size_t colon = state.find(':');
            auto length = colon == std::string_view::npos ? std::nullopt : parseCount(state.substr(0, colon));
            if (!length || colon + 1 + static_cast<std::size_t>(*length) > state.size()) return badState(state);
            auto v = parseValue(state.substr(colon + 1, static_cast<std::size_t>(*length)), spec_->argumentType);
            if (!v) return v.error();
            if (seen_.insert(*v).second) add(*v);
            state.remove_prefix(colon + 1 + static_cast<std::size_t>(*length));
        }
        return Ok{};
    }

protected:
    virtual void add(const Value& v) = 0;
    virtual void reset() = 0;
    virtual std::string serializeState() const = 0;
    virtual Status deserializeState(std::string_view state) = 0;
    std::string text(const Value& v, const model::FlinkType& type) const { return formatValue(v, type); }
    std::shared_ptr<const AggregateSpec> spec_;

private:
    Value scratch_;
    std::set<Value, ValueLess> seen_;
};

// COUNT(*), COUNT(x), COUNT(DISTINCT x). State: "n".
class CountAccumulator final : public AccumulatorBase {
public:
    using AccumulatorBase::AccumulatorBase;
    Value result() const override { return Value(count_); }

private:
    void add(const Value&) override { ++count_; }
    void reset() override { count_ = 0; }
    std::string serializeState() const override { return std::to_string(count_); }
    Status deserializeState(std::string_view state) override {
        auto n = parseCount(state);
        if (!n) return badState(state);
        count_ = *n;
        return Ok{};
    }
    std::int64_t count_ = 0;
};

// SUM and AVG share a running sum in the result type and a count of non-NULL inputs.
// State: "count;sum" (sum empty while count is 0).
class SumAvgAccumulator final : public AccumulatorBase {
public:
    using AccumulatorBase::AccumulatorBase;

    Value result() const override {
        if (count_ == 0) return Value();
        if (spec_->function == FunctionId::Sum) return sum_;
        const auto& type = spec_->resultType;
        if (auto* i = std::get_if<std::int64_t>(&sum_.storage())) return Value(*i / count_);  // integer AVG truncates, as Flink's
        if (auto* d = std::get_if<double>(&sum_.storage())) return Value(*d / static_cast<double>(count_));
        auto avg = decimal::divide(get<Decimal>(sum_), Decimal{count_, 0}, type.scale());
        if (!avg || !decimal::fits(*avg, type.precision())) return Value();
        return Value(*avg);
    }

private:
    void reset() override {
        count_ = 0;
        sum_ = Value();
    }

    std::string serializeState() const override {
        return std::to_string(count_) + ";" + (count_ == 0 ? std::string() : text(sum_, sumType()));
    }

    Status deserializeState(std::string_view state) override {
        std::size_t semicolon = state.find(';');
        auto n = semicolon == std::string_view::npos ? std::nullopt : parseCount(state.substr(0, semicolon));
        if (!n) return badState(state);
        count_ = *n;
        sum_ = Value();
        if (count_ == 0) return Ok{};
        auto sum = parseValue(state.substr(semicolon + 1), sumType());
        if (!sum) return sum.error();
        sum_ = std::move(sum).value();
        return Ok{};
    }

    // Sums are kept at the argument's scale for DECIMAL (38 digits) and as BIGINT for integers,
    // so AVG divides the full sum; SUM of INT wraps at INT like Flink's IntSumAggFunction.
    model::FlinkType sumType() const {
        const auto& arg = spec_->argumentType;
        if (arg.kind() == TypeKind::Decimal) return model::FlinkType(TypeKind::Decimal, decimal::kMaxPrecision, arg.scale());
        if (arg.isInteger()) return spec_->function == FunctionId::Sum ? spec_->resultType : model::FlinkType(TypeKind::BigInt);
        return model::FlinkType(TypeKind::Double);
    }

    void add(const Value& v) override {
        if (count_++ == 0 && !std::holds_alternative<Decimal>(v.storage())) {
            sum_ = std::holds_alternative<double>(v.storage()) ? Value(0.0) : Value(std::int64_t{0});
        }
        if (auto* i = std::get_if<std::int64_t>(&v.storage())) {
            std::uint64_t bits = static_cast<std::uint64_t>(get<std::int64_t>(sum_)) + static_cast<std::uint64_t>(*i);
            sum_ = Value(spec_->function == FunctionId::Sum ? wrapTo(bits, spec_->resultType.kind()) : static_cast<std::int64_t>(bits));
        } else if (auto* d = std::get_if<double>(&v.storage())) {
            sum_ = get<double>(sum_) + *d;
        } else {
            const Decimal& x = get<Decimal>(v);
            auto total = sum_.isNull() ? decimal::rescale(x, x.scale) : decimal::add(get<Decimal>(sum_), x, x.scale);
            sum_ = total ? Value(*total) : Value();  // beyond 38 digits the sum is NULL, as in Flink
        }
    }

    std::int64_t count_ = 0;
    Value sum_;
};

// MIN / MAX. State: "" before any input, else "v" + the value's text.
class ExtremumAccumulator final : public AccumulatorBase {
public:
    using AccumulatorBase::AccumulatorBase;
    Value result() const override { return best_; }

private:
    void reset() override { best_ = Value(); }
    std::string serializeState() const override { return best_.isNull() ? std::string() : "v" + text(best_, spec_->argumentType); }

    Status deserializeState(std::string_view state) override {
        best_ = Value();
        if (state.empty()) return Ok{};
        if (state.front() != 'v') return badState(state);
        auto v = parseValue(state.substr(1), spec_->argumentType);
        if (!v) return v.error();
        best_ = std::move(v).value();
        return Ok{};
    }

    void add(const Value& v) override {
        int sign = spec_->function == FunctionId::Min ? -1 : 1;
        if (best_.isNull() || compareValues(v, best_) * sign > 0) best_ = v;
    }
    Value best_;
};

}  // namespace

std::unique_ptr<Accumulator> makeAccumulator(std::shared_ptr<const AggregateSpec> spec) {
    switch (spec->function) {
    case FunctionId::Count: return std::make_unique<CountAccumulator>(std::move(spec));
    case FunctionId::Sum:
    case FunctionId::Avg: return std::make_unique<SumAvgAccumulator>(std::move(spec));
    default: return std::make_unique<ExtremumAccumulator>(std::move(spec));
    }
}

}  // namespace sw::expr::eval
