// One GluteGuide per data folder: a second start of the real executable hands its routine file
// to the running one and exits 0, writing nothing itself.

#include "GluteguideProcess.h"

#include "app/startup/SingleInstance.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QSettings>
#include <QThread>
#include <QTimer>

#include <gtest/gtest.h>

#include <optional>

#if defined(Q_OS_LINUX)
namespace {

class SingleInstanceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_home.isValid());
        m_routine = m_home.filePath(QStringLiteral("week2.gluteguide"));
        QFile file(m_routine);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(R"({"schema_version": 1, "name": "Week two", "sets_per_side": 2})");
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment environment = environmentWithoutDisplay(m_home);
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtime.path());
        return environment;
    }

    // Where the executable, named GluteGuide by GluteGuide, keeps its data.
    QString dataFolder() const
    {
        return m_home.filePath(QStringLiteral("data/GluteGuide/GluteGuide"));
    }

    QTemporaryDir m_home;
    QTemporaryDir m_runtime; // private to its owner, as XDG_RUNTIME_DIR must be
    QString m_routine;
};

} // namespace

TEST_F(SingleInstanceTest, ASecondStartHandsItsFileOverAndWritesNothing)
{
    SingleInstance running(dataFolder());
    ASSERT_TRUE(running.listen());
    std::optional<SingleInstance::Request> received;
    QObject::connect(&running, &SingleInstance::requested,
                     [&received](const SingleInstance::Request &request) { received = request; });

    QProcess second;
    second.setProcessEnvironment(environment());
    second.start(QStringLiteral(GLUTEGUIDE_BINARY), { m_routine });
    // The test is the running instance: it answers while the second start waits.
    QEventLoop loop;
    QObject::connect(&second, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    ASSERT_EQ(second.state(), QProcess::NotRunning) << "the second start did not finish";
    EXPECT_EQ(second.exitCode(), 0);
    EXPECT_EQ(QString::fromUtf8(second.readAllStandardError()).trimmed().toStdString(),
              "gluteguide: GluteGuide is already running; this request was passed on to it.");
    ASSERT_TRUE(received.has_value());
    EXPECT_TRUE(received->raise);
    EXPECT_EQ(received->routinePath, m_routine);
    // It neither created a history nor remembered the file as its last routine.
    EXPECT_FALSE(QDir(m_home.filePath(QStringLiteral("data"))).exists());
    EXPECT_FALSE(QDir(m_home.filePath(QStringLiteral("config"))).exists());
}

TEST_F(SingleInstanceTest, TheRunningWindowOpensTheFileASecondStartBrings)
{
    QProcess first;
    first.setProcessEnvironment(environment());
    first.start(QStringLiteral(GLUTEGUIDE_BINARY),
                { QStringLiteral("--quit-after"), QStringLiteral("8") });
    ASSERT_TRUE(first.waitForStarted(30000));
    // Until the first listens, a second start would run on its own: wait for its socket.
    SingleInstance probe(dataFolder());
    bool listening = false;
    for (int i = 0; i < 100 && !listening; ++i) {
        QThread::msleep(100);
        listening = probe.handOver({ false, QString() }, 500);
    }
    ASSERT_TRUE(listening) << "the first start never listened";

    const ProcessRun second = runGluteguide({ m_routine }, environment());
    EXPECT_EQ(second.exitCode, 0) << second.err.toStdString();
    EXPECT_EQ(first.state(), QProcess::Running) << "the first start went away";

    ASSERT_TRUE(first.waitForFinished(60000));
    EXPECT_EQ(first.exitCode(), 0) << first.readAllStandardError().toStdString();
    // The first opened the file, so it is the routine it remembers for next time.
    QSettings settings(m_home.filePath(QStringLiteral("config/GluteGuide/GluteGuide.conf")),
                       QSettings::IniFormat);
    EXPECT_EQ(settings.value(QStringLiteral("routine/last")).toString(), m_routine);
}
#endif
