#pragma once
// DiagnosticBadgeItem: the error/warning count on a node card; its tooltip lists the messages.

#include <QGraphicsItem>
#include <vector>

#include "analysis/diagnostic.h"

namespace sw::ui {

class DiagnosticBadgeItem : public QGraphicsItem {
public:
    explicit DiagnosticBadgeItem(QGraphicsItem* parent);

    void setDiagnostics(const std::vector<analysis::Diagnostic>& diagnostics);
    int errorCount() const { return m_errors; }
    int warningCount() const { return m_warnings; }

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    QString countText() const;

    int m_errors = 0;
    int m_warnings = 0;
};

}  // namespace sw::ui
