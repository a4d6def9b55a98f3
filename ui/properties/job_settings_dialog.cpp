#include "properties/job_settings_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include "commands/change_settings_command.h"
#include "document/job_document.h"
#include "model/duration.h"
#include "properties/text_option_field.h"
#include "commands/rename_job_command.h"
#include "validate/target_engine.h"

namespace sw::ui {
namespace {

const model::JobSettings kDefaults{};
const QString kErrorStyle = QStringLiteral("QLineEdit { border: 1px solid #d32f2f; border-radius: 2px; padding: 1px 2px; }");

QString durationText(std::chrono::milliseconds value) { return QString::fromStdString(model::formatDuration(value)); }

std::optional<std::chrono::milliseconds> durationOf(const QLineEdit* edit, std::chrono::milliseconds fallback) {
    const QString text = edit->text().trimmed();
    if (text.isEmpty()) return fallback;  // empty = the default shown as placeholder
    auto parsed = model::parseDuration(text.toStdString());
    if (!parsed) return std::nullopt;
    return *parsed;
}

// Error text for a field ("" = fine), shown as red border and tooltip.
void mark(QLineEdit* edit, const QString& error) {
    edit->setStyleSheet(error.isEmpty() ? QString() : kErrorStyle);
    edit->setToolTip(error);
}

QString memoryError(const QString& text) {
    kinds::OptionDescriptor memory;
    memory.type = kinds::ValueType::MemorySize;
    return TextOptionField::validate(memory, text);
}

}  // namespace

JobSettingsDialog::JobSettingsDialog(JobDocument* document, QWidget* parent) : QDialog(parent), m_document(document) {
    setWindowTitle(tr("Job settings"));
    auto* layout = new QVBoxLayout(this);
    m_name = new QLineEdit(QString::fromStdString(document->job().name), this);
    m_name->setObjectName(QStringLiteral("jobName"));
    m_name->setPlaceholderText(tr("e.g. orders-enrichment"));
    m_name->setToolTip(tr("Saved in the job file and named in the exported SQL's header."));
    m_engine = new QComboBox(this);
    m_engine->setObjectName(QStringLiteral("engine"));
    m_engine->addItem(tr("Newest of the export dialect (VVR 11 / Flink 2.0)"), QString());
    for (const validate::TargetEngine& engine : validate::targetEngines()) {
        m_engine->addItem(QString::fromUtf8(engine.label.data(), qsizetype(engine.label.size())),
                          QString::fromUtf8(engine.id.data(), qsizetype(engine.id.size())));
    }
    m_engine->setToolTip(tr("The engine the job will run on. Expressions may use only the built-in functions it has."));
    auto* nameRow = new QFormLayout;
    nameRow->addRow(tr("Job &name:"), m_name);
    nameRow->addRow(tr("&Engine:"), m_engine);
    layout->addLayout(nameRow);
    layout->addWidget(buildCheckpointing());
    layout->addWidget(buildExecution());
    layout->addWidget(buildExtra(), 1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &JobSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &JobSettingsDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { showSettings(kDefaults); });
    showSettings(document->job().settings);
    resize(520, 640);
}

QLineEdit* JobSettingsDialog::durationEdit(std::chrono::milliseconds defaultValue) {
    auto* edit = new QLineEdit(this);
    edit->setPlaceholderText(tr("default: %1").arg(durationText(defaultValue)));
    connect(edit, &QLineEdit::textChanged, this, &JobSettingsDialog::revalidate);
    return edit;
}

QWidget* JobSettingsDialog::buildCheckpointing() {
    auto* box = new QGroupBox(tr("Checkpointing"), this);
    auto* form = new QFormLayout(box);
    m_checkpointInterval = durationEdit(kDefaults.checkpointInterval);
    m_checkpointTimeout = durationEdit(kDefaults.checkpointTimeout);
    m_tolerableFailures = new QSpinBox(box);
    m_tolerableFailures->setRange(0, 1000);
    m_checkpointMode = new QComboBox(box);
    for (auto mode : {model::CheckpointMode::ExactlyOnce, model::CheckpointMode::AtLeastOnce}) {
        m_checkpointMode->addItem(QString::fromStdString(model::toString(mode)), int(mode));
    }
    form->addRow(tr("Interval"), m_checkpointInterval);
    form->addRow(tr("Timeout"), m_checkpointTimeout);
    form->addRow(tr("Tolerable failures"), m_tolerableFailures);
    form->addRow(tr("Mode"), m_checkpointMode);
    return box;
}

QWidget* JobSettingsDialog::buildExecution() {
    auto* box = new QGroupBox(tr("Execution"), this);
    auto* form = new QFormLayout(box);
    m_miniBatchEnabled = new QCheckBox(tr("Enabled"), box);
    m_miniBatchLatency = durationEdit(kDefaults.miniBatchLatency);
    m_miniBatchSize = new QLineEdit(box);
    m_miniBatchSize->setPlaceholderText(tr("default: %1").arg(kDefaults.miniBatchSize));
    connect(m_miniBatchSize, &QLineEdit::textChanged, this, &JobSettingsDialog::revalidate);
    connect(m_miniBatchEnabled, &QCheckBox::toggled, this, [this](bool on) {
        m_miniBatchLatency->setEnabled(on);
        m_miniBatchSize->setEnabled(on);
    });
    m_stateTtl = durationEdit(kDefaults.stateTtl);
    m_parallelism = new QSpinBox(box);
    m_parallelism->setRange(1, 4096);
    m_objectReuse = new QCheckBox(tr("Reuse objects between operators"), box);
    m_networkFraction = new QDoubleSpinBox(box);
    m_networkFraction->setRange(0.01, 0.99);
    m_networkFraction->setSingleStep(0.05);
    m_networkFraction->setDecimals(2);
    m_networkMin = new QLineEdit(box);
    m_networkMax = new QLineEdit(box);
    m_networkMin->setPlaceholderText(tr("default: %1").arg(QString::fromStdString(kDefaults.networkMemoryMin)));
    m_networkMax->setPlaceholderText(tr("default: %1").arg(QString::fromStdString(kDefaults.networkMemoryMax)));
    connect(m_networkMin, &QLineEdit::textChanged, this, &JobSettingsDialog::revalidate);
    connect(m_networkMax, &QLineEdit::textChanged, this, &JobSettingsDialog::revalidate);

    form->addRow(tr("Mini-batch"), m_miniBatchEnabled);
    form->addRow(tr("Mini-batch latency"), m_miniBatchLatency);
    form->addRow(tr("Mini-batch size"), m_miniBatchSize);
    form->addRow(tr("State TTL"), m_stateTtl);
    form->addRow(tr("Parallelism"), m_parallelism);
    form->addRow(tr("Object reuse"), m_objectReuse);
    form->addRow(tr("Network memory fraction"), m_networkFraction);
    form->addRow(tr("Network memory min"), m_networkMin);
    form->addRow(tr("Network memory max"), m_networkMax);
    return box;
}

QWidget* JobSettingsDialog::buildExtra() {
    auto* box = new QGroupBox(tr("Further configuration (key = value)"), this);
    auto* layout = new QVBoxLayout(box);
    m_extra = new QTableWidget(0, 2, box);
    m_extra->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_extra->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_extra->verticalHeader()->setVisible(false);
    layout->addWidget(m_extra);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add"), box);
    auto* remove = new QPushButton(tr("Remove"), box);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        m_extra->insertRow(m_extra->rowCount());
        m_extra->setItem(m_extra->rowCount() - 1, 0, new QTableWidgetItem);
        m_extra->setItem(m_extra->rowCount() - 1, 1, new QTableWidgetItem);
        m_extra->editItem(m_extra->item(m_extra->rowCount() - 1, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_extra->currentRow() >= 0) m_extra->removeRow(m_extra->currentRow());
    });
    return box;
}

