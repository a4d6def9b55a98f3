// MainWindow's menus and their shortcuts (split from main_window.cpp to keep both readable).
#include <QActionGroup>
#include <QDir>
#include <QDockWidget>
#include <QMenuBar>
#include <QUndoStack>

#include "canvas/job_scene.h"
#include "canvas/job_view.h"
#include "document/job_document.h"
#include "mainwindow/app_theme.h"
#include "mainwindow/main_window.h"
#include "mainwindow/recent_files.h"
#include "properties/job_settings_dialog.h"

namespace sw::ui {

void MainWindow::createFileMenu() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New"), QKeySequence::New, this, &MainWindow::newJob);
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::openDialog);
    QMenu* recent = file->addMenu(tr("Open &Recent"));
    m_recentFiles = new RecentFiles(recent, this);
    connect(m_recentFiles, &RecentFiles::fileChosen, this, [this](const QString& path) {
        if (!QFileInfo::exists(path)) m_recentFiles->remove(path);
        openFile(path);
    });
    QMenu* examples = file->addMenu(tr("&Examples"));
    const QDir exampleDir(QStringLiteral(":/examples"));
    for (const QString& name : exampleDir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        const QString path = exampleDir.filePath(name);
        examples->addAction(QFileInfo(name).completeBaseName(), this, [this, path] { openExample(path); });
    }
    file->addSeparator();
    file->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::save);
    // Spelled out: QKeySequence::SaveAs is empty on some platforms (the generic Linux theme).
    file->addAction(tr("Save &As…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this, &MainWindow::saveAs);
    file->addSeparator();
    file->addAction(tr("&Export SQL…"), QKeySequence(Qt::CTRL | Qt::Key_E), this, &MainWindow::exportDialog);
    file->addAction(tr("&Copy SQL to Clipboard"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), this,
                    &MainWindow::copySqlToClipboard);
    file->addAction(tr("Export &Deployment Configuration…"), this, &MainWindow::exportDeploymentYaml);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
}

void MainWindow::createEditMenu() {
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    // Each key once: QKeySequence::Redo is Ctrl+Shift+Z on Linux, and a key bound twice fires nothing.
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    // Canvas edits only fire while the canvas has focus, so text fields keep their own shortcuts.
    const auto canvasAction = [this, edit](const QString& text, const QKeySequence& key, void (JobView::*slot)()) {
        QAction* action = edit->addAction(text, m_view, slot);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(action);
        return action;
    };
    // Actions on the selection are off while nothing is selected (Rename takes exactly one node).
    QAction* copy = canvasAction(tr("&Copy"), QKeySequence::Copy, &JobView::copy);
    canvasAction(tr("&Paste"), QKeySequence::Paste, &JobView::paste);
    const QList<QAction*> onSelection = {
        copy,
        canvasAction(tr("D&uplicate"), QKeySequence(Qt::CTRL | Qt::Key_D), &JobView::duplicate),
        canvasAction(tr("&Delete"), QKeySequence::Delete, &JobView::deleteSelection),
    };
    QAction* rename = canvasAction(tr("Re&name"), QKeySequence(Qt::Key_F2), &JobView::renameSelected);
    const auto followSelection = [this, onSelection, rename] {
        const qsizetype selected = m_document->selectedNodeIds().size();
        for (QAction* action : onSelection) action->setEnabled(selected > 0);
        rename->setEnabled(selected == 1);
    };
    connect(m_document, &JobDocument::selectionChanged, this, followSelection);
    followSelection();
    QAction* selectAll = edit->addAction(tr("Select &All"), this, [this] {
        QStringList ids;
        for (const auto& node : m_document->job().nodes) ids << QString::fromStdString(node.id);
        m_document->setSelectedNodeIds(ids);
    });
    selectAll->setShortcut(QKeySequence::SelectAll);
    selectAll->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(selectAll);
}

void MainWindow::createViewMenu() {
    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("Zoom &In"), QKeySequence(Qt::CTRL | Qt::Key_Equal), m_view, &JobView::zoomIn);
    view->addAction(tr("Zoom &Out"), QKeySequence(Qt::CTRL | Qt::Key_Minus), m_view, &JobView::zoomOut);
    view->addAction(tr("&Fit All"), QKeySequence(Qt::CTRL | Qt::Key_0), m_view, &JobView::fitAll);
    view->addAction(tr("Auto &Layout"), QKeySequence(Qt::CTRL | Qt::Key_L), m_view, &JobView::autoLayout);
    QAction* snap = view->addAction(tr("&Snap to Grid"));
    snap->setCheckable(true);
    snap->setChecked(m_scene->snapToGrid());
    connect(snap, &QAction::toggled, m_scene, &JobScene::setSnapToGrid);

    view->addSeparator();
    QMenu* dialect = view->addMenu(tr("SQL &Dialect"));
    auto* dialects = new QActionGroup(this);
    for (auto [value, label] : {std::pair{kinds::Dialect::AliyunVvr, tr("Alibaba Cloud VVR")},
                                std::pair{kinds::Dialect::ApacheFlink, tr("Apache Flink")}}) {
        QAction* action = dialect->addAction(label, this, [this, value] { m_document->setDialect(value); });
        action->setCheckable(true);
        action->setChecked(m_document->dialect() == value);
        action->setActionGroup(dialects);
        connect(m_document, &JobDocument::dialectChanged, action,
                [this, action, value] { action->setChecked(m_document->dialect() == value); });
    }
    QMenu* theme = view->addMenu(tr("&Theme"));
    auto* themes = new QActionGroup(this);
    for (Theme value : {Theme::System, Theme::Light, Theme::Dark}) {
        QAction* action = theme->addAction(AppTheme::name(value), this, [value] { AppTheme::apply(value); });
        action->setCheckable(true);
        action->setChecked(AppTheme::stored() == value);
        action->setActionGroup(themes);
    }
    view->addSeparator();
    for (QDockWidget* dock : findChildren<QDockWidget*>()) view->addAction(dock->toggleViewAction());
}

void MainWindow::createJobMenu() {
    QMenu* job = menuBar()->addMenu(tr("&Job"));
    job->addAction(tr("&Settings…"), QKeySequence(Qt::CTRL | Qt::Key_Comma), this, &MainWindow::showSettings);
    job->addAction(tr("Show &Problems"), QKeySequence(Qt::Key_F7), this, [this] {
        for (QDockWidget* dock : findChildren<QDockWidget*>())
            if (dock->objectName() == QLatin1String("problemsDock")) dock->show(), dock->raise();
    });
    job->addSeparator();
    createRunActions(job);
}

void MainWindow::showSettings() {
    JobSettingsDialog dialog(m_document, this);
    dialog.exec();
}

}  // namespace sw::ui
