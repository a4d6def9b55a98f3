#pragma once
// Relation: the output of a node as the next node sees it: columns and time attributes.

#include <string>
#include <string_view>
#include <vector>

#include "model/schema.h"

namespace sw::analysis {

struct Relation {
    std::vector<model::Column> columns;
    std::string procTimeColumn;  // a processing-time attribute that survived to here, or ""
    std::string rowtimeColumn;   // an event-time (watermarked) attribute that survived, or ""
    bool updating = false;       // carries updates/retractions (a continuous GROUP BY upstream)
    // A union whose inputs disagree on the event-time attribute drops it, as Flink types the union
    // of a rowtime and a plain TIMESTAMP as a plain TIMESTAMP(3): the column and the union, kept to
    // explain why a window finds no event time.
    std::string lostRowtimeColumn;
    std::string lostRowtimeAt;

    const model::Column* find(std::string_view name) const;
    // Why `column` is not an event-time attribute here, as the end of a sentence.
    std::string whyNotRowtime(const std::string& column) const;
};

}  // namespace sw::analysis
