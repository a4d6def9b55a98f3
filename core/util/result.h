#pragma once
// Result<T>: a value or a user-facing error with a location, for mistakes in user input.

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace sw {

// An error a user can act on: what is wrong and where (JSON path, node/field, or text offset).
struct Error {
    std::string message;
    std::string location;  // e.g. "nodes[2].options.topic", "node 'orders' / condition", "offset 14"

    std::string toString() const { return location.empty() ? message : location + ": " + message; }
};

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : state_(std::move(value)) {}
    Result(Error error) : state_(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(state_); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(state_); }
    T& value() & { return std::get<T>(state_); }
    T&& value() && { return std::get<T>(std::move(state_)); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

    const Error& error() const { return std::get<Error>(state_); }

private:
    std::variant<T, Error> state_;
};

// Result of an operation that yields nothing but may fail.
struct Ok {};
using Status = Result<Ok>;

}  // namespace sw
