#pragma once
// ChangeNodeCommand: replaces a node by an edited copy (any property, schema, name ...).

#include <QString>
#include <QUndoCommand>

#include "model/node.h"

namespace sw::ui {

class JobDocument;

class ChangeNodeCommand : public QUndoCommand {
public:
    // `mergeKey` (see mergeKeyFor) makes consecutive edits of the same field one undo step;
    // an empty key never merges. A new typing session should use a new key (e.g. add a serial).
    ChangeNodeCommand(JobDocument* document, model::Node before, model::Node after,
                      QString mergeKey = {}, QUndoCommand* parent = nullptr);

    static QString mergeKeyFor(const QString& nodeId, const QString& field) { return nodeId + u'/' + field; }

    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;
    void redo() override;
    void undo() override;

    const model::Node& before() const { return m_before; }
    const model::Node& after() const { return m_after; }

private:
    JobDocument* m_document;
    model::Node m_before;
    model::Node m_after;
    QString m_mergeKey;
};

}  // namespace sw::ui
