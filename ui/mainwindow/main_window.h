#pragma once
// MainWindow: canvas, SQL preview, palette, properties and diagnostics around one JobDocument.

#include <QMainWindow>

#include "mainwindow/export_gate.h"

class QActionGroup;
class QLabel;

namespace sw::ui {

class DiagnosticsPanel;
class JobDocument;
class JobScene;
class JobView;
class PaletteWidget;
class PropertyPanel;
class RecentFiles;
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
    void exportDeploymentYaml();
    void showSettings();
    void focusNode(const QString& nodeId);
    void restoreWindowState();
    void fitWhenLaidOut();

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
};

}  // namespace sw::ui
