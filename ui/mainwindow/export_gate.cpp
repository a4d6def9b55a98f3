#include "mainwindow/export_gate.h"

#include <QMessageBox>

#include "document/job_document.h"

namespace sw::ui {

namespace {

QString listOf(const JobDocument& document, analysis::Severity severity) {
    QString text;
    for (const auto& d : document.diagnostics()) {
        if (d.severity != severity) continue;
        const model::Node* node = document.node(QString::fromStdString(d.nodeId));
        text += QStringLiteral("• %1%2: %3\n")
                    .arg(node ? QString::fromStdString(node->name) : QObject::tr("job"),
                         d.field.empty() ? QString() : QStringLiteral(" / ") + QString::fromStdString(d.field),
                         QString::fromStdString(d.message));
    }
    return text;
}

}  // namespace

QString ExportGate::errorList(const JobDocument& document) { return listOf(document, analysis::Severity::Error); }
QString ExportGate::warningList(const JobDocument& document) { return listOf(document, analysis::Severity::Warning); }

bool ExportGate::allow(QWidget* parent, const JobDocument& document, const QString& what) {
    const QString errors = errorList(document);
    if (!errors.isEmpty()) {
        QMessageBox box(QMessageBox::Critical, QObject::tr("Cannot export"),
                        QObject::tr("The job has errors. Fix them before exporting %1.").arg(what), QMessageBox::Ok, parent);
        box.setObjectName(QStringLiteral("exportErrorsBox"));
        box.setDetailedText(errors);
        box.setInformativeText(errors.section(QLatin1Char('\n'), 0, 4));
        box.exec();
        return false;
    }
    const QString warnings = warningList(document);
    if (warnings.isEmpty() || m_warningsAccepted) return true;
    QMessageBox box(QMessageBox::Warning, QObject::tr("Export with warnings?"),
                    QObject::tr("The job has warnings. Export anyway?"), QMessageBox::Yes | QMessageBox::No, parent);
    box.setObjectName(QStringLiteral("exportWarningsBox"));
    box.setInformativeText(warnings.section(QLatin1Char('\n'), 0, 4));
    box.setDetailedText(warnings);
    box.setDefaultButton(QMessageBox::Yes);
    m_warningsAccepted = box.exec() == QMessageBox::Yes;
    return m_warningsAccepted;
}

}  // namespace sw::ui
