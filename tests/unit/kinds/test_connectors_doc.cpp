// docs/connectors.md must not drift from the catalog: each kind has a section that names all
// of its option ids and SQL keys.

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "kinds/catalog.h"

namespace sw::kinds {
namespace {

std::string readDoc() {
    std::ifstream in(std::string(SW_SOURCE_DIR) + "/docs/connectors.md");
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// Text from the kind's "### `id`" heading up to the next heading of the same or higher level.
std::string sectionOf(const std::string& doc, const std::string& kindId) {
    const std::string heading = "\n### `" + kindId + "`\n";
    const auto start = doc.find(heading);
    if (start == std::string::npos) return {};
    const auto end = doc.find("\n#", start + heading.size());
    return doc.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

bool mentions(const std::string& text, const std::string& code) {
    return text.find("`" + code + "`") != std::string::npos;
}

TEST(ConnectorsDoc, DescribesEveryKindOptionAndSqlKey) {
    const std::string doc = readDoc();
    ASSERT_FALSE(doc.empty()) << "docs/connectors.md is missing";
    for (const NodeKind& kind : Catalog::instance().kinds()) {
        const std::string section = sectionOf(doc, kind.id);
        ASSERT_FALSE(section.empty()) << "no section for " << kind.id;
        for (const OptionDescriptor& option : kind.options) {
            EXPECT_TRUE(mentions(section, option.id)) << kind.id << " / " << option.id;
            for (const auto& [connector, key] : option.sqlKeys) {
                EXPECT_TRUE(mentions(section, key))
                    << kind.id << " / " << option.id << " key " << key;
            }
            if (!option.defaultValue.empty()) {
                EXPECT_TRUE(mentions(section, option.defaultValue))
                    << kind.id << " / " << option.id << " default " << option.defaultValue;
            }
        }
        for (const auto& [dialect, names] : kind.connectors) {
            for (const std::string& name : names) {
                EXPECT_TRUE(mentions(section, name)) << kind.id << " connector " << name;
            }
        }
        if (kind.options.empty()) {
            EXPECT_NE(section.find("No options"), std::string::npos) << kind.id;
        }
    }
}

TEST(ConnectorsDoc, SectionLookupSeparatesKinds) {
    // Guards the helper itself: a section must not run into the next kind's section.
    const std::string doc = "\n### `a`\n`x`\n### `b`\n`y`\n";
    EXPECT_TRUE(mentions(sectionOf(doc, "a"), "x"));
    EXPECT_FALSE(mentions(sectionOf(doc, "a"), "y"));
    EXPECT_TRUE(sectionOf(doc, "c").empty());
}

}  // namespace
}  // namespace sw::kinds
