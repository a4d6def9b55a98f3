#pragma once
// MetricChart: one live chart of the run panel (Qt Charts): named lines over the run's time, the
// last `window` seconds shown, values on hover, PNG and CSV export from the context menu.

#include <QChartView>
#include <QHash>
#include <memory>
#include <optional>
#include <vector>

#include "run/metric_series.h"

class QLineSeries;
class QValueAxis;

namespace sw::ui {

class MetricChart : public QChartView {
    Q_OBJECT
public:
    // `capacity`: points kept per line (the longest window at the panel's sampling rate).
    MetricChart(const QString& title, const QString& unit, int capacity, QWidget* parent = nullptr);

    // Points are shown at the next flush() while the chart is visible, else when it is shown: a
    // snapshot adds many, and redraws once.
    void addPoint(const QString& line, double seconds, double value);
    void flush();
    void setWindowSeconds(double seconds);
    // A value axis that always ends at `ceiling` (100 for a percentage) instead of following the data.
    void setValueCeiling(double ceiling);
    void clear();

    const QString& title() const { return m_title; }
    const MetricSeries* line(const QString& name) const;
    int lineCount() const { return static_cast<int>(m_lines.size()); }

    bool savePng(const QString& path);
    // "seconds,<line 1>,<line 2>..." with one row per sample time; an empty cell where a line has no sample.
    bool saveCsv(const QString& path) const;

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    struct Line {
        std::unique_ptr<MetricSeries> data;
        QLineSeries* series;
    };
    Line& lineNamed(const QString& name);
    void redraw();

    QString m_title;
    QString m_unit;
    int m_capacity;
    double m_window = 60;
    std::optional<double> m_ceiling;
    double m_now = 0;
    bool m_dirty = false;
    std::vector<Line> m_lines;
    QValueAxis* m_timeAxis;
    QValueAxis* m_valueAxis;
};

}  // namespace sw::ui
