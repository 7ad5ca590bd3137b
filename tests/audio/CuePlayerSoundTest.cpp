// The cue player with a sound output: a private PulseAudio server with a null sink. The player
// does not arbitrate (core's schedule has already decided what plays): a cue that comes while
// another still sounds cuts it, whatever their priorities, and both are reported, the first as
// cut. Nothing it is given goes unreported, so the event log has every cue.

#include "app/audio/CuePlayer.h"

#include "PrivatePulseAudio.h"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using gluteguide::CueId;
using gluteguide::CueKind;
using gluteguide::priorityOf;

namespace {

// One server for the whole run: Qt Multimedia connects to a server once per process, so every
// test of the process must use the same one.
class PrivatePulseAudioEnvironment : public ::testing::Environment
{
public:
    void SetUp() override
    {
        m_pulse = std::make_unique<PrivatePulseAudio>();
        if (!m_pulse->start(&m_why)) {
            m_pulse.reset();
            return;
        }
        // Before Qt Multimedia first looks for a server.
        const QProcessEnvironment environment = m_pulse->clientEnvironment();
        for (const char *name : { "PULSE_SERVER", "PULSE_SINK", "XDG_RUNTIME_DIR" })
            qputenv(name, environment.value(QString::fromLatin1(name)).toUtf8());
    }

    void TearDown() override { m_pulse.reset(); }

    bool isRunning() const { return m_pulse != nullptr; }
    const QString &why() const { return m_why; }

private:
    std::unique_ptr<PrivatePulseAudio> m_pulse;
    QString m_why;
};

auto *const pulse = static_cast<PrivatePulseAudioEnvironment *>(
        ::testing::AddGlobalTestEnvironment(new PrivatePulseAudioEnvironment));

class CuePlayerSoundTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!pulse->isRunning())
            GTEST_SKIP() << "PulseAudio could not start here: " << pulse->why().toStdString();
        m_player = std::make_unique<CuePlayer>();
        m_player->setClips(*VoiceClipManifest::load(QStringLiteral("en")));
        QSignalSpy ready(m_player.get(), &CuePlayer::ready);
        m_player->prepare();
        ASSERT_TRUE(m_player->isReady() || ready.wait(10000)) << "the sound output did not start";
    }

    // Waits until `count` cues have been reported, or a generous time has passed.
    static bool waitForReports(QSignalSpy &reports, qsizetype count)
    {
        return QTest::qWaitFor([&] { return reports.size() >= count; }, 15000);
    }

    static PlayedCue report(const QSignalSpy &reports, qsizetype index)
    {
        return reports.at(index).at(0).value<PlayedCue>();
    }

    std::unique_ptr<CuePlayer> m_player;
};

} // namespace

TEST_F(CuePlayerSoundTest, ACueOnItsOwnIsHeardWhole)
{
    QSignalSpy reports(m_player.get(), &CuePlayer::cuePlayed);
    m_player->play(CueId::count(1), QStringLiteral("1"));
    ASSERT_TRUE(waitForReports(reports, 1));
    const PlayedCue cue = report(reports, 0);
    EXPECT_EQ(cue.cue, CueId::count(1));
    EXPECT_TRUE(cue.audible);
    EXPECT_FALSE(cue.cut);
}

// The player plays what it is given, in the order given: a later cue of lower priority still cuts
// the one sounding, because choosing is the schedule's job, and nothing is dropped on the way.
TEST_F(CuePlayerSoundTest, ALaterCueCutsTheOneSoundingWhateverItsPriorityAndBothAreReported)
{
    const CueId setup = CueId::setupStep(gluteguide::SetupInstruction::LieOnSide);
    const CueId reminder = CueId::formReminder(gluteguide::Reminder::HipsStacked);
    const CueId pain = CueId::simple(CueKind::PainStop);
    ASSERT_GT(priorityOf(setup), priorityOf(reminder));
    ASSERT_GT(priorityOf(pain), priorityOf(reminder));

    QSignalSpy reports(m_player.get(), &CuePlayer::cuePlayed);
    m_player->play(setup, QStringLiteral("setup"));
    QTest::qWait(300); // the long set-up clip is still sounding
    m_player->play(reminder, QStringLiteral("reminder"));
    QTest::qWait(300);
    m_player->play(pain, QStringLiteral("pain"));
    ASSERT_TRUE(waitForReports(reports, 3)) << "only " << reports.size() << " of 3 reported";
    QTest::qWait(500);
    ASSERT_EQ(reports.size(), 3) << "each cue is reported once";

    EXPECT_EQ(report(reports, 0).cue, setup);
    EXPECT_TRUE(report(reports, 0).audible) << "the part before the cut went out";
    EXPECT_TRUE(report(reports, 0).cut);
    EXPECT_EQ(report(reports, 1).cue, reminder);
    EXPECT_TRUE(report(reports, 1).audible);
    EXPECT_TRUE(report(reports, 1).cut);
    EXPECT_EQ(report(reports, 2).cue, pain);
    EXPECT_TRUE(report(reports, 2).audible);
    EXPECT_FALSE(report(reports, 2).cut);
}