void JobSettingsDialog::showSettings(const model::JobSettings& settings) {
    const int engine = m_engine->findData(QString::fromStdString(settings.engine));
    m_engine->setCurrentIndex(engine < 0 ? 0 : engine);
    m_checkpointInterval->setText(durationText(settings.checkpointInterval));
    m_checkpointTimeout->setText(durationText(settings.checkpointTimeout));
    m_tolerableFailures->setValue(settings.tolerableFailedCheckpoints);
    m_checkpointMode->setCurrentIndex(m_checkpointMode->findData(int(settings.checkpointMode)));
    m_miniBatchEnabled->setChecked(settings.miniBatchEnabled);
    m_miniBatchLatency->setText(durationText(settings.miniBatchLatency));
    m_miniBatchSize->setText(QString::number(settings.miniBatchSize));
    m_miniBatchLatency->setEnabled(settings.miniBatchEnabled);
    m_miniBatchSize->setEnabled(settings.miniBatchEnabled);
    m_stateTtl->setText(durationText(settings.stateTtl));
    m_parallelism->setValue(settings.parallelism);
    m_objectReuse->setChecked(settings.objectReuse);
    m_networkFraction->setValue(settings.networkMemoryFraction);
    m_networkMin->setText(QString::fromStdString(settings.networkMemoryMin));
    m_networkMax->setText(QString::fromStdString(settings.networkMemoryMax));
    m_extra->setRowCount(0);
    for (const auto& [key, value] : settings.extra) {
        const int row = m_extra->rowCount();
        m_extra->insertRow(row);
        m_extra->setItem(row, 0, new QTableWidgetItem(QString::fromStdString(key)));
        m_extra->setItem(row, 1, new QTableWidgetItem(QString::fromStdString(value)));
    }
    revalidate();
}

