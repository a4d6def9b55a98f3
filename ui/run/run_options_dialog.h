#pragma once
// RunOptionsDialog: per-run settings that leave the job as it is: preview or write, a record or
// time limit, resuming from the newest checkpoint of that kind of run, and for Kafka sources
// where this run starts reading and whether it stops at the topics' current end.

#include <QDialog>
#include <vector>

#include "model/job_graph.h"
#include "run/run_options.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace sw::kinds {
struct OptionDescriptor;
struct NodeKind;
}  // namespace sw::kinds

namespace sw::ui {

class RunProfileBox;

class RunOptionsDialog : public QDialog {
    Q_OBJECT
public:
    // `job` names the sources whose start can be changed for this run.
    RunOptionsDialog(const RunOptions& options, const model::JobGraph& job, QWidget* parent = nullptr);

    RunOptions options() const;
    QRadioButton* writeButton() const { return m_write; }
    QSpinBox* maxRecordsBox() const { return m_maxRecords; }
    QDoubleSpinBox* durationBox() const { return m_duration; }
    QCheckBox* resumeBox() const { return m_resume; }
    QCheckBox* toCurrentEndBox() const { return m_toCurrentEnd; }
    RunProfileBox* profileBox() const { return m_profile; }
    // The start-position editor of the source `nodeId`, or nullptr when it has none.
    QComboBox* startBox(const std::string& nodeId) const;
    QLineEdit* startValueEdit(const std::string& nodeId) const;

private:
    // One source whose start position (scan.startup.mode) this run may change.
    struct SourceStart {
        std::string nodeId;
        const kinds::NodeKind* kind = nullptr;
        QComboBox* mode = nullptr;    // "" = as the job says, else one of the option's values
        QLineEdit* value = nullptr;   // the option the chosen mode needs (a timestamp, offsets)
    };
    void addSourceStarts(const RunOptions& options, const model::JobGraph& job, QFormLayout* form);
    // The option `mode` needs besides the mode itself (scan.startup.timestamp-millis ...), if any.
    static const kinds::OptionDescriptor* valueOptionOf(const kinds::NodeKind& kind, const QString& mode);
    void updateValueEdit(const SourceStart& source, const model::Node& node);

    model::JobGraph m_job;
    QRadioButton* m_preview;
    QRadioButton* m_write;
    QSpinBox* m_maxRecords;
    RunProfileBox* m_profile;
    QDoubleSpinBox* m_duration;
    QCheckBox* m_resume;
    QCheckBox* m_toCurrentEnd;
    std::vector<SourceStart> m_sources;
};

}  // namespace sw::ui
