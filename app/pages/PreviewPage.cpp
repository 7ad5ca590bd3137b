#include "app/pages/PreviewPage.h"

#include "app/widgets/ScaledFont.h"

#include "app/cues/CueTexts.h"
#include "app/document/RoutineDocument.h"
#include "app/figure/FigureScene.h"
#include "app/text/DisplayNames.h"
#include "app/text/FormPoints.h"
#include "app/widgets/FigureView.h"
#include "app/widgets/PlanTimeline.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace gluteguide;

namespace {

constexpr int frameIntervalMs = 16;
constexpr Millis frameStep{ 40 }; // one frame at 25 frames a second
constexpr Millis bigStep{ 1000 };
// Between two frames of a playing preview, even on a busy machine; a longer move is a jump.
constexpr Millis longestFrameGap{ 1000 };

QString bulletList(const QStringList &points)
{
    QString html = QStringLiteral("<ul style=\"margin-left: 12px; -qt-list-indent: 0;\">");
    for (const QString &point : points)
        html += QStringLiteral("<li>%1</li>").arg(point.toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

} // namespace

PreviewPage::PreviewPage(const RoutineDocument &document, const MonotonicClock *clock,
                         QWidget *parent)
    : QWidget(parent),
      m_document(document),
      m_ownClock(clock ? nullptr : std::make_unique<SteadyClock>()),
      m_playhead(clock ? *clock : *m_ownClock)
{
    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    m_pageTitle = pageTitle(QString(), this);
    header->addWidget(m_pageTitle, 1);
    m_front = new QToolButton(this);
    m_feet = new QToolButton(this);
    auto *views = new QButtonGroup(this);
    for (QToolButton *view : { m_front, m_feet }) {
        view->setCheckable(true);
        views->addButton(view);
        header->addWidget(view);
    }
    m_front->setChecked(true);
    layout->addLayout(header);

    auto *middle = new QHBoxLayout;
    m_figure = new FigureView(this);
    middle->addWidget(m_figure, 3);
    auto *details = new QVBoxLayout;
    m_title = new QLabel(this);
    m_title->setFont(scaledFont(font(), 1.5, true));
    m_where = new QLabel(this);
    m_where->setWordWrap(true);
    m_formPoints = new QLabel(this);
    m_formPoints->setWordWrap(true);
    m_formPoints->setTextFormat(Qt::RichText);
    m_formPoints->setMinimumWidth(300);
    details->addWidget(m_title);
    details->addWidget(m_where);
    details->addWidget(m_formPoints);
    details->addStretch(1);
    middle->addLayout(details, 2);
    layout->addLayout(middle, 1);

    m_caption = new QLabel(this);
    m_caption->setWordWrap(true);
    m_caption->setAlignment(Qt::AlignCenter);
    m_caption->setFont(scaledFont(font(), 1.5));
    m_caption->setMinimumHeight(QFontMetrics(m_caption->font()).height() * 2);
    layout->addWidget(m_caption);

    auto *timelines = new QGridLayout;
    m_whole = new PlanTimeline(this);
    m_block = new PlanTimeline(this);
    m_time = new QLabel(this);
    m_wholeLabel = new QLabel(this);
    m_blockLabel = new QLabel(this);
    timelines->addWidget(m_wholeLabel, 0, 0);
    timelines->addWidget(m_whole, 0, 1);
    timelines->addWidget(m_time, 0, 2);
    timelines->addWidget(m_blockLabel, 1, 0);
    timelines->addWidget(m_block, 1, 1);
    timelines->setColumnStretch(1, 1);
    layout->addLayout(timelines);

    auto *controls = new QHBoxLayout;
    buildControls(controls);
    layout->addLayout(controls);

    m_frames.setInterval(frameIntervalMs);
    connect(&m_frames, &QTimer::timeout, this, &PreviewPage::renderFrame);
    connect(m_front, &QToolButton::clicked, this, [this] { setCamera(Camera::front()); });
    connect(m_feet, &QToolButton::clicked, this, [this] { setCamera(Camera::fromFeet()); });
    for (PlanTimeline *timeline : { m_whole, m_block }) {
        connect(timeline, &QAbstractSlider::valueChanged, this, [this](int value) {
            m_playhead.seek(Millis{ value });
            m_lastPosition = m_playhead.position(); // a jump passes no cues
            renderFrame();
        });
    }
    connect(&m_document, &RoutineDocument::changed, this, &PreviewPage::onDocumentChanged);
    retranslate();
    onDocumentChanged();
}

void PreviewPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fillMovementChoice();
        renderFrame();
    }
}

