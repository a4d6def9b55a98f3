#pragma once
// OverviewWidget: the whole job in miniature with the visible area framed; click or drag to move.

#include <QWidget>

namespace sw::ui {

class JobView;

class OverviewWidget : public QWidget {
    Q_OBJECT
public:
    explicit OverviewWidget(JobView* view, QWidget* parent = nullptr);

    QSize sizeHint() const override { return {220, 150}; }
    // Scene point under a widget point (and back); the mapping fits the job and the viewport.
    QPointF toScene(QPointF widgetPoint) const;
    QPointF toWidget(QPointF scenePoint) const;

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;

private:
    QRectF shownSceneRect() const;  // the job's items plus the visible part of the view
    QRectF visibleSceneRect() const;
    QTransform sceneToWidget() const;

    JobView* m_view;
};

}  // namespace sw::ui
