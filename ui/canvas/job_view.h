#pragma once
// JobView: the canvas widget — zoom, pan, rubber-band selection, keyboard editing, palette drops.

#include <QGraphicsView>

class QMenu;

namespace sw::ui {

class JobScene;

class JobView : public QGraphicsView {
    Q_OBJECT
public:
    explicit JobView(JobScene* scene, QWidget* parent = nullptr);

    JobScene* jobScene() const { return m_scene; }
    qreal zoom() const { return transform().m11(); }

    // What the empty canvas says about how to start; "" once the job has a node.
    QString emptyHint() const;
    // The menu of kinds that fit, shown where a connection dragged from a port was dropped on
    // empty canvas; choosing one adds that node there, connected (one undo step).
    QMenu* kindMenu() const { return m_kindMenu; }

    static constexpr qreal kMinZoom = 0.15;
    static constexpr qreal kMaxZoom = 3.0;
    // Fit never goes below this: card text stays readable, and a job wider than the view is
    // shown from its start (sources are on the left), to be panned.
    static constexpr qreal kMinFitZoom = 0.6;
    // Whether the view still shows the last fit: then it fits again when it is resized.
    bool followsFit() const { return m_followsFit; }

public slots:
    void zoomIn();
    void zoomOut();
    void setZoom(qreal zoom);  // keeps the view centre in place; the user's zoom, so no longer fitted
    void fitAll();
    void addNodeFromPalette(const QString& kindId);
    void deleteSelection();
    void copy();
    void paste();
    void duplicate();
    void renameSelected();
    void autoLayout();

signals:
    void zoomChanged(qreal zoom);
    void viewportMoved();  // scrolled, zoomed or resized: the overview redraws its frame

protected:
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    void drawForeground(QPainter* painter, const QRectF& rect) override;

private:
    void zoomAt(qreal factor, QPoint viewPoint);
    void applyZoom(qreal zoom);
    void growSceneRect();
    void sceneChanged();
    void offerKindsFor(const QString& nodeId, const QString& portId, QPointF scenePos);

    JobScene* m_scene;
    QMenu* m_kindMenu;
    bool m_showedHint = false;
    bool m_followsFit = false;
    bool m_fitting = false;  // inside fitAll: its own scroll bar changes resize the viewport  // whether the last paint showed the empty-canvas hint
    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_panOrigin;
};

}  // namespace sw::ui
