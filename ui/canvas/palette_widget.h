#pragma once
// PaletteWidget: the node kinds of the catalog grouped by role; drag onto the canvas or double-click.

#include <QTreeWidget>

namespace sw::ui {

class PaletteWidget : public QTreeWidget {
    Q_OBJECT
public:
    explicit PaletteWidget(QWidget* parent = nullptr);

    QTreeWidgetItem* itemForKind(const QString& kindId) const;
    static QString kindOf(const QTreeWidgetItem* item);  // "" for a group header

signals:
    // Double-click or Return on a kind; connect to JobView::addNodeFromPalette.
    void kindActivated(const QString& kindId);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QList<QTreeWidgetItem*>& items) const override;

private:
    void colourHeadings();  // in the role's hue, legible on the current palette
};

}  // namespace sw::ui
