#include "properties/schema_table_model.h"

#include <QBrush>
#include <QColor>
#include <algorithm>

namespace sw::ui {
namespace {

QString fieldOf(int row, const char* part) {
    return QStringLiteral("schema.columns[%1].%2").arg(row).arg(QLatin1String(part));
}

}  // namespace

SchemaTableModel::SchemaTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void SchemaTableModel::setSchema(const model::Schema& schema) {
    if (schema == m_schema) return;
    if (schema.columns.size() == m_schema.columns.size()) {
        // A text that did not parse belongs to its column: moved or renamed, the row forgets it.
        const auto dropped = m_badTypes.removeIf([&](QHash<int, BadType>::iterator bad) {
            return schema.columns[std::size_t(bad.key())].name != m_schema.columns[std::size_t(bad.key())].name;
        });
        m_schema = schema;
        if (dropped > 0) emit typeProblemsChanged();
        if (!m_schema.columns.empty()) emit dataChanged(index(0, 0), index(rowCount() - 1, SectionCount - 1));
        return;
    }
    beginResetModel();
    m_schema = schema;
    const bool hadProblems = !m_badTypes.isEmpty();
    m_badTypes.clear();
    endResetModel();
    if (hadProblems) emit typeProblemsChanged();
}

std::vector<analysis::Diagnostic> SchemaTableModel::typeProblems() const {
    std::vector<analysis::Diagnostic> problems;
    QList<int> rows = m_badTypes.keys();
    std::ranges::sort(rows);
    for (const int row : rows) {
        const BadType bad = m_badTypes.value(row);
        const model::Column& column = m_schema.columns[std::size_t(row)];
        analysis::Diagnostic problem;
        problem.code = "invalid-type";
        problem.field = fieldOf(row, "type").toStdString();
        problem.message = tr("Column '%1': the type '%2' is not applied: %3. The job keeps %4.")
                              .arg(QString::fromStdString(column.name), bad.text, bad.error,
                                   QString::fromStdString(column.type.toSql()))
                              .toStdString();
        problems.push_back(std::move(problem));
    }
    return problems;
}

int SchemaTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_schema.columns.size());
}

int SchemaTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : SectionCount; }

QVariant SchemaTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const model::Column& column = m_schema.columns[std::size_t(index.row())];
    const auto bad = m_badTypes.find(index.row());
    switch (index.column()) {
    case NameSection:
        if (role == Qt::DisplayRole || role == Qt::EditRole) return QString::fromStdString(column.name);
        break;
    case TypeSection:
        if (bad != m_badTypes.end()) {
            if (role == Qt::DisplayRole || role == Qt::EditRole) return bad->text;
            if (role == Qt::ForegroundRole) return QBrush(QColor(0xd3, 0x2f, 0x2f));
            if (role == Qt::ToolTipRole) return bad->error;
            if (role == Qt::BackgroundRole) return QBrush(QColor(0xfd, 0xec, 0xea));
        } else if (role == Qt::DisplayRole || role == Qt::EditRole) {
            // Nullability has its own checkbox column, so the type text omits NOT NULL.
            return QString::fromStdString(column.type.withNullable(true).toSql());
        }
        break;
    case NullableSection:
        if (role == Qt::CheckStateRole) return column.type.nullable() ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole) return tr("Unchecked: NOT NULL");
        break;
    case KeySection:
        if (role == Qt::CheckStateRole) {
            return std::ranges::count(m_schema.primaryKey, column.name) > 0 ? Qt::Checked : Qt::Unchecked;
        }
        break;
    case CommentSection:
        if (role == Qt::DisplayRole || role == Qt::EditRole) return QString::fromStdString(column.comment);
        break;
    default: break;
    }
    return {};
}

