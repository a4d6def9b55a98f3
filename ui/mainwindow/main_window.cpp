#include "mainwindow/main_window.h"

#include <QApplication>
#include <QClipboard>
#include <QRegularExpression>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QScreen>
#include <QStatusBar>
#include <QTimer>

#include "canvas/job_scene.h"
#include "canvas/job_view.h"
#include "canvas/node_item.h"
#include "canvas/overview_widget.h"
#include "canvas/palette_widget.h"
#include "canvas/run_overlay.h"
#include "document/job_document.h"
#include "document/recovery_store.h"
#include "editor/sql_preview.h"
#include "mainwindow/about_dialog.h"
#include "mainwindow/diagnostics_panel.h"
#include "mainwindow/recent_files.h"
#include "model/job_file.h"
#include "properties/property_panel.h"
#include "run/data_preview.h"
#include "run/run_log.h"
#include "run/run_panel.h"
#include "run/run_secrets.h"
#include "run/run_session.h"

namespace sw::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_document(new JobDocument(this)), m_scene(new JobScene(m_document, this)),
      m_view(new JobView(m_scene)), m_sqlPreview(new SqlPreview(m_document)), m_palette(new PaletteWidget),
      m_properties(new PropertyPanel(m_document)), m_diagnostics(new DiagnosticsPanel(m_document)),
      m_zoomLabel(new QLabel(this)), m_problemsLabel(new QLabel(this)),
      m_run(new RunSession(QCoreApplication::applicationDirPath() + QStringLiteral("/streamwright-cli"), this)),
      m_runPanel(new RunPanel(m_run)), m_runLog(new RunLog), m_dataPreview(new DataPreview(m_run)), m_runOverlay(std::make_unique<RunOverlay>(m_scene)),
      m_runSecrets(std::make_unique<RunSecrets>(RunSecrets::forDesigner(this))) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/streamwright.svg")));
    setCentralWidget(m_view);  // the canvas gets the room; everything else is a dock
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);

    createDocks();
    createRunDocks();
    createMenus();
    setUpAutosave();
    statusBar()->addPermanentWidget(m_problemsLabel);
    statusBar()->addPermanentWidget(m_zoomLabel);

    connect(m_palette, &PaletteWidget::kindActivated, m_view, &JobView::addNodeFromPalette);
    connect(m_scene, &JobScene::statusMessage, this, [this](const QString& text) { statusBar()->showMessage(text, 5000); });
    connect(m_scene, &JobScene::nodeActivated, this, [this] { m_properties->setFocus(); });
    connect(m_view, &JobView::zoomChanged, this, [this](qreal zoom) {
        m_zoomLabel->setText(tr("Zoom %1%").arg(qRound(zoom * 100)));
    });
    connect(m_diagnostics, &DiagnosticsPanel::nodeActivated, this, &MainWindow::focusNode);
    connect(m_document, &JobDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &JobDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &JobDocument::jobReset, this, &MainWindow::updateTitle);
    connect(m_document, &JobDocument::diagnosticsChanged, this, [this] {
        int errors = 0, warnings = 0;
        for (const auto& d : m_document->diagnostics()) (d.severity == analysis::Severity::Error ? errors : warnings)++;
        m_problemsLabel->setText(tr("%1 error(s), %2 warning(s)").arg(errors).arg(warnings));
    });
    m_zoomLabel->setText(tr("Zoom 100%"));
    emit m_document->diagnosticsChanged();
    updateTitle();
    restoreWindowState();
    // The export dialect is the user's habit, not the job's: the last one chosen comes back.
    const std::string dialect = QSettings().value(QStringLiteral("export/dialect")).toString().toStdString();
    if (auto saved = kinds::parseDialect(dialect)) m_document->setDialect(*saved);
    connect(m_document, &JobDocument::dialectChanged, this, [this] {
        QSettings().setValue(QStringLiteral("export/dialect"), QString::fromUtf8(kinds::toString(m_document->dialect())));
    });
}

// The run session ends its process; a window that goes away normally leaves nothing to recover.
// The document is a child, deleted after m_recovery: its signals must no longer reach this window.
MainWindow::~MainWindow() {
    m_document->disconnect(this);
    m_recovery->removeOwn();
}

