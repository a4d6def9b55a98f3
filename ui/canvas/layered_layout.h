#pragma once
// Left-to-right layered layout: longest-path layers over the topological order.

#include <functional>
#include <map>
#include <string>

#include <QSizeF>

#include "model/job_graph.h"

namespace sw::ui {

inline constexpr double kLayerGap = 90;  // horizontal space for the edges between columns
inline constexpr double kRowGap = 40;

// Top-left position per node id. A node's column is the longest path from a node without
// inputs; inside a column nodes follow their predecessors' rows (then file order), so the
// result depends only on the graph, never on the current positions.
std::map<std::string, model::Position> layeredLayout(const model::JobGraph& job,
                                                     const std::function<QSizeF(const std::string&)>& sizeOf);

}  // namespace sw::ui
