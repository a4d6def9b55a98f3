#pragma once
// RunOptionsDialog: per-run settings that leave the job as it is: preview or write, a record or
// time limit, and resuming from the newest checkpoint of that kind of run.

#include <QDialog>

#include "run/run_options.h"

class QCheckBox;
class QDoubleSpinBox;
class QRadioButton;
class QSpinBox;

namespace sw::ui {

class RunOptionsDialog : public QDialog {
    Q_OBJECT
public:
    RunOptionsDialog(const RunOptions& options, QWidget* parent = nullptr);

    RunOptions options() const;
    QRadioButton* writeButton() const { return m_write; }
    QSpinBox* maxRecordsBox() const { return m_maxRecords; }
    QDoubleSpinBox* durationBox() const { return m_duration; }
    QCheckBox* resumeBox() const { return m_resume; }

private:
    QRadioButton* m_preview;
    QRadioButton* m_write;
    QSpinBox* m_maxRecords;
    QDoubleSpinBox* m_duration;
    QCheckBox* m_resume;
};

}  // namespace sw::ui
