#include "app/pages/ProgressPage.h"

#include "app/text/DisplayNames.h"
#include "app/text/LocalDates.h"
#include "app/widgets/ButtonWidth.h"
#include "app/widgets/RepsChart.h"
#include "app/widgets/ScaledFont.h"
#include "app/widgets/WeeklyBars.h"
#include "core/history/HistoryStats.h"
#include "core/history/MovementSeries.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace gluteguide;

namespace {

constexpr int weeksShown = 12;
constexpr double captionScale = 1.3;
constexpr double figureScale = 1.9;

QLabel *caption(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setFont(scaledFont(parent->font(), captionScale, true));
    return label;
}

void setCaptionText(QLabel *caption, const QString &text)
{
    caption->setText(text);
    caption->setAccessibleName(text);
}

// A figure such as the streak: large, with its caption above, readable from across the room.
QLabel *figure(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setFont(scaledFont(parent->font(), figureScale, true));
    label->setWordWrap(true);
    return label;
}

} // namespace

ProgressPage::ProgressPage(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_title = pageTitle(QString(), this);
    layout->addWidget(m_title);
    auto *columns = new QHBoxLayout;
    layout->addLayout(columns, 1);

    // Left: the reps over time, or what this page will show once there is a history.
    auto *left = new QVBoxLayout;
    m_emptyText = new QLabel(this);
    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_emptyText->setFont(scaledFont(font(), captionScale));
    left->addWidget(m_emptyText, 1);
    m_chartPanel = new QWidget(this);
    auto *chartColumn = new QVBoxLayout(m_chartPanel);
    chartColumn->setContentsMargins(0, 0, 0, 0);
    m_chartCaption = caption(m_chartPanel);
    chartColumn->addWidget(m_chartCaption);
    m_chart = new RepsChart(m_chartPanel);
    chartColumn->addWidget(m_chart, 1);
    left->addWidget(m_chartPanel, 1);
    columns->addLayout(left, 3);

    // Right: the streak, the last pain stop and the weeks; then the targets.
    auto *right = new QVBoxLayout;
    m_figuresPanel = new QWidget(this);
    auto *figuresColumn = new QVBoxLayout(m_figuresPanel);
    figuresColumn->setContentsMargins(0, 0, 0, 0);
    auto *figures = new QGridLayout;
    m_streakCaption = caption(m_figuresPanel);
    figures->addWidget(m_streakCaption, 0, 0);
    m_streak = figure(m_figuresPanel);
    figures->addWidget(m_streak, 1, 0, Qt::AlignTop);
    m_painStopCaption = caption(m_figuresPanel);
    figures->addWidget(m_painStopCaption, 0, 1);
    m_painStop = figure(m_figuresPanel);
    figures->addWidget(m_painStop, 1, 1, Qt::AlignTop);
    figures->setColumnStretch(0, 2);
    figures->setColumnStretch(1, 3);
    figuresColumn->addLayout(figures);
    figuresColumn->addSpacing(fontMetrics().height());
    m_weeksCaption = caption(m_figuresPanel);
    figuresColumn->addWidget(m_weeksCaption);
    m_weeklyBars = new WeeklyBars(m_figuresPanel);
    figuresColumn->addWidget(m_weeklyBars, 1);
    right->addWidget(m_figuresPanel, 1);

    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setFont(scaledFont(font(), captionScale, true));
    right->addWidget(m_intro);

    m_table = new QTableWidget(0, 2, this);
    m_table->setFont(scaledFont(font(), captionScale));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setFont(m_table->font());
    m_table->verticalHeader()->setFont(m_table->font());
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // A report to read, not a grid to edit: no selection, and only as tall as its rows.
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    right->addWidget(m_table);
    right->addStretch(0); // takes the room of the figures when they are hidden
    columns->addLayout(right, 2);

    m_home = new QPushButton(this);
    m_home->setObjectName(QStringLiteral("backToHome")); // found by tests in any language
    m_home->setMinimumHeight(48);
    layout->addWidget(m_home, 0, Qt::AlignRight);
    connect(m_home, &QPushButton::clicked, this, &ProgressPage::homeRequested);

    showHistoryParts(false);
    retranslate();
}

void ProgressPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void ProgressPage::retranslate()
{
    setCaptionText(m_title, tr("Progress"));
    m_emptyText->setText(tr("No sessions yet. After your first session, this page shows how "
                            "your repetitions build up for each movement, how many sessions "
                            "you do each week and how many days in a row you have exercised."));
    m_emptyText->setAccessibleName(tr("No sessions yet"));
    setCaptionText(m_chartCaption, tr("Repetitions per session, all sets and sides"));
    setCaptionText(m_streakCaption, tr("Days in a row"));
    m_streak->setAccessibleName(tr("Current streak"));
    setCaptionText(m_painStopCaption, tr("Last pain stop"));
    m_painStop->setAccessibleName(tr("Last pain stop"));
    setCaptionText(m_weeksCaption, tr("Sessions per week"));
    m_intro->setAccessibleName(tr("Aim for next time"));
    m_table->setHorizontalHeaderLabels({ tr("Prescribed"), tr("Aim for") });
    m_table->setAccessibleName(tr("Repetition targets for next time"));
    m_home->setText(tr("Back to home"));
    m_home->setAccessibleName(tr("Back to home"));
    reserveWidthForLabels(m_home, { m_home->text() });
    fillFigures();
    fillTargets();
}

void ProgressPage::showHistoryParts(bool shown)
{
    m_emptyText->setVisible(!shown);
    m_chartPanel->setVisible(shown);
    m_figuresPanel->setVisible(shown);
}

void ProgressPage::showHistory(const std::vector<SessionRecord> &oldestFirst, QDate today,
                               const Routine &current)
{
    showHistoryParts(!oldestFirst.empty());

    const LocalDay day = localDayOfDate(today);
    m_chart->setSeries(seriesPerSession(oldestFirst));
    m_weeklyBars->setWeeks(sessionsPerWeek(oldestFirst, day, weeksShown));

    m_streakDays = currentStreak(oldestFirst, day);
    const auto painStop = lastPainStop(oldestFirst);
    m_lastPainStop = painStop ? dateOfLocalDay(painStop->day) : QDate();
    fillFigures();

    showTargets(suggestTargets(current, oldestFirst));
}

void ProgressPage::fillFigures()
{
    if (!m_streakDays)
        return;
    const int streak = *m_streakDays;
    m_streak->setText(streak == 1 ? tr("1 day") : tr("%n days", nullptr, streak));
    m_streak->setAccessibleDescription(m_streak->text());

    m_painStop->setText(m_lastPainStop.isValid()
                                ? locale().toString(m_lastPainStop, QLocale::LongFormat)
                                : tr("None"));
    m_painStop->setAccessibleDescription(m_painStop->text());
}

void ProgressPage::showTargets(const std::vector<RepTarget> &targets)
{
    m_targets = targets;
    fillTargets();
}

void ProgressPage::fillTargets()
{
    if (!m_targets) {
        m_intro->setText(tr("Finish or stop a session to see what to aim for next time."));
        return;
    }
    const std::vector<RepTarget> &targets = *m_targets;
    m_intro->setText(tr("Aim for next time"));
    m_table->setRowCount(int(targets.size()));
    for (int row = 0; row < int(targets.size()); ++row) {
        const RepTarget &target = targets[std::size_t(row)];
        m_table->setVerticalHeaderItem(
                row, new QTableWidgetItem(DisplayNames::movement(target.movement)));
        m_table->setItem(row, 0, new QTableWidgetItem(QString::number(target.prescribed)));
        m_table->setItem(row, 1, new QTableWidgetItem(QString::number(target.suggested)));
    }
    m_table->resizeRowsToContents();
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int row = 0; row < m_table->rowCount(); ++row)
        height += m_table->rowHeight(row);
    m_table->setFixedHeight(height);
}
