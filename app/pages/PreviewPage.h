#pragma once

#include "app/session/MonotonicClock.h"
#include "app/session/Playhead.h"
#include "core/cues/CueId.h"
#include "core/figure/Camera.h"

#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

class FigureView;
class PlanTimeline;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QToolButton;
class RoutineDocument;

// Lets a therapist check the routine before prescribing it: the whole plan on a timeline with
// sets, sides, rests and movements marked, and the movement under the playhead on a second one;
// play, pause, scrub, step frame by frame, 0.25× to 4×, go round one movement, see it from the
// front or from the feet, with the form points, the captions and (at 1×) the voice. Every frame
// is the scene the live session shows at that moment of the plan.
class PreviewPage : public QWidget
{
    Q_OBJECT

public:
    // Without a clock, the page keeps real time itself.
    explicit PreviewPage(const RoutineDocument &document, const MonotonicClock *clock = nullptr,
                         QWidget *parent = nullptr);
    ~PreviewPage() override;

    // Back to the first movement, playing.
    void restart();
    Playhead &playhead() { return m_playhead; }
    void setCamera(const gluteguide::Camera &camera);
    // Draws the frame at the playhead now (the frame timer does this while shown).
    void renderFrame();

    FigureView *figure() const { return m_figure; }
    QComboBox *movementChoice() const { return m_movement; }
    QComboBox *speedChoice() const { return m_speed; }
    PlanTimeline *wholeTimeline() const { return m_whole; }
    PlanTimeline *movementTimeline() const { return m_block; }
    QCheckBox *loopChoice() const { return m_loop; }
    QLabel *caption() const { return m_caption; }
    // What the page says about the moment shown: the step, where in the series, and the time.
    QLabel *stepTitle() const { return m_title; }
    QLabel *whereLabel() const { return m_where; }
    QLabel *timeLabel() const { return m_time; }
    QPushButton *playButton() const { return m_play; }

signals:
    void homeRequested();
    // A cue the playhead passed while playing at 1× with the voice on: to be spoken.
    void cueDue(const gluteguide::CueId &cue, const QString &text);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildControls(class QBoxLayout *layout);
    void retranslate();
    void onDocumentChanged();
    void fillMovementChoice();
    void selectMovement(int index);
    void togglePlaying();
    void updateLoop();
    void passCues(gluteguide::Millis from, gluteguide::Millis to);
    void showStepDetails(std::size_t stepIndex);
    TimeRange blockAround(std::size_t stepIndex) const;

    const RoutineDocument &m_document;
    std::unique_ptr<MonotonicClock> m_ownClock;
    Playhead m_playhead;
    gluteguide::Camera m_camera = gluteguide::Camera::front();
    gluteguide::Millis m_lastPosition{ -1 };
    QTimer m_frames;
    std::optional<gluteguide::CueId> m_captionCue; // the cue whose words the caption shows

    FigureView *m_figure = nullptr;
    QToolButton *m_front = nullptr;
    QToolButton *m_feet = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_where = nullptr;
    QLabel *m_formPoints = nullptr;
    QLabel *m_caption = nullptr;
    QLabel *m_time = nullptr;
    QLabel *m_pageTitle = nullptr;
    PlanTimeline *m_whole = nullptr;
    PlanTimeline *m_block = nullptr;
    QComboBox *m_movement = nullptr;
    QComboBox *m_speed = nullptr;
    QPushButton *m_toStart = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_play = nullptr;
    QPushButton *m_forward = nullptr;
    QPushButton *m_toEnd = nullptr;
    QPushButton *m_home = nullptr;
    QLabel *m_wholeLabel = nullptr;
    QLabel *m_blockLabel = nullptr;
    QLabel *m_speedLabel = nullptr;
    QLabel *m_movementLabel = nullptr;
    QCheckBox *m_loop = nullptr;
    QCheckBox *m_voice = nullptr;
};
