#pragma once

#include "AppProcess.h"
#include "CueHearing.h"
#include "MonitorRecorder.h"
#include "PrivatePulseAudio.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <cstdio>
#include <functional>

// A private PulseAudio server, the shipped clips of one language (English unless listenFor()
// says otherwise) and a scratch folder for the app under test; recordSession() runs a session
// and hears what it logged.

// How far a cue may sound from where the log puts it, once the output's steady latency (the
// median) is taken out.
inline constexpr double spreadToleranceMs = 40.0;

inline QString voiceFolderOf(const QString &language)
{
    return QStringLiteral(GLUTEGUIDE_SOURCE_DIR "/resources/voice/") + language;
}

inline QString dataFile(const char *name)
{
    return QStringLiteral(GLUTEGUIDE_E2E_DATA "/") + QString::fromLatin1(name);
}

class AudioSessionTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString why;
        if (!m_pulse.start(&why))
            GTEST_SKIP() << "PulseAudio could not start here: " << why.toStdString();
        ASSERT_TRUE(m_dir.isValid());
        m_environment = m_pulse.clientEnvironment();
        m_environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath("config"));
        m_environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath("data"));
        ASSERT_NO_FATAL_FAILURE(listenFor(QStringLiteral("en")));
    }

    // The clips of the language the app is to speak, which hearCues() looks for.
    void listenFor(const QString &language)
    {
        QString error;
        m_clips = readVoiceClips(voiceFolderOf(language), &m_clipRate, &error);
        ASSERT_FALSE(m_clips.isEmpty()) << error.toStdString();
        ASSERT_EQ(m_clipRate, MonitorRecorder::sampleRate);
    }

    QString logPath() const { return m_dir.filePath(QStringLiteral("events.jsonl")); }

    // Records the session from its start until the log reaches sessionMs, and hears the cues
    // logged up to then (later ones may be cut off when the app is stopped).
    HearingReport recordSession(const QStringList &arguments, double sessionMs,
                                const std::function<void(AppProcess &)> &atTheEnd = {})
    {
        MonitorRecorder recorder;
        QString why;
        if (!recorder.start(m_pulse, m_dir.filePath(QStringLiteral("recording.raw")), &why)) {
            ADD_FAILURE() << why.toStdString();
            return {};
        }
        AppProcess app(m_environment, logPath());
        if (!app.start(arguments)) {
            ADD_FAILURE() << "gluteguide did not start";
            return {};
        }
        EXPECT_TRUE(app.waitForSessionTime(sessionMs))
                << "the session did not reach " << sessionMs << " ms";
        // Let the last cue go out, and its outcome reach the log, before the app goes.
        QThread::msleep(5000);
        if (atTheEnd)
            atTheEnd(app);
        app.stop();
        QThread::msleep(300);
        recorder.stop();
        std::vector<LoggedCue> cues = readLoggedCues(logPath());
        std::erase_if(cues, [&](const LoggedCue &cue) { return cue.tMs > sessionMs; });
        m_lastRecording = recorder.samples();
        return hearCues(cues, m_clips, m_lastRecording, m_clipRate);
    }

    static void expectEveryCueHeardOnTime(const HearingReport &report, std::size_t atLeast)
    {
        ASSERT_GE(report.cues.size(), atLeast) << "too few cues were logged";
        for (const HeardCue &heard : report.cues) {
            EXPECT_TRUE(heard.cue.audible) << heard.cue.key.toStdString() << " at " << heard.cue.tMs
                                           << " ms was logged as not heard";
        }
        const double worst = report.spreadQuantileMs(1.0);
        std::printf("cues: %zu logged, %zu heard; output latency (median) %.1f ms; spread p95 "
                    "%.1f ms, worst %.1f ms\n",
                    report.cues.size(), report.heardCount(), report.medianDeviationMs(),
                    report.spreadQuantileMs(0.95), worst);
        EXPECT_EQ(report.heardCount(), report.cues.size()) << report.describe().toStdString();
        EXPECT_LE(worst, spreadToleranceMs) << report.describe().toStdString();
    }

    PrivatePulseAudio m_pulse;
    QTemporaryDir m_dir;
    QProcessEnvironment m_environment;
    QHash<QString, std::vector<std::int16_t>> m_clips;
    int m_clipRate = 0;
    std::vector<std::int16_t> m_lastRecording; // what recordSession() recorded
};
