#include "editor/flink_sql_lexer.h"

#include <Qsci/qsciscintilla.h>

#include <QFile>
#include <QFontDatabase>
#include <QPalette>

namespace sw::ui {

namespace {

std::set<std::string> loadKeywords() {
    std::set<std::string> keywords;
    QFile file(QStringLiteral(":/sql/flink-keywords.txt"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) return keywords;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (!line.isEmpty() && !line.startsWith('#')) keywords.insert(line.toStdString());
    }
    return keywords;
}

constexpr int style(SqlTokenKind kind) { return static_cast<int>(kind); }

}  // namespace

FlinkSqlLexer::FlinkSqlLexer(QObject* parent) : QsciLexerCustom(parent), m_tokenizer(loadKeywords()) {
    setDefaultFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    for (int s = style(SqlTokenKind::Default); s <= style(SqlTokenKind::Operator); ++s)
        setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont), s);
    QFont bold = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    bold.setBold(true);
    setFont(bold, style(SqlTokenKind::Keyword));
    setFont(bold, style(SqlTokenKind::Placeholder));
}

QString FlinkSqlLexer::description(int s) const {
    switch (static_cast<SqlTokenKind>(s)) {
    case SqlTokenKind::Default: return tr("Default");
    case SqlTokenKind::Keyword: return tr("Keyword");
    case SqlTokenKind::Identifier: return tr("Identifier");
    case SqlTokenKind::QuotedIdentifier: return tr("Quoted identifier");
    case SqlTokenKind::String: return tr("String");
    case SqlTokenKind::Placeholder: return tr("Placeholder");
    case SqlTokenKind::Number: return tr("Number");
    case SqlTokenKind::Comment: return tr("Comment");
    case SqlTokenKind::Operator: return tr("Operator");
    }
    return {};
}

void FlinkSqlLexer::applyPalette(const QPalette& palette) {
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    const QColor base = palette.color(QPalette::Base), text = palette.color(QPalette::Text);
    setDefaultPaper(base);
    setDefaultColor(text);
    for (int s = style(SqlTokenKind::Default); s <= style(SqlTokenKind::Operator); ++s) {
        setPaper(base, s);
        setColor(text, s);
    }
    setColor(dark ? QColor(0x56, 0x9c, 0xd6) : QColor(0x00, 0x33, 0xb3), style(SqlTokenKind::Keyword));
    setColor(dark ? QColor(0x9c, 0xdc, 0xfe) : QColor(0x87, 0x10, 0x94), style(SqlTokenKind::QuotedIdentifier));
    setColor(dark ? QColor(0xce, 0x91, 0x78) : QColor(0x06, 0x7d, 0x17), style(SqlTokenKind::String));
    setColor(dark ? QColor(0xff, 0xc6, 0x6d) : QColor(0xb3, 0x5c, 0x00), style(SqlTokenKind::Placeholder));
    setColor(dark ? QColor(0xb5, 0xce, 0xa8) : QColor(0x17, 0x50, 0xeb), style(SqlTokenKind::Number));
    setColor(dark ? QColor(0x6a, 0x99, 0x55) : QColor(0x8c, 0x8c, 0x8c), style(SqlTokenKind::Comment));
    setPaper(dark ? QColor(0x4a, 0x3b, 0x12) : QColor(0xff, 0xf4, 0xd6), style(SqlTokenKind::Placeholder));
}

void FlinkSqlLexer::styleText(int start, int end) {
    QsciScintilla* sci = editor();
    if (!sci || end <= start) return;
    // Placeholders and strings can span what Scintilla asks for: restyle the whole text (small).
    const QByteArray bytes = sci->text().toUtf8();
    startStyling(0);
    for (const SqlToken& token : m_tokenizer.tokenize(std::string_view(bytes.constData(), bytes.size())))
        setStyling(static_cast<int>(token.length), style(token.kind));
}

}  // namespace sw::ui
