#pragma once
// NodeNameEditor: the inline text field over a card's name (F2 or double-click on the name).

#include <QGraphicsTextItem>
#include <functional>

namespace sw::ui {

class NodeNameEditor : public QGraphicsTextItem {
    Q_OBJECT
public:
    // `commit` gets the edited text once: on Enter or when focus leaves; Escape cancels.
    NodeNameEditor(const QString& name, QRectF rect, QGraphicsItem* card, std::function<void(QString)> commit);

    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    void finish(bool accept);

    std::function<void(QString)> m_commit;
    bool m_finished = false;
};

}  // namespace sw::ui
