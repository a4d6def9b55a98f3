#include "run/run_options_dialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <limits>

namespace sw::ui {

RunOptionsDialog::RunOptionsDialog(const RunOptions& options, QWidget* parent)
    : QDialog(parent), m_preview(new QRadioButton(tr("&Preview: write to no sink, show what they would write"))),
      m_write(new QRadioButton(tr("&Write to the sinks' tables and topics"))), m_maxRecords(new QSpinBox),
      m_duration(new QDoubleSpinBox), m_resume(new QCheckBox(tr("&Resume from the newest checkpoint of this kind of run"))) {
    setWindowTitle(tr("Run with Options"));
    (options.writeToSinks ? m_write : m_preview)->setChecked(true);
    m_maxRecords->setRange(0, std::numeric_limits<int>::max());
    m_maxRecords->setSpecialValueText(tr("no limit"));
    m_maxRecords->setSuffix(tr(" records per source"));
    m_maxRecords->setValue(options.maxRecords ? int(std::min<quint64>(*options.maxRecords, std::numeric_limits<int>::max())) : 0);
    m_duration->setRange(0, 7 * 24 * 3600);
    m_duration->setDecimals(1);
    m_duration->setSpecialValueText(tr("no limit"));
    m_duration->setSuffix(tr(" s"));
    if (!options.maxRecords) m_duration->setValue(options.durationSeconds.value_or(0));
    m_resume->setChecked(options.resume);
    // One limit per run (the CLI takes --max-records or --duration): setting one clears the other.
    connect(m_maxRecords, &QSpinBox::valueChanged, this, [this](int value) {
        if (value > 0) m_duration->setValue(0);
    });
    connect(m_duration, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        if (value > 0) m_maxRecords->setValue(0);
    });
    m_resume->setToolTip(tr("Preview runs and runs that write keep separate checkpoints, so a run that writes never "
                            "continues from a preview's state."));

    auto* form = new QFormLayout;
    form->addRow(tr("Stop after:"), m_maxRecords);
    form->addRow(tr("Stop after time:"), m_duration);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Run"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_preview);
    layout->addWidget(m_write);
    layout->addLayout(form);
    layout->addWidget(m_resume);
    layout->addWidget(buttons);
}

RunOptions RunOptionsDialog::options() const {
    RunOptions options;
    options.writeToSinks = m_write->isChecked();
    if (m_maxRecords->value() > 0) options.maxRecords = static_cast<quint64>(m_maxRecords->value());
    if (m_duration->value() > 0) options.durationSeconds = m_duration->value();
    options.resume = m_resume->isChecked();
    return options;
}

}  // namespace sw::ui
