#include "run/metric_series.h"

#include <algorithm>

namespace sw::ui {

MetricSeries::MetricSeries(QString name, int capacity)
    : m_name(std::move(name)), m_points(std::max(capacity, 1)) {}

void MetricSeries::append(double seconds, double value) {
    const int capacity = this->capacity();
    if (m_size < capacity) {
        m_points[(m_start + m_size) % capacity] = QPointF(seconds, value);
        ++m_size;
        return;
    }
    m_points[m_start] = QPointF(seconds, value);  // overwrite the oldest
    m_start = (m_start + 1) % capacity;
}

QPointF MetricSeries::at(int index) const { return m_points[(m_start + index) % capacity()]; }

QVector<QPointF> MetricSeries::points() const { return pointsSince(-1e300); }

QVector<QPointF> MetricSeries::pointsSince(double from) const {
    QVector<QPointF> out;
    out.reserve(m_size);
    for (int i = 0; i < m_size; ++i) {
        const QPointF point = at(i);
        if (point.x() >= from) out.push_back(point);
    }
    return out;
}

}  // namespace sw::ui
