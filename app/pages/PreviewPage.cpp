#include "app/pages/PreviewPage.h"

#include "app/widgets/FigureView.h"
#include "app/text/DisplayNames.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace gluteguide;

namespace {

// One movement, one set, no setup or rests: the reps play back to back.
Routine singleMovement(const Routine &routine, int index)
{
    Routine one = routine;
    one.movements = { routine.movements[std::size_t(index)] };
    one.setup.clear();
    one.setsPerSide = 1;
    one.bothSides = false;
    return one;
}

} // namespace

PreviewPage::PreviewPage(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Preview"), this);
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.0);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);

    auto *choices = new QHBoxLayout;
    m_movement = new QComboBox(this);
    m_movement->setAccessibleName(tr("Movement to preview"));
    m_speed = new QComboBox(this);
    m_speed->setAccessibleName(tr("Preview speed"));
    for (double speed : { 0.25, 0.5, 1.0, 2.0, 4.0 })
        m_speed->addItem(tr("%1×").arg(speed), speed);
    m_speed->setCurrentIndex(2);
    auto *fromStart = new QPushButton(tr("From the start"), this);
    fromStart->setAccessibleName(tr("Play the movement from the start"));
    choices->addWidget(new QLabel(tr("Movement:"), this));
    choices->addWidget(m_movement, 1);
    choices->addWidget(new QLabel(tr("Speed:"), this));
    choices->addWidget(m_speed);
    choices->addWidget(fromStart);
    layout->addLayout(choices);

    m_figure = new FigureView(this);
    m_figure->setAccessibleName(tr("Movement preview"));
    layout->addWidget(m_figure, 1);
    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    layout->addWidget(m_details);

    auto *home = new QPushButton(tr("Back to home"), this);
    home->setAccessibleName(tr("Back to home"));
    layout->addWidget(home, 0, Qt::AlignRight);

    m_frames.setInterval(16);
    connect(&m_frames, &QTimer::timeout, this, &PreviewPage::renderFrame);
    connect(m_movement, &QComboBox::currentIndexChanged, this, &PreviewPage::rebuildPlan);
    connect(m_speed, &QComboBox::currentIndexChanged, this, [this] {
        m_offsetMs = double(position().count());
        m_clock.restart();
    });
    connect(fromStart, &QPushButton::clicked, this, &PreviewPage::restart);
    connect(home, &QPushButton::clicked, this, &PreviewPage::homeRequested);
}

void PreviewPage::showRoutine(const Routine &routine)
{
    m_routine = routine;
    const QSignalBlocker blocker(m_movement);
    m_movement->clear();
    for (std::size_t i = 0; i < routine.movements.size(); ++i) {
        if (routine.movements[i].enabled)
            m_movement->addItem(DisplayNames::movement(routine.movements[i].movement), int(i));
    }
    rebuildPlan();
}

void PreviewPage::rebuildPlan()
{
    if (m_movement->count() == 0)
        return;
    const int index = m_movement->currentData().toInt();
    m_plan = buildPlan(singleMovement(m_routine, index));
    const MovementSpec &spec = m_routine.movements[std::size_t(index)];
    m_details->setText(tr("%1 repetitions · %2 · %3 sets on each side")
                               .arg(spec.reps)
                               .arg(DisplayNames::tempo(spec))
                               .arg(m_routine.setsPerSide));
    restart();
}

void PreviewPage::restart()
{
    m_offsetMs = 0.0;
    m_clock.restart();
    renderFrame();
}

Millis PreviewPage::position() const
{
    if (m_plan.steps.empty())
        return Millis{ 0 };
    const double speed = m_speed->currentData().toDouble();
    const double played = m_offsetMs + double(m_clock.elapsed()) * speed;
    // Loop the movement: after the last rep, go back to its intro.
    return Millis{ static_cast<Millis::rep>(std::fmod(played, double(m_plan.total.count()))) };
}

void PreviewPage::renderFrame()
{
    if (!m_plan.steps.empty())
        m_figure->setScene(figureSceneAt(m_plan, position()));
}

void PreviewPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_frames.start();
}

void PreviewPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_frames.stop();
}
