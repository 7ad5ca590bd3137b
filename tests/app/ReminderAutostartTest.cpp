// The reminder's login entry (issue 11): written where XDG_CONFIG_HOME says, starting this program
// in the background, valid by desktop-file-validate, and gone when the reminder is off.

#include "app/reminder/ReminderAutostart.h"

#include "AppTestSupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

class ReminderAutostartTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!ReminderAutostart::isSupported())
            GTEST_SKIP() << "no XDG autostart on this platform";
        ASSERT_TRUE(m_dir.isValid());
        m_previous = qgetenv("XDG_CONFIG_HOME");
        m_hadPrevious = qEnvironmentVariableIsSet("XDG_CONFIG_HOME");
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.path()));
    }

    void TearDown() override
    {
        if (m_hadPrevious)
            qputenv("XDG_CONFIG_HOME", m_previous);
        else
            qunsetenv("XDG_CONFIG_HOME");
    }

    static QString entryText()
    {
        QFile file(ReminderAutostart::entryPath());
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    static QStringList linesStartingWith(const QString &text, const QString &prefix)
    {
        QStringList found;
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            if (line.startsWith(prefix))
                found.append(line);
        }
        return found;
    }

    // desktop-file-validate's complaints; empty when valid.
    static void expectValid(const QString &path)
    {
        const QString validator =
                QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
        if (validator.isEmpty())
            GTEST_SKIP() << "desktop-file-validate is not installed";
        QProcess process;
        process.start(validator, { path });
        ASSERT_TRUE(process.waitForFinished(30000));
        const QString output =
                QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        EXPECT_EQ(process.exitCode(), 0) << output.toStdString();
        EXPECT_FALSE(output.contains(QLatin1String("error"))) << output.toStdString();
        EXPECT_FALSE(output.contains(QLatin1String("warning"))) << output.toStdString();
    }

    QTemporaryDir m_dir;
    QByteArray m_previous;
    bool m_hadPrevious = false;
};

TEST_F(ReminderAutostartTest, TheEntryLivesInTheUsersAutostartFolder)
{
    EXPECT_EQ(ReminderAutostart::entryPath(),
              m_dir.filePath(QStringLiteral("autostart/io.github.gluteguide.GluteGuide.desktop")));
}

TEST_F(ReminderAutostartTest, SwitchedOnItStartsThisProgramInTheBackground)
{
    ASSERT_TRUE(ReminderAutostart::apply(true));
    ASSERT_TRUE(QFileInfo::exists(ReminderAutostart::entryPath()));
    const QString text = entryText();
    const QString program = QCoreApplication::applicationFilePath();
    if (program.contains(QRegularExpression(QStringLiteral("[^A-Za-z0-9/._+-]"))))
        GTEST_SKIP() << "the build folder's path needs quoting; AnAwkwardProgramPathIsQuoted "
                        "covers that";
    EXPECT_EQ(linesStartingWith(text, QStringLiteral("Exec=")),
              QStringList{ QStringLiteral("Exec=") + program + QStringLiteral(" --background") });
    EXPECT_EQ(linesStartingWith(text, QStringLiteral("X-GNOME-Autostart-enabled=")),
              QStringList{ QStringLiteral("X-GNOME-Autostart-enabled=true") });
    EXPECT_EQ(linesStartingWith(text, QStringLiteral("Icon=")),
              QStringList{ QStringLiteral("Icon=io.github.gluteguide.GluteGuide") });
    EXPECT_EQ(linesStartingWith(text, QStringLiteral("Name=")),
              QStringList{ QStringLiteral("Name=GluteGuide") });
    EXPECT_TRUE(text.startsWith(QLatin1String("[Desktop Entry]\n")));
    expectValid(ReminderAutostart::entryPath());
}

TEST_F(ReminderAutostartTest, SwitchedOffTheEntryIsGone)
{
    ASSERT_TRUE(ReminderAutostart::apply(true));
    ASSERT_TRUE(QFileInfo::exists(ReminderAutostart::entryPath()));
    EXPECT_TRUE(ReminderAutostart::apply(false));
    EXPECT_FALSE(QFileInfo::exists(ReminderAutostart::entryPath()));
    // Already off is fine.
    EXPECT_TRUE(ReminderAutostart::apply(false));
}

TEST_F(ReminderAutostartTest, SwitchedOnTwiceTheEntryIsReplacedNotDoubled)
{
    ASSERT_TRUE(ReminderAutostart::apply(true, QStringLiteral("/opt/old/gluteguide")));
    ASSERT_TRUE(ReminderAutostart::apply(true, QStringLiteral("/opt/new/gluteguide")));
    EXPECT_EQ(linesStartingWith(entryText(), QStringLiteral("Exec=")),
              QStringList{ QStringLiteral("Exec=/opt/new/gluteguide --background") });
}

// A program path with spaces and shell characters is quoted the way the specification asks.
TEST_F(ReminderAutostartTest, AnAwkwardProgramPathIsQuoted)
{
    const QString program = QStringLiteral("/home/sam/My Apps/glute$guide 100%/gluteguide");
    ASSERT_TRUE(ReminderAutostart::apply(true, program));
    EXPECT_EQ(
            linesStartingWith(entryText(), QStringLiteral("Exec=")),
            QStringList{ QStringLiteral(
                    "Exec=\"/home/sam/My Apps/glute\\\\$guide 100%%/gluteguide\" --background") });
    expectValid(ReminderAutostart::entryPath());
}

} // namespace
