#pragma once
// RunLog: the run's messages (time, level, node, text): filterable by text and level, copyable,
// and bounded so a chatty print sink cannot fill the designer's memory.

#include <QWidget>

#include "runtime/protocol/run_protocol.h"

class QComboBox;
class QLineEdit;
class QTreeWidget;

namespace sw::ui {

class RunLog : public QWidget {
    Q_OBJECT
public:
    explicit RunLog(QWidget* parent = nullptr);

    void append(runtime::protocol::LogLevel level, const QString& node, const QString& message);
    void clear();
    int rowCount() const;
    // Rows still shown under the current filter.
    int visibleRowCount() const;
    QTreeWidget* table() const { return m_table; }
    QLineEdit* filterEdit() const { return m_filter; }
    // The selected rows (all shown rows when none is selected), tab-separated, one per line.
    QString selectedText() const;
    void copySelection() const;

    static constexpr int kMaxRows = 5000;

signals:
    // A row naming a node was activated (double-click, Enter): show that node.
    void nodeActivated(const QString& nodeName);

private:
    void applyFilter();
    bool matches(int row) const;

    QTreeWidget* m_table;
    QLineEdit* m_filter;
    QComboBox* m_level;
};

}  // namespace sw::ui