void PreviewPage::retranslate()
{
    m_pageTitle->setText(tr("Preview"));
    m_pageTitle->setAccessibleName(m_pageTitle->text());
    m_front->setText(tr("Front view"));
    m_feet->setText(tr("View from the feet"));
    for (QToolButton *view : { m_front, m_feet })
        view->setAccessibleName(view->text());
    m_figure->setAccessibleName(tr("Movement preview"));
    m_formPoints->setAccessibleName(tr("Form points"));
    // The caption's words are its name, what a screen reader reads; this says what they are.
    m_caption->setAccessibleDescription(tr("Caption"));
    if (m_captionCue)
        m_caption->setText(CueTexts::text(*m_captionCue));
    m_whole->setAccessibleName(tr("Whole session timeline"));
    m_block->setAccessibleName(tr("This movement's timeline"));
    m_time->setAccessibleName(tr("Preview time"));
    m_wholeLabel->setText(tr("Whole session:"));
    m_blockLabel->setText(tr("This movement:"));

    m_movement->setAccessibleName(tr("Movement to preview"));
    for (const auto &[button, name] : { std::pair{ m_toStart, tr("Go to the start (Home)") },
                                        std::pair{ m_back, tr("One frame back (Left)") },
                                        std::pair{ m_play, tr("Play or pause (Space)") },
                                        std::pair{ m_forward, tr("One frame on (Right)") },
                                        std::pair{ m_toEnd, tr("Go to the end (End)") } }) {
        button->setAccessibleName(name);
        button->setToolTip(name);
    }
    m_play->setMinimumWidth(std::max(m_play->fontMetrics().horizontalAdvance(tr("Pause")),
                                     m_play->fontMetrics().horizontalAdvance(tr("Play")))
                            + 56);
    m_speedLabel->setText(tr("Speed:"));
    m_movementLabel->setText(tr("&Movement:"));
    m_speed->setAccessibleName(tr("Preview speed"));
    // The speeds are written the language's way (0,5× in French).
    for (int i = 0; i < m_speed->count(); ++i)
        m_speed->setItemText(i, tr("%1×").arg(locale().toString(m_speed->itemData(i).toDouble())));
    m_loop->setText(tr("Loop this movement"));
    m_voice->setText(tr("Voice at 1×"));
    m_home->setText(tr("Back to home"));
    m_home->setAccessibleName(tr("Back to home (Esc)"));
}

PreviewPage::~PreviewPage() = default;

