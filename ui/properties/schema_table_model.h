#pragma once
// SchemaTableModel: a model::Schema's columns as table rows (name, type, nullable, key, comment).
// A type that does not parse stays in its cell in red with the error, and is not committed; it
// is reported as a problem (typeProblems) until it is corrected.

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

#include "analysis/diagnostic.h"
#include "model/schema.h"

namespace sw::ui {

class SchemaTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Section { NameSection, TypeSection, NullableSection, KeySection, CommentSection, SectionCount };

    explicit SchemaTableModel(QObject* parent = nullptr);

    void setSchema(const model::Schema& schema);
    const model::Schema& schema() const { return m_schema; }
    QString typeError(int row) const { return m_badTypes.value(row).error; }
    // One error per type cell whose text did not parse, naming the column and what the job keeps.
    std::vector<analysis::Diagnostic> typeProblems() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    // A valid edit: the whole new schema and the edited field ("schema.columns[2].type").
    void schemaEdited(const model::Schema& schema, const QString& field);
    // A type cell's text became unparsable, or was corrected.
    void typeProblemsChanged();

private:
    struct BadType {
        QString text;
        QString error;
    };
    bool rename(int row, const QString& name);
    bool retype(int row, const QString& text);
    void toggleKey(int row, bool inKey);

    model::Schema m_schema;
    QHash<int, BadType> m_badTypes;
};

}  // namespace sw::ui
