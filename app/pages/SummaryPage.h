#pragma once

#include "core/plan/Plan.h"
#include "core/session/MovementResult.h"
#include "core/session/SessionEvent.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

// After a session: what was achieved per movement, set and side, how long it took, and, after a
// pain stop, what to do now.
class SummaryPage : public QWidget
{
    Q_OBJECT

public:
    explicit SummaryPage(QWidget *parent = nullptr);

    void showResults(const gluteguide::Plan &plan,
                     const std::vector<gluteguide::MovementResult> &results,
                     gluteguide::StopReason stopReason, gluteguide::Millis timeTaken);

    QLabel *heading() const { return m_heading; }
    QLabel *painAdvice() const { return m_painAdvice; }
    QTableWidget *table() const { return m_table; }

signals:
    void homeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillResults();

    // What is shown, to be shown again in another language.
    gluteguide::Plan m_plan;
    std::vector<gluteguide::MovementResult> m_results;
    gluteguide::StopReason m_stopReason = gluteguide::StopReason::None;
    gluteguide::Millis m_timeTaken{ 0 };

    QLabel *m_heading = nullptr;
    QLabel *m_totals = nullptr;
    QLabel *m_painAdvice = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_home = nullptr;
};
