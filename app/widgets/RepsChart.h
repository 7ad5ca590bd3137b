#pragma once

#include "core/history/MovementSeries.h"

#include <QWidget>

#include <map>

#include <vector>

// The reps of each movement per session over time, one line per movement. The lines differ in
// colour, dash pattern and marker shape, so they can be told apart without colour, and a legend
// names them. Long histories are drawn a week per point (that week's average session), so ten
// years stay a few hundred points.
class RepsChart : public QWidget
{
    Q_OBJECT

public:
    explicit RepsChart(QWidget *parent = nullptr);

    // One series per movement, a point per session, as core's seriesPerSession gives them.
    void setSeries(const std::vector<gluteguide::MovementSeries> &perSession);

    // What is drawn: per session, or per week for a long history.
    const std::vector<gluteguide::MovementSeries> &shownSeries() const { return m_series; }
    bool showsWeeks() const { return m_byWeek; }

    // Where the lines are drawn, and each movement's line colour.
    QRect plotArea() const;
    QColor colourOf(gluteguide::Movement movement) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct LegendEntry
    {
        gluteguide::Movement movement = gluteguide::Movement::Clamshell;
        QRectF area;
    };

    QFont labelFont() const;
    std::vector<LegendEntry> legendLayout(double &height) const;
    double xAt(gluteguide::LocalDay day, const QRectF &plot, double withinDay = 0.5) const;
    double yAt(double reps, const QRectF &plot) const;
    int repsStep() const;
    double repsCeiling() const;
    QString summary() const;
    void paintGrid(QPainter &painter, const QRectF &plot) const;
    void paintDates(QPainter &painter, const QRectF &plot) const;
    void paintSeries(QPainter &painter, const QRectF &plot) const;
    void paintLegend(QPainter &painter, const std::vector<LegendEntry> &entries) const;

    std::vector<gluteguide::MovementSeries> m_series;
    bool m_byWeek = false;
    int m_sessions = 0;
    gluteguide::LocalDay m_firstDay{};
    std::map<gluteguide::LocalDay, int> m_sessionsOnDay; // the most sessions of a day
    gluteguide::LocalDay m_lastDay{};
    double m_mostReps = 0.0;
};