bool SchemaTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || index.row() >= rowCount()) return false;
    const int row = index.row();
    model::Column& column = m_schema.columns[std::size_t(row)];
    switch (index.column()) {
    case NameSection:
        if (role != Qt::EditRole) return false;
        return rename(row, value.toString().trimmed());
    case TypeSection:
        if (role != Qt::EditRole) return false;
        return retype(row, value.toString());
    case NullableSection:
        if (role != Qt::CheckStateRole) return false;
        column.type = column.type.withNullable(value.toInt() == Qt::Checked);
        emit dataChanged(index, index);
        emit schemaEdited(m_schema, fieldOf(row, "type"));
        return true;
    case KeySection:
        if (role != Qt::CheckStateRole) return false;
        toggleKey(row, value.toInt() == Qt::Checked);
        emit dataChanged(index, index);
        emit schemaEdited(m_schema, QStringLiteral("schema.primaryKey"));
        return true;
    case CommentSection:
        if (role != Qt::EditRole || value.toString().toStdString() == column.comment) return false;
        column.comment = value.toString().toStdString();
        emit dataChanged(index, index);
        emit schemaEdited(m_schema, fieldOf(row, "comment"));
        return true;
    default: return false;
    }
}

bool SchemaTableModel::rename(int row, const QString& name) {
    model::Column& column = m_schema.columns[std::size_t(row)];
    const std::string oldName = column.name;
    const std::string newName = name.toStdString();
    if (name.isEmpty() || newName == oldName) return false;
    column.name = newName;
    // The key, watermark and proctime refer to columns by name: they follow the rename.
    std::ranges::replace(m_schema.primaryKey, oldName, newName);
    if (m_schema.watermark && m_schema.watermark->column == oldName) m_schema.watermark->column = newName;
    emit dataChanged(index(row, NameSection), index(row, NameSection));
    emit schemaEdited(m_schema, fieldOf(row, "name"));
    return true;
}

bool SchemaTableModel::retype(int row, const QString& text) {
    model::Column& column = m_schema.columns[std::size_t(row)];
    const QModelIndex cell = index(row, TypeSection);
    auto parsed = model::FlinkType::parse(text.toStdString());
    if (!parsed) {
        m_badTypes.insert(row, {text, QString::fromStdString(parsed.error().message)});
        emit dataChanged(cell, cell);
        emit typeProblemsChanged();
        return true;  // the text stays visible; the schema is untouched
    }
    if (m_badTypes.remove(row) > 0) emit typeProblemsChanged();
    // Typed NOT NULL wins; otherwise the nullable checkbox keeps its state.
    model::FlinkType type = parsed->nullable() ? parsed->withNullable(column.type.nullable()) : *parsed;
    const bool changed = !(type == column.type);
    column.type = std::move(type);
    emit dataChanged(cell, index(row, NullableSection));
    if (changed) emit schemaEdited(m_schema, fieldOf(row, "type"));
    return true;
}

void SchemaTableModel::toggleKey(int row, bool inKey) {
    const std::string& name = m_schema.columns[std::size_t(row)].name;
    std::erase(m_schema.primaryKey, name);
    if (!inKey) return;
    // Keep the key in column order, as it is written in the DDL.
    std::vector<std::string> ordered;
    for (const model::Column& column : m_schema.columns) {
        if (column.name == name || std::ranges::count(m_schema.primaryKey, column.name) > 0) {
            ordered.push_back(column.name);
        }
    }
    m_schema.primaryKey = std::move(ordered);
}

Qt::ItemFlags SchemaTableModel::flags(const QModelIndex& index) const {
    if (!index.isValid()) return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    switch (index.column()) {
    case NullableSection:
    case KeySection: return base | Qt::ItemIsUserCheckable;
    default: return base | Qt::ItemIsEditable;
    }
}

QVariant SchemaTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole) return {};
    if (orientation == Qt::Vertical) return section + 1;
    switch (section) {
    case NameSection: return tr("Name");
    case TypeSection: return tr("Type");
    case NullableSection: return tr("Null");
    case KeySection: return tr("Key");
    case CommentSection: return tr("Comment");
    default: return {};
    }
}

}  // namespace sw::ui
