#pragma once

#include "core/progress/BuildUp.h"

#include <QWidget>

class QLabel;
class QTableWidget;

// What to aim for next time, from the last session's reps (core's build-up rule). Long-term
// history is stored by a later version; until then this covers the session just done.
class ProgressPage : public QWidget
{
    Q_OBJECT

public:
    explicit ProgressPage(QWidget *parent = nullptr);

    void showTargets(const std::vector<gluteguide::RepTarget> &targets);
    QTableWidget *table() const { return m_table; }

signals:
    void homeRequested();

private:
    QLabel *m_intro = nullptr;
    QTableWidget *m_table = nullptr;
};
