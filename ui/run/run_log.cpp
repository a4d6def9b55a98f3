#include "run/run_log.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QTime>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sw::ui {

namespace {

enum Column { kTime, kLevel, kNode, kMessage };

int severity(runtime::protocol::LogLevel level) { return static_cast<int>(level); }

}  // namespace

RunLog::RunLog(QWidget* parent) : QWidget(parent), m_table(new QTreeWidget), m_filter(new QLineEdit), m_level(new QComboBox) {
    setObjectName(QStringLiteral("runLog"));
    m_table->setHeaderLabels({tr("Time"), tr("Level"), tr("Node"), tr("Message")});
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->header()->setStretchLastSection(true);
    m_filter->setPlaceholderText(tr("Filter messages"));
    m_filter->setClearButtonEnabled(true);
    m_level->addItem(tr("All levels"), severity(runtime::protocol::LogLevel::Info));
    m_level->addItem(tr("Warnings and errors"), severity(runtime::protocol::LogLevel::Warning));
    m_level->addItem(tr("Errors"), severity(runtime::protocol::LogLevel::Error));
    connect(m_filter, &QLineEdit::textChanged, this, &RunLog::applyFilter);
    connect(m_table, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (!item->text(kNode).isEmpty()) emit nodeActivated(item->text(kNode));
    });
    connect(m_level, &QComboBox::currentIndexChanged, this, &RunLog::applyFilter);

    auto* copy = new QAction(tr("Copy"), m_table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &RunLog::copySelection);
    m_table->addAction(copy);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_level);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
}

void RunLog::append(runtime::protocol::LogLevel level, const QString& node, const QString& message) {
    if (m_table->topLevelItemCount() >= kMaxRows) delete m_table->takeTopLevelItem(0);
    auto* item = new QTreeWidgetItem({QTime::currentTime().toString(QStringLiteral("HH:mm:ss.zzz")),
                                      QString::fromLatin1(runtime::protocol::toString(level)), node, message});
    item->setData(kLevel, Qt::UserRole, severity(level));
    if (level == runtime::protocol::LogLevel::Error) item->setForeground(kMessage, QColor(0xd3, 0x2f, 0x2f));
    if (level == runtime::protocol::LogLevel::Warning) item->setForeground(kMessage, QColor(0xb2, 0x6a, 0x00));
    m_table->addTopLevelItem(item);
    item->setHidden(!matches(m_table->topLevelItemCount() - 1));
    if (!item->isHidden()) m_table->scrollToItem(item);
}

void RunLog::clear() { m_table->clear(); }

int RunLog::rowCount() const { return m_table->topLevelItemCount(); }

int RunLog::visibleRowCount() const {
    int shown = 0;
    for (int row = 0; row < rowCount(); ++row) shown += m_table->topLevelItem(row)->isHidden() ? 0 : 1;
    return shown;
}

bool RunLog::matches(int row) const {
    const QTreeWidgetItem* item = m_table->topLevelItem(row);
    if (item->data(kLevel, Qt::UserRole).toInt() < m_level->currentData().toInt()) return false;
    const QString text = m_filter->text();
    if (text.isEmpty()) return true;
    return item->text(kMessage).contains(text, Qt::CaseInsensitive) || item->text(kNode).contains(text, Qt::CaseInsensitive);
}

void RunLog::applyFilter() {
    for (int row = 0; row < rowCount(); ++row) m_table->topLevelItem(row)->setHidden(!matches(row));
}

QString RunLog::selectedText() const {
    QStringList lines;
    const bool any = !m_table->selectedItems().isEmpty();
    for (int row = 0; row < rowCount(); ++row) {
        const QTreeWidgetItem* item = m_table->topLevelItem(row);
        if (item->isHidden() || (any && !item->isSelected())) continue;
        lines << QStringList{item->text(kTime), item->text(kLevel), item->text(kNode), item->text(kMessage)}.join('\t');
    }
    return lines.join('\n');
}

void RunLog::copySelection() const { QApplication::clipboard()->setText(selectedText()); }

}  // namespace sw::ui
