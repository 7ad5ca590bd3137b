#include "app/pages/KioskPage.h"

#include "app/cues/CueTexts.h"
#include "app/document/RoutineDocument.h"
#include "app/figure/FigureScene.h"
#include "app/text/DisplayNames.h"
#include "app/widgets/FigureView.h"
#include "app/widgets/ScaledFont.h"
#include "core/kiosk/KioskRoutines.h"

#include <QBoxLayout>
#include <QEvent>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QShortcut>
#include <QSlider>
#include <QStyle>

#include <algorithm>
#include <iterator>

using namespace gluteguide;

namespace {
constexpr int frameIntervalMs = 16;
// Between two frames, even on a busy machine; a longer gap is a jump and passes no cues.
constexpr Millis longestFrameGap{ 1000 };
constexpr int logoHeight = 72;
// The last count stays on screen a moment before the loop starts again.
constexpr Millis pauseBeforeAgain{ 2500 };
} // namespace

KioskPage::KioskPage(const RoutineDocument &document, const MonotonicClock *clock, QWidget *parent)
    : QWidget(parent),
      m_document(document),
      m_ownClock(clock ? nullptr : std::make_unique<SteadyClock>()),
      m_playhead(clock ? *clock : *m_ownClock)
{
    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    m_logo = new QLabel(this);
    m_logo->setVisible(false);
    m_clinic = new QLabel(this);
    m_clinic->setFont(scaledFont(font(), 2.0, true));
    header->addWidget(m_logo);
    header->addWidget(m_clinic, 1);
    layout->addLayout(header);

    auto *middle = new QHBoxLayout;
    m_figure = new FigureView(this);
    middle->addWidget(m_figure, 3);
    auto *side = new QVBoxLayout;
    m_title = new QLabel(this);
    m_title->setFont(scaledFont(font(), 2.4, true));
    m_title->setWordWrap(true);
    m_title->setAlignment(Qt::AlignCenter);
    side->addStretch(1);
    side->addWidget(m_title);
    side->addSpacing(24);
    m_tryIt = new QPushButton(this);
    m_tryIt->setFont(scaledFont(font(), 3.0, true));
    m_tryIt->setMinimumHeight(QFontMetrics(m_tryIt->font()).height() * 2);
    side->addWidget(m_tryIt);
    m_tryItHint = new QLabel(this);
    m_tryItHint->setWordWrap(true);
    m_tryItHint->setAlignment(Qt::AlignCenter);
    m_tryItHint->setFont(scaledFont(font(), 1.2));
    side->addWidget(m_tryItHint);
    side->addStretch(1);
    middle->addLayout(side, 2);
    layout->addLayout(middle, 1);

    m_caption = new QLabel(this);
    m_caption->setWordWrap(true);
    m_caption->setAlignment(Qt::AlignCenter);
    m_caption->setFont(scaledFont(font(), 2.2));
    m_caption->setMinimumHeight(QFontMetrics(m_caption->font()).height() * 2 + 8);
    layout->addWidget(m_caption);

    auto *footer = new QHBoxLayout;
    m_advice = new QLabel(this);
    m_advice->setWordWrap(true);
    footer->addWidget(m_advice, 1);
    buildSoundControls(footer);
    layout->addLayout(footer);

    // The button takes Enter and Space at once: the page's keys start with it. (A push button
    // outside a dialog takes Enter only as the default button.)
    m_tryIt->setDefault(true);
    setFocusProxy(m_tryIt);
    auto *escape = new QShortcut(Qt::Key_Escape, this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &KioskPage::exitRequested);
    connect(m_tryIt, &QPushButton::clicked, this, &KioskPage::tryItRequested);

    m_frames.setInterval(frameIntervalMs);
    connect(&m_frames, &QTimer::timeout, this, &KioskPage::renderFrame);
    connect(&m_document, &RoutineDocument::changed, this, &KioskPage::onDocumentChanged);
    retranslate();
    onDocumentChanged();
}

void KioskPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The movement's name and what is being said, in the new language.
        m_title->clear();
        renderFrame();
        if (m_lastPosition >= Millis{ 0 })
            showCaptionAt(m_lastPosition);
    }
}

void KioskPage::retranslate()
{
    m_clinic->setAccessibleName(tr("Clinic"));
    m_figure->setAccessibleName(tr("Exercise demonstration figure"));
    m_title->setAccessibleName(tr("Movement"));
    m_tryIt->setText(tr("Try it"));
    m_tryIt->setAccessibleName(tr("Try it: a short session to follow"));
    m_tryItHint->setText(tr("A short session to follow on the mat: one set, a few repetitions of "
                            "each movement."));
    // The caption's words are its name, what a screen reader reads; this says what they are.
    m_caption->setAccessibleDescription(tr("Caption"));
    m_advice->setText(tr("A demonstration only: it does not replace a clinician's advice. Stop "
                         "if a movement hurts."));
    m_volume->setAccessibleName(tr("Volume"));
    updateMuteButton();
}

KioskPage::~KioskPage() = default;

