#include "run/run_options_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>
#include <limits>

#include "i18n/core_text.h"
#include "kinds/catalog.h"
#include "run/run_profile_box.h"
#include "run/run_profile_editor_dialog.h"

namespace sw::ui {

RunOptionsDialog::RunOptionsDialog(const RunOptions& options, const model::JobGraph& job, QWidget* parent)
    : QDialog(parent), m_job(job), m_preview(new QRadioButton(tr("&Preview: write to no sink, show what they would write"))),
      m_write(new QRadioButton(tr("&Write to the sinks' tables and topics"))), m_maxRecords(new QSpinBox),
      m_profile(new RunProfileBox), m_duration(new QDoubleSpinBox), m_resume(new QCheckBox(tr("&Resume from the newest checkpoint of this kind of run"))),
      m_toCurrentEnd(new QCheckBox(tr("Read to the topics' &current end, then stop"))) {
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
                            "continues from a preview's state. A checkpoint's positions win over the start "
                            "positions below."));
    m_toCurrentEnd->setChecked(options.toCurrentEnd);
    m_toCurrentEnd->setToolTip(tr("Each partition is read up to the last message it holds when reading begins; "
                                  "the run ends once all are. Messages that arrive later are left for the next run."));

    m_profile->setProfileName(options.profile);
    auto* editProfiles = new QPushButton(tr("Pro&files…"));
    connect(editProfiles, &QPushButton::clicked, this, [this] {
        RunProfileEditorDialog editor(runtime::RunProfileStore::forUser(), this);
        if (editor.exec() == QDialog::Accepted) m_profile->reload();
    });
    auto* profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profile, 1);
    profileRow->addWidget(editProfiles);
    auto* form = new QFormLayout;
    form->addRow(tr("Reach endpoints:"), profileRow);
    form->addRow(tr("Stop after:"), m_maxRecords);
    form->addRow(tr("Stop after time:"), m_duration);
    auto* sources = new QGroupBox(tr("Sources, for this run only"));
    auto* sourceForm = new QFormLayout(sources);
    sourceForm->addRow(m_toCurrentEnd);
    addSourceStarts(options, job, sourceForm);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Run"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_preview);
    layout->addWidget(m_write);
    layout->addLayout(form);
    layout->addWidget(m_resume);
    layout->addWidget(sources);
    sources->setVisible(!m_sources.empty());
    layout->addWidget(buttons);
}

void RunOptionsDialog::addSourceStarts(const RunOptions& options, const model::JobGraph& job, QFormLayout* form) {
    for (const model::Node& node : job.nodes) {
        const kinds::NodeKind* kind = kinds::Catalog::instance().find(node.kind);
        if (!kind || kind->startPositionOption.empty()) continue;
        const kinds::OptionDescriptor* option = kind->option(kind->startPositionOption);
        if (!option) continue;
        SourceStart source{node.id, kind, new QComboBox, new QLineEdit};
        source.mode->setObjectName(QStringLiteral("startMode:") + QString::fromStdString(node.id));
        source.mode->addItem(tr("as the job says (%1)").arg(QString::fromStdString(kind->effectiveOption(node, option->id))),
                             QString());
        for (const std::string& value : option->allowedValues)
            source.mode->addItem(QString::fromStdString(value), QString::fromStdString(value));
        const auto overrides = options.optionOverrides.find(node.id);
        if (overrides != options.optionOverrides.end()) {
            if (const auto mode = overrides->second.find(option->id); mode != overrides->second.end())
                source.mode->setCurrentIndex(std::max(0, source.mode->findData(QString::fromStdString(mode->second))));
            if (const kinds::OptionDescriptor* valueOption = valueOptionOf(*kind, source.mode->currentData().toString()))
                if (const auto value = overrides->second.find(valueOption->id); value != overrides->second.end())
                    source.value->setText(QString::fromStdString(value->second));
        }
        m_sources.push_back(source);
        updateValueEdit(source, node);
        connect(source.mode, &QComboBox::currentIndexChanged, this, [this, index = m_sources.size() - 1] {
            const SourceStart& changed = m_sources[index];
            if (const model::Node* current = m_job.findNode(changed.nodeId)) {
                changed.value->clear();
                updateValueEdit(changed, *current);
            }
        });
        auto* row = new QHBoxLayout;
        row->addWidget(source.mode);
        row->addWidget(source.value, 1);
        form->addRow(tr("%1 starts at:").arg(QString::fromStdString(node.name.empty() ? node.id : node.name)), row);
    }
}

const kinds::OptionDescriptor* RunOptionsDialog::valueOptionOf(const kinds::NodeKind& kind, const QString& mode) {
    for (const kinds::OptionDescriptor& option : kind.options) {
        if (option.visibleWhenOption == kind.startPositionOption &&
            std::ranges::find(option.visibleWhenValues, mode.toStdString()) != option.visibleWhenValues.end())
            return &option;
    }
    return nullptr;
}

void RunOptionsDialog::updateValueEdit(const SourceStart& source, const model::Node& node) {
    const QString mode = source.mode->currentData().toString();
    const kinds::OptionDescriptor* option = mode.isEmpty() ? nullptr : valueOptionOf(*source.kind, mode);
    source.value->setEnabled(option != nullptr);
    source.value->setPlaceholderText(option ? coreText(option->label) : QString());
    source.value->setToolTip(option ? coreText(option->help) : QString());
    if (option && source.value->text().isEmpty())
        source.value->setText(QString::fromStdString(source.kind->effectiveOption(node, option->id)));
}

QComboBox* RunOptionsDialog::startBox(const std::string& nodeId) const {
    const auto it = std::ranges::find(m_sources, nodeId, &SourceStart::nodeId);
    return it == m_sources.end() ? nullptr : it->mode;
}

QLineEdit* RunOptionsDialog::startValueEdit(const std::string& nodeId) const {
    const auto it = std::ranges::find(m_sources, nodeId, &SourceStart::nodeId);
    return it == m_sources.end() ? nullptr : it->value;
}

RunOptions RunOptionsDialog::options() const {
    RunOptions options;
    options.writeToSinks = m_write->isChecked();
    if (m_maxRecords->value() > 0) options.maxRecords = static_cast<quint64>(m_maxRecords->value());
    if (m_duration->value() > 0) options.durationSeconds = m_duration->value();
    options.resume = m_resume->isChecked();
    options.profile = m_profile->profileName();
    options.toCurrentEnd = m_toCurrentEnd->isChecked() && !m_sources.empty();
    for (const SourceStart& source : m_sources) {
        const QString mode = source.mode->currentData().toString();
        if (mode.isEmpty()) continue;
        auto& values = options.optionOverrides[source.nodeId];
        values[source.kind->startPositionOption] = mode.toStdString();
        if (const kinds::OptionDescriptor* option = valueOptionOf(*source.kind, mode))
            values[option->id] = source.value->text().trimmed().toStdString();
    }
    return options;
}

}  // namespace sw::ui
