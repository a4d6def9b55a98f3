// SecretResolver: ${secret.NAME} references resolved from SW_SECRET_<NAME>, errors that name the variable.
#include <gtest/gtest.h>

#include "runtime/engine/secret_resolver.h"

namespace sw::runtime {
namespace {

TEST(SecretResolver, ResolvesReferencesFromTheirVariable) {
    model::Node node;
    node.id = "n1";
    node.name = "users";
    node.options = {{"password", "${secret.db.pass-word}"}, {"username", "sw"}};
    const SecretResolver secrets([](const std::string& variable) -> std::optional<std::string> {
        if (variable == "SW_SECRET_DB_PASS_WORD") return "s3cret";
        return std::nullopt;
    });
    EXPECT_EQ(*secrets.resolve(node, "password"), "s3cret");
    EXPECT_EQ(*secrets.resolve(node, "username"), "sw");  // plain text stays as it is

    const SecretResolver empty([](const std::string&) { return std::optional<std::string>(); });
    auto missing = empty.resolve(node, "password");
    ASSERT_FALSE(missing.ok());
    EXPECT_NE(missing.error().message.find("SW_SECRET_DB_PASS_WORD"), std::string::npos);
    EXPECT_NE(missing.error().location.find("users"), std::string::npos);
}

}  // namespace
}  // namespace sw::runtime
