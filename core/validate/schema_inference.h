#pragma once
// Schema inference: the output relation (columns and time attributes) of every node of a job.

#include <map>
#include <string>
#include <vector>

#include "model/job_graph.h"
#include "validate/diagnostic.h"

namespace sw::validate {

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

// Output relation of every node whose inputs could be typed, by node id, in topological order.
// Problems found on the way (unknown columns, bad expressions, ...) are appended to `diagnostics`.
std::map<std::string, Relation> inferRelations(const model::JobGraph& job,
                                               std::vector<Diagnostic>& diagnostics);

}  // namespace sw::validate
