#pragma once
// JobSettingsDialog: the job's name and engine, checkpointing, mini-batch, state TTL, parallelism,
// network memory (General tab), its user-defined functions (Functions tab) and extra key = value
// entries (Configuration tab); OK applies them as one undo step, Cancel changes nothing.

#include <QDialog>

#include "model/job_settings.h"

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;
class QTableWidget;
class QTabWidget;

namespace sw::ui {

class JobDocument;

class JobSettingsDialog : public QDialog {
    Q_OBJECT
public:
    JobSettingsDialog(JobDocument* document, QWidget* parent = nullptr);

    // The settings as currently entered; nothing when a field does not parse (then OK is disabled).
    std::optional<model::JobSettings> enteredSettings() const;
    void showSettings(const model::JobSettings& settings);

    QLineEdit* jobName() const { return m_name; }
    QComboBox* engine() const { return m_engine; }
    QLineEdit* checkpointInterval() const { return m_checkpointInterval; }
    QCheckBox* miniBatchEnabled() const { return m_miniBatchEnabled; }
    QLineEdit* miniBatchLatency() const { return m_miniBatchLatency; }
    QSpinBox* parallelism() const { return m_parallelism; }
    QTableWidget* extraTable() const { return m_extra; }
    // Columns: name, Java class, argument types ("STRING, INT"), return type.
    QTableWidget* functionsTable() const { return m_functions; }
    QTabWidget* tabs() const { return m_tabs; }
    QDialogButtonBox* buttons() const { return m_buttons; }

    void accept() override;

private:
    QWidget* buildCheckpointing();
    QWidget* buildExecution();
    QWidget* buildGeneral();
    QWidget* buildFunctions();
    QWidget* buildExtra();
    // The declared functions, or the first row whose types do not parse (marked in the table).
    std::optional<std::vector<model::UserFunction>> enteredFunctions() const;
    QLineEdit* durationEdit(std::chrono::milliseconds defaultValue);
    void revalidate();

    JobDocument* m_document;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_checkpointInterval = nullptr;
    QLineEdit* m_checkpointTimeout = nullptr;
    QSpinBox* m_tolerableFailures = nullptr;
    QComboBox* m_checkpointMode = nullptr;
    QComboBox* m_engine = nullptr;
    QCheckBox* m_miniBatchEnabled = nullptr;
    QLineEdit* m_miniBatchLatency = nullptr;
    QLineEdit* m_miniBatchSize = nullptr;
    QLineEdit* m_stateTtl = nullptr;
    QSpinBox* m_parallelism = nullptr;
    QCheckBox* m_objectReuse = nullptr;
    QDoubleSpinBox* m_networkFraction = nullptr;
    QLineEdit* m_networkMin = nullptr;
    QLineEdit* m_networkMax = nullptr;
    QTableWidget* m_extra = nullptr;
    QTableWidget* m_functions = nullptr;
    QTabWidget* m_tabs = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

}  // namespace sw::ui
