#include "run/metric_chart.h"

#include <QContextMenuEvent>
#include <QFileDialog>
#include <QGraphicsLayout>
#include <QLineSeries>
#include <QMenu>
#include <QSaveFile>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>
#include <map>

namespace sw::ui {

MetricChart::MetricChart(const QString& title, const QString& unit, int capacity, QWidget* parent)
    : QChartView(parent), m_title(title), m_unit(unit), m_capacity(capacity), m_timeAxis(new QValueAxis),
      m_valueAxis(new QValueAxis) {
    auto* chart = new QChart;
    // Four charts share a dock: small type, so the axis labels fit instead of eliding to "...".
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.75);
    QFont heading = small;
    heading.setBold(true);
    chart->setTitle(unit.isEmpty() ? title : QStringLiteral("%1 (%2)").arg(title, unit));
    chart->setTitleFont(heading);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(small);
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundRoundness(0);
    m_timeAxis->setLabelFormat(QStringLiteral("%.0fs"));
    m_timeAxis->setLabelsFont(small);
    m_timeAxis->setTickCount(5);
    m_valueAxis->setLabelFormat(QStringLiteral("%.4g"));
    m_valueAxis->setLabelsFont(small);
    m_valueAxis->setTickCount(4);
    m_valueAxis->setMin(0);
    chart->addAxis(m_timeAxis, Qt::AlignBottom);
    chart->addAxis(m_valueAxis, Qt::AlignLeft);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(150);
    redraw();
}

MetricChart::Line& MetricChart::lineNamed(const QString& name) {
    auto found = std::ranges::find_if(m_lines, [&](const Line& line) { return line.data->name() == name; });
    if (found != m_lines.end()) return *found;
    auto* series = new QLineSeries;
    series->setName(name);
    chart()->addSeries(series);
    series->attachAxis(m_timeAxis);
    series->attachAxis(m_valueAxis);
    connect(series, &QLineSeries::hovered, this, [this, name](const QPointF& point, bool inside) {
        if (!inside) return QToolTip::hideText();
        QToolTip::showText(QCursor::pos(), QStringLiteral("%1\n%2 s: %3 %4")
                                               .arg(name)
                                               .arg(point.x(), 0, 'f', 1)
                                               .arg(point.y(), 0, 'g', 4)
                                               .arg(m_unit));
    });
    m_lines.push_back({std::make_unique<MetricSeries>(name, m_capacity), series});
    return m_lines.back();
}

void MetricChart::addPoint(const QString& line, double seconds, double value) {
    lineNamed(line).data->append(seconds, value);
    m_now = std::max(m_now, seconds);
    m_dirty = true;
}

void MetricChart::flush() {
    // A chart on a hidden page (or in a closed dock) is redrawn when it is shown: during a
    // fast run the designer's event loop then draws only what the user looks at.
    if (m_dirty && isVisible()) redraw();
}

void MetricChart::showEvent(QShowEvent* event) {
    if (m_dirty) redraw();
    QChartView::showEvent(event);
}

void MetricChart::setValueCeiling(double ceiling) {
    m_ceiling = ceiling;
    redraw();
}

void MetricChart::setWindowSeconds(double seconds) {
    m_window = seconds;
    redraw();
}

void MetricChart::clear() {
    for (Line& line : m_lines) chart()->removeSeries(line.series), delete line.series;
    m_lines.clear();
    m_now = 0;
    redraw();
}

const MetricSeries* MetricChart::line(const QString& name) const {
    auto found = std::ranges::find_if(m_lines, [&](const Line& line) { return line.data->name() == name; });
    return found == m_lines.end() ? nullptr : found->data.get();
}

void MetricChart::redraw() {
    m_dirty = false;
    const double from = std::max(0.0, m_now - m_window);
    double top = 0;
    for (Line& line : m_lines) {
        const QVector<QPointF> shown = line.data->pointsSince(from);
        for (const QPointF& point : shown) top = std::max(top, point.y());
        line.series->replace(QList<QPointF>(shown.begin(), shown.end()));
    }
    m_timeAxis->setRange(from, std::max(from + m_window, m_now));
    if (m_ceiling) {
        m_valueAxis->setRange(0, *m_ceiling);
        return;
    }
    m_valueAxis->setRange(0, top > 0 ? top * 1.1 : 1);
    m_valueAxis->applyNiceNumbers();  // round ticks (0, 250, 500 ...) instead of fractions of the top
}

bool MetricChart::savePng(const QString& path) {
    if (m_dirty) redraw();
    return grab().save(path, "PNG");
}

bool MetricChart::saveCsv(const QString& path) const {
    std::map<double, std::vector<QString>> rows;  // by time, one cell per line
    for (std::size_t i = 0; i < m_lines.size(); ++i) {
        for (const QPointF& point : m_lines[i].data->points()) {
            auto& cells = rows[point.x()];
            cells.resize(m_lines.size());
            cells[i] = QString::number(point.y(), 'g', 10);
        }
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) return false;
    // Quoted names: node names may hold commas.
    QString text = QStringLiteral("seconds");
    for (const Line& line : m_lines) text += QStringLiteral(",\"") + QString(line.data->name()).replace('"', "\"\"") + '"';
    text += '\n';
    for (auto& [seconds, cells] : rows) {
        cells.resize(m_lines.size());
        text += QString::number(seconds, 'f', 3);
        for (const QString& cell : cells) text += ',' + cell;
        text += '\n';
    }
    file.write(text.toUtf8());
    return file.commit();
}

void MetricChart::contextMenuEvent(QContextMenuEvent* event) {
    QMenu menu(this);
    menu.addAction(tr("Save Chart as PNG…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save Chart"), m_title + QStringLiteral(".png"),
                                                          tr("PNG images (*.png)"));
        if (!path.isEmpty()) savePng(path);
    });
    menu.addAction(tr("Save Data as CSV…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save Chart Data"), m_title + QStringLiteral(".csv"),
                                                          tr("CSV files (*.csv)"));
        if (!path.isEmpty()) saveCsv(path);
    });
    menu.exec(event->globalPos());
}

}  // namespace sw::ui