void MainWindow::createDocks() {
    const auto addDock = [this](const QString& title, const QString& name, QWidget* widget, Qt::DockWidgetArea area) {
        auto* dock = new QDockWidget(title, this);
        dock->setObjectName(name);
        dock->setWidget(widget);
        addDockWidget(area, dock);
        return dock;
    };
    addDock(tr("Palette"), QStringLiteral("paletteDock"), m_palette, Qt::LeftDockWidgetArea);
    addDock(tr("Overview"), QStringLiteral("overviewDock"), new OverviewWidget(m_view), Qt::LeftDockWidgetArea);
    QDockWidget* properties = addDock(tr("Properties"), QStringLiteral("propertiesDock"), m_properties, Qt::RightDockWidgetArea);
    QDockWidget* sql = addDock(tr("SQL Preview"), QStringLiteral("sqlDock"), m_sqlPreview, Qt::RightDockWidgetArea);
    splitDockWidget(properties, sql, Qt::Vertical);
    addDock(tr("Problems"), QStringLiteral("problemsDock"), m_diagnostics, Qt::BottomDockWidgetArea);
}

void MainWindow::createRunDocks() {
    auto* runDock = new QDockWidget(tr("Run"), this);
    runDock->setObjectName(QStringLiteral("runDock"));
    runDock->setWidget(m_runPanel);
    addDockWidget(Qt::BottomDockWidgetArea, runDock);
    auto* previewDock = new QDockWidget(tr("Data Preview"), this);
    previewDock->setObjectName(QStringLiteral("dataPreviewDock"));
    previewDock->setWidget(m_dataPreview);
    addDockWidget(Qt::BottomDockWidgetArea, previewDock);
    auto* logDock = new QDockWidget(tr("Run Log"), this);
    logDock->setObjectName(QStringLiteral("runLogDock"));
    logDock->setWidget(m_runLog);
    addDockWidget(Qt::BottomDockWidgetArea, logDock);
    for (QDockWidget* dock : findChildren<QDockWidget*>(QStringLiteral("problemsDock"))) {
        tabifyDockWidget(dock, runDock);
        tabifyDockWidget(runDock, previewDock);
        tabifyDockWidget(previewDock, logDock);
        dock->raise();
    }
}

void MainWindow::createMenus() {
    createFileMenu();
    createEditMenu();
    createViewMenu();
    createJobMenu();
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Streamwright"), this, [this] { showAboutDialog(this); });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::updateTitle() {
    const QString file = m_document->filePath().isEmpty() ? tr("Untitled") : QFileInfo(m_document->filePath()).fileName();
    const QString name = QString::fromStdString(m_document->job().name);
    setWindowTitle(QStringLiteral("%1[*] — %2 — Streamwright").arg(file, name.isEmpty() ? tr("(unnamed job)") : name));
    setWindowModified(m_document->isModified());
}

bool MainWindow::openFile(const QString& path) {
    if (!maybeSave()) return false;
    const QString error = m_document->load(path);
    if (!error.isEmpty()) {
        QMessageBox::critical(this, tr("Cannot open job"), error);
        return false;
    }
    m_recentFiles->add(path);
    m_exportGate.forget();
    fitWhenLaidOut();
    return true;
}

bool MainWindow::openExample(const QString& resourcePath) {
    if (!maybeSave()) return false;
    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly)) return false;
    auto job = model::parseJob(file.readAll().toStdString());
    if (!job) {
        QMessageBox::critical(this, tr("Cannot open example"), QString::fromStdString(job.error().toString()));
        return false;
    }
    m_document->reset(std::move(job).value());
    m_exportGate.forget();
    fitWhenLaidOut();
    return true;
}

bool MainWindow::saveTo(const QString& path) {
    const QString error = m_document->save(path);
    if (!error.isEmpty()) {
        QMessageBox::critical(this, tr("Cannot save job"), error);
        return false;
    }
    m_recentFiles->add(path);
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 3000);
    return true;
}

bool MainWindow::save() { return m_document->filePath().isEmpty() ? saveAs() : saveTo(m_document->filePath()); }

QString MainWindow::suggestedFileName(const QString& extension) const {
    if (!m_document->filePath().isEmpty()) {
        const QFileInfo file(m_document->filePath());
        return file.dir().filePath(file.completeBaseName() + extension);
    }
    // From the job's name, as a user would type it: letters, digits, '.', '_' and '-' only.
    QString base = QString::fromStdString(m_document->job().name).toLower();
    base.replace(QRegularExpression(QStringLiteral(R"([^\p{L}\p{N}._-]+)")), QStringLiteral("-"));
    base.remove(QRegularExpression(QStringLiteral(R"(^[-.]+|[-.]+$)")));
    return (base.isEmpty() ? QStringLiteral("job") : base) + extension;
}