void PreviewPage::buildControls(QBoxLayout *layout)
{
    // The texts are set in retranslate().
    m_movement = new QComboBox(this);
    const auto button = [this](QStyle::StandardPixmap icon) {
        return new QPushButton(style()->standardIcon(icon), QString(), this);
    };
    QPushButton *toStart = m_toStart = button(QStyle::SP_MediaSkipBackward);
    QPushButton *back = m_back = button(QStyle::SP_MediaSeekBackward);
    m_play = button(QStyle::SP_MediaPause);
    QPushButton *forward = m_forward = button(QStyle::SP_MediaSeekForward);
    QPushButton *toEnd = m_toEnd = button(QStyle::SP_MediaSkipForward);
    m_speed = new QComboBox(this);
    for (double speed : { 0.25, 0.5, 1.0, 2.0, 4.0 })
        m_speed->addItem(QString(), speed);
    m_speed->setCurrentIndex(2);
    m_loop = new QCheckBox(this);
    m_voice = new QCheckBox(this);
    m_voice->setChecked(true);
    auto *home = m_home = new QPushButton(this);
    home->setObjectName(QStringLiteral("backToHome")); // found by tests in any language

    m_movementLabel = new QLabel(this);
    m_movementLabel->setBuddy(m_movement); // what a screen reader names the movement choice by
    layout->addWidget(m_movementLabel);
    layout->addWidget(m_movement, 1);
    for (QWidget *widget :
         std::initializer_list<QWidget *>{ toStart, back, m_play, forward, toEnd })
        layout->addWidget(widget);
    m_speedLabel = new QLabel(this);
    m_speedLabel->setBuddy(m_speed); // what a screen reader names the speed choice by
    layout->addWidget(m_speedLabel);
    layout->addWidget(m_speed);
    layout->addWidget(m_loop);
    layout->addWidget(m_voice);
    layout->addWidget(home);

    connect(m_movement, &QComboBox::activated, this, &PreviewPage::selectMovement);
    connect(m_speed, &QComboBox::currentIndexChanged, this,
            [this] { m_playhead.setRate(m_speed->currentData().toDouble()); });
    connect(m_loop, &QCheckBox::toggled, this, &PreviewPage::updateLoop);
    connect(m_play, &QPushButton::clicked, this, &PreviewPage::togglePlaying);
    const auto seekTo = [this](Millis position) {
        m_playhead.seek(position);
        m_lastPosition = m_playhead.position();
        renderFrame();
    };
    const auto stepBy = [this](Millis delta) {
        m_playhead.step(delta);
        m_lastPosition = m_playhead.position();
        renderFrame();
    };
    connect(toStart, &QPushButton::clicked, this, [seekTo] { seekTo(Millis{ 0 }); });
    connect(toEnd, &QPushButton::clicked, this, [this, seekTo] { seekTo(m_playhead.length()); });
    connect(back, &QPushButton::clicked, this, [stepBy] { stepBy(-frameStep); });
    connect(forward, &QPushButton::clicked, this, [stepBy] { stepBy(frameStep); });
    connect(home, &QPushButton::clicked, this, &PreviewPage::homeRequested);

    const auto key = [this](QKeySequence sequence, auto action) {
        auto *shortcut = new QShortcut(sequence, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, action);
    };
    key(Qt::Key_Space, [this] { togglePlaying(); });
    key(Qt::Key_Left, [stepBy] { stepBy(-frameStep); });
    key(Qt::Key_Right, [stepBy] { stepBy(frameStep); });
    key(Qt::SHIFT | Qt::Key_Left, [stepBy] { stepBy(-bigStep); });
    key(Qt::SHIFT | Qt::Key_Right, [stepBy] { stepBy(bigStep); });
    key(Qt::Key_Home, [seekTo] { seekTo(Millis{ 0 }); });
    key(Qt::Key_End, [this, seekTo] { seekTo(m_playhead.length()); });
    key(Qt::Key_Escape, [this] { emit homeRequested(); });
}

void PreviewPage::onDocumentChanged()
{
    const Plan &plan = m_document.plan();
    m_playhead.setLength(plan.total);
    m_whole->setPlan(&plan);
    m_block->setPlan(&plan);
    {
        const QSignalBlocker blocker(m_whole);
        m_whole->setShownRange(Millis{ 0 }, plan.total);
    }
    fillMovementChoice();
    updateLoop();
    m_lastPosition = m_playhead.position();
    renderFrame();
}

void PreviewPage::fillMovementChoice()
{
    // One entry per movement done, at its first block.
    const Plan &plan = m_document.plan();
    const QSignalBlocker blocker(m_movement);
    m_movement->clear();
    for (std::size_t i = 0; i < plan.steps.size(); ++i) {
        const PlanStep &step = plan.steps[i];
        if (step.kind == StepKind::Intro && step.set == 1 && step.side == plan.routine.firstSide)
            m_movement->addItem(DisplayNames::movement(*step.movement), qint64(step.start.count()));
    }
}

void PreviewPage::selectMovement(int index)
{
    if (index < 0)
        return;
    m_playhead.seek(Millis{ m_movement->itemData(index).toLongLong() });
    m_lastPosition = m_playhead.position();
    updateLoop();
    renderFrame();
}

void PreviewPage::restart()
{
    m_captionCue.reset();
    m_caption->clear();
    selectMovement(0);
    m_playhead.play();
    renderFrame();
}

void PreviewPage::togglePlaying()
{
    if (m_playhead.isPlaying())
        m_playhead.pause();
    else
        m_playhead.play();
    m_lastPosition = m_playhead.position();
    renderFrame();
}

void PreviewPage::setCamera(const Camera &camera)
{
    m_camera = camera;
    m_front->setChecked(camera == Camera::front());
    m_feet->setChecked(camera == Camera::fromFeet());
    renderFrame();
}

