#include "kinds/option_builder.h"

#include <utility>

namespace sw::kinds {

OptionBuilder::OptionBuilder(std::string id, std::string label, ValueType type) {
    option_.id = std::move(id);
    option_.label = std::move(label);
    option_.type = type;
}

OptionBuilder& OptionBuilder::defaultValue(std::string value) {
    option_.defaultValue = std::move(value);
    return *this;
}

OptionBuilder& OptionBuilder::required() { return required(true); }

OptionBuilder& OptionBuilder::required(bool isRequired) {
    option_.required = isRequired;
    return *this;
}

OptionBuilder& OptionBuilder::allowed(std::vector<std::string> values) {
    option_.allowedValues = std::move(values);
    return *this;
}

OptionBuilder& OptionBuilder::range(std::int64_t minimum, std::int64_t maximum) {
    option_.minimum = minimum;
    option_.maximum = maximum;
    return *this;
}

OptionBuilder& OptionBuilder::atLeast(std::int64_t minimum) {
    option_.minimum = minimum;
    return *this;
}

OptionBuilder& OptionBuilder::group(std::string group) {
    option_.group = std::move(group);
    return *this;
}

OptionBuilder& OptionBuilder::help(std::string help) {
    option_.help = std::move(help);
    return *this;
}

OptionBuilder& OptionBuilder::sqlKey(std::initializer_list<const char*> connectors,
                                     const std::string& key) {
    for (const char* connector : connectors) option_.sqlKeys[connector] = key;
    return *this;
}

OptionBuilder& OptionBuilder::sqlValue(const std::string& connector, const std::string& ours,
                                       const std::string& theirs) {
    option_.sqlValues[connector][ours] = theirs;
    return *this;
}

OptionBuilder& OptionBuilder::durationAsMillisFor(const std::string& connector) {
    option_.durationAsMillisFor.push_back(connector);
    return *this;
}

OptionBuilder& OptionBuilder::perColumn() {
    option_.perColumn = true;
    return *this;
}

OptionBuilder& OptionBuilder::shapesState() {
    option_.shapesState = true;
    return *this;
}

OptionBuilder& OptionBuilder::alwaysEmit() {
    option_.alwaysEmit = true;
    return *this;
}

OptionBuilder& OptionBuilder::visibleWhen(std::string option, std::vector<std::string> values) {
    option_.visibleWhenOption = std::move(option);
    option_.visibleWhenValues = std::move(values);
    return *this;
}

void append(std::vector<OptionDescriptor>& options, const std::vector<OptionDescriptor>& more) {
    options.insert(options.end(), more.begin(), more.end());
}

}  // namespace sw::kinds
