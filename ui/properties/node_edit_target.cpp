#include "properties/node_edit_target.h"

#include "commands/change_node_command.h"
#include "document/job_document.h"

namespace sw::ui {

NodeEditTarget::NodeEditTarget(JobDocument* document, QString nodeId, QObject* parent)
    : QObject(parent), m_document(document), m_nodeId(std::move(nodeId)) {}

const model::Node* NodeEditTarget::node() const { return m_document->node(m_nodeId); }

void NodeEditTarget::apply(const QString& field, const std::function<void(model::Node&)>& mutate) {
    const model::Node* current = node();
    if (!current) return;
    model::Node after = *current;
    mutate(after);
    if (after == *current) return;
    // The session number keeps a later return to the same field from merging into an old step.
    const QString key = field.isEmpty()
                            ? QString()
                            : ChangeNodeCommand::mergeKeyFor(m_nodeId, field) + u'#' + QString::number(m_session);
    m_document->undoStack()->push(new ChangeNodeCommand(m_document, *current, std::move(after), key));
}

void NodeEditTarget::setOption(const QString& optionId, const QString& value) {
    apply(optionId, [&](model::Node& node) {
        if (value.isEmpty()) {
            node.options.erase(optionId.toStdString());
        } else {
            node.options[optionId.toStdString()] = value.toStdString();
        }
    });
}

}  // namespace sw::ui
