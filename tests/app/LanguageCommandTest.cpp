// --language and the language the commands without a window speak (issue 8): --language, else
// the setting, else the system's (LANG); an unknown language is an error.

#include "AppTestSupport.h"
#include "GluteguideProcess.h"

#include "CsvReader.h"

#include "app/history/HistoryCsv.h"
#include "app/language/AppTranslator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace {

class LanguageCommandTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_home.isValid()); }

    // No display, settings of the test's own, and the system's language as LANG says.
    QProcessEnvironment systemLanguage(const QString &lang) const
    {
        QProcessEnvironment environment = environmentWithoutDisplay(m_home);
        for (const char *name : { "LC_ALL", "LC_MESSAGES", "LANGUAGE" })
            environment.remove(QString::fromLatin1(name));
        environment.insert(QStringLiteral("LANG"), lang);
        return environment;
    }

    // As Settings stores it: QSettings' file for GluteGuide under XDG_CONFIG_HOME.
    void chooseInSettings(const QString &language) const
    {
        QSettings file(m_home.filePath(QStringLiteral("config/GluteGuide/GluteGuide.conf")),
                       QSettings::IniFormat);
        file.setValue(QStringLiteral("language"), language);
    }

    QByteArray plan(const QStringList &arguments, const QString &lang = QStringLiteral("C.UTF-8"))
    {
        const ProcessRun run = runGluteguide(QStringList{ QStringLiteral("--plan") } + arguments,
                                             systemLanguage(lang));
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        return run.out;
    }

    static QStringList language(const char *code)
    {
        return { QStringLiteral("--language"), QString::fromLatin1(code) };
    }

    QTemporaryDir m_home;
};

} // namespace

TEST_F(LanguageCommandTest, AnUnknownLanguageExitsTwoNamesTheChoicesAndWritesNothing)
{
    const QString pdf = m_home.filePath(QStringLiteral("handout.pdf"));
    for (const QStringList &command : { QStringList{ QStringLiteral("--plan") },
                                        QStringList{ QStringLiteral("--export-handout"), pdf },
                                        QStringList{ QStringLiteral("--history") } }) {
        const ProcessRun run =
                runGluteguide(command + language("xx"), environmentWithoutDisplay(m_home));
        EXPECT_EQ(run.exitCode, 2) << command.join(' ').toStdString();
        EXPECT_TRUE(run.out.isEmpty());
        EXPECT_TRUE(run.err.contains(QStringLiteral("Option 'language' needs one of: en, fr, es, "
                                                    "zh_CN.")))
                << run.err.toStdString();
    }
    EXPECT_FALSE(QFileInfo::exists(pdf));
}

TEST_F(LanguageCommandTest, ThePlanIsInTheFlagsLanguageElseTheSettingsElseTheSystems)
{
    const QByteArray english = plan(language("en"));
    const QByteArray french = plan(language("fr"));
    const QByteArray spanish = plan(language("es"));
    EXPECT_EQ(plan({}), english) << "the C locale is English";
    EXPECT_EQ(plan({}, QStringLiteral("de_DE.UTF-8")), english) << "not one of ours: English";
    ASSERT_TRUE(AppTranslator::hasTranslation(QStringLiteral("fr")));
    ASSERT_TRUE(AppTranslator::hasTranslation(QStringLiteral("es")));
    ASSERT_NE(french, english);
    ASSERT_NE(spanish, english);
    ASSERT_NE(french, spanish);

    EXPECT_EQ(plan({}, QStringLiteral("fr_FR.UTF-8")), french) << "the system's language";
    chooseInSettings(QStringLiteral("es"));
    EXPECT_EQ(plan({}, QStringLiteral("fr_FR.UTF-8")), spanish) << "the setting over the system";
    EXPECT_EQ(plan(language("fr"), QStringLiteral("es_ES.UTF-8")), french)
            << "the flag over the setting";
    chooseInSettings(QString());
    EXPECT_EQ(plan({}, QStringLiteral("es_ES.UTF-8")), spanish) << "the setting left to the system";
}

TEST_F(LanguageCommandTest, HelpHistoryAndTheHandoutSpeakTheLanguageToo)
{
    ASSERT_TRUE(AppTranslator::hasTranslation(QStringLiteral("fr")));
    const QProcessEnvironment environment = environmentWithoutDisplay(m_home);
    AppTranslator translator; // this process's texts, to know the program's
    translator.apply(QStringLiteral("fr"));

    const ProcessRun history = runGluteguide(
            { QStringLiteral("--history"), QStringLiteral("--language"), QStringLiteral("fr") },
            environment);
    ASSERT_EQ(history.exitCode, 0) << history.err.toStdString();
    EXPECT_EQ(QString::fromUtf8(history.out).trimmed(),
              QCoreApplication::translate("HistoryText", "No sessions recorded yet."));

    const ProcessRun help = runGluteguide(
            { QStringLiteral("--help"), QStringLiteral("--language"), QStringLiteral("fr") },
            environment);
    ASSERT_EQ(help.exitCode, 0);
    // The help wraps long lines.
    EXPECT_TRUE(QString::fromUtf8(help.out).simplified().contains(
            QCoreApplication::translate("CommandLine", "Print the exercise plan and exit.")
                    .simplified()))
            << help.out.toStdString();

    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        GTEST_SKIP() << "poppler-utils (pdftotext) are not installed";
    const QString pdf = m_home.filePath(QStringLiteral("handout.pdf"));
    const ProcessRun handout = runGluteguide({ QStringLiteral("--export-handout"), pdf,
                                               QStringLiteral("--language"), QStringLiteral("fr") },
                                             environment);
    ASSERT_EQ(handout.exitCode, 0) << handout.err.toStdString();
    QProcess pdftotext;
    pdftotext.start(QStandardPaths::findExecutable(QStringLiteral("pdftotext")),
                    { pdf, QStringLiteral("-") });
    ASSERT_TRUE(pdftotext.waitForFinished(30000));
    // pdftotext joins a line's words with single spaces.
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
    EXPECT_TRUE(text.contains(QCoreApplication::translate("DisplayNames", "Clamshell")))
            << text.toStdString();
}

TEST_F(LanguageCommandTest, TheExportedHistoryHasItsHeadingsInTheLanguage)
{
    const QStringList english = HistoryCsv::header();
    const QString csv = m_home.filePath(QStringLiteral("history.csv"));
    const ProcessRun run = runGluteguide({ QStringLiteral("--export-history"), csv,
                                           QStringLiteral("--language"), QStringLiteral("es") },
                                         environmentWithoutDisplay(m_home));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const std::vector<QStringList> rows = readCsv(QString::fromUtf8(file.readAll()));
    ASSERT_FALSE(rows.empty());

    AppTranslator translator; // this process's texts, to know the program's
    translator.apply(QStringLiteral("es"));
    const QStringList spanish = HistoryCsv::header();
    EXPECT_EQ(rows.front(), spanish);
    EXPECT_NE(spanish, english);
}