TimeRange PreviewPage::blockAround(std::size_t stepIndex) const
{
    const Plan &plan = m_document.plan();
    // From a rest or the set-up, the block that comes next.
    std::size_t index = stepIndex;
    while (index + 1 < plan.steps.size() && plan.steps[index].kind != StepKind::Intro
           && plan.steps[index].kind != StepKind::Rep)
        ++index;
    std::size_t first = index;
    while (first > 0 && plan.steps[first].kind == StepKind::Rep)
        --first;
    const std::size_t last =
            plan.steps[index].kind == StepKind::Complete ? index : plan.lastRepOfBlock(index);
    return { plan.steps[first].start, plan.steps[last].end() };
}

void PreviewPage::updateLoop()
{
    const std::size_t step = m_document.plan().stepIndexAt(m_playhead.position());
    m_playhead.setLoop(m_loop->isChecked() ? std::optional(blockAround(step)) : std::nullopt);
}

void PreviewPage::passCues(Millis from, Millis to)
{
    if (to <= from)
        return;
    const bool speak = m_voice->isChecked() && m_playhead.rate() == 1.0;
    for (const ScheduledCue &cue : cuesStartingIn(m_document.cues(), from, to)) {
        const QString text = CueTexts::text(cue.id);
        m_captionCue = cue.id;
        m_caption->setText(text);
        if (speak)
            emit cueDue(cue.id, text);
    }
}

void PreviewPage::showStepDetails(std::size_t stepIndex)
{
    const Plan &plan = m_document.plan();
    const PlanStep &step = plan.steps[stepIndex];
    m_title->setText(DisplayNames::stepTitle(step));
    QString where = DisplayNames::lyingOn(step.side);
    if (step.set > 0)
        where = DisplayNames::setOf(step.set, plan.routine.setsPerSide) + QStringLiteral(" · ")
                + where;
    if (step.kind == StepKind::Rep)
        where += QStringLiteral("\n")
                + tr("Repetition %1 of %2").arg(step.rep).arg(step.repsPrescribed);
    m_where->setText(where);
    const QStringList points =
            step.movement ? FormPoints::of(*step.movement) : FormPoints::always();
    m_formPoints->setText(bulletList(points));
    for (int i = 0; i < m_movement->count(); ++i) {
        if (step.movement && m_movement->itemText(i) == DisplayNames::movement(*step.movement)
            && m_movement->currentIndex() != i) {
            const QSignalBlocker blocker(m_movement);
            m_movement->setCurrentIndex(i);
        }
    }
}

void PreviewPage::renderFrame()
{
    const Plan &plan = m_document.plan();
    if (plan.steps.empty())
        return;
    const Millis position = m_playhead.position();
    // Cues are spoken when the preview plays through them, not when it jumps past them.
    const bool playedThrough = m_playhead.isPlaying() && position >= m_lastPosition
            && double((position - m_lastPosition).count())
                    <= double(longestFrameGap.count()) * m_playhead.rate();
    if (playedThrough)
        passCues(m_lastPosition, position);
    m_lastPosition = position;

    // The very function the session screen uses: the preview shows what the session would.
    m_figure->setScene(figureSceneAt(plan, position, m_camera));
    const std::size_t stepIndex = plan.stepIndexAt(position);
    showStepDetails(stepIndex);
    const TimeRange block = blockAround(stepIndex);
    {
        const QSignalBlocker wholeBlocker(m_whole);
        m_whole->setValue(int(position.count()));
        const QSignalBlocker blockBlocker(m_block);
        m_block->setShownRange(block.from, block.to);
        m_block->setValue(int(std::clamp(position, block.from, block.to).count()));
    }
    m_time->setText(QStringLiteral("%1 / %2").arg(DisplayNames::duration(position),
                                                  DisplayNames::duration(plan.total)));
    const bool playing = m_playhead.isPlaying();
    m_play->setText(playing ? tr("Pause") : tr("Play"));
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    if (m_playhead.isPlaying() && isVisible())
        m_frames.start();
    else
        m_frames.stop();
}

void PreviewPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_lastPosition = m_playhead.position();
    renderFrame();
}

void PreviewPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    // Nobody is watching: stop, so the voice stops too.
    m_playhead.pause();
    m_frames.stop();
}
