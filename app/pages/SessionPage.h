#pragma once

#include "app/session/SessionDriver.h"
#include "core/cues/CueId.h"
#include "core/session/SessionEvent.h"

#include <QPointer>
#include <QWidget>

#include <optional>

namespace gluteguide {
struct SessionView;
}

class BigCounter;
class FigureView;
class QLabel;
class ProgressStrip;
class QPushButton;

// The live session: the figure, the huge count, where we are, the caption and the controls.
// Everything shown is read from the core session the driver runs, so it is all shown again in
// a new language at once, the caption of the cue under way included.
class SessionPage : public QWidget
{
    Q_OBJECT

public:
    explicit SessionPage(QWidget *parent = nullptr);

    void attach(SessionDriver *driver);
    // The cue's words as the caption, in the language shown (now and after a change).
    void showCue(const gluteguide::CueId &cue);
    void showAudioProblem(const QString &message);
    void hideAudioProblem();

    // Asks before stopping; Esc and the Stop button come here.
    void confirmStop();

    BigCounter *counter() const { return m_counter; }
    FigureView *figure() const { return m_figure; }
    QLabel *caption() const { return m_caption; }
    QLabel *title() const { return m_title; }
    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *painButton() const { return m_pain; }

public slots:
    void refresh();

signals:
    // After each of the session's frame ticks has updated the screen, for frame-time measurements.
    void frameTicked();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildControls(class QBoxLayout *layout);
    void retranslate();
    void onEvent(const gluteguide::SessionEvent &event);
    void refreshCounter(const gluteguide::SessionView &view);
    void refreshProgress(const gluteguide::SessionView &view);
    void refreshControls(const gluteguide::SessionView &view);
    void apply(gluteguide::Command command);

    QPointer<SessionDriver> m_driver; // the window may end the session before this page
    std::optional<gluteguide::CueId> m_captionCue; // the cue whose words the caption shows
    QLabel *m_title = nullptr;
    QLabel *m_where = nullptr;
    ProgressStrip *m_sessionProgress = nullptr;
    QLabel *m_timeLeft = nullptr;
    FigureView *m_figure = nullptr;
    BigCounter *m_counter = nullptr;
    ProgressStrip *m_phase = nullptr;
    QLabel *m_next = nullptr;
    QLabel *m_caption = nullptr;
    QLabel *m_audioProblem = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_enough = nullptr;
    QPushButton *m_skip = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_pain = nullptr;
};
