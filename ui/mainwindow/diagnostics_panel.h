#pragma once
// DiagnosticsPanel: the job's validation findings as a list; activating one selects its node.

#include <QTreeWidget>

namespace sw::ui {

class JobDocument;

class DiagnosticsPanel : public QTreeWidget {
    Q_OBJECT
public:
    explicit DiagnosticsPanel(JobDocument* document, QWidget* parent = nullptr);

signals:
    void nodeActivated(const QString& nodeId);

private:
    void refresh();

    JobDocument* m_document;
};

}  // namespace sw::ui
