// RunProfileStore (core/runtime/net/run_profile_store.cpp): the run profiles file, read and written.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "runtime/net/run_profile_store.h"

namespace sw::runtime {
namespace {

namespace fs = std::filesystem;

class RunProfileStoreTest : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("sw-profiles-" + std::to_string(::getpid()));
        fs::remove_all(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }

    RunProfileStore storeWith(const std::string& content) {
        fs::create_directories(dir_);
        std::ofstream(dir_ / "run-profiles.json") << content;
        return RunProfileStore((dir_ / "run-profiles.json").string());
    }

    fs::path dir_;
};

RunProfile vpcProfile() {
    RunProfile profile;
    profile.name = "vpc";
    profile.throughJumpHost = true;
    profile.host = "jump.example.com";
    profile.port = 2222;
    profile.user = "ecs-user";
    profile.auth = JumpHostAuth::KeyFile;
    profile.keyFile = "/home/u/.ssh/id_ed25519";
    profile.knownHostsFile = "/home/u/.ssh/known_hosts";
    profile.endpoints = {{{"alikafka-vpc.invalid", 9094}, {"192.168.0.10", 9092}},
                         {{"rm-db.mysql.invalid", 3306}, {"[fd00::5]", 3306}}};
    return profile;
}

TEST_F(RunProfileStoreTest, SavedProfilesReadBackTheSame) {
    const RunProfileStore store((dir_ / "nested" / "run-profiles.json").string());
    RunProfile agent = vpcProfile();
    agent.name = "agent";
    agent.auth = JumpHostAuth::Agent;
    agent.keyFile.clear();
    agent.endpoints.clear();
    ASSERT_TRUE(store.save({vpcProfile(), agent}).ok());
    auto loaded = store.load();
    ASSERT_TRUE(loaded.ok()) << loaded.error().toString();
    ASSERT_EQ(loaded->size(), 2u);
    EXPECT_EQ((*loaded)[0], vpcProfile());
    EXPECT_EQ((*loaded)[1], agent);
    auto found = store.find("agent");
    ASSERT_TRUE(found.ok());
    EXPECT_EQ(*found, agent);
}

TEST_F(RunProfileStoreTest, NoFileMeansNoProfilesAndAsWrittenIsBuiltIn) {
    const RunProfileStore store((dir_ / "run-profiles.json").string());
    auto loaded = store.load();
    ASSERT_TRUE(loaded.ok());
    EXPECT_TRUE(loaded->empty());
    auto asWritten = store.find(kAsWrittenProfile);
    ASSERT_TRUE(asWritten.ok());
    EXPECT_FALSE(asWritten->throughJumpHost);
    auto unknown = store.find("vpc");
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().message, "no run profile called 'vpc' (known: 'as written')");
}

TEST_F(RunProfileStoreTest, UnmappedEndpointsGoToTheSameAddressFromTheJumpHost) {
    const RunProfile profile = vpcProfile();
    EXPECT_EQ(profile.jumpHostTarget({"alikafka-vpc.invalid", 9094}), (HostPort{"192.168.0.10", 9092}));
    // A broker address the metadata advertises is not in the map: the jump host connects to it as is.
    EXPECT_EQ(profile.jumpHostTarget({"192.168.0.11", 9092}), (HostPort{"192.168.0.11", 9092}));
    EXPECT_EQ(profile.jumpHostTarget({"alikafka-vpc.invalid", 9095}), (HostPort{"alikafka-vpc.invalid", 9095}));
}

struct MalformedCase {
    std::string content;
    const char* where;
    const char* message;
};