void KioskPage::buildSoundControls(QBoxLayout *layout)
{
    m_mute = new QPushButton(this);
    m_mute->setCheckable(true);
    m_mute->setChecked(true);
    m_mute->setFont(scaledFont(font(), 1.3));
    m_mute->setMinimumHeight(44);
    m_volume = new QSlider(Qt::Horizontal, this);
    m_volume->setRange(0, 100);
    m_volume->setValue(80);
    m_volume->setMinimumWidth(200);
    layout->addWidget(m_mute);
    layout->addWidget(m_volume);
    updateMuteButton();

    connect(m_mute, &QPushButton::toggled, this, [this](bool muted) {
        m_muted = muted;
        updateMuteButton();
        emit mutedChanged(muted);
    });
    connect(m_volume, &QSlider::valueChanged, this, [this](int value) {
        emit volumeChanged(value / 100.0);
        if (value > 0 && m_muted)
            m_mute->setChecked(false); // turning it up means "I want to hear it"
    });
}

void KioskPage::updateMuteButton()
{
    m_mute->setIcon(
            style()->standardIcon(m_muted ? QStyle::SP_MediaVolumeMuted : QStyle::SP_MediaVolume));
    m_mute->setText(m_muted ? tr("Sound off") : tr("Sound on"));
    m_mute->setAccessibleName(m_muted ? tr("Sound is off: turn it on")
                                      : tr("Sound is on: turn it off"));
}

void KioskPage::setClinic(const QString &name, const QString &logoPath)
{
    m_clinic->setText(name);
    const QPixmap logo = logoPath.isEmpty() ? QPixmap() : QPixmap(logoPath);
    m_logo->setVisible(!logo.isNull());
    if (!logo.isNull()) {
        const qreal ratio = devicePixelRatioF();
        QPixmap scaled = logo.scaledToHeight(int(logoHeight * ratio), Qt::SmoothTransformation);
        scaled.setDevicePixelRatio(ratio);
        m_logo->setPixmap(scaled);
    }
}

void KioskPage::setMuted(bool muted)
{
    m_mute->setChecked(muted);
}

void KioskPage::setVolume(double volume)
{
    m_volume->setValue(int(volume * 100.0 + 0.5));
}

void KioskPage::onDocumentChanged()
{
    if (!m_document.isValid())
        return; // keep showing the last loop that had no problems
    m_plan = buildPlan(KioskRoutines::attractLoop(m_document.routine()));
    m_cues = scheduleCues(m_plan, m_document.cueLengths());
    m_loopLength = m_plan.total + pauseBeforeAgain;
    m_playhead.setLength(m_loopLength);
    m_playhead.setLoop(TimeRange{ Millis{ 0 }, m_loopLength });
    m_playhead.seek(Millis{ 0 });
    m_lastPosition = Millis{ -1 };
    if (isVisible())
        renderFrame();
}

void KioskPage::renderFrame()
{
    if (m_plan.steps.empty())
        return;
    const Millis position = m_playhead.position();
    const bool wrapped = position < m_lastPosition;
    const Millis moved =
            wrapped ? m_plan.total - m_lastPosition + position : position - m_lastPosition;
    if (m_lastPosition < Millis{ 0 } || moved > longestFrameGap) {
        showCaptionAt(position); // a jump: what is being said there, unspoken
    } else if (wrapped) {
        // Round the loop: the end of this pass, then the start of the next.
        passCues(m_lastPosition, m_loopLength);
        passCues(Millis{ -1 }, position);
    } else {
        passCues(m_lastPosition, position);
    }
    m_lastPosition = position;

    // The pause before going round again holds the last movement's last frame.
    const Millis shown = std::min(position, m_plan.total - Millis{ 1 });
    m_figure->setScene(figureSceneAt(m_plan, shown));
    const PlanStep &step = m_plan.steps[m_plan.stepIndexAt(shown)];
    const QString title =
            step.movement ? DisplayNames::movement(*step.movement) : DisplayNames::stepTitle(step);
    if (m_title->text() != title)
        m_title->setText(title);
}

void KioskPage::showCaptionAt(Millis position)
{
    const auto &cues = m_cues.cues;
    const auto after =
            std::upper_bound(cues.begin(), cues.end(), position,
                             [](Millis at, const ScheduledCue &cue) { return at < cue.start; });
    m_caption->setText(after == cues.begin() ? QString() : CueTexts::text(std::prev(after)->id));
}

void KioskPage::passCues(Millis from, Millis to)
{
    // Closing words belong to a session's end, not to a loop that goes on.
    for (const ScheduledCue &cue : cuesStartingIn(m_cues, from, std::min(to, m_plan.total))) {
        const QString text = CueTexts::text(cue.id);
        m_caption->setText(text);
        if (!m_muted)
            emit cueDue(cue.id, text);
    }
}

void KioskPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The loop goes on from where it was left (the playhead stood still meanwhile).
    m_playhead.play();
    renderFrame();
    m_frames.start();
}

void KioskPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_playhead.pause();
    m_frames.stop();
}
