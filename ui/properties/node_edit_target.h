#pragma once
// NodeEditTarget: the node a property editor edits; turns every edit into one ChangeNodeCommand.

#include <QObject>
#include <QString>
#include <functional>

#include "model/node.h"

namespace sw::ui {

class JobDocument;

// A QObject so that it lives exactly as long as the editor widgets that hold it (its parent).
class NodeEditTarget : public QObject {
    Q_OBJECT
public:
    NodeEditTarget(JobDocument* document, QString nodeId, QObject* parent);

    JobDocument* document() const { return m_document; }
    const QString& nodeId() const { return m_nodeId; }
    const model::Node* node() const;  // nullptr once the node is gone

    // Copies the node, lets `mutate` change the copy and pushes the change (nothing if unchanged).
    // Consecutive edits of the same `field` in one typing session merge into one undo step;
    // an empty `field` never merges (structural edits: add, remove, move).
    void apply(const QString& field, const std::function<void(model::Node&)>& mutate);
    void setOption(const QString& optionId, const QString& value);  // "" removes the option
    // Called when the user leaves a field: the next edit of it starts a new undo step.
    void endTypingSession() { ++m_session; }

private:
    JobDocument* m_document;
    QString m_nodeId;
    int m_session = 0;
};

}  // namespace sw::ui
