#pragma once
// OptionBuilder: reads like a table row when a node kind declares one of its options.

#include <cstdint>
#include <initializer_list>
#include <string>
#include <vector>

#include "kinds/option_descriptor.h"

namespace sw::kinds {

class OptionBuilder {
public:
    OptionBuilder(std::string id, std::string label, ValueType type);

    OptionBuilder& defaultValue(std::string value);
    OptionBuilder& required();
    OptionBuilder& required(bool isRequired);
    OptionBuilder& allowed(std::vector<std::string> values);
    OptionBuilder& range(std::int64_t minimum, std::int64_t maximum);
    OptionBuilder& atLeast(std::int64_t minimum);
    OptionBuilder& group(std::string group);
    OptionBuilder& help(std::string help);
    // The WITH key `key` for every connector in `connectors`.
    OptionBuilder& sqlKey(std::initializer_list<const char*> connectors, const std::string& key);
    OptionBuilder& sqlValue(const std::string& connector, const std::string& ours,
                            const std::string& theirs);
    OptionBuilder& durationAsMillisFor(const std::string& connector);
    OptionBuilder& perColumn();
    OptionBuilder& alwaysEmit();
    OptionBuilder& visibleWhen(std::string option, std::vector<std::string> values);
    OptionBuilder& shapesState();

    // Implicit so a kind can list builders where descriptors are expected.
    operator OptionDescriptor() const { return option_; }  // NOLINT(google-explicit-constructor)

private:
    OptionDescriptor option_;
};

// Appends `more` to `options`, for kinds that combine shared option groups.
void append(std::vector<OptionDescriptor>& options, const std::vector<OptionDescriptor>& more);

}  // namespace sw::kinds
