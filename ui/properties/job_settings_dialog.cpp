#include "properties/job_settings_dialog.h"

#include <QBrush>
#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTabWidget>
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

// A table with Add and Remove buttons under it; Add appends an empty row and edits its first cell.
QWidget* tableWithButtons(QTableWidget* table, const QString& addText, const QString& removeText, QWidget* parent) {
    auto* page = new QWidget(parent);
    auto* layout = new QVBoxLayout(page);
    table->setParent(page);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->verticalHeader()->setVisible(false);
    layout->addWidget(table);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(addText, page);
    auto* remove = new QPushButton(removeText, page);
    add->setObjectName(QStringLiteral("add"));
    remove->setObjectName(QStringLiteral("remove"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    QObject::connect(add, &QPushButton::clicked, table, [table] {
        const int row = table->rowCount();
        table->insertRow(row);
        for (int column = 0; column < table->columnCount(); ++column) table->setItem(row, column, new QTableWidgetItem);
        table->setCurrentCell(row, 0);
        table->editItem(table->item(row, 0));
    });
    QObject::connect(remove, &QPushButton::clicked, table, [table] {
        if (table->currentRow() >= 0) table->removeRow(table->currentRow());
    });
    return page;
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
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildGeneral(), tr("&General"));
    m_tabs->addTab(buildFunctions(), tr("&Functions"));
    m_tabs->addTab(buildExtra(), tr("&Configuration"));
    layout->addWidget(m_tabs, 1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &JobSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &JobSettingsDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { showSettings(kDefaults); });
    showSettings(document->job().settings);
    resize(520, 640);
}

QWidget* JobSettingsDialog::buildGeneral() {
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* nameRow = new QFormLayout;
    nameRow->addRow(tr("Job &name:"), m_name);
    nameRow->addRow(tr("&Engine:"), m_engine);
    layout->addLayout(nameRow);
    layout->addWidget(buildCheckpointing());
    layout->addWidget(buildExecution());
    layout->addStretch();
    return page;
}

QWidget* JobSettingsDialog::buildFunctions() {
    m_functions = new QTableWidget(0, 4, this);
    m_functions->setObjectName(QStringLiteral("functions"));
    m_functions->setHorizontalHeaderLabels({tr("Name"), tr("Java class"), tr("Argument types"), tr("Returns")});
    connect(m_functions, &QTableWidget::itemChanged, this, &JobSettingsDialog::revalidate);
    QWidget* page = tableWithButtons(m_functions, tr("Add function"), tr("Remove"), this);
    // The class name is the long one: it takes the room, the others fit their text.
    for (int column : {0, 2, 3}) m_functions->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    auto* help = new QLabel(tr("User-defined functions your expressions may call, e.g. <i>mask_phone</i>, "
                               "<i>com.example.udf.MaskPhone</i>, <i>STRING, INT</i>, <i>STRING</i>. The export "
                               "declares them with CREATE TEMPORARY FUNCTION; add the JAR holding the classes to the "
                               "deployment. A local run cannot run them."),
                            page);
    help->setWordWrap(true);
    qobject_cast<QVBoxLayout*>(page->layout())->insertWidget(0, help);
    return page;
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
    m_extra = new QTableWidget(0, 2, this);
    m_extra->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    QWidget* page = tableWithButtons(m_extra, tr("Add"), tr("Remove"), this);
    auto* help = new QLabel(tr("Further Flink configuration, key = value, passed through as written."), page);
    help->setWordWrap(true);
    qobject_cast<QVBoxLayout*>(page->layout())->insertWidget(0, help);
    return page;
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
    const QSignalBlocker quiet(m_functions);  // one revalidate below, not one per cell
    m_functions->setRowCount(0);
    for (const model::UserFunction& function : settings.functions) {
        const int row = m_functions->rowCount();
        m_functions->insertRow(row);
        for (const auto& [column, text] : {std::pair{0, function.name}, std::pair{1, function.className},
                                           std::pair{2, model::typeListText(function.arguments)},
                                           std::pair{3, function.result.toSql()}}) {
            m_functions->setItem(row, column, new QTableWidgetItem(QString::fromStdString(text)));
        }
    }
    revalidate();
}

std::optional<std::vector<model::UserFunction>> JobSettingsDialog::enteredFunctions() const {
    std::vector<model::UserFunction> functions;
    const auto cell = [this](int row, int column) {
        const QTableWidgetItem* item = m_functions->item(row, column);
        return item ? item->text().trimmed().toStdString() : std::string();
    };
    for (int row = 0; row < m_functions->rowCount(); ++row) {
        model::UserFunction function;
        function.name = cell(row, 0);
        if (function.name.empty()) continue;  // a half-entered row is dropped
        function.className = cell(row, 1);
        auto arguments = model::parseTypeList(cell(row, 2));
        auto result = model::FlinkType::parse(cell(row, 3));
        if (!arguments || !result) return std::nullopt;
        function.arguments = std::move(arguments).value();
        function.result = std::move(result).value();
        functions.push_back(std::move(function));
    }
    return functions;
}

std::optional<model::JobSettings> JobSettingsDialog::enteredSettings() const {
    model::JobSettings s;
    const auto functions = enteredFunctions();
    if (!functions) return std::nullopt;
    s.functions = *functions;
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
    if (!m_miniBatchSize || !m_networkMin || !m_networkMax || !m_functions) return;
    bool ok = true;
    const QString size = m_miniBatchSize->text().trimmed();
    mark(m_miniBatchSize, size.isEmpty() || (size.toLongLong(&ok) > 0 && ok) ? QString() : tr("a positive whole number"));
    mark(m_networkMin, memoryError(m_networkMin->text()));
    mark(m_networkMax, memoryError(m_networkMax->text()));
    // A type cell that does not parse turns red with the parser's message; the row blocks OK.
    const QSignalBlocker quiet(m_functions);
    for (int row = 0; row < m_functions->rowCount(); ++row) {
        for (int column : {2, 3}) {
            QTableWidgetItem* item = m_functions->item(row, column);
            if (!item) continue;
            const std::string text = item->text().trimmed().toStdString();
            QString error;
            if (column == 2) {
                if (auto types = model::parseTypeList(text); !types) error = QString::fromStdString(types.error().message);
            } else if (auto type = model::FlinkType::parse(text); !type) {
                error = text.empty() ? tr("the return type is required") : QString::fromStdString(type.error().message);
            }
            item->setBackground(error.isEmpty() ? QBrush() : QBrush(QColor(0xd3, 0x2f, 0x2f, 60)));
            item->setToolTip(error);
        }
    }
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
