#pragma once
// SqlPreview: the live, read-only Flink SQL of the job, regenerated after every edit.

#include <QWidget>

#include "sql/generator.h"

class QsciScintilla;
class QComboBox;
class QLabel;

namespace sw::ui {

class JobDocument;
class FlinkSqlLexer;

class SqlPreview : public QWidget {
    Q_OBJECT
public:
    explicit SqlPreview(JobDocument* document, QWidget* parent = nullptr);

    QString text() const;
    const sql::GeneratedSql& generated() const { return m_generated; }
    QsciScintilla* editor() const { return m_editor; }

public slots:
    void regenerate();

private:
    void showSelection();
    void selectNodeAtLine(int line);
    void markDiagnostics();
    void applyPalette();  // lexer, margins, caret line and selection band from the palette
    void changeEvent(QEvent* event) override;

    JobDocument* m_document;
    QsciScintilla* m_editor;
    FlinkSqlLexer* m_lexer;
    QComboBox* m_dialect;
    QLabel* m_status;
    sql::GeneratedSql m_generated;
    bool m_followingDocument = false;  // true while the preview moves its cursor for a selection
};

}  // namespace sw::ui
