#pragma once
// MainWindow: canvas, SQL preview, palette, properties and diagnostics around one JobDocument.

#include <QMainWindow>
#include <QSet>
#include <functional>
#include <memory>

#include "mainwindow/export_gate.h"
#include "run/run_options.h"
#include "runtime/protocol/run_protocol.h"

class QActionGroup;
class QLabel;

namespace sw::ui {

class DiagnosticsPanel;
class HelpBrowser;
class JobDocument;
class JobScene;
class JobView;
class PaletteWidget;
class PropertyPanel;
class RecentFiles;
class RecoveryStore;
class DataPreview;
class RunLog;
class RunOverlay;
class RunPanel;
class RunSecrets;
class RunSession;
class SqlPreview;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    JobDocument* document() const { return m_document; }
    JobView* view() const { return m_view; }
    SqlPreview* sqlPreview() const { return m_sqlPreview; }
    PropertyPanel* propertyPanel() const { return m_properties; }
    PaletteWidget* palette() const { return m_palette; }
    DiagnosticsPanel* diagnosticsPanel() const { return m_diagnostics; }

    // Opens a job file; on failure shows why and keeps the current job. Returns success.
    bool openFile(const QString& path);
    // Loads a job shipped in the resources as a new, untitled document.
    bool openExample(const QString& resourcePath);
    bool saveTo(const QString& path);
    // Writes the SQL of the current dialect after the export checks; returns success.
    bool exportSql(const QString& path);
    bool copySqlToClipboard();

    RunSession* runSession() const { return m_run; }
    RunPanel* runPanel() const { return m_runPanel; }
    RunLog* runLog() const { return m_runLog; }
    // The streamwright-cli that runs jobs (by default the one next to this program).
    void setRunProgram(const QString& path);
    // Where a run's secrets come from (by default the keychain, then a password dialog).
    void setRunSecrets(std::unique_ptr<RunSecrets> secrets);
    JobScene* scene() const { return m_scene; }
    DataPreview* dataPreview() const { return m_dataPreview; }
    // Asked once per job before its first run that writes to the sinks' systems; tests answer it.
    void setWriteConfirmation(std::function<bool(const QString& jobName)> confirm) { m_confirmWrite = std::move(confirm); }
    // Job › Run: starts the job in its own process, by default as a preview that writes to no
    // sink; false, with the reason in the run log, when the job has errors, a secret was not
    // given or writing was not confirmed.
    bool runJob(RunOptions options = {});
    bool runWritingToSinks();
    bool resumeRun();
    void runWithOptions();
    void stopRun();
    void cancelRun();

    // Autosave: while the job has unsaved changes they are written to a recovery file every
    // kAutosaveIntervalMs; the file goes when the job is saved, discarded or the window closes.
    static constexpr int kAutosaveIntervalMs = 5000;
    // Help › …: the user documentation at `file` (a page under docs/; empty: where it was left,
    // or the first topic).
    void showHelp(const QString& file);
    HelpBrowser* helpBrowser() const { return m_help; }

    RecoveryStore* recoveryStore() const { return m_recovery.get(); }
    // Where the recovery files live (tests use a folder of their own).
    void setRecoveryStore(std::unique_ptr<RecoveryStore> store);
    // Writes the recovery file now if there are changes it does not hold yet.
    void autosave();
    // At start-up: offers the newest job a designer that died left unsaved; true when the user
    // took it back (it is then the open job, unsaved, under its old file name).
    bool offerRecovery();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createDocks();
    void createMenus();
    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    void createJobMenu();
    void updateTitle();
    bool maybeSave();  // false when the user cancels
    bool save();
    bool saveAs();
    void newJob();
    void openDialog();
    void exportDialog();
    // Where Save As and the exports start: next to the job file with `extension`, or named after
    // the job ("Orders enrichment" -> "orders-enrichment.sql") in the dialog's folder.
    QString suggestedFileName(const QString& extension) const;
    void exportDeploymentYaml();
    void showSettings();
    void focusNode(const QString& nodeId);
    void restoreWindowState();
    void fitWhenLaidOut();
    void createRunDocks();
    void createRunActions(QMenu* job);
    void updateRunActions();
    void onRunFinished(runtime::protocol::Outcome outcome, const QString& message, const QString& location);
    void setUpAutosave();

    JobDocument* m_document;
    JobScene* m_scene;
    JobView* m_view;
    SqlPreview* m_sqlPreview;
    PaletteWidget* m_palette;
    PropertyPanel* m_properties;
    DiagnosticsPanel* m_diagnostics;
    RecentFiles* m_recentFiles = nullptr;
    QLabel* m_zoomLabel;
    QLabel* m_problemsLabel;
    ExportGate m_exportGate;
    RunSession* m_run;
    RunPanel* m_runPanel;
    RunLog* m_runLog;
    DataPreview* m_dataPreview;
    std::function<bool(const QString& jobName)> m_confirmWrite;
    QSet<QString> m_writeConfirmed;  // jobs whose writing runs were confirmed this session
    RunOptions m_lastRun;
    bool m_preparingRun = false;
    std::unique_ptr<RunOverlay> m_runOverlay;
    std::unique_ptr<RunSecrets> m_runSecrets;
    QAction* m_runAction = nullptr;
    QAction* m_stopAction = nullptr;
    QAction* m_cancelAction = nullptr;
    QAction* m_resumeAction = nullptr;
    QLabel* m_runStateLabel = nullptr;
    std::unique_ptr<RecoveryStore> m_recovery;
    HelpBrowser* m_help = nullptr;  // made when first asked for
    bool m_autosavePending = false;  // edits since the recovery file was last written
};

}  // namespace sw::ui
