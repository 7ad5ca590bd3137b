#pragma once

#include "core/history/HistoryStats.h"

#include <QWidget>

#include <vector>

// Sessions in each of the last weeks as a row of bars, oldest on the left, each bar with its
// number above it, so the count reads without the bar's length.
class WeeklyBars : public QWidget
{
    Q_OBJECT

public:
    explicit WeeklyBars(QWidget *parent = nullptr);

    // The weeks as core's sessionsPerWeek gives them, oldest first.
    void setWeeks(const std::vector<gluteguide::WeekCount> &weeks);
    const std::vector<gluteguide::WeekCount> &weeks() const { return m_weeks; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QFont labelFont() const;
    QString summary() const;

    std::vector<gluteguide::WeekCount> m_weeks;
};
