#include "expr/eval/accumulators.h"

#include <charconv>
#include <limits>
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

std::optional<std::int64_t> parseInteger(std::string_view text) {
    std::int64_t n = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
    if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return n;
}

std::optional<std::int64_t> parseCount(std::string_view text) {
    auto n = parseInteger(text);
    return n && *n >= 0 ? n : std::nullopt;
}

// States made of several texts store each as "length:text".
void appendField(std::string& out, std::string_view field) {
    out += std::to_string(field.size());
    out += ':';
    out += field;
}

// The next "length:text" field of `state`, removed from it; nullopt if the state is malformed.
std::optional<std::string_view> takeField(std::string_view& state) {
    std::size_t colon = state.find(':');
    auto length = colon == std::string_view::npos ? std::nullopt : parseCount(state.substr(0, colon));
    if (!length || colon + 1 + static_cast<std::size_t>(*length) > state.size()) return std::nullopt;
    std::string_view field = state.substr(colon + 1, static_cast<std::size_t>(*length));
    state.remove_prefix(colon + 1 + field.size());
    return field;
}

// A nullable value's state: "" for NULL, else "v" + the value's text.
std::string optionalValueText(const Value& v, const model::FlinkType& type) {
    return v.isNull() ? std::string() : "v" + formatValue(v, type);
}

Result<Value> parseOptionalValue(std::string_view state, const model::FlinkType& type) {
    if (state.empty()) return Value();
    if (state.front() != 'v') return badState(state);
    return parseValue(state.substr(1), type);
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
        if (spec_->secondArgument && !spec_->secondArgument->evaluate(input, context, second_, error)) return false;
        add(scratch_);
        return true;
    }

    // A DISTINCT aggregate's state is its own state, then the values seen so far.
    std::string serialize() const final {
        if (!spec_->distinct) return serializeState();
        std::string out;
        appendField(out, serializeState());
        for (const auto& v : seen_) appendField(out, text(v, spec_->argumentType));
        return out;
    }

    Status deserialize(std::string_view state) final {
        reset();
        seen_.clear();
        if (!spec_->distinct) return deserializeState(state);
        const std::string_view whole = state;
        auto own = takeField(state);
        if (!own) return badState(whole);
        if (auto restored = deserializeState(*own); !restored) return restored;
        while (!state.empty()) {
            auto field = takeField(state);
            if (!field) return badState(whole);
            auto v = parseValue(*field, spec_->argumentType);
            if (!v) return v.error();
            seen_.insert(std::move(v).value());
        }
        return Ok{};
    }

protected:
    virtual void add(const Value& v) = 0;
    virtual void reset() = 0;
    virtual std::string serializeState() const = 0;
    virtual Status deserializeState(std::string_view state) = 0;
    std::string text(const Value& v, const model::FlinkType& type) const { return formatValue(v, type); }
    // The second argument's value for the row being added (NULL when the call has none).
    const Value& second() const { return second_; }
    std::shared_ptr<const AggregateSpec> spec_;

