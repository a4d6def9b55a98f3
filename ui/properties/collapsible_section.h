#pragma once
// CollapsibleSection: a titled group of the property form that folds away on a click.

#include <QWidget>

class QToolButton;

namespace sw::ui {

class CollapsibleSection : public QWidget {
    Q_OBJECT
public:
    CollapsibleSection(const QString& title, QWidget* parent = nullptr);

    QWidget* content() const { return m_content; }
    void setExpanded(bool expanded);
    bool isExpanded() const;
    QString title() const;

private:
    QToolButton* m_header;
    QWidget* m_content;
};

}  // namespace sw::ui
