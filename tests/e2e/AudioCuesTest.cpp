// The real app's voice, heard from outside: the app runs a session with --event-log while its
// sound goes to a private PulseAudio null sink whose monitor is recorded; every cue the log says
// was heard must be in the recording, as its own clip, at the time the log gives.

#include "AudioSessionTest.h"

// Circles both ways, two short sets a side: every count clip is played eight times. Qt 6.4's
// sound effects on PulseAudio lost the counts from the fifth time each clip played (at 56 s
// here), so the recording goes on well past that.
TEST_F(AudioSessionTest, EveryCueIsHeardWhenTheSameClipsPlayAgainAndAgain)
{
    const HearingReport report = recordSession(
            { QStringLiteral("--routine"), dataFile("circles-both-sides.json") }, 80000.0);
    expectEveryCueHeardOnTime(report, 30);
}

// In French the app speaks the French clips, each at the time the log gives: the session's
// timing made with their lengths, not the English ones. The English clips are not heard.
TEST_F(AudioSessionTest, InFrenchEveryCueIsHeardInFrenchOnTime)
{
    listenFor(QStringLiteral("fr"));
    const QStringList arguments{ QStringLiteral("--language"), QStringLiteral("fr"),
                                 QStringLiteral("--routine"), dataFile("circles-both-sides.json") };
    const HearingReport report = recordSession(arguments, 40000.0);
    expectEveryCueHeardOnTime(report, 15);
    ASSERT_FALSE(HasFailure());

    // The same recording, listened to for the English clips: the words with letters are not
    // there (counts may sound alike in both languages' clips only by chance, so they are left out).
    listenFor(QStringLiteral("en"));
    std::vector<LoggedCue> worded = readLoggedCues(logPath());
    std::erase_if(worded, [](const LoggedCue &cue) {
        return cue.tMs > 40000.0 || cue.key.startsWith(QStringLiteral("count_"));
    });
    ASSERT_GE(worded.size(), 5u);
    const HearingReport english = hearCues(worded, m_clips, m_lastRecording, m_clipRate);
    EXPECT_EQ(english.heardCount(), 0u) << english.describe().toStdString();
}

// The audio server dies during the set-up and is started again at once: captions go on, the cue
// that comes while Qt has not yet reconnected (it retries 3 s after losing the server) is
// logged as not heard, the screen says so once, and the voice returns by itself.
TEST_F(AudioSessionTest, TheVoiceComesBackAfterTheAudioServerRestarts)
{
    MonitorRecorder before;
    QString why;
    ASSERT_TRUE(before.start(m_pulse, m_dir.filePath(QStringLiteral("before.raw")), &why))
            << why.toStdString();
    AppProcess app(m_environment, logPath());
    ASSERT_TRUE(app.start({}));
    const double killedAtMs = 5000.0;
    ASSERT_TRUE(app.waitForSessionTime(killedAtMs));
    m_pulse.kill();
    before.stop();
    ASSERT_TRUE(m_pulse.start(&why)) << why.toStdString();
    MonitorRecorder after;
    ASSERT_TRUE(after.start(m_pulse, m_dir.filePath(QStringLiteral("after.raw")), &why))
            << why.toStdString();
    const double reconnectedByMs = killedAtMs + 4000.0;
    const double untilMs = 41000.0;
    EXPECT_TRUE(app.waitForSessionTime(untilMs)) << "the session stopped with the sound";
    QThread::msleep(3000);
    app.stop();
    after.stop();

    std::vector<LoggedCue> during;
    std::vector<LoggedCue> later;
    for (const LoggedCue &cue : readLoggedCues(logPath())) {
        if (cue.tMs > killedAtMs && cue.tMs < killedAtMs + 2500.0)
            during.push_back(cue);
        else if (cue.tMs > reconnectedByMs && cue.tMs <= untilMs)
            later.push_back(cue);
    }
    ASSERT_FALSE(during.empty()) << "no cue fell in the outage";
    for (const LoggedCue &cue : during)
        EXPECT_FALSE(cue.audible) << cue.key.toStdString() << " at " << cue.tMs
                                  << " ms was logged as heard while the sound was down";

    const std::vector<QJsonObject> problems =
            readLogEvents(logPath(), QStringLiteral("audio_problem"));
    ASSERT_EQ(problems.size(), 1u) << "the outage is said once";
    EXPECT_EQ(problems.front().value(QStringLiteral("message")).toString(),
              QStringLiteral("Sound stopped working — captions continue."));
    EXPECT_EQ(readLogEvents(logPath(), QStringLiteral("audio_recovered")).size(), 1u);

    // Every cue once Qt has reconnected is heard again.
    const HearingReport report = hearCues(later, m_clips, after.samples(), m_clipRate);
    expectEveryCueHeardOnTime(report, 6);
}
