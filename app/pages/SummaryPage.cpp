#include "app/pages/SummaryPage.h"

#include "app/text/DisplayNames.h"
#include "app/widgets/ButtonWidth.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace gluteguide;

SummaryPage::SummaryPage(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    QFont headingFont = font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 2.2);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);

    m_painAdvice = new QLabel(this);
    m_painAdvice->setWordWrap(true);
    m_painAdvice->setObjectName(QStringLiteral("painAdvice"));
    m_painAdvice->setStyleSheet(QStringLiteral(
            "QLabel#painAdvice { border: 2px solid #c62828; border-radius: 6px; padding: 12px; }"));
    layout->addWidget(m_painAdvice);

    m_totals = new QLabel(this);
    QFont totalsFont = font();
    totalsFont.setPointSizeF(totalsFont.pointSizeF() * 1.3);
    m_totals->setFont(totalsFont);
    layout->addWidget(m_totals);

    m_table = new QTableWidget(this);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    // A report to read, not a grid to edit: no selection, and only as tall as its rows.
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_table);
    layout->addStretch(1);

    m_home = new QPushButton(this);
    m_home->setObjectName(QStringLiteral("backToHome")); // found by tests in any language
    m_home->setMinimumHeight(48);
    layout->addWidget(m_home, 0, Qt::AlignRight);
    connect(m_home, &QPushButton::clicked, this, &SummaryPage::homeRequested);
    // Arriving here, Enter or Space goes back.
    m_home->setDefault(true);
    setFocusProxy(m_home);
    retranslate();
}

void SummaryPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void SummaryPage::retranslate()
{
    m_painAdvice->setText(tr(
            "<b>You stopped because of pain.</b><br>Stop exercising for today and rest in a "
            "position that feels comfortable. Sharp pain, pain that spreads down a leg, numbness "
            "or pain that does not settle within a day are reasons to contact your clinician "
            "before you try again. Next time, do fewer repetitions and move more slowly."));
    m_table->setAccessibleName(tr("Repetitions achieved per movement, set and side"));
    m_home->setText(tr("Back to home"));
    m_home->setAccessibleName(tr("Back to home"));
    reserveWidthForLabels(m_home, { m_home->text() });
    if (!m_plan.steps.empty())
        fillResults();
}

void SummaryPage::showResults(const Plan &plan, const std::vector<MovementResult> &results,
                              StopReason stopReason, Millis timeTaken)
{
    m_plan = plan;
    m_results = results;
    m_stopReason = stopReason;
    m_timeTaken = timeTaken;
    fillResults();
}

void SummaryPage::fillResults()
{
    const Plan &plan = m_plan;
    const std::vector<MovementResult> &results = m_results;
    const StopReason stopReason = m_stopReason;
    const Millis timeTaken = m_timeTaken;
    const Routine &routine = plan.routine;
    switch (stopReason) {
    case StopReason::None:
        m_heading->setText(tr("Well done — series complete"));
        break;
    case StopReason::User:
        m_heading->setText(tr("Session stopped"));
        break;
    case StopReason::Pain:
        m_heading->setText(tr("Stopped for pain"));
        break;
    }
    m_painAdvice->setVisible(stopReason == StopReason::Pain);

    int achieved = 0;
    int prescribed = 0;
    for (const MovementResult &result : results) {
        achieved += result.achieved;
        prescribed += result.prescribed;
    }
    m_totals->setText(tr("%1 of %2 repetitions · time taken %3")
                              .arg(achieved)
                              .arg(prescribed)
                              .arg(DisplayNames::duration(timeTaken)));

    // Rows: movements. Columns: each set on each side, in the order they were done.
    std::vector<std::pair<Side, int>> columns;
    for (const MovementResult &result : results) {
        const std::pair<Side, int> column{ result.side, result.set };
        if (std::find(columns.begin(), columns.end(), column) == columns.end())
            columns.push_back(column);
    }
    m_table->clear();
    const std::vector<int> &rows = plan.movementOrder; // row -> index into routine.movements
    m_table->setRowCount(int(rows.size()));
    m_table->setColumnCount(int(columns.size()));
    for (int c = 0; c < int(columns.size()); ++c) {
        const auto [side, set] = columns[std::size_t(c)];
        m_table->setHorizontalHeaderItem(
                c,
                new QTableWidgetItem(tr("%1 side, set %2")
                                             .arg(side == Side::Left ? tr("Left") : tr("Right"))
                                             .arg(set)));
    }
    for (int r = 0; r < int(rows.size()); ++r) {
        m_table->setVerticalHeaderItem(
                r,
                new QTableWidgetItem(DisplayNames::movement(
                        routine.movements[std::size_t(rows[std::size_t(r)])].movement)));
    }
    for (const MovementResult &result : results) {
        const auto column = std::find(columns.begin(), columns.end(),
                                      std::pair<Side, int>{ result.side, result.set });
        QString text = result.attempted ? tr("%1 / %2").arg(result.achieved).arg(result.prescribed)
                                        : tr("—");
        if (result.skipped)
            text = tr("skipped");
        auto *item = new QTableWidgetItem(text);
        item->setTextAlignment(Qt::AlignCenter);
        const auto row = std::find(rows.begin(), rows.end(), result.movementIndex);
        m_table->setItem(int(row - rows.begin()), int(column - columns.begin()), item);
    }
}
