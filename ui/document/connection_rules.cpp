#include "document/connection_rules.h"

#include <QObject>

#include "i18n/core_text.h"
#include "kinds/connection_rules.h"

namespace sw::ui {

namespace {

QString quoted(const std::string& text) {
    return QLatin1Char('\'') + QString::fromStdString(text) + QLatin1Char('\'');
}

}  // namespace

ConnectionVerdict ConnectionRules::check(const model::JobGraph& job, const model::Edge& edge) {
    const kinds::ConnectionVerdict verdict = kinds::checkConnection(job, edge);
    using kinds::ConnectionProblem;
    auto refuse = [](const QString& reason) { return ConnectionVerdict{false, reason}; };
    switch (verdict.problem) {
    case ConnectionProblem::None: return {true, {}};
    case ConnectionProblem::MissingNode: return refuse(QObject::tr("The node no longer exists."));
    case ConnectionProblem::UnknownKind: return refuse(QObject::tr("The node kind is unknown."));
    case ConnectionProblem::SelfLoop: return refuse(QObject::tr("A node cannot connect to itself."));
    case ConnectionProblem::FromSink:
        return refuse(QObject::tr("%1 is a sink: sinks have no outputs.").arg(quoted(verdict.from->name)));
    case ConnectionProblem::UnknownPort: return refuse(QObject::tr("The port does not exist."));
    case ConnectionProblem::WrongDirection:
        return refuse(QObject::tr("Connect an output (right side) to an input (left side)."));
    case ConnectionProblem::AlreadyConnected: return refuse(QObject::tr("These ports are already connected."));
    case ConnectionProblem::InputTaken:
        return refuse(QObject::tr("%1 takes one connection on its port '%2', and has one; remove that one first.")
                          .arg(quoted(verdict.to->name), coreText(verdict.toPort->label)));
    case ConnectionProblem::Cycle:
        return refuse(QObject::tr("This would create a cycle: %1 already feeds %2.")
                          .arg(quoted(verdict.to->name), quoted(verdict.from->name)));
    }
    return refuse(QObject::tr("The connection is not allowed."));
}

}  // namespace sw::ui
