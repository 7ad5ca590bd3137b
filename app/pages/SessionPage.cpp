#include "app/pages/SessionPage.h"

#include "app/widgets/ScaledFont.h"

#include "app/cues/CueTexts.h"
#include "app/widgets/FigureView.h"
#include "app/session/SessionDriver.h"
#include "app/text/DisplayNames.h"
#include "app/widgets/BigCounter.h"
#include "app/widgets/ButtonWidth.h"
#include "app/widgets/ProgressStrip.h"
#include "core/session/SessionView.h"

#include <QBoxLayout>
#include <QEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>

using namespace gluteguide;

namespace {

QPushButton *controlButton(QWidget *parent)
{
    auto *button = new QPushButton(parent);
    button->setFont(scaledFont(button->font(), 1.2));
    button->setMinimumHeight(48);
    // Keys act through the page's shortcuts; a focused button must not swallow Space.
    button->setFocusPolicy(Qt::NoFocus);
    return button;
}

// texts: every label the button will show, the first one now.
void setControlTexts(QPushButton *button, const QStringList &texts, const QString &accessibleName)
{
    button->setText(texts.constFirst());
    button->setAccessibleName(accessibleName);
    reserveWidthForLabels(button, texts);
}

} // namespace

SessionPage::SessionPage(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);

    auto *header = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setFont(scaledFont(font(), 2.2, true));
    m_where = new QLabel(this);
    m_where->setFont(scaledFont(font(), 1.4));
    m_where->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    header->addWidget(m_title, 1);
    header->addWidget(m_where);
    layout->addLayout(header);

    auto *progressRow = new QHBoxLayout;
    m_sessionProgress = new ProgressStrip(this);
    m_sessionProgress->setFixedHeight(14);
    m_timeLeft = new QLabel(this);
    m_timeLeft->setFont(scaledFont(font(), 1.2));
    progressRow->addWidget(m_sessionProgress, 1);
    progressRow->addWidget(m_timeLeft);
    layout->addLayout(progressRow);

    auto *middle = new QHBoxLayout;
    m_figure = new FigureView(this);
    middle->addWidget(m_figure, 3);
    auto *side = new QVBoxLayout;
    m_counter = new BigCounter(this);
    side->addWidget(m_counter, 1);
    m_phase = new ProgressStrip(this);
    m_phase->setFont(scaledFont(font(), 1.4, true));
    m_phase->setMinimumHeight(40);
    side->addWidget(m_phase);
    m_next = new QLabel(this);
    m_next->setWordWrap(true);
    m_next->setAlignment(Qt::AlignCenter);
    m_next->setFont(scaledFont(font(), 1.3));
    side->addWidget(m_next);
    middle->addLayout(side, 2);
    layout->addLayout(middle, 1);

    m_caption = new QLabel(this);
    m_caption->setWordWrap(true);
    m_caption->setAlignment(Qt::AlignCenter);
    m_caption->setFont(scaledFont(font(), 2.4));
    m_caption->setMinimumHeight(QFontMetrics(m_caption->font()).height() * 2 + 8);
    layout->addWidget(m_caption);

    m_audioProblem = new QLabel(this);
    m_audioProblem->setWordWrap(true);
    m_audioProblem->setVisible(false);
    layout->addWidget(m_audioProblem);

    auto *controls = new QHBoxLayout;
    buildControls(controls);
    layout->addLayout(controls);
    retranslate();
}

void SessionPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void SessionPage::retranslate()
{
    m_sessionProgress->setAccessibleName(tr("Whole session progress"));
    m_figure->setAccessibleName(tr("Exercise demonstration figure"));
    m_phase->setAccessibleName(tr("Phase of the current repetition"));
    // The caption's words are its name, what a screen reader reads; this says what they are.
    m_caption->setAccessibleDescription(tr("Caption"));
    setControlTexts(m_pause, { tr("Pause"), tr("Resume") }, tr("Pause or resume (Space)"));
    setControlTexts(m_enough, { tr("That's all I can do") },
                    tr("That's all I can do: end this movement (Enter)"));
    setControlTexts(m_skip, { tr("Skip"), tr("Skip rest") }, tr("Skip this part"));
    setControlTexts(m_stop, { tr("Stop…") }, tr("Stop the session (Esc)"));
    setControlTexts(m_pain, { tr("Pain — stop now") }, tr("Pain: stop the session now (P)"));
    if (m_captionCue)
        m_caption->setText(CueTexts::text(*m_captionCue));
    refresh();
}

