// Progress (issue 11): the progress screen lays out what core computes from the history.

#include "AccessibleName.h"

#include "app/pages/ProgressPage.h"
#include "app/text/DisplayNames.h"
#include "app/text/LocalDates.h"
#include "app/widgets/RepsChart.h"
#include "app/widgets/WeeklyBars.h"
#include "core/progress/BuildUp.h"

#include "../core/HistoryBuilding.h"

#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>

#include <gtest/gtest.h>

#include <chrono>

using namespace gluteguide;
using namespace std::chrono;

namespace {

const QDate today(2025, 6, 18);

year_month_day daysBefore(QDate date, int days)
{
    return year_month_day{ localDayOfDate(date.addDays(-days)) };
}

// A pain stop ten days ago, a gap, then `daysInARow` days ending yesterday with varied reps.
std::vector<SessionRecord> smallHistory(int daysInARow, const Routine &routine = defaultRoutine())
{
    std::vector<SessionRecord> history;
    SessionRecord painful = completedSession(routine, wallTimeAt(daysBefore(today, 10), 9h, 120));
    endIn(painful, 3, 2, SessionOutcome::PainStop);
    history.push_back(painful);
    for (int i = daysInARow; i >= 1; --i) {
        SessionRecord session =
                completedSession(routine, wallTimeAt(daysBefore(today, i), 18h, 120));
        for (BlockRecord &block : session.blocks) {
            block.repsDone = std::max(1, block.repsPrescribed - 3 * i - int(block.movement));
            block.thatsAll = block.repsDone < block.repsPrescribed;
        }
        history.push_back(session);
    }
    return history;
}

// Pixels close to a colour inside a rectangle of the image.
int pixelsOfColour(const QImage &image, const QRect &area, const QColor &colour)
{
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (std::abs(pixel.red() - colour.red()) < 10
                && std::abs(pixel.green() - colour.green()) < 10
                && std::abs(pixel.blue() - colour.blue()) < 10)
                ++count;
        }
    }
    return count;
}

class ProgressPageTest : public ::testing::Test
{
protected:
    void show(const std::vector<SessionRecord> &history, const Routine &routine = defaultRoutine())
    {
        m_page.resize(1280, 760);
        m_page.showHistory(history, today, routine);
        m_page.show();
        QApplication::processEvents();
    }

    // The chart as drawn, in device-independent pixels.
    QImage chartImage() const
    {
        return m_page.chart()->grab().toImage().scaled(m_page.chart()->size());
    }

    ProgressPage m_page;
};

} // namespace

TEST_F(ProgressPageTest, ShowsTheStreakAndTheDateOfTheLastPainStop)
{
    const int daysInARow = 3;
    show(smallHistory(daysInARow));
    EXPECT_EQ(m_page.streakLabel()->text(), ProgressPage::tr("%n days", nullptr, daysInARow));
    EXPECT_EQ(m_page.painStopLabel()->text(),
              m_page.locale().toString(today.addDays(-10), QLocale::LongFormat));
    EXPECT_TRUE(m_page.chart()->isVisible());
    EXPECT_FALSE(m_page.emptyHistoryText()->isVisible());
}

TEST_F(ProgressPageTest, AnEmptyHistoryExplainsInsteadOfShowingEmptyCharts)
{
    show({});
    EXPECT_TRUE(m_page.emptyHistoryText()->isVisible());
    EXPECT_FALSE(m_page.emptyHistoryText()->text().isEmpty());
    EXPECT_FALSE(m_page.chart()->isVisible());
    EXPECT_FALSE(m_page.weeklyBars()->isVisible());
    // With nothing done yet, the aim is the prescription.
    const Routine routine = defaultRoutine();
    ASSERT_EQ(m_page.table()->rowCount(), int(routine.movements.size()));
    for (int row = 0; row < m_page.table()->rowCount(); ++row)
        EXPECT_EQ(m_page.table()->item(row, 1)->text(),
                  QString::number(routine.movements[std::size_t(row)].reps));
}