std::optional<model::JobSettings> JobSettingsDialog::enteredSettings() const {
    model::JobSettings s;
    const auto interval = durationOf(m_checkpointInterval, kDefaults.checkpointInterval);
    const auto timeout = durationOf(m_checkpointTimeout, kDefaults.checkpointTimeout);
    const auto latency = durationOf(m_miniBatchLatency, kDefaults.miniBatchLatency);
    const auto ttl = durationOf(m_stateTtl, kDefaults.stateTtl);
    bool sizeOk = true;
    const QString sizeText = m_miniBatchSize->text().trimmed();
    const long long size = sizeText.isEmpty() ? kDefaults.miniBatchSize : sizeText.toLongLong(&sizeOk);
    if (!interval || !timeout || !latency || !ttl || !sizeOk || size <= 0 || !memoryError(m_networkMin->text()).isEmpty() ||
        !memoryError(m_networkMax->text()).isEmpty()) {
        return std::nullopt;
    }
    s.engine = m_engine->currentData().toString().toStdString();
    s.checkpointInterval = *interval;
    s.checkpointTimeout = *timeout;
    s.tolerableFailedCheckpoints = m_tolerableFailures->value();
    s.checkpointMode = model::CheckpointMode(m_checkpointMode->currentData().toInt());
    s.miniBatchEnabled = m_miniBatchEnabled->isChecked();
    s.miniBatchLatency = *latency;
    s.miniBatchSize = size;
    s.stateTtl = *ttl;
    s.parallelism = m_parallelism->value();
    s.objectReuse = m_objectReuse->isChecked();
    s.networkMemoryFraction = m_networkFraction->value();
    const auto memory = [](const QLineEdit* edit, const std::string& fallback) {
        const QString text = edit->text().trimmed();
        return text.isEmpty() ? fallback : text.toStdString();
    };
    s.networkMemoryMin = memory(m_networkMin, kDefaults.networkMemoryMin);
    s.networkMemoryMax = memory(m_networkMax, kDefaults.networkMemoryMax);
    for (int row = 0; row < m_extra->rowCount(); ++row) {
        const QTableWidgetItem* key = m_extra->item(row, 0);
        const QTableWidgetItem* value = m_extra->item(row, 1);
        if (!key || key->text().trimmed().isEmpty()) continue;  // a half-entered row is dropped
        s.extra[key->text().trimmed().toStdString()] = value ? value->text().trimmed().toStdString() : std::string();
    }
    return s;
}

void JobSettingsDialog::revalidate() {
    for (QLineEdit* edit : {m_checkpointInterval, m_checkpointTimeout, m_miniBatchLatency, m_stateTtl}) {
        if (!edit) return;  // still building
        const auto parsed = model::parseDuration(edit->text().trimmed().toStdString());
        mark(edit, edit->text().trimmed().isEmpty() || parsed ? QString() : QString::fromStdString(parsed.error().message));
    }
    if (!m_miniBatchSize || !m_networkMin || !m_networkMax) return;
    bool ok = true;
    const QString size = m_miniBatchSize->text().trimmed();
    mark(m_miniBatchSize, size.isEmpty() || (size.toLongLong(&ok) > 0 && ok) ? QString() : tr("a positive whole number"));
    mark(m_networkMin, memoryError(m_networkMin->text()));
    mark(m_networkMax, memoryError(m_networkMax->text()));
    if (m_buttons) m_buttons->button(QDialogButtonBox::Ok)->setEnabled(enteredSettings().has_value());
}

void JobSettingsDialog::accept() {
    const auto settings = enteredSettings();
    if (!settings) return;
    const model::JobSettings& current = m_document->job().settings;
    const std::string name = m_name->text().trimmed().toStdString();
    const bool renamed = name != m_document->job().name;
    const bool changed = !(*settings == current);
    if (renamed || changed) {
        auto* step = new QUndoCommand;
        if (renamed) new RenameJobCommand(m_document, m_document->job().name, name, step);
        if (changed) new ChangeSettingsCommand(m_document, current, *settings, {}, step);
        step->setText(changed ? tr("Change job settings") : step->child(0)->text());
        m_document->undoStack()->push(step);
    }
    QDialog::accept();
}

}  // namespace sw::ui
