#pragma once
// MetricSeries: one named line of a live chart, as (seconds since start, value) points in a ring
// buffer of fixed capacity, so a long run never grows the designer's memory.

#include <QPointF>
#include <QString>
#include <QVector>

namespace sw::ui {

class MetricSeries {
public:
    MetricSeries(QString name, int capacity);

    const QString& name() const { return m_name; }
    void append(double seconds, double value);
    int size() const { return m_size; }
    int capacity() const { return static_cast<int>(m_points.size()); }
    // Oldest first.
    QPointF at(int index) const;
    QVector<QPointF> points() const;
    // The points whose time is at least `from`, oldest first.
    QVector<QPointF> pointsSince(double from) const;

private:
    QString m_name;
    QVector<QPointF> m_points;
    int m_start = 0;  // index of the oldest point
    int m_size = 0;
};

}  // namespace sw::ui