TEST_F(ProgressPageTest, TheChartDrawsALineForEachMovementInTheHistory)
{
    Routine withoutPulses = defaultRoutine();
    for (MovementSpec &spec : withoutPulses.movements)
        spec.enabled = spec.movement != Movement::Pulses;
    show(smallHistory(6, withoutPulses), withoutPulses);

    const RepsChart *chart = m_page.chart();
    ASSERT_EQ(chart->shownSeries().size(), withoutPulses.movements.size() - 1);
    const QImage image = chartImage();
    for (const MovementSeries &series : chart->shownSeries())
        EXPECT_GT(pixelsOfColour(image, chart->plotArea(), chart->colourOf(series.movement)), 40)
                << DisplayNames::movement(series.movement).toStdString();
    // A movement no session had draws nothing.
    EXPECT_EQ(pixelsOfColour(image, chart->plotArea(), chart->colourOf(Movement::Pulses)), 0);
}

TEST_F(ProgressPageTest, SessionsPerWeekCoverTheLastTwelveWeeks)
{
    show(smallHistory(3));
    const std::vector<WeekCount> &weeks = m_page.weeklyBars()->weeks();
    ASSERT_EQ(weeks.size(), 12u);
    EXPECT_EQ(dateOfLocalDay(weeks.back().monday).dayOfWeek(), Qt::Monday);
    EXPECT_LE(dateOfLocalDay(weeks.back().monday), today);
    int sessions = 0;
    for (const WeekCount &week : weeks)
        sessions += week.sessions;
    EXPECT_EQ(sessions, 1 + 3);
}

TEST_F(ProgressPageTest, TargetsComeFromTheBuildUpRuleOnTheHistory)
{
    const std::vector<SessionRecord> history = smallHistory(4);
    const Routine routine = defaultRoutine();
    show(history, routine);
    const std::vector<RepTarget> targets = suggestTargets(routine, history);
    ASSERT_EQ(m_page.table()->rowCount(), int(targets.size()));
    for (int row = 0; row < int(targets.size()); ++row) {
        EXPECT_EQ(m_page.table()->item(row, 1)->text(),
                  QString::number(targets[std::size_t(row)].suggested));
        // The history's last session fell short, so the aim is below the prescription.
        EXPECT_LT(targets[std::size_t(row)].suggested, targets[std::size_t(row)].prescribed);
    }
}

TEST_F(ProgressPageTest, EveryPartHasANameAndTheChartIsDescribedInWords)
{
    show(smallHistory(5));
    for (QWidget *widget : m_page.findChildren<QWidget *>()) {
        const bool control = qobject_cast<QLabel *>(widget) || qobject_cast<QPushButton *>(widget)
                || qobject_cast<RepsChart *>(widget) || qobject_cast<WeeklyBars *>(widget)
                || qobject_cast<QTableWidget *>(widget);
        if (control && widget->isVisible()) {
            EXPECT_TRUE(hasMeaningfulName(widget));
        }
    }
    const QString description = m_page.chart()->accessibleDescription();
    for (const MovementSeries &series : m_page.chart()->shownSeries())
        EXPECT_TRUE(description.contains(DisplayNames::movement(series.movement)));
    EXPECT_TRUE(m_page.weeklyBars()->accessibleDescription().contains(QString::number(12)));
}

TEST_F(ProgressPageTest, YearsOfSessionsAreDrawnAWeekPerPoint)
{
    std::vector<SessionRecord> history;
    for (int i = 3 * 365; i >= 1; --i)
        history.push_back(completedSession(wallTimeAt(daysBefore(today, i), 8h, 60)));
    show(history);
    EXPECT_TRUE(m_page.chart()->showsWeeks());
    const std::size_t points = m_page.chart()->shownSeries().front().points.size();
    EXPECT_LT(points, history.size() / 6);
    EXPECT_EQ(m_page.streakLabel()->text(), ProgressPage::tr("%n days", nullptr, 3 * 365));
}
