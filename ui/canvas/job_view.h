#pragma once
// JobView: the canvas widget — zoom, pan, rubber-band selection, keyboard editing, palette drops.

#include <QGraphicsView>

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

    static constexpr qreal kMinZoom = 0.15;
    static constexpr qreal kMaxZoom = 3.0;

public slots:
    void zoomIn();
    void zoomOut();
    void setZoom(qreal zoom);  // keeps the view centre in place
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
    void growSceneRect();
    void sceneChanged();

    JobScene* m_scene;
    bool m_showedHint = false;  // whether the last paint showed the empty-canvas hint
    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_panOrigin;
};

}  // namespace sw::ui