bool MainWindow::saveAs() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Job"), suggestedFileName(QStringLiteral(".json")),
                                                      tr("Streamwright jobs (*.json)"));
    return !path.isEmpty() && saveTo(path.endsWith(QLatin1String(".json")) ? path : path + QStringLiteral(".json"));
}

bool MainWindow::maybeSave() {
    if (!m_document->isModified()) return true;
    const auto answer = QMessageBox::warning(this, tr("Unsaved changes"),
                                             tr("The job has unsaved changes. Save them first?"),
                                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                             QMessageBox::Save);
    if (answer == QMessageBox::Save) return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::newJob() {
    if (!maybeSave()) return;
    model::JobGraph job;
    job.name = tr("New job").toStdString();
    m_document->reset(std::move(job));
    m_exportGate.forget();
}

void MainWindow::openDialog() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Job"), QFileInfo(m_document->filePath()).path(),
                                                      tr("Streamwright jobs (*.json);;All files (*)"));
    if (!path.isEmpty()) openFile(path);
}

bool MainWindow::exportSql(const QString& path) {
    if (!m_exportGate.allow(this, *m_document, tr("SQL"))) return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_sqlPreview->generated().text.c_str()) < 0 || !file.commit()) {
        QMessageBox::critical(this, tr("Cannot export"), tr("%1: %2").arg(path, file.errorString()));
        return false;
    }
    statusBar()->showMessage(tr("Exported SQL to %1").arg(QDir::toNativeSeparators(path)), 4000);
    return true;
}

bool MainWindow::copySqlToClipboard() {
    if (!m_exportGate.allow(this, *m_document, tr("SQL"))) return false;
    QGuiApplication::clipboard()->setText(QString::fromStdString(m_sqlPreview->generated().text));
    statusBar()->showMessage(tr("SQL copied to the clipboard"), 3000);
    return true;
}

void MainWindow::exportDialog() {
    // Refused before the file dialog: choosing a file for an export that cannot happen wastes a step.
    if (!m_exportGate.allow(this, *m_document, tr("SQL"))) return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Flink SQL"), suggestedFileName(QStringLiteral(".sql")),
                                                      tr("SQL files (*.sql)"));
    if (!path.isEmpty()) exportSql(path);
}

void MainWindow::exportDeploymentYaml() {
    if (!m_exportGate.allow(this, *m_document, tr("the deployment configuration"))) return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Deployment Configuration"),
                                                      suggestedFileName(QStringLiteral(".deployment.yaml")),
                                                      tr("YAML files (*.yaml *.yml)"));
    if (path.isEmpty()) return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_sqlPreview->generated().deploymentYaml.c_str()) < 0 ||
        !file.commit())
        QMessageBox::critical(this, tr("Cannot export"), tr("%1: %2").arg(path, file.errorString()));
}

void MainWindow::focusNode(const QString& nodeId) {
    m_document->setSelectedNodeIds({nodeId});
    if (NodeItem* item = m_scene->nodeItem(nodeId)) m_view->centerOn(item);
}

void MainWindow::fitWhenLaidOut() {
    // The view has its final size only after the pending layout and show events.
    QTimer::singleShot(0, m_view, &JobView::fitAll);
}

void MainWindow::restoreWindowState() {
    QSettings settings;
    if (restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()) &&
        restoreState(settings.value(QStringLiteral("window/state")).toByteArray()))
        return;
    // First start: most of the screen, the canvas widest, a short problems list under it.
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    resize(screen.size() * 0.9);
    QTimer::singleShot(0, this, [this] {
        resizeDocks(findChildren<QDockWidget*>(QStringLiteral("problemsDock")), {140}, Qt::Vertical);
        resizeDocks(findChildren<QDockWidget*>(QStringLiteral("propertiesDock")), {520}, Qt::Horizontal);
        resizeDocks(findChildren<QDockWidget*>(QStringLiteral("paletteDock")), {200}, Qt::Horizontal);
    });
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

}  // namespace sw::ui
