#pragma once
// ExportGate: validation errors block an SQL export with a clear list; warnings ask once per job.

#include <QString>

class QWidget;

namespace sw::ui {

class JobDocument;

class ExportGate {
public:
    // True when the export may go ahead. Shows the errors (and refuses), or asks about warnings
    // the first time, remembering a "yes" until forget() (a new or reopened job).
    // `what` names the export in the refusal ("SQL", "the deployment configuration").
    bool allow(QWidget* parent, const JobDocument& document, const QString& what);
    void forget() { m_warningsAccepted = false; }

    // The text of the refusal / question, for the dialogs and for tests.
    static QString errorList(const JobDocument& document);
    static QString warningList(const JobDocument& document);

private:
    bool m_warningsAccepted = false;
};

}  // namespace sw::ui
