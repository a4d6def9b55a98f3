#pragma once
// UserFunction: a user-defined scalar function a job declares (a Java class on the cluster), so
// its expressions may call it. The export writes CREATE TEMPORARY FUNCTION; the JAR itself is
// uploaded in the Alibaba Cloud console. The local runtime cannot run it.

#include <string>
#include <string_view>
#include <vector>

#include "model/flink_type.h"
#include "util/result.h"

namespace sw::model {

struct UserFunction {
    std::string name;       // as called in expressions; matched without regard to case, as Flink does
    std::string className;  // fully qualified Java class, e.g. "com.example.udf.MaskPhone"
    std::vector<FlinkType> arguments;
    FlinkType result;

    bool operator==(const UserFunction&) const = default;
};

// "MASK_PHONE(STRING, INT) RETURNS STRING"
std::string signatureText(const UserFunction& function);
// "STRING, DECIMAL(10, 2)" and back: a comma-separated list of types (commas inside a type's
// parentheses or angle brackets belong to it); "" is no types.
std::string typeListText(const std::vector<FlinkType>& types);
Result<std::vector<FlinkType>> parseTypeList(std::string_view text);
// The declared function called `name` (any case), or nullptr.
const UserFunction* findUserFunction(const std::vector<UserFunction>& functions, std::string_view name);

}  // namespace sw::model
