#pragma once
// closestSpelling: the "did you mean" of error messages: the candidate a mistyped word most
// likely meant, by edit distance (case-insensitive).

#include <algorithm>
#include <cctype>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace sw {

// The candidate at the smallest Levenshtein distance from `word` ignoring letter case, if that
// distance is at most `maxDistance` and more than 0 (an exact match needs no suggestion).
inline std::optional<std::string_view> closestSpelling(std::string_view word, std::span<const std::string_view> candidates,
                                                       std::size_t maxDistance = 2) {
    const auto folded = [](char c) { return std::toupper(static_cast<unsigned char>(c)); };
    std::optional<std::string_view> best;
    std::size_t bestDistance = maxDistance + 1;
    std::vector<std::size_t> previous(word.size() + 1);
    std::vector<std::size_t> current(word.size() + 1);
    for (const std::string_view candidate : candidates) {
        for (std::size_t i = 0; i <= word.size(); ++i) previous[i] = i;
        for (std::size_t j = 1; j <= candidate.size(); ++j) {
            current[0] = j;
            for (std::size_t i = 1; i <= word.size(); ++i) {
                const std::size_t substitution = previous[i - 1] + (folded(word[i - 1]) == folded(candidate[j - 1]) ? 0 : 1);
                current[i] = std::min({previous[i] + 1, current[i - 1] + 1, substitution});
            }
            std::swap(previous, current);
        }
        const std::size_t distance = previous[word.size()];
        if (distance > 0 && distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

}  // namespace sw
