#pragma once
// Copy/paste of nodes: the clipboard carries a job-file JSON fragment (nodes + inner edges).

#include <QMimeData>
#include <QStringList>
#include <memory>
#include <optional>

#include "model/job_graph.h"

namespace sw::ui {

inline constexpr char kNodesMimeType[] = "application/x-streamwright-nodes";
inline constexpr char kKindMimeType[] = "application/x-streamwright-kind";  // palette drags

// The listed nodes and the edges between them, in job order; null if no node is listed.
std::unique_ptr<QMimeData> nodesToMimeData(const model::JobGraph& job, const QStringList& nodeIds);
// The fragment in `mime`, or nothing when it holds no (valid) nodes.
std::optional<model::JobGraph> nodesFromMimeData(const QMimeData* mime);

}  // namespace sw::ui
