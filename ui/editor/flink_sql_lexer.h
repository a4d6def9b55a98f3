#pragma once
// FlinkSqlLexer: QScintilla lexer colouring Flink SQL, with ${...} placeholders set apart.

#include <Qsci/qscilexercustom.h>

#include "editor/flink_sql_tokenizer.h"

namespace sw::ui {

class FlinkSqlLexer : public QsciLexerCustom {
    Q_OBJECT
public:
    explicit FlinkSqlLexer(QObject* parent = nullptr);

    const char* language() const override { return "Flink SQL"; }
    QString description(int style) const override;
    void styleText(int start, int end) override;

    // Re-reads colours from the application palette (light / dark themes).
    void applyPalette(const QPalette& palette);

private:
    FlinkSqlTokenizer m_tokenizer;
};

}  // namespace sw::ui
