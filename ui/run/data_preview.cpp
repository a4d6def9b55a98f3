#include "run/data_preview.h"

#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

#include "run/run_session.h"

namespace sw::ui {

namespace protocol = runtime::protocol;

DataPreview::DataPreview(RunSession* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_heading(new QLabel), m_tabs(new QTabWidget), m_rows(new QTableWidget),
      m_changes(new QTableWidget) {
    setObjectName(QStringLiteral("dataPreview"));
    m_heading->setWordWrap(true);
    for (QTableWidget* table : {m_rows, m_changes}) {
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    }
    m_tabs->addTab(m_rows, tr("Rows"));
    m_tabs->addTab(m_changes, tr("Changelog"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_heading);
    layout->addWidget(m_tabs, 1);
    connect(m_session, &RunSession::previewChanged, this, [this](const QString& nodeId) {
        if (nodeId == m_nodeId) refresh();
    });
    connect(m_session, &RunSession::stateChanged, this, &DataPreview::refresh);
    refresh();
}

void DataPreview::showNode(const QString& nodeId, const QString& nodeName, const QStringList& lookupColumns) {
    m_nodeId = nodeId;
    m_nodeName = nodeName;
    m_lookupColumns = lookupColumns;
    refresh();
}

void DataPreview::fill(QTableWidget* table, const std::vector<std::string>& columns,
                       const std::vector<protocol::NodePreview::Row>& rows, const QString& firstTitle,
                       const std::vector<std::string>& firstColumn) {
    const int offset = firstColumn.empty() ? 0 : 1;
    table->clear();
    table->setColumnCount(int(columns.size()) + offset);
    QStringList headers;
    if (offset) headers << firstTitle;
    for (const std::string& column : columns) headers << QString::fromStdString(column);
    table->setHorizontalHeaderLabels(headers);
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < int(rows.size()); ++r) {
        if (offset && std::size_t(r) < firstColumn.size())
            table->setItem(r, 0, new QTableWidgetItem(QString::fromStdString(firstColumn[std::size_t(r)])));
        const auto& row = rows[std::size_t(r)];
        for (int c = 0; c < int(row.size()); ++c) {
            const auto& value = row[std::size_t(c)];
            auto* item = new QTableWidgetItem(value ? QString::fromStdString(*value) : QStringLiteral("NULL"));
            if (!value) item->setForeground(table->palette().color(QPalette::PlaceholderText));
            table->setItem(r, c + offset, item);
        }
    }
}

std::vector<std::string> DataPreview::lookupMatches(const protocol::NodePreview& preview) const {
    std::vector<std::size_t> joined;  // positions of the table's columns in the rows
    for (std::size_t c = 0; c < preview.columns.size(); ++c)
        if (m_lookupColumns.contains(QString::fromStdString(preview.columns[c]))) joined.push_back(c);
    if (joined.empty()) return {};
    std::vector<std::string> matches;
    for (const auto& row : preview.rows) {
        const bool hit = std::ranges::any_of(joined, [&row](std::size_t c) { return c < row.size() && row[c].has_value(); });
        matches.push_back(hit ? "hit" : "miss");
    }
    return matches;
}

void DataPreview::refresh() {
    const auto& previews = m_session->previews();
    const auto found = m_nodeId.isEmpty() ? previews.end() : previews.find(m_nodeId.toStdString());
    if (found == previews.end()) {
        m_heading->setText(m_nodeId.isEmpty() ? tr("Select a node to see the rows it produces while the job runs.")
                                              : tr("No rows from '%1' yet.").arg(m_nodeName));
        fill(m_rows, {}, {});
        fill(m_changes, {}, {});
        m_tabs->setTabVisible(1, false);
        return;
    }
    const protocol::NodePreview& preview = found->second;
    const QString total = QLocale().toString(static_cast<qulonglong>(preview.total));
    switch (preview.mode) {
    case protocol::NodePreview::Mode::Output:
        m_heading->setText(tr("Output of '%1': the last %2 of %3 rows.").arg(m_nodeName).arg(preview.rows.size()).arg(total));
        if (const auto matches = lookupMatches(preview); !matches.empty()) {
            const auto hits = std::ranges::count(matches, std::string("hit"));
            m_heading->setText(m_heading->text() + QLatin1Char(' ') +
                               tr("%1 of them found a row in the table (hit), %2 did not (miss).").arg(hits).arg(qsizetype(matches.size()) - hits));
            fill(m_rows, preview.columns, preview.rows, tr("Lookup"), matches);
            fill(m_changes, {}, {});
            m_tabs->setTabVisible(1, false);
            m_tabs->setTabText(0, tr("Rows"));
            return;
        }
        break;
    case protocol::NodePreview::Mode::Append:
        m_heading->setText(tr("Preview run: '%1' wrote nothing. It would have appended %2 rows; the last %3 are shown.")
                               .arg(m_nodeName, total)
                               .arg(preview.rows.size()));
        break;
    case protocol::NodePreview::Mode::Upsert:
        m_heading->setText(tr("Preview run: '%1' wrote nothing. Its table would hold %2 rows by key; the changelog "
                              "shows the last changes that produced it.")
                               .arg(m_nodeName, total));
        break;
    }
    fill(m_rows, preview.columns, preview.rows);
    const bool upsert = preview.mode == protocol::NodePreview::Mode::Upsert;
    m_tabs->setTabVisible(1, upsert);
    m_tabs->setTabText(0, upsert ? tr("Table by key") : tr("Rows"));
    fill(m_changes, preview.columns, upsert ? preview.changelog : std::vector<protocol::NodePreview::Row>{},
         tr("Change"), upsert ? preview.changeKinds : std::vector<std::string>{});
}

}  // namespace sw::ui
