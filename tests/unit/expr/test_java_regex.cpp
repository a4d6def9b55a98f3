// JavaRegex: expectations from the java.util.regex.Pattern / Matcher javadoc (Java 11), which
// Flink's regexp functions run on.
#include <gtest/gtest.h>

#include "expr/eval/java_regex.h"

namespace sw::expr::eval {
namespace {

std::string extract(std::string_view pattern, std::string_view subject, std::int64_t group = 0) {
    auto regex = JavaRegex::compile(pattern);
    if (!regex) return "INVALID";
    auto match = regex->find(subject);
    auto text = match ? match->group(group) : std::nullopt;
    return text ? std::string(*text) : "NULL";
}

std::string replaceAll(std::string_view pattern, std::string_view subject, std::string_view replacement) {
    auto regex = JavaRegex::compile(pattern);
    return regex ? regex->replaceAll(subject, replacement) : "INVALID";
}

TEST(JavaRegex, UnicodeEscapesAsJavaWritesThem) {
    // Pattern javadoc, Characters: \uhhhh and \x{h...h}; a surrogate pair is one code point.
    EXPECT_EQ(extract("[\\u4e00-\\u9fa5]+", "ab中文cd"), "中文");
    EXPECT_EQ(extract("\\x{4e2d}", "ab中文cd"), "中");
    EXPECT_EQ(extract("\\uD83D\\uDE00", "a😀b"), "😀");
    // Pattern javadoc, Quotation: \Q...\E quotes, so \u inside it is literal text.
    EXPECT_EQ(extract("\\Q\\u0041\\E", "x\\u0041"), "\\u0041");
    EXPECT_EQ(extract("\\\\u0041", "\\u0041"), "\\u0041");
}

TEST(JavaRegex, CharacterClassesAreAsciiAndDotIsOneCodePoint) {
    // Pattern javadoc, Predefined character classes: \d is [0-9] and \w [a-zA-Z_0-9] unless
    // UNICODE_CHARACTER_CLASS is set.
    EXPECT_EQ(extract("\\d+", "٣٣42"), "42");
    EXPECT_EQ(extract("\\w+", "äbc"), "bc");
    // Pattern javadoc, Unicode support: `.` matches a code point, not a UTF-16 unit or a byte.
    EXPECT_EQ(extract("^.", "漢字"), "漢");
}

TEST(JavaRegex, DotStopsAtLineTerminators) {
    // Pattern javadoc, Line terminators: `.` matches none of \n, \r, \u0085, \u2028, \u2029.
    EXPECT_EQ(extract("a.b", "a\nb"), "NULL");
    EXPECT_EQ(extract("a.b", "a\rb"), "NULL");
    EXPECT_EQ(extract("a.b", "a\u2028b"), "NULL");
    EXPECT_EQ(extract("(?s)a.b", "a\nb"), "a\nb");
}

TEST(JavaRegex, GroupsThatTookNoPartOrDoNotExistAreAbsent) {
    // Matcher.group javadoc: null for a group that took no part; an index past groupCount() throws,
    // which SqlFunctionUtils.regexpExtract turns into NULL.
    EXPECT_EQ(extract("(a)|(b)", "b", 1), "NULL");
    EXPECT_EQ(extract("(a)|(b)", "b", 2), "b");
    EXPECT_EQ(extract("(a)", "a", 2), "NULL");
    EXPECT_EQ(extract("(a)", "a", -1), "NULL");
    EXPECT_EQ(extract("(?<year>\\d{4})", "in 2024", 1), "2024");
}

TEST(JavaRegex, ReplaceAllTakesTheReplacementLiterally) {
    // Flink's SqlFunctionUtils.regexpReplace quotes the replacement (Matcher.quoteReplacement).
    EXPECT_EQ(replaceAll("(\\d+)-(\\d+)", "10-20", "$2-$1"), "$2-$1");
    EXPECT_EQ(replaceAll("o", "foo", "\\"), "f\\\\");
}

TEST(JavaRegex, ReplaceAllAdvancesPastEmptyMatchesAsJavaDoes) {
    // Matcher.find javadoc: a search starts at the first character not matched by the previous
    // match, and after an empty one at the next character: "abc".replaceAll("x*", "-") is "-a-b-c-".
    EXPECT_EQ(replaceAll("x*", "abc", "-"), "-a-b-c-");
    EXPECT_EQ(replaceAll("b*", "abc", "-"), "-a--c-");
    EXPECT_EQ(replaceAll("x*", "漢字", "-"), "-漢-字-");
    EXPECT_EQ(replaceAll("x*", "", "-"), "-");
}

TEST(JavaRegex, RejectsInvalidPatterns) {
    // Pattern.compile throws PatternSyntaxException for these.
    EXPECT_FALSE(JavaRegex::compile("("));
    EXPECT_FALSE(JavaRegex::compile("[a"));
    EXPECT_FALSE(JavaRegex::compile("a**"));
    EXPECT_TRUE(JavaRegex::compile("a*+"));  // a possessive quantifier, valid in Java
}

TEST(JavaRegex, CachedPatternsAreSharedAndInvalidOnesAreNull) {
    auto first = JavaRegex::cached("[0-9]+");
    ASSERT_NE(first, nullptr);
    EXPECT_EQ(JavaRegex::cached("[0-9]+"), first);
    EXPECT_EQ(JavaRegex::cached("("), nullptr);
}

}  // namespace
}  // namespace sw::expr::eval
