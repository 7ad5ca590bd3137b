#pragma once

#include "core/history/SessionRecord.h"
#include "core/progress/BuildUp.h"
#include "core/routine/Routine.h"

#include <QDate>
#include <QWidget>

#include <optional>
#include <vector>

class QLabel;
class QTableWidget;
class RepsChart;
class WeeklyBars;

// Progress over weeks, from the history: reps per movement over time, sessions per week, the
// current streak, the last pain stop, and what to aim for next time (core's build-up rule).
// Everything shown is computed by core; this page only lays it out.
class ProgressPage : public QWidget
{
    Q_OBJECT

public:
    explicit ProgressPage(QWidget *parent = nullptr);

    // The whole history, oldest first; today is the person's local date; targets are for the
    // routine that will be done next.
    void showHistory(const std::vector<gluteguide::SessionRecord> &oldestFirst, QDate today,
                     const gluteguide::Routine &current);
    // Targets alone, from the session just done (until the window passes the history).
    void showTargets(const std::vector<gluteguide::RepTarget> &targets);

    QTableWidget *table() const { return m_table; }
    RepsChart *chart() const { return m_chart; }
    WeeklyBars *weeklyBars() const { return m_weeklyBars; }
    QLabel *streakLabel() const { return m_streak; }
    QLabel *painStopLabel() const { return m_painStop; }
    QLabel *emptyHistoryText() const { return m_emptyText; }

signals:
    void homeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    // The chart and figures, or (with no history) the text explaining them.
    void showHistoryParts(bool shown);
    void fillFigures();
    void fillTargets();

    // What is shown, to be shown again in another language.
    std::optional<int> m_streakDays;
    QDate m_lastPainStop; // invalid: none
    std::optional<std::vector<gluteguide::RepTarget>> m_targets;

    QLabel *m_title = nullptr;
    QLabel *m_chartCaption = nullptr;
    QLabel *m_streakCaption = nullptr;
    QLabel *m_painStopCaption = nullptr;
    QLabel *m_weeksCaption = nullptr;
    class QPushButton *m_home = nullptr;

    QWidget *m_chartPanel = nullptr;
    QWidget *m_figuresPanel = nullptr;
    QLabel *m_emptyText = nullptr;
    RepsChart *m_chart = nullptr;
    WeeklyBars *m_weeklyBars = nullptr;
    QLabel *m_streak = nullptr;
    QLabel *m_painStop = nullptr;
    QLabel *m_intro = nullptr;
    QTableWidget *m_table = nullptr;
};
