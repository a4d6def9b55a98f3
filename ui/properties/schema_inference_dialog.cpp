#include "properties/schema_inference_dialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "model/schema_diff.h"

namespace sw::ui {

namespace {

QString text(const std::string& value) {
    return QString::fromStdString(value);
}

// What the proposal holds beyond its columns, one line each.
QStringList remarksOf(const runtime::SchemaProposal& proposal) {
    QStringList lines;
    for (const runtime::ProposedComputedColumn& computed : proposal.computedColumns)
        lines << QObject::tr("Computed column (not applied): %1 AS %2").arg(text(computed.name), text(computed.expression));
    for (const auto& [key, value] : proposal.formatOptions)
        lines << QObject::tr("Format option (not applied): '%1' = '%2'").arg(text(key), text(value));
    for (const runtime::MalformedMessage& message : proposal.malformed)
        lines << QObject::tr("Malformed message at partition %1, offset %2: %3")
                     .arg(message.partition)
                     .arg(message.offset)
                     .arg(text(message.reason));
    for (const std::string& note : proposal.notes) lines << text(note);
    return lines;
}

}  // namespace

SchemaInferenceDialog::SchemaInferenceDialog(const QString& nodeName, const runtime::SchemaProposal& proposal,
                                             const model::Schema& current, QWidget* parent)
    : QDialog(parent),
      m_columns(new QTreeWidget(this)),
      m_changes(new QListWidget(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Infer schema of %1").arg(nodeName));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Proposed from %1:").arg(text(proposal.source)), this));

    m_columns->setColumnCount(3);
    m_columns->setHeaderLabels({tr("Column"), tr("Type"), tr("Evidence")});
    m_columns->setRootIsDecorated(false);
    m_columns->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (const runtime::ProposedColumn& proposed : proposal.columns)
        new QTreeWidgetItem(m_columns, {text(proposed.column.name), text(proposed.column.type.toSql()), text(proposed.evidence)});
    layout->addWidget(m_columns, 2);

    const model::Schema applied = proposal.applyTo(current);
    const model::SchemaDiff diff = model::SchemaDiff::between(current, applied);
    layout->addWidget(new QLabel(diff.empty() ? tr("The declared schema already matches.")
                                              : tr("Changes to the declared schema:"),
                                 this));
    for (const std::string& line : diff.lines()) m_changes->addItem(text(line));
    m_changes->setVisible(!diff.empty());
    layout->addWidget(m_changes, 1);

    const QStringList remarks = remarksOf(proposal);
    if (!remarks.isEmpty()) {
        auto* remarkLabel = new QLabel(remarks.join(u'\n'), this);
        remarkLabel->setWordWrap(true);
        remarkLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(remarkLabel);
    }

    // Nothing to apply: a proposal without columns (an empty topic) or one that changes nothing.
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(!proposal.columns.empty() && !diff.empty());
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    resize(640, 480);
}

}  // namespace sw::ui