void SessionPage::buildControls(QBoxLayout *layout)
{
    m_pause = controlButton(this);
    m_enough = controlButton(this);
    m_skip = controlButton(this);
    m_stop = controlButton(this);
    m_pain = controlButton(this);
    m_pain->setObjectName(QStringLiteral("painStop"));
    // Red in every palette: this control must be found at a glance.
    m_pain->setStyleSheet(QStringLiteral("QPushButton#painStop { background: #c62828; color: white;"
                                         " font-weight: bold; padding: 6px 16px;"
                                         " border-radius: 6px; }"));

    layout->addWidget(m_pause);
    layout->addWidget(m_enough);
    layout->addWidget(m_skip);
    layout->addWidget(m_stop);
    layout->addStretch(1);
    layout->addWidget(m_pain);

    connect(m_pause, &QPushButton::clicked, this, [this] {
        apply(m_driver && m_driver->session().accepts(Command::Resume) ? Command::Resume
                                                                       : Command::Pause);
    });
    connect(m_enough, &QPushButton::clicked, this, [this] { apply(Command::ThatsAllICanDo); });
    connect(m_skip, &QPushButton::clicked, this, [this] { apply(Command::Skip); });
    connect(m_stop, &QPushButton::clicked, this, &SessionPage::confirmStop);
    connect(m_pain, &QPushButton::clicked, this, [this] { apply(Command::PainStop); });

    const auto shortcut = [this](QKeySequence key, QPushButton *button) {
        auto *s = new QShortcut(key, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, button, &QPushButton::click);
    };
    // A patient lies a few metres away: a presentation clicker or media keys work as a remote.
    // Its play/pause and "blank screen" keys (B or .) pause and resume, its "next" is "that's
    // all I can do". Nothing on a remote stops: Esc asks first, and pain stop has its own key.
    for (const QKeySequence &key :
         { QKeySequence(Qt::Key_Space), QKeySequence(Qt::Key_MediaPlay),
           QKeySequence(Qt::Key_MediaPause), QKeySequence(Qt::Key_MediaTogglePlayPause),
           QKeySequence(Qt::Key_B), QKeySequence(Qt::Key_Period) })
        shortcut(key, m_pause);
    for (const QKeySequence &key :
         { QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter),
           QKeySequence(Qt::Key_PageDown), QKeySequence(Qt::Key_MediaNext) })
        shortcut(key, m_enough);
    shortcut(Qt::Key_Escape, m_stop);
    shortcut(Qt::Key_P, m_pain);
    // The page takes the keyboard itself: its buttons never hold the focus.
    setFocusPolicy(Qt::StrongFocus);
}

void SessionPage::attach(SessionDriver *driver)
{
    m_driver = driver;
    m_captionCue.reset();
    m_caption->clear();
    connect(driver, &SessionDriver::eventOccurred, this, &SessionPage::onEvent);
    connect(driver, &SessionDriver::ticked, this, [this] {
        refresh();
        emit frameTicked();
    });
    driver->setVisible(isVisible());
    refresh();
}

void SessionPage::apply(Command command)
{
    if (m_driver)
        m_driver->apply(command);
}

void SessionPage::confirmStop()
{
    if (!m_driver)
        return;
    if (!m_driver->session().accepts(Command::Stop))
        return;
    QMessageBox box(QMessageBox::Question, tr("Stop the session?"),
                    tr("Stop here? The reps you have done so far are kept."),
                    QMessageBox::Yes | QMessageBox::No, this);
    box.setDefaultButton(QMessageBox::No);
    if (box.exec() == QMessageBox::Yes)
        apply(Command::Stop);
}

void SessionPage::showCue(const CueId &cue)
{
    m_captionCue = cue;
    m_caption->setText(CueTexts::text(cue));
}

void SessionPage::hideAudioProblem()
{
    m_audioProblem->setVisible(false);
}

void SessionPage::showAudioProblem(const QString &message)
{
    m_audioProblem->setText(message);
    m_audioProblem->setVisible(true);
}

void SessionPage::onEvent(const SessionEvent &event)
{
    if (event.kind == EventKind::StateChanged || event.kind == EventKind::StepStarted
        || event.kind == EventKind::RepCompleted)
        refresh();
}

void SessionPage::refresh()
{
    if (!m_driver)
        return;
    const Session &session = m_driver->session();
    const SessionView view = viewOf(session);
    m_title->setText(DisplayNames::stepTitle(session.currentStep()));
    QString where = DisplayNames::lyingOn(view.side);
    if (view.set > 0)
        where = DisplayNames::setOf(view.set, view.setsPerSide) + QStringLiteral(" · ") + where;
    m_where->setText(where);
    m_figure->setScene(figureSceneAt(session.plan(), session.position()));
    refreshCounter(view);
    refreshProgress(view);
    refreshControls(view);
}

void SessionPage::refreshCounter(const SessionView &view)
{
    switch (view.counter) {
    case SessionView::Counter::Reps:
        m_counter->setValue(QString::number(view.count), tr("of %1").arg(view.countOf));
        break;
    case SessionView::Counter::Done:
        m_counter->setValue(QStringLiteral("✓"), tr("done"));
        break;
    case SessionView::Counter::SecondsLeft:
        m_counter->setValue(QString::number(view.count), tr("seconds"));
        break;
    }
}

void SessionPage::refreshProgress(const SessionView &view)
{
    m_sessionProgress->setFraction(view.sessionFraction);
    m_timeLeft->setText(tr("%1 left").arg(DisplayNames::duration(view.timeLeft)));

    m_phase->setVisible(view.phase.has_value());
    if (view.phase) {
        m_phase->setText(DisplayNames::phase(*view.phase));
        m_phase->setFraction(view.phaseFraction);
    }

    const bool intro = view.step == StepKind::Intro;
    m_next->setVisible(view.resting || intro);
    if (view.resting && view.movement) {
        m_next->setText(tr("Next: %1").arg(DisplayNames::movement(*view.movement)));
    } else if (intro) {
        m_next->setText(tr("Get ready"));
    } else if (!m_next->text().isEmpty()) {
        m_next->clear(); // QLabel::clear() relays out even when empty: not on every frame
    }
}

void SessionPage::refreshControls(const SessionView &view)
{
    m_pause->setText(view.canResume ? tr("Resume") : tr("Pause"));
    m_pause->setEnabled(view.canPause || view.canResume);
    m_enough->setEnabled(view.canSayThatsAll);
    m_skip->setEnabled(view.canSkip);
    m_skip->setText(view.resting ? tr("Skip rest") : tr("Skip"));
    m_stop->setEnabled(view.canStop);
    m_pain->setEnabled(view.canPainStop);
}

void SessionPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_driver)
        m_driver->setVisible(true);
}

void SessionPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    if (m_driver)
        m_driver->setVisible(false);
}
