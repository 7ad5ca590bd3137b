#pragma once

#include "app/session/MonotonicClock.h"
#include "app/session/Playhead.h"
#include "core/cues/CueSchedule.h"
#include "core/plan/Plan.h"

#include <QTimer>
#include <QWidget>

#include <memory>

class FigureView;
class QLabel;
class QPushButton;
class QSlider;
class RoutineDocument;

// The clinic's front-desk screen: each movement of the routine demonstrated in turn, round and
// round, with its name and captions, the clinic's name and logo, a large "Try it" button and a
// volume control (muted unless staff chose otherwise).
class KioskPage : public QWidget
{
    Q_OBJECT

public:
    // Without a clock, the page keeps real time itself.
    explicit KioskPage(const RoutineDocument &document, const MonotonicClock *clock = nullptr,
                       QWidget *parent = nullptr);
    ~KioskPage() override;

    void setClinic(const QString &name, const QString &logoPath);
    void setMuted(bool muted);
    bool isMuted() const { return m_muted; }
    void setVolume(double volume);

    // Draws the loop at the playhead now (the frame timer does this while shown).
    void renderFrame();
    const gluteguide::Plan &loopPlan() const { return m_plan; }
    Playhead &playhead() { return m_playhead; }
    gluteguide::Millis position() const { return m_playhead.position(); }

    FigureView *figure() const { return m_figure; }
    QLabel *movementTitle() const { return m_title; }
    QLabel *caption() const { return m_caption; }
    QPushButton *tryItButton() const { return m_tryIt; }
    QPushButton *muteButton() const { return m_mute; }
    QSlider *volumeSlider() const { return m_volume; }

signals:
    void tryItRequested();
    // Esc: staff want out (the window asks for the PIN).
    void exitRequested();
    void mutedChanged(bool muted);
    void volumeChanged(double volume);
    // A cue the loop passed while the sound is on: to be spoken.
    void cueDue(const gluteguide::CueId &cue, const QString &text);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildSoundControls(class QBoxLayout *layout);
    void retranslate();
    void onDocumentChanged();
    void passCues(gluteguide::Millis from, gluteguide::Millis to);
    void showCaptionAt(gluteguide::Millis position);
    void updateMuteButton();

    const RoutineDocument &m_document;
    std::unique_ptr<MonotonicClock> m_ownClock;
    Playhead m_playhead;
    gluteguide::Plan m_plan;
    gluteguide::CueSchedule m_cues;
    gluteguide::Millis m_loopLength{ 0 }; // the plan, then a pause before it starts again
    gluteguide::Millis m_lastPosition{ -1 };
    QTimer m_frames;
    bool m_muted = true;

    QLabel *m_logo = nullptr;
    QLabel *m_clinic = nullptr;
    FigureView *m_figure = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_caption = nullptr;
    QPushButton *m_tryIt = nullptr;
    QLabel *m_tryItHint = nullptr;
    QLabel *m_advice = nullptr;
    QPushButton *m_mute = nullptr;
    QSlider *m_volume = nullptr;
};
