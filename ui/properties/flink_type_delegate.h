#pragma once
// FlinkTypeDelegate: the editor of a schema's type cells: completion from Flink's types, and the
// text checked as it is typed (red, with the parser's message as tooltip), as the expression
// fields do, so a type typed wrong is seen before it is committed.

#include <QStyledItemDelegate>

namespace sw::ui {

class FlinkTypeDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

}  // namespace sw::ui
