#pragma once
// JavaRegex: a java.util.regex pattern run by PCRE2 (UTF-8, UTF mode), for Flink's REGEXP_* functions.
// docs/java-regex.md lists where PCRE2 still reads a pattern differently from Java.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "util/result.h"

struct pcre2_real_code_8;

namespace sw::expr::eval {

// A compiled pattern: immutable, so one instance serves every thread (match data is per thread).
class JavaRegex {
public:
    // One match: byte ranges into the searched subject, valid until this thread's next search.
    class Match {
    public:
        Match(std::string_view subject, const std::size_t* ovector, std::size_t groups)
            : subject_(subject), ovector_(ovector), groups_(groups) {}
        std::size_t begin() const { return ovector_[0]; }
        std::size_t end() const { return ovector_[1]; }
        // Group `index` (0 = the whole match); nullopt when the pattern has no such group or the
        // group took no part in the match, both of which are NULL in Flink.
        std::optional<std::string_view> group(std::int64_t index) const;

    private:
        std::string_view subject_;
        const std::size_t* ovector_;
        std::size_t groups_;  // capture groups plus the whole match
    };

    // The compiled pattern, or PCRE2's message when it rejects the pattern.
    static Result<JavaRegex> compile(std::string_view pattern);
    // A compiled pattern from this thread's small cache of recent ones (patterns that vary per
    // row usually repeat); nullptr when the pattern does not compile.
    static std::shared_ptr<const JavaRegex> cached(std::string_view pattern);

    // Java's Matcher.find(): the first match starting at or after byte `from`. A search PCRE2
    // gives up on (its backtracking limit) counts as no match.
    std::optional<Match> find(std::string_view subject, std::size_t from = 0) const;
    // Calls `visit(match)` for each match of Java's find() loop: the next search starts at the
    // match's end, one character further on after an empty match.
    template <typename Visit>
    void forEachMatch(std::string_view subject, Visit visit) const {
        for (std::size_t from = 0; from <= subject.size();) {
            auto match = find(subject, from);
            if (!match) return;
            visit(*match);
            from = resumeAfter(subject, *match);
        }
    }
    // String.replaceAll(regex, Matcher.quoteReplacement(replacement)): `replacement` is literal
    // text; the matches are forEachMatch's.
    std::string replaceAll(std::string_view subject, std::string_view replacement) const;

private:
    static std::size_t resumeAfter(std::string_view subject, const Match& match);

    explicit JavaRegex(std::shared_ptr<pcre2_real_code_8> code, std::size_t groups) : code_(std::move(code)), groups_(groups) {}

    std::shared_ptr<pcre2_real_code_8> code_;  // shared: copies of a compiled pattern stay cheap
    std::size_t groups_;                        // capture groups plus the whole match
};

}  // namespace sw::expr::eval
