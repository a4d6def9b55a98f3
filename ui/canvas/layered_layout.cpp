#include "canvas/layered_layout.h"

#include <algorithm>
#include <unordered_map>
#include <vector>

namespace sw::ui {

std::map<std::string, model::Position> layeredLayout(const model::JobGraph& job,
                                                     const std::function<QSizeF(const std::string&)>& sizeOf) {
    std::unordered_map<std::string, int> fileIndex;
    for (int i = 0; i < int(job.nodes.size()); ++i) fileIndex[job.nodes[i].id] = i;

    std::vector<std::string> order;
    if (auto sorted = job.topologicalOrder()) {
        order = std::move(sorted).value();
    } else {  // a cycle (the validator reports it): lay out in file order, ignoring back edges
        for (const model::Node& node : job.nodes) order.push_back(node.id);
    }

    std::unordered_map<std::string, std::vector<std::string>> predecessors;
    for (const model::Edge& edge : job.edges) predecessors[edge.toNode].push_back(edge.fromNode);

    std::unordered_map<std::string, int> layer;
    int layerCount = 0;
    for (const std::string& id : order) {
        int mine = 0;
        for (const std::string& from : predecessors[id]) {
            if (auto it = layer.find(from); it != layer.end()) mine = std::max(mine, it->second + 1);
        }
        layer[id] = mine;
        layerCount = std::max(layerCount, mine + 1);
    }

    std::vector<std::vector<std::string>> columns(layerCount);
    for (const model::Node& node : job.nodes) columns[layer[node.id]].push_back(node.id);

    std::unordered_map<std::string, double> row;
    for (auto& column : columns) {
        // Barycentre of the predecessors' rows keeps chains straight and crossings few.
        std::unordered_map<std::string, double> key;
        for (const std::string& id : column) {
            double sum = 0;
            int count = 0;
            for (const std::string& from : predecessors[id]) {
                if (auto it = row.find(from); it != row.end()) {
                    sum += it->second;
                    ++count;
                }
            }
            key[id] = count > 0 ? sum / count : -1;
        }
        std::ranges::stable_sort(column, [&](const std::string& a, const std::string& b) {
            if (key[a] != key[b]) return key[a] < key[b];
            return fileIndex[a] < fileIndex[b];
        });
        for (int i = 0; i < int(column.size()); ++i) row[column[i]] = i;
    }

    std::vector<double> columnWidth(layerCount, 0);
    std::vector<double> columnHeight(layerCount, 0);
    for (int c = 0; c < layerCount; ++c) {
        for (const std::string& id : columns[c]) {
            const QSizeF size = sizeOf(id);
            columnWidth[c] = std::max(columnWidth[c], size.width());
            columnHeight[c] += size.height() + (columnHeight[c] > 0 ? kRowGap : 0);
        }
    }
    const double tallest = layerCount > 0 ? *std::ranges::max_element(columnHeight) : 0;

    std::map<std::string, model::Position> positions;
    double x = 0;
    for (int c = 0; c < layerCount; ++c) {
        double y = (tallest - columnHeight[c]) / 2;  // columns centred on each other
        for (const std::string& id : columns[c]) {
            positions[id] = {x, y};
            y += sizeOf(id).height() + kRowGap;
        }
        x += columnWidth[c] + kLayerGap;
    }
    return positions;
}

}  // namespace sw::ui
