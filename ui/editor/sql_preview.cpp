#include "editor/sql_preview.h"

#include <algorithm>

#include <Qsci/qsciscintilla.h>

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include "document/job_document.h"
#include "editor/flink_sql_lexer.h"

namespace sw::ui {

namespace {
constexpr int kErrorMarker = 1;
constexpr int kSelectionMarker = 2;

// A quiet band behind the selected node's statements: a fifth of the highlight over the base.
QColor selectionTint(const QPalette& palette) {
    const QColor base = palette.color(QPalette::Base), highlight = palette.color(QPalette::Highlight);
    const auto mix = [](int a, int b) { return (a * 4 + b) / 5; };
    return QColor(mix(base.red(), highlight.red()), mix(base.green(), highlight.green()),
                  mix(base.blue(), highlight.blue()));
}
}  // namespace

SqlPreview::SqlPreview(JobDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document), m_editor(new QsciScintilla(this)), m_lexer(new FlinkSqlLexer(this)),
      m_dialect(new QComboBox(this)), m_status(new QLabel(this)) {
    m_dialect->addItem(tr("Alibaba Cloud VVR"), static_cast<int>(kinds::Dialect::AliyunVvr));
    m_dialect->addItem(tr("Apache Flink"), static_cast<int>(kinds::Dialect::ApacheFlink));
    m_dialect->setToolTip(tr("SQL dialect of the preview and of exports"));
    m_dialect->setObjectName(QStringLiteral("dialectCombo"));

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    bar->addWidget(new QLabel(tr("Flink SQL"), this));
    bar->addStretch();
    m_status->setObjectName(QStringLiteral("sqlPreviewStatus"));
    bar->addWidget(m_status);
    bar->addWidget(m_dialect);

    m_editor->setLexer(m_lexer);
    m_editor->setReadOnly(true);
    m_editor->setUtf8(true);
    m_editor->setMarginType(0, QsciScintilla::NumberMargin);
    m_editor->setMarginWidth(0, QStringLiteral("00000"));
    m_editor->setMarginType(1, QsciScintilla::SymbolMargin);
    m_editor->setMarginWidth(1, 14);
    m_editor->markerDefine(QsciScintilla::Circle, kErrorMarker);
    m_editor->setMarkerBackgroundColor(QColor(0xd3, 0x2f, 0x2f), kErrorMarker);
    m_editor->markerDefine(QsciScintilla::Background, kSelectionMarker);
    m_editor->setCaretLineVisible(true);
    applyPalette();
    m_editor->setWrapMode(QsciScintilla::WrapNone);
    m_editor->setObjectName(QStringLiteral("sqlEditor"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_editor);

    connect(m_dialect, &QComboBox::currentIndexChanged, this, [this] {
        m_document->setDialect(static_cast<kinds::Dialect>(m_dialect->currentData().toInt()));
    });
    connect(m_document, &JobDocument::dialectChanged, this, [this] {
        m_dialect->setCurrentIndex(m_dialect->findData(static_cast<int>(m_document->dialect())));
        regenerate();
    });
    connect(m_document, &JobDocument::jobChanged, this, &SqlPreview::regenerate);
    connect(m_document, &JobDocument::diagnosticsChanged, this, &SqlPreview::markDiagnostics);
    connect(m_document, &JobDocument::selectionChanged, this, &SqlPreview::showSelection);
    connect(m_editor, &QsciScintilla::cursorPositionChanged, this, [this](int line, int) {
        if (!m_followingDocument) selectNodeAtLine(line);
    });
    regenerate();
}

QString SqlPreview::text() const { return m_editor->text(); }

void SqlPreview::regenerate() {
    m_generated = sql::generateSql(m_document->job(), m_document->dialect());
    const int firstLine = m_editor->firstVisibleLine();
    m_followingDocument = true;
    m_editor->setText(QString::fromStdString(m_generated.text));
    m_editor->setFirstVisibleLine(firstLine);
    m_followingDocument = false;
    markDiagnostics();
    showSelection();
}

void SqlPreview::markDiagnostics() {
    m_editor->markerDeleteAll(kErrorMarker);
    int marked = 0;
    for (const auto& statement : m_generated.statements) {
        if (statement.nodeId.empty()) continue;
        if (!analysis::hasErrors(m_document->diagnosticsFor(QString::fromStdString(statement.nodeId)))) continue;
        m_editor->markerAdd(statement.firstLine, kErrorMarker);
        ++marked;
    }
    // The count is the Problems list's: errors of the job settings or of an unconnected node have
    // no statement to mark, and a statement may hold several errors.
    const auto errors = std::ranges::count_if(m_document->diagnostics(),
                                              [](const auto& d) { return d.severity == analysis::Severity::Error; });
    m_status->setText(errors == 0 ? QString()
                                  : tr("%n error(s) (see Problems)", nullptr, int(errors)) +
                                        (marked ? tr(", %n statement(s) marked", nullptr, marked) : QString()));
}

void SqlPreview::showSelection() {
    m_editor->markerDeleteAll(kSelectionMarker);
    const QStringList selected = m_document->selectedNodeIds();
    int first = -1;
    for (const auto& statement : m_generated.statements) {
        if (!selected.contains(QString::fromStdString(statement.nodeId))) continue;
        for (int line = statement.firstLine; line <= statement.lastLine; ++line)
            m_editor->markerAdd(line, kSelectionMarker);
        if (first < 0) first = statement.firstLine;
    }
    if (first >= 0) {
        m_followingDocument = true;
        m_editor->ensureLineVisible(first);
        m_followingDocument = false;
    }
}

void SqlPreview::selectNodeAtLine(int line) {
    for (const auto& statement : m_generated.statements) {
        if (line < statement.firstLine || line > statement.lastLine || statement.nodeId.empty()) continue;
        m_document->setSelectedNodeIds({QString::fromStdString(statement.nodeId)});
        return;
    }
}

void SqlPreview::applyPalette() {
    const QPalette colours = palette();
    m_lexer->applyPalette(colours);
    m_editor->setMarginsBackgroundColor(colours.color(QPalette::Window));
    m_editor->setMarginsForegroundColor(colours.color(QPalette::PlaceholderText));
    m_editor->setCaretForegroundColor(colours.color(QPalette::Text));
    m_editor->setCaretLineBackgroundColor(colours.color(QPalette::AlternateBase));
    m_editor->setMarkerBackgroundColor(selectionTint(colours), kSelectionMarker);
    m_editor->recolor();
}

void SqlPreview::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange) applyPalette();
    QWidget::changeEvent(event);
}

}  // namespace sw::ui
