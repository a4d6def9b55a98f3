#include "canvas/palette_widget.h"

#include <QKeyEvent>
#include <QMimeData>

#include "canvas/kind_appearance.h"
#include "canvas/node_clipboard.h"
#include "i18n/core_text.h"
#include "kinds/catalog.h"

namespace sw::ui {

namespace {
constexpr int kKindRole = Qt::UserRole + 1;
constexpr int kRoleRole = Qt::UserRole + 2;  // on a group heading: its kinds::NodeRole
}

PaletteWidget::PaletteWidget(QWidget* parent) : QTreeWidget(parent) {
    setHeaderHidden(true);
    setRootIsDecorated(false);
    setIndentation(10);
    setIconSize(QSize(18, 18));
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformRowHeights(true);

    using kinds::NodeRole;
    for (NodeRole role : {NodeRole::Source, NodeRole::Lookup, NodeRole::Transform, NodeRole::Sink}) {
        auto* group = new QTreeWidgetItem(this, {roleGroupTitle(role)});
        group->setFlags(Qt::ItemIsEnabled);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setData(0, kRoleRole, int(role));
        for (const kinds::NodeKind& kind : kinds::Catalog::instance().kinds()) {
            if (kind.role != role) continue;
            const QString id = QString::fromStdString(kind.id);
            auto* item = new QTreeWidgetItem(group, {coreText(kind.label)});
            item->setIcon(0, kindIcon(kind));
            item->setToolTip(0, QStringLiteral("<b>%1</b><br>%2").arg(coreText(kind.label).toHtmlEscaped(),
                                                                    coreText(kind.help).toHtmlEscaped()));
            item->setData(0, kKindRole, id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
        }
    }
    colourHeadings();
    expandAll();
    // Not itemActivated: some styles activate on a single click, which would add nodes by accident.
    connect(this, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) {
        if (const QString kind = kindOf(item); !kind.isEmpty()) emit kindActivated(kind);
    });
}

void PaletteWidget::colourHeadings() {
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem* group = topLevelItem(i);
        group->setForeground(0, roleTextColor(kinds::NodeRole(group->data(0, kRoleRole).toInt()), palette()));
    }
}

void PaletteWidget::changeEvent(QEvent* event) {
    // View › Theme changes the palette while the window is open.
    if (event->type() == QEvent::PaletteChange) colourHeadings();
    QTreeWidget::changeEvent(event);
}

void PaletteWidget::keyPressEvent(QKeyEvent* event) {
    const QString kind = kindOf(currentItem());
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && !kind.isEmpty()) {
        emit kindActivated(kind);
        return;
    }
    QTreeWidget::keyPressEvent(event);
}

QString PaletteWidget::kindOf(const QTreeWidgetItem* item) {
    return item ? item->data(0, kKindRole).toString() : QString();
}

QTreeWidgetItem* PaletteWidget::itemForKind(const QString& kindId) const {
    for (int g = 0; g < topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            if (kindOf(group->child(i)) == kindId) return group->child(i);
        }
    }
    return nullptr;
}

QStringList PaletteWidget::mimeTypes() const { return {QString::fromLatin1(kKindMimeType)}; }

QMimeData* PaletteWidget::mimeData(const QList<QTreeWidgetItem*>& items) const {
    if (items.isEmpty() || kindOf(items.front()).isEmpty()) return nullptr;
    auto* mime = new QMimeData;  // ownership passes to the QDrag
    mime->setData(QString::fromLatin1(kKindMimeType), kindOf(items.front()).toUtf8());
    return mime;
}

}  // namespace sw::ui