TEST_F(RunProfileStoreTest, MalformedFilesNameTheJsonPath) {
    const std::string jump = R"({"host": "j", "user": "u", "auth": "agent", "knownHostsFile": "k")";
    const MalformedCase cases[] = {
        {"{", "", "not valid JSON"},
        {"[]", " at /", "expected an object with 'profiles'"},
        {R"({"profiles": {}})", " at /profiles", "expected an array of profiles"},
        {R"({"profiles": [{"through": "ssh-jump-host"}]})", " at /profiles/0", "'name' is missing"},
        {R"({"profiles": [{"name": "as written", "through": "ssh-jump-host"}]})", " at /profiles/0/name",
         "a profile needs a name other than 'as written'"},
        {R"({"profiles": [{"name": "v", "through": "vpn"}]})", " at /profiles/0/through", "'vpn' is not ssh-jump-host"},
        {R"({"profiles": [{"name": "v", "through": "ssh-jump-host"}]})", " at /profiles/0", "'jumpHost' is missing"},
        {R"({"profiles": [{"name": "v", "through": "ssh-jump-host", "jumpHost": {"host": "j", "port": "22"}}]})",
         " at /profiles/0/jumpHost/port", "expected a port from 1 to 65535"},
        {R"({"profiles": [{"name": "v", "through": "ssh-jump-host", "jumpHost": {"host": "j", "user": "u", "auth": "password"}}]})",
         " at /profiles/0/jumpHost/auth", "'password' is not agent or key-file"},
        {R"({"profiles": [{"name": "v", "through": "ssh-jump-host", "jumpHost": {"host": "j", "user": "u", "auth": "key-file", "knownHostsFile": "k"}}]})",
         " at /profiles/0/jumpHost", "'keyFile' is missing"},
        {R"({"profiles": [{"name": "v", "through": "ssh-jump-host", "jumpHost": {"host": "j", "user": "u", "auth": "agent"}}]})",
         " at /profiles/0/jumpHost", "'knownHostsFile' is missing"},
        {R"({"profiles": [{"name": "v", "through": "ssh-jump-host", "jumpHost": )" + jump +
          R"(}, "endpoints": [{"job": "kafka:9094", "jumpHostSees": "10.0.0.1"}]}]})",
         " at /profiles/0/endpoints/0/jumpHostSees", "'10.0.0.1' is not host:port"},
        {R"({"profiles": [{"name": "v", "through": "ssh-jump-host", "jumpHost": )" + jump +
          R"(}, "endpoints": [{"job": "kafka:99999", "jumpHostSees": "10.0.0.1:1"}]}]})",
         " at /profiles/0/endpoints/0/job", "'99999' in 'kafka:99999' is not a port from 1 to 65535"},
    };
    for (const MalformedCase& c : cases) {
        const RunProfileStore store = storeWith(c.content);
        auto loaded = store.load();
        ASSERT_FALSE(loaded.ok()) << c.content;
        EXPECT_EQ(loaded.error().location, store.path() + c.where) << c.content;
        EXPECT_EQ(loaded.error().message, c.message) << c.content;
    }
}

TEST_F(RunProfileStoreTest, TwoProfilesOfOneNameAreAnError) {
    const std::string jump = R"({"host": "j", "user": "u", "auth": "agent", "knownHostsFile": "k"})";
    const std::string one = R"({"name": "v", "through": "ssh-jump-host", "jumpHost": )" + jump + "}";
    const RunProfileStore store = storeWith(R"({"profiles": [)" + one + "," + one + "]}");
    auto loaded = store.load();
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.error().location, store.path() + " at /profiles/1/name");
}

TEST(HostPortTest, ParsesHostsPortsAndBracketedIpv6) {
    EXPECT_EQ(*HostPort::parse("alikafka-vpc.invalid:9094"), (HostPort{"alikafka-vpc.invalid", 9094}));
    EXPECT_EQ(*HostPort::parse("[fd00::1]:3306"), (HostPort{"fd00::1", 3306}));
    EXPECT_EQ((HostPort{"fd00::1", 3306}).toString(), "[fd00::1]:3306");
    for (const char* bad : {"host", ":9094", "host:", "host:0", "host:65536", "host:9x", "fd00::1:3306"})
        EXPECT_FALSE(HostPort::parse(bad).ok()) << bad;
}

}  // namespace
}  // namespace sw::runtime
