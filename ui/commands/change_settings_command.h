#pragma once
// ChangeSettingsCommand: replaces the job settings by an edited copy.

#include <QString>
#include <QUndoCommand>

#include "model/job_settings.h"

namespace sw::ui {

class JobDocument;

class ChangeSettingsCommand : public QUndoCommand {
public:
    // Consecutive commands with the same non-empty `mergeKey` (e.g. the field) are one undo step.
    ChangeSettingsCommand(JobDocument* document, model::JobSettings before, model::JobSettings after,
                          QString mergeKey = {}, QUndoCommand* parent = nullptr);

    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;
    void redo() override;
    void undo() override;

private:
    JobDocument* m_document;
    model::JobSettings m_before;
    model::JobSettings m_after;
    QString m_mergeKey;
};

}  // namespace sw::ui
