#include <cmath>
#include <limits>

#include "expr/eval/decimal_math.h"
#include "expr/eval/eval_nodes.h"
#include "expr/eval/flink_calendar.h"
#include "expr/eval/temporal.h"

namespace sw::expr::eval {
namespace {

using model::TypeKind;

// Java's integer overflow: the exact result wrapped into the type's two's-complement width.
std::int64_t wrap(std::uint64_t bits, TypeKind kind) {
    switch (kind) {
    case TypeKind::TinyInt: return static_cast<std::int8_t>(bits);
    case TypeKind::SmallInt: return static_cast<std::int16_t>(bits);
    case TypeKind::Int: return static_cast<std::int32_t>(bits);
    default: return static_cast<std::int64_t>(bits);
    }
}

template <BinaryOp Op>
struct IntegerOp {
    TypeKind kind;
    const Value* operator()(Call& c) const {
        std::int64_t a = c.arg<std::int64_t>(0);
        std::int64_t b = c.arg<std::int64_t>(1);
        auto ua = static_cast<std::uint64_t>(a);
        auto ub = static_cast<std::uint64_t>(b);
        if constexpr (Op == BinaryOp::Add) return c.result(wrap(ua + ub, kind));
        else if constexpr (Op == BinaryOp::Subtract) return c.result(wrap(ua - ub, kind));
        else if constexpr (Op == BinaryOp::Multiply) return c.result(wrap(ua * ub, kind));
        else {
            if (b == 0) return c.fail("division by zero");
            if (b == -1) return c.result(Op == BinaryOp::Divide ? wrap(0 - ua, kind) : std::int64_t{0});  // MIN / -1 wraps as in Java
            return c.result(Op == BinaryOp::Divide ? a / b : a % b);  // truncation; remainder takes the dividend's sign
        }
    }
};

template <BinaryOp Op>
struct FloatingOp {
    bool isFloat;
    const Value* operator()(Call& c) const {
        double a = c.arg<double>(0);
        double b = c.arg<double>(1);
        double r = 0;
        if constexpr (Op == BinaryOp::Add) r = a + b;
        else if constexpr (Op == BinaryOp::Subtract) r = a - b;
        else if constexpr (Op == BinaryOp::Multiply) r = a * b;
        else if constexpr (Op == BinaryOp::Divide) r = a / b;  // IEEE: x / 0.0 is +-Infinity or NaN, as in Java
        else r = std::fmod(a, b);
        return c.result(isFloat ? static_cast<double>(static_cast<float>(r)) : r);
    }
};

template <template <BinaryOp> class OpT, typename State>
NodePtr byOperator(BinaryOp op, State state, std::vector<NodePtr> args, model::FlinkType type, std::size_t offset) {
    switch (op) {
    case BinaryOp::Add: return makeStrict(std::move(type), offset, std::move(args), OpT<BinaryOp::Add>{state});
    case BinaryOp::Subtract: return makeStrict(std::move(type), offset, std::move(args), OpT<BinaryOp::Subtract>{state});
    case BinaryOp::Multiply: return makeStrict(std::move(type), offset, std::move(args), OpT<BinaryOp::Multiply>{state});
    case BinaryOp::Divide: return makeStrict(std::move(type), offset, std::move(args), OpT<BinaryOp::Divide>{state});
    default: return makeStrict(std::move(type), offset, std::move(args), OpT<BinaryOp::Modulo>{state});
    }
}

// Exact DECIMAL arithmetic at the result type's scale; a result beyond its precision is NULL,
// as in Flink.
NodePtr decimalArithmetic(BinaryOp op, std::vector<NodePtr> args, model::FlinkType type, std::size_t offset) {
    int precision = type.precision();
    int scale = type.scale();
    return makeStrict(std::move(type), offset, std::move(args), [op, precision, scale](Call& c) -> const Value* {
        const Decimal& a = c.arg<Decimal>(0);
        const Decimal& b = c.arg<Decimal>(1);
        std::optional<Decimal> r;
        switch (op) {
        case BinaryOp::Add: r = decimal::add(a, b, scale); break;
        case BinaryOp::Subtract: r = decimal::subtract(a, b, scale); break;
        case BinaryOp::Multiply: r = decimal::multiply(a, b, scale); break;
        default:
            if (b.unscaled == 0) return c.fail("division by zero");
            r = op == BinaryOp::Divide ? decimal::divide(a, b, scale) : decimal::remainder(a, b, scale);
        }
        if (!r || !decimal::fits(*r, precision)) return &nullValue();
        return c.result(*r);
    });
}

bool isInterval(Rep rep) { return rep == Rep::Interval || rep == Rep::MonthInterval; }

// Adds a day-time interval (milliseconds) to a value of `rep`.
const Value* plusMillis(Call& c, Rep rep, const Value& base, std::int64_t delta) {
    switch (rep) {
    case Rep::Timestamp: {
        const Timestamp& ts = get<Timestamp>(base);
        return c.result(Timestamp{ts.micros + delta * temporal::kMicrosPerMilli, ts.nanos});
    }
    case Rep::Date: return c.result(Date{static_cast<std::int32_t>(get<Date>(base).days + temporal::floorDiv(delta, temporal::kMillisPerDay))});
    case Rep::Time: {
        std::int64_t millis = (get<TimeOfDay>(base).millis + delta) % temporal::kMillisPerDay;
        return c.result(TimeOfDay{static_cast<std::int32_t>(millis < 0 ? millis + temporal::kMillisPerDay : millis)});
    }
    default: return c.result(Interval{get<Interval>(base).millis + delta});
    }
}

// Adds a year-month interval to a value of `rep`: the day is clamped to the month's end, as in
// Flink's DateTimeUtils.addMonths (2016-01-31 + 1 month is 2016-02-29); a TIME stays as it is.
const Value* plusMonths(Call& c, Rep rep, const Value& base, std::int64_t months) {
    switch (rep) {
    case Rep::Timestamp: {
        const Timestamp& ts = get<Timestamp>(base);
        std::int64_t days = temporal::floorDiv(ts.micros, temporal::kMicrosPerDay);
        std::int64_t inDay = ts.micros - days * temporal::kMicrosPerDay;
        return c.result(Timestamp{temporal::addMonths(days, months) * temporal::kMicrosPerDay + inDay, ts.nanos});
    }
    case Rep::Date: return c.result(Date{static_cast<std::int32_t>(temporal::addMonths(get<Date>(base).days, months))});
    case Rep::Time: return c.result(get<TimeOfDay>(base));
    default: return c.result(MonthInterval{static_cast<std::int32_t>(get<MonthInterval>(base).months + months)});
    }
}

// Temporal +- interval (either order for +) and interval +- interval of the same kind.
NodePtr temporalArithmetic(BinaryOp op, std::vector<NodePtr> args, model::FlinkType type, std::size_t offset) {
    // Only `interval + temporal` puts the base second; `interval - interval` keeps the left base.
    bool intervalFirst = isInterval(args[0]->rep()) && !isInterval(args[1]->rep());
    bool subtract = op == BinaryOp::Subtract;
    Rep rep = repOf(type);
    return makeStrict(std::move(type), offset, std::move(args), [intervalFirst, subtract, rep](Call& c) -> const Value* {
        const Value& base = *c.args[intervalFirst ? 1 : 0];
        const Value& interval = *c.args[intervalFirst ? 0 : 1];
        std::int64_t sign = subtract && !intervalFirst ? -1 : 1;
        if (auto* months = std::get_if<MonthInterval>(&interval.storage())) return plusMonths(c, rep, base, sign * months->months);
        return plusMillis(c, rep, base, sign * get<Interval>(interval).millis);
    });
}

}  // namespace

NodePtr makeArithmetic(BinaryOp op, NodePtr left, NodePtr right, model::FlinkType type, std::size_t offset) {
    auto args = nodes(std::move(left), std::move(right));
    switch (repOf(type)) {
    case Rep::Int: return byOperator<IntegerOp>(op, type.kind(), std::move(args), std::move(type), offset);
    case Rep::Double: return byOperator<FloatingOp>(op, type.kind() == TypeKind::Float, std::move(args), std::move(type), offset);
    case Rep::Decimal: return decimalArithmetic(op, std::move(args), std::move(type), offset);
    default: return temporalArithmetic(op, std::move(args), std::move(type), offset);
    }
}

NodePtr makeNegate(NodePtr operand, std::size_t offset) {
    model::FlinkType type = operand->type();
    TypeKind kind = type.kind();
    return makeStrict(std::move(type), offset, nodes(std::move(operand)), [kind](Call& c) -> const Value* {
        const Value& v = *c.args[0];
        if (auto* i = std::get_if<std::int64_t>(&v.storage())) return c.result(wrap(0 - static_cast<std::uint64_t>(*i), kind));
        if (auto* d = std::get_if<double>(&v.storage())) return c.result(-*d);
        if (auto* dec = std::get_if<Decimal>(&v.storage())) return c.result(Decimal{-dec->unscaled, dec->scale});
        if (auto* months = std::get_if<MonthInterval>(&v.storage())) return c.result(MonthInterval{-months->months});
        return c.result(Interval{-get<Interval>(v).millis});
    });
}

NodePtr makeNumericFunction(FunctionId id, std::vector<NodePtr> args, model::FlinkType type, std::size_t offset) {
    TypeKind kind = type.kind();
    int scale = type.scale();
    switch (id) {
    case FunctionId::Abs:
        return makeStrict(std::move(type), offset, std::move(args), [kind](Call& c) -> const Value* {
            const Value& v = *c.args[0];
            if (auto* i = std::get_if<std::int64_t>(&v.storage())) return c.result(*i < 0 ? wrap(0 - static_cast<std::uint64_t>(*i), kind) : *i);
            if (auto* d = std::get_if<double>(&v.storage())) return c.result(std::fabs(*d));
            const Decimal& dec = get<Decimal>(v);
            return c.result(Decimal{dec.unscaled < 0 ? -dec.unscaled : dec.unscaled, dec.scale});
        });
    case FunctionId::Round:
        // HALF_UP at `digits` (negative rounds left of the point), as Flink's BigDecimal rounding.
        return makeStrict(std::move(type), offset, std::move(args), [scale](Call& c) -> const Value* {
            const Value& v = *c.args[0];
            int digits = c.args[1] ? static_cast<int>(std::clamp<std::int64_t>(c.arg<std::int64_t>(1), -38, 38)) : 0;
            std::optional<Decimal> exact;
            if (auto* i = std::get_if<std::int64_t>(&v.storage())) exact = Decimal{*i, 0};
            else if (auto* d = std::get_if<double>(&v.storage())) {
                if (!std::isfinite(*d)) return c.result(*d);
                exact = decimal::fromDouble(*d, std::max(digits, 0) + 20);
                if (!exact) return c.result(*d);  // beyond 38 digits a double has no fraction left to round
            } else exact = get<Decimal>(v);
            auto rounded = decimal::rescale(*exact, digits);
            if (!rounded) return &nullValue();
            if (std::holds_alternative<std::int64_t>(v.storage())) return c.result(*decimal::toInteger(*decimal::rescale(*rounded, 0)));
            if (std::holds_alternative<double>(v.storage())) return c.result(decimal::toDouble(*rounded));
            auto back = decimal::rescale(*rounded, scale);
            return back ? c.result(*back) : &nullValue();
        });
    case FunctionId::Floor:
    case FunctionId::Ceil: {
        bool up = id == FunctionId::Ceil;
        return makeStrict(std::move(type), offset, std::move(args), [up, scale](Call& c) -> const Value* {
            const Value& v = *c.args[0];
            if (auto* i = std::get_if<std::int64_t>(&v.storage())) return c.result(*i);
            if (auto* d = std::get_if<double>(&v.storage())) return c.result(up ? std::ceil(*d) : std::floor(*d));
            const Decimal& dec = get<Decimal>(v);
            decimal::Int128 unit = decimal::pow10(dec.scale);
            decimal::Int128 whole = dec.unscaled / unit;
            bool hasFraction = dec.unscaled % unit != 0;
            if (hasFraction && up && dec.unscaled > 0) ++whole;
            if (hasFraction && !up && dec.unscaled < 0) --whole;
            auto back = decimal::rescale(Decimal{whole, 0}, scale);
            return back ? c.result(*back) : &nullValue();
        });
    }
    default:  // POWER, arguments coerced to DOUBLE
        return makeStrict(std::move(type), offset, std::move(args),
                          [](Call& c) { return c.result(std::pow(c.arg<double>(0), c.arg<double>(1))); });
    }
}

}  // namespace sw::expr::eval
