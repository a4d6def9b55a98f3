#include "canvas/node_name_editor.h"

#include <QGraphicsScene>
#include <QKeyEvent>
#include <QPainter>
#include <QPalette>
#include <QTextCursor>

namespace sw::ui {

NodeNameEditor::NodeNameEditor(const QString& name, QRectF rect, QGraphicsItem* card,
                               std::function<void(QString)> commit)
    : QGraphicsTextItem(name, card), m_commit(std::move(commit)) {
    QFont font = scene() ? scene()->font() : QFont();
    font.setBold(true);
    setFont(font);
    setDefaultTextColor(scene() ? scene()->palette().color(QPalette::Text) : Qt::black);
    setTextWidth(rect.width());
    setPos(rect.left() - 4, rect.center().y() - boundingRect().height() / 2);  // document margin is 4
    setZValue(10);
    setTextInteractionFlags(Qt::TextEditorInteraction);
    setFocus(Qt::OtherFocusReason);
    QTextCursor cursor = textCursor();
    cursor.select(QTextCursor::Document);
    setTextCursor(cursor);
}

void NodeNameEditor::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) {
    const QPalette palette = scene() ? scene()->palette() : QPalette();
    painter->setPen(QPen(palette.color(QPalette::Highlight), 1.5));
    painter->setBrush(palette.color(QPalette::Base));
    painter->drawRoundedRect(boundingRect().adjusted(1, 1, -1, -1), 3, 3);
    QGraphicsTextItem::paint(painter, option, widget);
}

void NodeNameEditor::keyPressEvent(QKeyEvent* event) {
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter: finish(true); return;
    case Qt::Key_Escape: finish(false); return;
    default: QGraphicsTextItem::keyPressEvent(event);
    }
}

void NodeNameEditor::focusOutEvent(QFocusEvent* event) {
    QGraphicsTextItem::focusOutEvent(event);
    finish(true);
}

void NodeNameEditor::finish(bool accept) {
    if (m_finished) return;
    m_finished = true;
    if (accept) m_commit(toPlainText().trimmed());
    hide();
    deleteLater();  // may be inside one of this item's own event handlers
}

}  // namespace sw::ui
