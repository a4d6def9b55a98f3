// Built-in functions the local runtime evaluates, checked against Flink's own results: the
// examples of Flink's "System (Built-in) Functions" page (docs/research/flink-functions/
// examples.tsv, "docs") and the expectations of Flink's planner tests ("<File>.java:line" /
// ".scala:line", as ../shared/flink-oracle/cases.tsv records them). Column cases run over
// evaluator_fixture.h's row: s = 'Hällo 漢字', ns = NULL, i = 7, d = 2.5, amount = 12.34,
// ts = 2024-01-01 12:00:00.123, dt = 2024-02-28.

#include <gtest/gtest.h>

#include "evaluator_fixture.h"

namespace sw::expr::testing {
namespace {

class BuiltinFunction : public ::testing::TestWithParam<Case> {};

TEST_P(BuiltinFunction, GivesFlinksResult) { expectFlinksResult(GetParam()); }

const Case kStrings[] = {
    {"LPAD('hi', 4, '?\?')", "?\?hi"},                            // docs
    {"LPAD('hi', 1, '?\?')", "h"},                               // docs
    {"lpad('',30,'?\?')", "?\??\??\??\??\??\??\??\??\??\??\??\??\??\??\?"},     // ScalarFunctionsTest.scala
    {"lpad('111',-2,'?\?')", "NULL"},                            // ScalarFunctionsTest.scala
    {"lpad('ab', 5, '')", "NULL"},                              // ScalarFunctionsTest.scala
    {"lpad('äääääääää',10,'?\?')", "?äääääääää"},                // ScalarFunctionsTest.scala
    {"lpad('äää',13,'12345')", "1234512345äää"},                // ScalarFunctionsTest.scala
    {"RPAD('hi', 4, '?\?')", "hi?\?"},                            // docs
    {"rpad('äää',13,'12345')", "äää1234512345"},                // ScalarFunctionsTest.scala
    {"RPAD(ns, 4, '?\?')", "NULL"},
    {"REPLACE('hello world', 'world', 'flink')", "hello flink"},  // docs
    {"REPLACE('ababab', 'abab', 'z')", "zab"},                  // docs
    {"split_index('Test', 'e', 1)", "st"},                      // ScalarFunctionsTest.scala
    {"split_index('test', 'e', -1)", "NULL"},                   // ScalarFunctionsTest.scala
    {"SPLIT_INDEX('hello world', ' ', 1)", "world"},            // ScalarFunctionsTest.scala (IFNULL case)
    {"SPLIT_INDEX('a,b', ',', 2)", "NULL"},
    {"POSITION('test' IN 'xxxtest')", "4"},                     // ScalarFunctionsTest.scala
    {"POSITION('testx' IN 'xxxtest')", "0"},                    // ScalarFunctionsTest.scala
    {"POSITION('漢' IN s)", "7"},
    {"LOCATE('aa', 'aaads', 2)", "2"},                          // ScalarFunctionsTest.scala
    {"locate('testx', 'xxxtest')", "0"},                        // ScalarFunctionsTest.scala
    {"instr('Corporate Floor', 'or', 3, 2)", "14"},             // ScalarFunctionsTest.scala
    {"instr('Corporate Floor', 'or', -3, 2)", "2"},             // ScalarFunctionsTest.scala
    {"instr('Tech on the net', 'e', 1, 3)", "14"},              // ScalarFunctionsTest.scala
    {"instr('Tech on the net', 'e', -3, 2)", "2"},              // ScalarFunctionsTest.scala
    {"instr('myteststring', 'st')", "5"},                       // ScalarFunctionsTest.scala
    {"LEFT('Hello', 3)", "Hel"},                                // ScalarFunctionsTest.scala
    {"RIGHT('Hello', 3)", "llo"},                               // ScalarFunctionsTest.scala
    {"RIGHT(s, 2)", "漢字"},
    {"LEFT(s, -1)", ""},
    {"INITCAP('fLinK')", "Flink"},                              // ScalarFunctionsTest.scala
    {"INITCAP('hello world')", "Hello World"},                  // ScalarFunctionsTest.scala
    {"reverse('hhhi')", "ihhh"},                                // ScalarFunctionsTest.scala
    {"REVERSE(s)", "字漢 olläH"},
    {"REPEAT('This is a test String.', 2)", "This is a test String.This is a test String."},  // docs
    {"REPEAT('', 2)", ""},                                      // ScalarFunctionsTest.scala
    {"ASCII('abc')", "97"},                                     // docs
    {"ascii('')", "0"},                                         // ScalarFunctionsTest.scala
    {"CHR(97)", "a"},                                           // docs
    {"CHR(353)", "a"},                                          // docs
    {"CHR(-9)", ""},                                            // ScalarFunctionsTest.scala
    {"TO_BASE64('hello world')", "aGVsbG8gd29ybGQ="},           // docs
    {"TO_BASE64('你好')", "5L2g5aW9"},                           // ScalarFunctionsTest.scala
    {"FROM_BASE64('aGVsbG8gd29ybGQ=')", "hello world"},         // docs
    {"FROM_BASE64('5L2g5aW9')", "你好"},                         // ScalarFunctionsTest.scala
    {"FROM_BASE64('a')", "ERROR"},
    {"TRANSLATE('www.apache.org', 'wapcheorg', ' APCHEcom')", "   .APACHE.com"},  // docs
    {"BTRIM('/www.apache.org/', '/')", "www.apache.org"},       // docs
    {"LTRIM('xxhixx', 'x')", "hixx"},
    {"SUBSTR('hello world', 2, 3)", "ell"},                     // ScalarFunctionsTest.scala
    {"SUBSTR('hello world', 0, 3)", "hel"},                     // ScalarFunctionsTest.scala
    {"ELT(2, 'scala-1', 'java-2', 'go-3')", "java-2"},          // docs
    {"ELT(3, 'a', 'b')", "NULL"},                               // StringFunctionsITCase.java
    {"IS_ALPHA('abc')", "TRUE"},                                // ScalarFunctionsTest.scala
    {"IS_ALPHA(ns)", "FALSE"},
    {"IS_DIGIT('11.4445')", "FALSE"},                           // ScalarFunctionsTest.scala
    {"IS_DECIMAL('11.4445')", "TRUE"},                          // ScalarFunctionsTest.scala
    {"IS_DECIMAL('abc')", "FALSE"},                             // ScalarFunctionsTest.scala
    {"STARTSWITH('', '')", "TRUE"},                             // StringFunctionsITCase.java
    {"ENDSWITH(s, '字')", "TRUE"},
};
INSTANTIATE_TEST_SUITE_P(Strings, BuiltinFunction, ::testing::ValuesIn(kStrings));

const Case kHashes[] = {
    {"md5('abc')", "900150983cd24fb0d6963f7d28e17f72"},        // ScalarFunctionsTest.scala
    {"MD5(ns)", "NULL"},
    {"SHA1('test')", "a94a8fe5ccb19ba61c4c0873d391e987982fbbd3"},  // ScalarFunctionsTest.scala
    {"SHA256('test')", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"},  // ScalarFunctionsTest.scala
    {"SHA2('test', 224)", "90a3ed9e32b2aaf4c61c410eb925426119e1a9dc53d4286ade99a809"},  // ScalarFunctionsTest.scala
    {"SHA2('test', 100)", "NULL"},
    {"hash_code('abc')", "96354"},                              // ScalarFunctionsTest.scala
};
INSTANTIATE_TEST_SUITE_P(Hashes, BuiltinFunction, ::testing::ValuesIn(kHashes));

const Case kNumbers[] = {
    {"BITAND(2, 3)", "2"},                          // Alibaba Cloud's BITAND page
    {"BITOR(2, 3)", "3"},                           // Alibaba Cloud's BITOR page
    {"BITXOR(2, 3)", "1"},                          // 10 XOR 11 (bitwise definition)
    {"BITNOT(7)", "-8"},                            // two's complement of 0...0111
    {"BITAND(CAST(NULL AS INT), 3)", "NULL"},
    {"BITOR(CAST(4 AS BIGINT), 3)", "7"},
    {"COSH(-1)", "1.543080634815244"},     // ScalarFunctionsTest.scala (StrictMath.cosh; glibc gives ...437)
    {"COSH(0)", "1.0"},                    // ScalarFunctionsTest.scala
    {"COSH(2.5)", "6.132289479663686"},    // SqlExpressionTest.scala
    {"BIN(12)", "1100"},                                        // docs
    {"BIN(-1)", "1111111111111111111111111111111111111111111111111111111111111111"},
    {"HEX(100)", "64"},                                         // docs
    {"HEX('hello,world')", "68656C6C6F2C776F726C64"},           // docs
    {"HEX('ö')", "C3B6"},                                       // MathFunctionsITCase.java
    {"truncate(42, -1)", "40"},                                 // ScalarFunctionsTest.scala
    {"truncate(42)", "42"},                                     // ScalarFunctionsTest.scala
    {"TRUNCATE(d, 0)", "2.0"},
    {"TRUNCATE(42.324, 2)", "42.32"},                           // docs
    {"TRUNCATE(-42.329, 2)", "-42.32"},
    {"TRUNCATE(1234.5, -2)", "1200"},
    {"CEIL(2.5)", "3"},                                         // ScalarFunctionsTest.scala: scale 0
    {"SIGN(neg)", "-1"},
    {"SIGN(amount)", "1.00"},
    {"LOG(10, 100)", "2.0"},                                    // ScalarFunctionsTest.scala
    {"LOG(1, 100)", "Infinity"},                                // ScalarFunctionsTest.scala
    {"LOG(-1)", "NaN"},                                         // ScalarFunctionsTest.scala
    {"LOG2(10)", "3.3219280948873626"},                         // ScalarFunctionsTest.scala
    {"EXP(3)", "20.085536923187668"},                           // ScalarFunctionsTest.scala
    {"SQRT(25)", "5.0"},                                        // ScalarFunctionsTest.scala
    {"ATAN2(0.5, 0.5)", "0.7853981633974483"},                  // ScalarFunctionsTest.scala
    {"COT(2.5)", "-1.3386481283041514"},                        // ScalarFunctionsTest.scala
    {"pi()", "3.141592653589793"},                              // ScalarFunctionsTest.scala
    {"GREATEST(1, 5, i)", "7"},
    {"LEAST(d, 3)", "2.5"},
    {"GREATEST(1, ns)", "ERROR"},  // STRING and INT have no common type
    {"GREATEST(i, n)", "NULL"},
    {"IFNULL(ns, 'x')", "x"},
};
INSTANTIATE_TEST_SUITE_P(Numbers, BuiltinFunction, ::testing::ValuesIn(kNumbers));

const Case kDates[] = {
    {"YEAR(DATE '1994-09-27')", "1994"},                        // docs
    {"QUARTER(DATE '1994-09-27')", "3"},                        // docs
    {"WEEK(DATE '1994-09-27')", "39"},                          // docs
    {"DAYOFYEAR(DATE '1994-09-27')", "270"},                    // docs
    {"DAYOFWEEK(DATE '1994-09-27')", "3"},                      // docs
    {"HOUR(TIMESTAMP '1994-09-27 13:14:15')", "13"},            // docs
    {"WEEK(DATE '2021-01-03')", "53"},                          // ISO-8601: that Sunday belongs to 2020's last week
    {"MONTH(dt)", "2"},
    {"SECOND(ts)", "0"},
    {"TO_DATE('2018-03-18')", "2018-03-18"},                    // ScalarFunctionsTest.scala
    {"to_date('2017-09-15 00:00:00')", "2017-09-15"},           // ScalarFunctionsTest.scala
    {"TO_DATE('invalid value')", "NULL"},                       // ScalarFunctionsTest.scala
    {"TO_DATE('18/03/2018', 'dd/MM/yyyy')", "2018-03-18"},
};
INSTANTIATE_TEST_SUITE_P(Dates, BuiltinFunction, ::testing::ValuesIn(kDates));

// DATE_FORMAT's pattern letters. Text goes through SimpleDateFormat in the session zone (UTC
// here): the cases marked "SDF javadoc" are the examples of java.text.SimpleDateFormat's
// documentation for 2001-07-04 12:08:56.235 (a Wednesday), with UTC in place of Pacific time and
// milliseconds 000 (Flink parses the text with 'yyyy-MM-dd HH:mm:ss'). A TIMESTAMP goes through
// java.time's DateTimeFormatter over a LocalDateTime ("DTF javadoc": its pattern letter table),
// which has no zone: zone letters fail there, as the job would fail in Flink.
const Case kDatePatterns[] = {
    {"DATE_FORMAT('2001-07-04 12:08:56', 'yyyy.MM.dd G ''at'' HH:mm:ss z')", "2001.07.04 AD at 12:08:56 UTC"},  // SDF javadoc
    {"DATE_FORMAT('2001-07-04 12:08:56', 'EEE, MMM d, ''''yy')", "Wed, Jul 4, '01"},              // SDF javadoc
    {"DATE_FORMAT('2001-07-04 12:08:56', 'h:mm a')", "12:08 PM"},                                // SDF javadoc
    {"DATE_FORMAT('2001-07-04 12:08:56', 'hh ''o''''clock'' a, zzzz')", "12 o'clock PM, Coordinated Universal Time"},  // SDF javadoc
    {"DATE_FORMAT('2001-07-04 12:08:56', 'K:mm a, z')", "0:08 PM, UTC"},                          // SDF javadoc
    {"DATE_FORMAT('2001-07-04 12:08:56', 'yyyyy.MMMMM.dd GGG hh:mm aaa')", "02001.July.04 AD 12:08 PM"},  // SDF javadoc
    {"DATE_FORMAT('2001-07-04 12:08:56', 'EEE, d MMM yyyy HH:mm:ss Z')", "Wed, 4 Jul 2001 12:08:56 +0000"},  // SDF javadoc
    {"DATE_FORMAT('2001-07-04 12:08:56', 'yyMMddHHmmssZ')", "010704120856+0000"},                // SDF javadoc
    {"DATE_FORMAT('2001-07-04 12:08:56', 'yyyy-MM-dd''T''HH:mm:ss.SSSZ')", "2001-07-04T12:08:56.000+0000"},  // SDF javadoc
    {"DATE_FORMAT('2001-07-04 12:08:56', 'yyyy-MM-dd''T''HH:mm:ss.SSSXXX')", "2001-07-04T12:08:56.000Z"},    // SDF javadoc
    {"DATE_FORMAT('2001-07-04 12:08:56', 'YYYY-''W''ww-u')", "2001-W27-3"},                      // SDF javadoc
    // SDF letter table: D day in year, F day of week in month, W week in month, k hour 1-24, L month
    {"DATE_FORMAT('2001-07-04 00:08:56', 'D F W k L LLLL EEEE')", "185 1 1 24 7 July Wednesday"},
    {"DATE_FORMAT('2000-12-31 10:00:00', 'YYYY ww yyyy')", "2001 01 2000"},  // the week holding Jan 1 is week 1 (US weeks)
    {"DATE_FORMAT('2001-07-04 12:08:56', 'q')", "ERROR"},  // not a SimpleDateFormat letter
    {"DATE_FORMAT(TIMESTAMP '2001-07-04 12:08:56.235', 'yyyy.MM.dd G ''at'' HH:mm:ss')", "2001.07.04 AD at 12:08:56"},
    {"DATE_FORMAT(TIMESTAMP '2001-07-04 12:08:56.235', 'EEE, MMM d, ''''yy')", "Wed, Jul 4, '01"},
    {"DATE_FORMAT(TIMESTAMP '2001-07-04 12:08:56.235', 'hh ''o''''clock'' a')", "12 o'clock PM"},
    {"DATE_FORMAT(TIMESTAMP '2001-07-04 12:08:56.235', 'yyyy-MM-dd''T''HH:mm:ss.SSS')", "2001-07-04T12:08:56.235"},
    // DTF javadoc letters: u year, Q/q quarter, e/c localized day of week (Sunday 1), D, k, K, n, A
    {"DATE_FORMAT(TIMESTAMP '2001-07-04 12:08:56.235', 'uuuu Q QQQ QQQQ e ccc D k K')", "2001 3 Q3 3rd quarter 4 Wed 185 12 0"},
    {"DATE_FORMAT(TIMESTAMP '2001-07-04 12:08:56.235', 'YYYY-''W''ww-e')", "2001-W27-4"},
    {"DATE_FORMAT(TIMESTAMP '2001-07-04 12:08:56.235', 'MMMMM EEEEE GGGG n A')", "J W Anno Domini 235000000 43736235"},
    {"DATE_FORMAT(TIMESTAMP '2001-07-04 12:08:56.235', 'S SS SSSSSS')", "2 23 235000"},  // the fraction, truncated
    {"DATE_FORMAT(TIMESTAMP '2001-07-04 12:08:56.235', '[yyyy]')", "2001"},              // an optional section prints
    {"DATE_FORMAT(TIMESTAMP '2001-07-04 12:08:56.235', 'aa')", "ERROR"},                 // too many pattern letters: a
    {"DATE_FORMAT(TIMESTAMP '2001-07-04 12:08:56.235', 'HH:mm Z')", "ERROR"},            // a LocalDateTime has no offset
    {"DATE_FORMAT(TIMESTAMP '2001-07-04 12:08:56.235', 'yyyy-MM-dd b')", "ERROR"},       // unknown pattern letter: b
    {"FROM_UNIXTIME(994248536, 'EEE, d MMM yyyy HH:mm:ss Z')", "Wed, 4 Jul 2001 12:08:56 +0000"},  // SDF, UTC session
};
INSTANTIATE_TEST_SUITE_P(DatePatterns, BuiltinFunction, ::testing::ValuesIn(kDatePatterns));

// URL_ENCODE / URL_DECODE: Flink's UrlFunctionsITCase.java expectations.
const Case kUrls[] = {
    {"URL_DECODE('https%3A%2F%2Fflink.apache.org%2F')", "https://flink.apache.org/"},
    {"URL_DECODE('https://flink.apache.org/')", "https://flink.apache.org/"},
    {"URL_DECODE(CAST(NULL AS STRING))", "NULL"},
    {"URL_DECODE('inva+lid%3A%2F%2Fuser%3Apass%40host%2Ffile%3Bparam%3Fquery%3Bp2')", "inva lid://user:pass@host/file;param?query;p2"},
    {"URL_DECODE('')", ""},
    {"URL_DECODE('illegal escape pattern test%')", "NULL"},
    {"URL_ENCODE('https://flink.apache.org/')", "https%3A%2F%2Fflink.apache.org%2F"},
    {"URL_ENCODE('https%3A%2F%2Fflink.apache.org%2F')", "https%253A%252F%252Fflink.apache.org%252F"},
    {"URL_ENCODE(CAST(NULL AS STRING))", "NULL"},
    {"URL_ENCODE('inva lid://user:pass@host/file;param?query;p2')", "inva+lid%3A%2F%2Fuser%3Apass%40host%2Ffile%3Bparam%3Fquery%3Bp2"},
    {"URL_ENCODE('')", ""},
    // Alibaba Cloud's URL_ENCODE / URL_DECODE pages (UTF-8 examples)
    {"URL_ENCODE('http://你好')", "http%3A%2F%2F%E4%BD%A0%E5%A5%BD"},
    {"URL_DECODE('http%3A%2F%2F%E4%BD%A0%E5%A5%BD')", "http://你好"},
    {"URL_DECODE('https%%3A%2F%2Fcalcite.apache.org')", "NULL"},
};
INSTANTIATE_TEST_SUITE_P(Urls, BuiltinFunction, ::testing::ValuesIn(kUrls));

// TO_TIMESTAMP / UNIX_TIMESTAMP read the same letters (SimpleDateFormat javadoc example texts;
// 2001-07-04 12:08:56 UTC is epoch second 994248536, the -0700 text 7 hours later).
const Case kDateParsing[] = {
    {"UNIX_TIMESTAMP('Wed, 4 Jul 2001 12:08:56 +0000', 'EEE, d MMM yyyy HH:mm:ss Z')", "994248536"},
    {"UNIX_TIMESTAMP('2001-07-04T12:08:56.235-0700', 'yyyy-MM-dd''T''HH:mm:ss.SSSZ')", "994273736"},
    {"UNIX_TIMESTAMP('2001-07-04T12:08:56.235-07:00', 'yyyy-MM-dd''T''HH:mm:ss.SSSXXX')", "994273736"},
    {"UNIX_TIMESTAMP('2001.07.04 AD at 12:08:56 UTC', 'yyyy.MM.dd G ''at'' HH:mm:ss z')", "994248536"},
    {"TO_TIMESTAMP('04-July-2001 12:08 PM', 'dd-MMMM-yyyy hh:mm a')", "2001-07-04 12:08:00.000"},
    {"TO_TIMESTAMP('04-Jul-2001 12:08 AM', 'dd-MMM-yyyy hh:mm a')", "2001-07-04 00:08:00.000"},
    {"TO_TIMESTAMP('2001-07-04 0:08 PM', 'yyyy-MM-dd K:mm a')", "2001-07-04 12:08:00.000"},
    {"TO_TIMESTAMP('2001-07-04 24:08', 'yyyy-MM-dd kk:mm')", "2001-07-04 00:08:00.000"},
    {"TO_TIMESTAMP('04-Jyl-2001', 'dd-MMM-yyyy')", "NULL"},  // not a month name
};
INSTANTIATE_TEST_SUITE_P(DateParsing, BuiltinFunction, ::testing::ValuesIn(kDateParsing));

const Case kJson[] = {
    {"JSON_VALUE('{\"a\": true}', '$.a')", "true"},                                  // docs
    {"JSON_VALUE('{\"a\": true}', '$.a' RETURNING BOOLEAN)", "TRUE"},                // docs
    {"JSON_VALUE('{\"a\": true}', 'lax $.b' DEFAULT FALSE ON EMPTY)", "false"},      // docs
    {"JSON_VALUE('{\"a\": true}', 'strict $.b' DEFAULT FALSE ON ERROR)", "false"},   // docs
    {"JSON_VALUE('{\"a.b\": [0.998,0.996]}','$.[\"a.b\"][0]' RETURNING DOUBLE)", "0.998"},  // docs
    {"JSON_VALUE('{\"contains blank\": \"right\"}', 'strict $.[''contains blank'']' NULL ON EMPTY DEFAULT 'wrong' ON ERROR)",
     "right"},                                                                          // docs
    {"JSON_VALUE(CAST(NULL AS STRING), 'lax $')", "NULL"},                             // JsonFunctionsITCase.java:184
    {"JSON_VALUE('{\"user\": {\"id\": 42}}', '$.user.id' RETURNING INT)", "42"},
    {"JSON_VALUE('{\"v\": 1.0E2}', '$.v')", "100.0"},                                // a double, as Java prints it
    {"JSON_VALUE('{\"a\": [1, 2]}', 'strict $.a')", "NULL"},                          // not a scalar: NULL ON ERROR
    {"JSON_VALUE('{\"a\": [1, 2]}', 'strict $.a' ERROR ON ERROR)", "ERROR"},
    {"JSON_VALUE('not json', 'lax $.a' DEFAULT 'x' ON EMPTY)", "x"},                   // lax: bad input is empty
    {"JSON_VALUE('not json', '$.a' DEFAULT 'x' ON EMPTY DEFAULT 'y' ON ERROR)", "y"},   // strict by default
    {"JSON_VALUE('{\"a\": \"x\"}', '$.a' RETURNING INT DEFAULT -1 ON ERROR)", "-1"},
    {"JSON_EXISTS('{\"a\": true}', '$.a')", "TRUE"},                                 // docs
    {"JSON_EXISTS('{\"a\": true}', '$.b')", "FALSE"},                                // docs
    {"JSON_EXISTS('{\"a\": [{ \"b\": 1 }]}', '$.a[0].b')", "TRUE"},                  // docs
    {"JSON_EXISTS('{\"a\": true}', 'strict $.b' TRUE ON ERROR)", "TRUE"},            // docs
    {"JSON_EXISTS('{\"a\": true}', 'strict $.b' UNKNOWN ON ERROR)", "NULL"},
    {"JSON_QUERY('{\"a\":[{\"c\":\"c1\"},{\"c\":\"c2\"}]}', 'lax $.a[*].c')", "[\"c1\",\"c2\"]"},  // docs
    {"JSON_QUERY('{}', '$' WITH CONDITIONAL ARRAY WRAPPER)", "[{}]"},                  // docs
    {"JSON_QUERY(1, '$')", "NULL"},                                                    // docs
    {"JSON_QUERY(1, '$' WITH CONDITIONAL ARRAY WRAPPER)", "[1]"},                      // docs
    {"JSON_QUERY('{}', 'lax $.invalid' EMPTY OBJECT ON EMPTY)", "{}"},                 // docs
    {"JSON_QUERY('{}', 'strict $.invalid' EMPTY ARRAY ON ERROR)", "[]"},               // docs
    {"JSON_QUERY(CAST(NULL AS STRING), '$')", "NULL"},                                 // docs
    {"'1' IS JSON", "TRUE"},                                                           // docs
    {"'abc' IS JSON", "FALSE"},                                                        // docs
    {"'1' IS JSON SCALAR", "TRUE"},                                                    // docs
    {"'{}' IS JSON ARRAY", "FALSE"},                                                   // docs
    {"'{}' IS JSON OBJECT", "TRUE"},                                                   // docs
    {"'abc' IS NOT JSON", "TRUE"},
    {"JSON_OBJECT()", "{}"},                                                           // docs
    {"JSON_OBJECT('K1' VALUE 'V1', 'K2' VALUE 'V2')", "{\"K1\":\"V1\",\"K2\":\"V2\"}"},  // docs
    {"JSON_OBJECT(KEY 'K' VALUE CAST(NULL AS STRING) NULL ON NULL)", "{\"K\":null}"},  // JsonFunctionsITCase.java:713
    {"JSON_OBJECT(KEY 'K' VALUE CAST(NULL AS STRING) ABSENT ON NULL)", "{}"},          // JsonFunctionsITCase.java:719
    {"JSON_OBJECT(KEY 'n' VALUE i, KEY 'inner' VALUE JSON_ARRAY(1, TRUE, 'x'))", "{\"n\":7,\"inner\":[1,true,\"x\"]}"},
    {"JSON_ARRAY()", "[]"},                                                            // JsonFunctionsITCase.java:1151
    {"JSON_ARRAY(CAST(NULL AS STRING) NULL ON NULL)", "[null]"},                        // JsonFunctionsITCase.java:1157
    {"JSON_ARRAY(CAST(NULL AS STRING))", "[]"},                                        // ABSENT ON NULL by default
    {"JSON_STRING(1)", "1"},                                                           // docs
    {"JSON_STRING(TRUE)", "true"},                                                     // docs
    {"JSON_STRING('Hello, World!')", "\"Hello, World!\""},                             // docs
    {"JSON_STRING(CAST(NULL AS INT))", "NULL"},                                        // docs
    {"JSON_QUOTE('[1,2,3]')", "\"[1,2,3]\""},                                        // JsonFunctionsITCase.java
    {"JSON_QUOTE('≠ will be escaped')", "\"\\u2260 will be escaped\""},              // JsonFunctionsITCase.java
    {"JSON_QUOTE('😀')", "\"\\ud83d\\ude00\""},                                           // Java chars: a surrogate pair
    {"JSON_QUOTE('skipping backslash \\')", "\"skipping backslash \\\\\""},        // JsonFunctionsITCase.java
    {"JSON_UNQUOTE('\"abc\"')", "abc"},                                               // JsonFunctionsITCase.java
    {"JSON_UNQUOTE('\"\\u0041\"')", "A"},                                            // JsonFunctionsITCase.java
    {"JSON_UNQUOTE('[}')", "[}"},                                                      // JsonFunctionsITCase.java
    {"JSON_UNQUOTE('true')", "true"},                                                  // JsonFunctionsITCase.java
    {"JSON_UNQUOTE('\"\"\"')", "\""},                                              // JsonFunctionsITCase.java: a bare quote inside stays
    {"JSON_UNQUOTE('\"\"\\ufffa\"')", "\"\uFFFA"},                               // JsonFunctionsITCase.java
    {"JSON_UNQUOTE('\"bad \\uzzzz\"')", "\"bad \\uzzzz\""},                         // an invalid escape: unchanged
    {"JSON_UNQUOTE('\"\\ud83d\\ude00 \\t\"')", "\U0001F600 \t"},                 // a surrogate pair, a tab
};
INSTANTIATE_TEST_SUITE_P(Json, BuiltinFunction, ::testing::ValuesIn(kJson));

// Predicates and keyword forms beyond plain calls.
const Case kKeywordForms[] = {
    {"NULLIF(1,1) IS DISTINCT FROM NULLIF(1,1)", "FALSE"},      // SqlExpressionTest.scala
    {"NULLIF(1,1) IS NOT DISTINCT FROM NULLIF(1,1)", "TRUE"},   // SqlExpressionTest.scala
    {"ns IS DISTINCT FROM 'x'", "TRUE"},
    {"i IS NOT DISTINCT FROM 7", "TRUE"},
    {"1 IS DISTINCT FROM 1.0", "FALSE"},
    {"12 BETWEEN ASYMMETRIC 13 AND 11", "FALSE"},               // SqlExpressionTest.scala
    {"12 BETWEEN SYMMETRIC 13 AND 11", "TRUE"},                 // SqlExpressionTest.scala
    {"12 NOT BETWEEN SYMMETRIC 13 AND 11", "FALSE"},            // SqlExpressionTest.scala
    {"5 BETWEEN SYMMETRIC CAST(NULL AS INT) AND 3", "NULL"},    // (FALSE) OR (NULL), Calcite's rewrite
    {"5 BETWEEN SYMMETRIC CAST(NULL AS INT) AND 7", "NULL"},
    {"5 BETWEEN SYMMETRIC 7 AND CAST(NULL AS INT)", "NULL"},
    {"NULLIF(TRUE,TRUE) IS UNKNOWN", "TRUE"},                   // SqlExpressionTest.scala
    {"NULLIF(TRUE,TRUE) IS NOT UNKNOWN", "FALSE"},              // SqlExpressionTest.scala
    {"OVERLAY('This is a old string' PLACING 'new' FROM 11 FOR 3)", "This is a new string"},  // SqlExpressionTest.scala
    {"OVERLAY('Hello' PLACING 'hello world' FROM 2 FOR 3)", "Hhello worldo"},                // ScalarFunctionsTest.scala
    {"OVERLAY('abc' PLACING 'x' FROM 2)", "axc"},
    {"OVERLAY(s PLACING 'e' FROM 2)", "Hello 漢字"},
    {"OVERLAY('abc' PLACING 'x' FROM 9)", "ERROR"},             // Java's substring throws
    {"OVERLAY(ns PLACING 'x' FROM 1)", "NULL"},
    {"TRIM(BOTH ' STRING ')", "STRING"},                        // SqlExpressionTest.scala
    {"TRIM(LEADING ' x ')", "x "},
    {"`LEFT`('abc', 2)", "ab"},                                 // ScalarFunctionsTest.scala quotes the reserved name
    {"CASE 2 WHEN 1, 2 THEN '1 or 2' WHEN 2 THEN 'not possible' ELSE 'none' END", "1 or 2"},  // ScalarOperatorsTest.scala
    {"CASE 3 WHEN 1, 2 THEN '1 or 2' WHEN 3, 2 THEN '3' ELSE 'none' END", "3"},              // ScalarOperatorsTest.scala
    {"CASE 4 WHEN 1, 2 THEN 2 ELSE 3 END", "3"},
};

// Regular expressions (Java's, via PCRE2) and TYPEOF.
const Case kRegexAndTypes[] = {
    {"REGEXP_COUNT('hello world! Hello everyone!', 'Hello')", "1"},      // RegexpFunctionsITCase.java
    {"REGEXP_COUNT('abcabcabc', 'abcab')", "1"},                        // RegexpFunctionsITCase.java
    {"REGEXP_COUNT('a.b.c.d', '\\.')", "3"},                           // RegexpFunctionsITCase.java
    {"REGEXP_COUNT('abc123xyz456', '\\d')", "6"},                      // RegexpFunctionsITCase.java
    {"REGEXP_COUNT('aa', 'a*')", "2"},                                  // Java's find(): "aa", then the empty match at the end
    {"REGEXP_COUNT('', 'x*')", "1"},
    {"REGEXP_COUNT('abc', '(')", "NULL"},                               // an invalid pattern
    {"REGEXP_INSTR('Helloworld!  Hello everyone!', '\\bHello\\b')", "14"},  // RegexpFunctionsITCase.java
    {"REGEXP_INSTR('abc123xyz456', '\\d')", "4"},                      // RegexpFunctionsITCase.java
    {"REGEXP_INSTR('漢字x', 'x')", "3"},                                 // characters, not bytes
    {"REGEXP_INSTR('abc', 'z')", "0"},
    {"REGEXP_SUBSTR('abc123xyz456', '\\d')", "1"},                     // RegexpFunctionsITCase.java
    {"REGEXP_SUBSTR('abc', 'z')", "NULL"},
    {"regexp('100-200', '(\\d+)')", "TRUE"},                           // ScalarFunctionsTest.scala
    {"regexp('abc-def', '(\\d+)')", "FALSE"},                          // ScalarFunctionsTest.scala
    {"regexp(ns, '(\\d+)')", "NULL"},
    {"regexp('abc', '')", "FALSE"},                                     // SqlFunctionUtils.regExp
    {"regexp('abc', '(')", "FALSE"},
    {"TYPEOF(NULL)", "NULL"},                                           // MiscFunctionsITCase.java
    {"TYPEOF(1)", "INT NOT NULL"},
    {"TYPEOF(CAST(NULL AS VARCHAR(3)))", "VARCHAR(3)"},
    {"TYPEOF(i)", "INT"},
};
INSTANTIATE_TEST_SUITE_P(KeywordForms, BuiltinFunction, ::testing::ValuesIn(kKeywordForms));
INSTANTIATE_TEST_SUITE_P(RegexAndTypes, BuiltinFunction, ::testing::ValuesIn(kRegexAndTypes));

}  // namespace
}  // namespace sw::expr::testing
