#pragma once
// DataPreview: the newest rows of the node selected on the canvas during a run: what it emitted,
// or, for a sink in a preview run, what it would have written (rows, or the table by key with the
// changes that produced it).

#include <QWidget>

#include "runtime/protocol/run_protocol.h"

class QLabel;
class QTabWidget;
class QTableWidget;

namespace sw::ui {

class RunSession;

class DataPreview : public QWidget {
    Q_OBJECT
public:
    explicit DataPreview(RunSession* session, QWidget* parent = nullptr);

    // Shows `nodeId` (named `nodeName`); "" shows a hint to select a node. For a lookup join,
    // `lookupColumns` are the columns it joins from its table: a row in which all of them are
    // NULL is marked a miss (what a LEFT join emits for a probe row the table has no match
    // for), any other a hit.
    void showNode(const QString& nodeId, const QString& nodeName, const QStringList& lookupColumns = {});
    QLabel* heading() const { return m_heading; }
    QTableWidget* rowsTable() const { return m_rows; }
    QTableWidget* changelogTable() const { return m_changes; }

private:
    void refresh();
    // `firstColumn`, when given, is one extra leading column titled `firstTitle`.
    static void fill(QTableWidget* table, const std::vector<std::string>& columns,
                     const std::vector<runtime::protocol::NodePreview::Row>& rows, const QString& firstTitle = {},
                     const std::vector<std::string>& firstColumn = {});
    // "hit" / "miss" per row of `preview` (see showNode).
    std::vector<std::string> lookupMatches(const runtime::protocol::NodePreview& preview) const;

    RunSession* m_session;
    QString m_nodeId;
    QString m_nodeName;
    QStringList m_lookupColumns;
    QLabel* m_heading;
    QTabWidget* m_tabs;
    QTableWidget* m_rows;
    QTableWidget* m_changes;
};

}  // namespace sw::ui