private:
    Value scratch_;
    Value second_;
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
    std::string serializeState() const override { return optionalValueText(best_, spec_->argumentType); }

    Status deserializeState(std::string_view state) override {
        auto v = parseOptionalValue(state, spec_->argumentType);
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


// LISTAGG(x [, separator]) as Flink's ListAggFunction: NULL inputs are skipped, the first value
// starts the list and each later one is appended after the separator of its own row (a NULL
// separator makes the list NULL, as CONCAT with NULL). State: "" for NULL, else "v" + the list.
class ListAggAccumulator final : public AccumulatorBase {
public:
    using AccumulatorBase::AccumulatorBase;
    Value result() const override { return list_; }

private:
    void reset() override { list_ = Value(); }
    std::string serializeState() const override { return optionalValueText(list_, spec_->resultType); }
    Status deserializeState(std::string_view state) override {
        auto v = parseOptionalValue(state, spec_->resultType);
        if (!v) return v.error();
        list_ = std::move(v).value();
        return Ok{};
    }

    void add(const Value& v) override {
        if (list_.isNull()) {
            list_ = v;  // also after a NULL separator emptied the list, as Flink's IF(acc IS NULL, value, ...)
            return;
        }
        static const Value kDefaultSeparator(",");
        const Value& separator = spec_->secondArgument ? second() : kDefaultSeparator;
        if (separator.isNull()) {
            list_ = Value();
            return;
        }
        auto& list = std::get<std::string>(list_.storage());
        list += get<std::string>(separator);
        list += get<std::string>(v);
    }
    Value list_;
};

// FIRST_VALUE / LAST_VALUE as Flink's First/LastValueAggFunction: the first (last) non-NULL value
// in arrival order, or, with an order argument, the value of the smallest (largest) order, the
// earlier row winning a tie. State: "order;" then "" or "v" + the value.
class FirstLastAccumulator final : public AccumulatorBase {
public:
    using AccumulatorBase::AccumulatorBase;
    Value result() const override { return value_; }

private:
    bool first() const { return spec_->function == FunctionId::FirstValue; }
    std::int64_t initialOrder() const {
        return first() ? std::numeric_limits<std::int64_t>::max() : std::numeric_limits<std::int64_t>::min();
    }
    void reset() override {
        value_ = Value();
        order_ = initialOrder();
    }
    std::string serializeState() const override {
        return std::to_string(order_) + ";" + optionalValueText(value_, spec_->argumentType);
    }
    Status deserializeState(std::string_view state) override {
        std::size_t semicolon = state.find(';');
        auto order = semicolon == std::string_view::npos ? std::nullopt : parseInteger(state.substr(0, semicolon));
        if (!order) return badState(state);
        auto v = parseOptionalValue(state.substr(semicolon + 1), spec_->argumentType);
        if (!v) return v.error();
        order_ = *order;
        value_ = std::move(v).value();
        return Ok{};
    }

    void add(const Value& v) override {
        if (!spec_->secondArgument) {
            // Without an order Flink stamps the first value once and overwrites the last each time.
            if (!first() || value_.isNull()) value_ = v;
            return;
        }
        // Flink compares against a NULL order as Java's unboxing would fail; we skip such a row.
        if (second().isNull()) return;
        std::int64_t order = get<std::int64_t>(second());
        if (first() ? order_ > order : order_ < order) {
            value_ = v;
            order_ = order;
        }
    }
    Value value_;
    std::int64_t order_ = initialOrder();
};

// An aggregate Flink plans as other aggregates plus a scalar expression over their results
// (STDDEV_* / VAR_*). State: each part's state as a "length:text" field.
class ReducedAccumulator final : public Accumulator {
public:
    explicit ReducedAccumulator(std::shared_ptr<const AggregateSpec> spec) : spec_(std::move(spec)) {
        for (const auto& part : spec_->parts) parts_.push_back(part.createAccumulator());
    }

    bool accumulate(const Row& input, const EvaluationContext& context, Error& error) override {
        for (auto& part : parts_) {
            if (!part->accumulate(input, context, error)) return false;
        }
        return true;
    }

    Value result() const override {
        Row partResults;
        for (const auto& part : parts_) partResults.push_back(part->result());
        Value out;
        Error error;
        // The expression only does arithmetic on the parts; a DECIMAL beyond 38 digits is NULL.
        if (!spec_->finish->evaluate(partResults, EvaluationContext{}, out, error)) return Value();
        return out;
    }

    std::string serialize() const override {
        std::string out;
        for (const auto& part : parts_) appendField(out, part->serialize());
        return out;
    }

    Status deserialize(std::string_view state) override {
        const std::string_view whole = state;
        for (auto& part : parts_) {
            auto field = takeField(state);
            if (!field) return badState(whole);
            if (auto restored = part->deserialize(*field); !restored) return restored;
        }
        if (!state.empty()) return badState(whole);
        return Ok{};
    }

private:
    std::shared_ptr<const AggregateSpec> spec_;
    std::vector<std::unique_ptr<Accumulator>> parts_;
};

}  // namespace

std::unique_ptr<Accumulator> makeAccumulator(std::shared_ptr<const AggregateSpec> spec) {
    if (spec->finish) return std::make_unique<ReducedAccumulator>(std::move(spec));
    switch (spec->function) {
    case FunctionId::Count: return std::make_unique<CountAccumulator>(std::move(spec));
    case FunctionId::Sum:
    case FunctionId::Avg: return std::make_unique<SumAvgAccumulator>(std::move(spec));
    case FunctionId::ListAgg: return std::make_unique<ListAggAccumulator>(std::move(spec));
    case FunctionId::FirstValue:
    case FunctionId::LastValue: return std::make_unique<FirstLastAccumulator>(std::move(spec));
    default: return std::make_unique<ExtremumAccumulator>(std::move(spec));
    }
}

}  // namespace sw::expr::eval
