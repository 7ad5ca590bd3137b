// The cue player without a sound card: every cue is still reported, once, as not heard, and
// the missing sound is said once. (With a sound server, tests/e2e hears it.)

#include "app/audio/CuePlayer.h"

#include <QAudioDevice>
#include <QMediaDevices>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include <vector>

using gluteguide::CueId;

namespace {

std::vector<PlayedCue> played(const QSignalSpy &spy)
{
    std::vector<PlayedCue> cues;
    for (const QList<QVariant> &arguments : spy)
        cues.push_back(arguments.at(0).value<PlayedCue>());
    return cues;
}

} // namespace

TEST(CuePlayerTest, AMutedCueIsReportedAtOnceAsShownButNotHeard)
{
    CuePlayer player;
    player.setMuted(true);
    QSignalSpy reports(&player, &CuePlayer::cuePlayed);
    QSignalSpy problems(&player, &CuePlayer::audioProblem);
    player.play(CueId::count(3), QStringLiteral("3"));
    ASSERT_EQ(reports.size(), 1);
    const PlayedCue cue = played(reports).front();
    EXPECT_EQ(cue.cue, CueId::count(3));
    EXPECT_EQ(cue.text, QStringLiteral("3"));
    EXPECT_FALSE(cue.audible);
    EXPECT_GT(cue.startedAtMs, 0);
    EXPECT_TRUE(problems.isEmpty()) << "silence was asked for: nothing to report";
}

TEST(CuePlayerTest, WithTheVoiceOffThereIsNothingToWaitFor)
{
    CuePlayer player;
    player.setVoice(CuePlayer::Voice::Off);
    QSignalSpy ready(&player, &CuePlayer::ready);
    player.prepare();
    EXPECT_EQ(ready.size(), 1);
    EXPECT_TRUE(player.isReady());
}

TEST(CuePlayerTest, WithoutASoundOutputEveryCueIsReportedAndTheProblemSaidOnce)
{
    if (!QMediaDevices::audioOutputs().isEmpty())
        GTEST_SKIP() << "this machine has a sound output (the test runs with PULSE_SERVER "
                        "pointing nowhere on Linux)";
    CuePlayer player;
    player.setClips(*VoiceClipManifest::load(QStringLiteral("en")));
    QSignalSpy reports(&player, &CuePlayer::cuePlayed);
    QSignalSpy problems(&player, &CuePlayer::audioProblem);
    QSignalSpy ready(&player, &CuePlayer::ready);

    player.prepare();
    EXPECT_EQ(ready.size(), 1) << "a session does not wait for sound that cannot come";
    for (int rep = 1; rep <= 5; ++rep)
        player.play(CueId::count(rep), QString::number(rep));
    player.playTick();

    ASSERT_EQ(reports.size(), 5);
    for (const PlayedCue &cue : played(reports))
        EXPECT_FALSE(cue.audible);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems.front().at(0).toString(),
              QStringLiteral("No sound output was found. The session goes on with captions."));
}

TEST(CuePlayerTest, ACueWithoutAClipIsShownAndTheProblemSaid)
{
    CuePlayer player; // no clips were given
    QSignalSpy reports(&player, &CuePlayer::cuePlayed);
    QSignalSpy problems(&player, &CuePlayer::audioProblem);
    player.play(CueId::count(1), QStringLiteral("1"));
    ASSERT_EQ(reports.size(), 1);
    EXPECT_FALSE(played(reports).front().audible);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems.front().at(0).toString(),
              QStringLiteral("A voice clip could not be played. Captions continue."));
}

// A language without clips is never spoken with another language's clips (issue 8).
TEST(CuePlayerTest, ALanguageWithoutClipsIsSpokenBySystemSpeechOrShownAsCaptionsOnly)
{
    CuePlayer player;
    player.setLanguage(QStringLiteral("en"), VoiceClipManifest::load(QStringLiteral("en")));
    ASSERT_EQ(player.spokenVoice(), CuePlayer::Voice::RecordedClips);

    player.setLanguage(QStringLiteral("fr"), std::nullopt);
    const bool speechSpeaksFrench = CuePlayer::systemSpeechLocale(QStringLiteral("fr")).has_value();
    EXPECT_EQ(player.spokenVoice(),
              speechSpeaksFrench ? CuePlayer::Voice::SystemSpeech : CuePlayer::Voice::Off);
    EXPECT_EQ(player.voice(), CuePlayer::Voice::RecordedClips) << "the choice stays";
    if (!speechSpeaksFrench) {
        QSignalSpy reports(&player, &CuePlayer::cuePlayed);
        QSignalSpy problems(&player, &CuePlayer::audioProblem);
        player.play(CueId::count(1), QStringLiteral("1"));
        ASSERT_EQ(reports.size(), 1);
        EXPECT_FALSE(played(reports).front().audible);
        EXPECT_TRUE(problems.isEmpty()) << "captions only is the plan, not a fault";
    }

    player.setVoice(CuePlayer::Voice::Off);
    EXPECT_EQ(player.spokenVoice(), CuePlayer::Voice::Off);
    player.setVoice(CuePlayer::Voice::RecordedClips);
    player.setLanguage(QStringLiteral("en"), VoiceClipManifest::load(QStringLiteral("en")));
    EXPECT_EQ(player.spokenVoice(), CuePlayer::Voice::RecordedClips);
}

// The player never chooses between cues (issue 8: core's schedule does): of a burst of cues of
// every priority, each is reported once, in the order given, whether it is muted, spoken by
// nobody or has no clip.
TEST(CuePlayerTest, EveryCueGivenIsReportedOnceInOrderWhateverItsPriority)
{
    using gluteguide::CueKind;
    const std::vector<CueId> burst = {
        CueId::formReminder(gluteguide::Reminder::NoRocking),
        CueId::count(7),
        CueId::setAnnouncement(2, 3),
        CueId::simple(CueKind::PainStop),
        CueId::count(8),
        CueId::simple(CueKind::LastOne),
    };
    const auto playBurst = [&](CuePlayer &player) {
        QSignalSpy reports(&player, &CuePlayer::cuePlayed);
        for (const CueId &cue : burst)
            player.play(cue, QString::fromStdString(gluteguide::cueKey(cue)));
        std::vector<CueId> reported;
        for (const PlayedCue &cue : played(reports))
            reported.push_back(cue.cue);
        return reported;
    };

    CuePlayer muted;
    muted.setMuted(true);
    EXPECT_EQ(playBurst(muted), burst) << "muted";

    CuePlayer voiceOff;
    voiceOff.setVoice(CuePlayer::Voice::Off);
    EXPECT_EQ(playBurst(voiceOff), burst) << "voice off";

    CuePlayer withoutClips; // no clips were given
    EXPECT_EQ(playBurst(withoutClips), burst) << "no clips";
}
