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
#include <QProcess>
#include <QRegularExpression>
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

namespace {

class TranslatedCommandTest : public ::testing::TestWithParam<const char *>
{
protected:
    QTemporaryDir m_home;
};

} // namespace

// --plan and --export-handout in each translated language: the movement names, the plan's
// heading words and the handout's text are the translation's, not English.
TEST_P(TranslatedCommandTest, PlanAndHandoutAreInTheLanguage)
{
    ASSERT_TRUE(m_home.isValid());
    const QString code = QString::fromLatin1(GetParam());
    const QProcessEnvironment environment = environmentWithoutDisplay(m_home);
    const ProcessRun plan = runGluteguide(
            { QStringLiteral("--plan"), QStringLiteral("--language"), code }, environment);
    ASSERT_EQ(plan.exitCode, 0) << plan.err.toStdString();
    const QString pdf = m_home.filePath(QStringLiteral("handout.pdf"));
    const ProcessRun handout = runGluteguide(
            { QStringLiteral("--export-handout"), pdf, QStringLiteral("--language"), code },
            environment);
    ASSERT_EQ(handout.exitCode, 0) << handout.err.toStdString();
    const QString pdftotextPath = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    ASSERT_FALSE(pdftotextPath.isEmpty()) << "poppler-utils (pdftotext) are not installed";
    QProcess pdftotext;
    pdftotext.start(pdftotextPath, { pdf, QStringLiteral("-") });
    ASSERT_TRUE(pdftotext.waitForFinished(30000));
    // pdftotext breaks lines and spaces words its own way: compare without white space. Qt's PDF
    // writer maps a glyph back to the lowest code point that uses it, and Noto CJK draws the
    // Kangxi radical U+2FBC and the character 高 (U+9AD8) with one glyph: the text comes out
    // with radicals, which compatibility normalisation (NFKC) turns back into the characters.
    const auto compact = [](QString text) {
        return text.normalized(QString::NormalizationForm_KC).remove(QRegularExpression("\\s"));
    };
    const QString planText = compact(QString::fromUtf8(plan.out));
    const QString handoutText = compact(QString::fromUtf8(pdftotext.readAllStandardOutput()));

    AppTranslator translator; // this process's texts, to know the program's
    translator.apply(code);
    for (const char *movement : { "Clamshell", "Straight-leg raise", "Pulses" }) {
        const QString name = compact(QCoreApplication::translate("DisplayNames", movement));
        ASSERT_NE(name, compact(QString::fromLatin1(movement))) << movement << " is not translated";
        EXPECT_TRUE(planText.contains(name))
                << code.toStdString() << " plan lacks " << movement << ":\n"
                << plan.out.toStdString();
        EXPECT_TRUE(handoutText.contains(name))
                << code.toStdString() << " handout lacks " << movement << ":\n"
                << handoutText.toStdString();
        EXPECT_FALSE(planText.contains(compact(QString::fromLatin1(movement))));
        EXPECT_FALSE(handoutText.contains(compact(QString::fromLatin1(movement))));
    }
}

INSTANTIATE_TEST_SUITE_P(EveryTranslation, TranslatedCommandTest,
                         ::testing::Values("fr", "es", "zh_CN"));
