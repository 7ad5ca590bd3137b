// The screens read back by OCR, in each language: the real executable saves a screenshot of
// Home, a session and the summary in that language (offscreen), and tesseract, with that
// language's model, reads the controls' words off the picture. This sees what a person sees:
// a text that was not translated, was drawn with a font that lacks its characters (tofu boxes)
// or was cut off is not read back.

#include "AppTestSupport.h"
#include "GluteguideProcess.h"

#include "app/language/AppTranslator.h"

#include <QCoreApplication>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

namespace {

struct Text
{
    const char *context;
    const char *source;
};

struct Screen
{
    const char *name;
    QStringList arguments; // after --screenshot FILE
    std::vector<Text> texts; // words it must show
};

struct LanguageCase
{
    const char *code; // --language
    const char *ocrModel; // tesseract -l
};

// Letters and digits only, lower case: OCR's spacing, punctuation and dashes vary.
QString comparable(const QString &text)
{
    QString letters;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            letters += c.toLower();
    }
    return letters;
}

// Whether needle occurs in haystack with at most maxErrors letters wrong, missing or extra
// (Sellers' approximate substring match): OCR reads "I" as "|" or "ı" now and then.
bool containsApproximately(const QString &haystack, const QString &needle, int maxErrors)
{
    std::vector<int> column(std::size_t(needle.size()) + 1);
    for (std::size_t i = 0; i < column.size(); ++i)
        column[i] = int(i);
    for (const QChar c : haystack) {
        int diagonal = 0; // a match may start anywhere in the haystack
        for (std::size_t i = 1; i < column.size(); ++i) {
            const int above = column[i];
            column[i] = std::min({ above + 1, column[i - 1] + 1,
                                   diagonal + (needle[qsizetype(i - 1)] == c ? 0 : 1) });
            diagonal = above;
        }
        if (column.back() <= maxErrors)
            return true;
    }
    return false;
}

// One letter in eight may be misread.
int allowedErrors(const QString &text)
{
    return int(text.size()) / 8;
}

const std::vector<Screen> &screens()
{
    static const std::vector<Screen> all{
        { "home",
          {},
          { { "HomePage", "Start" },
            { "HomePage", "Preview" },
            { "HomePage", "Progress" },
            { "HomePage", "Settings" },
            { "HomePage", "Before you start" } } },
        { "session",
          { QStringLiteral("--at"), QStringLiteral("60") },
          { { "SessionPage", "Pause" },
            { "SessionPage", "That's all I can do" },
            { "SessionPage", "Pain — stop now" } } },
        { "summary",
          { QStringLiteral("--at"), QStringLiteral("60"), QStringLiteral("--then"),
            QStringLiteral("pain_stop") },
          { { "SummaryPage", "Stopped for pain" }, { "SummaryPage", "Back to home" } } },
    };
    return all;
}

class ScreenReadBackTest : public ::testing::TestWithParam<LanguageCase>
{
protected:
    void SetUp() override { ASSERT_TRUE(m_home.isValid()); }

    QString screenshot(const Screen &screen)
    {
        const QString png =
                m_home.filePath(QStringLiteral("%1.png").arg(QLatin1String(screen.name)));
        QProcessEnvironment environment = environmentWithoutDisplay(m_home);
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        const ProcessRun run = runGluteguide(QStringList{ QStringLiteral("--screenshot"), png,
                                                          QStringLiteral("--language"),
                                                          QString::fromLatin1(GetParam().code) }
                                                     + screen.arguments,
                                             environment);
        EXPECT_EQ(run.exitCode, 0) << screen.name << ": " << run.err.toStdString();
        return png;
    }

    // Tesseract reads best with letters about 30 pixels high: the window's are half that.
    static QString read(const QString &png)
    {
        const QImage shot(png);
        EXPECT_FALSE(shot.isNull()) << png.toStdString() << " is not a picture";
        const QString large =
                QString(png).replace(QStringLiteral(".png"), QStringLiteral("-2x.png"));
        EXPECT_TRUE(shot.scaled(shot.size() * 2, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                            .save(large));
        QProcess tesseract;
        tesseract.start(QStandardPaths::findExecutable(QStringLiteral("tesseract")),
                        { large, QStringLiteral("stdout"), QStringLiteral("-l"),
                          QString::fromLatin1(GetParam().ocrModel) });
        if (!tesseract.waitForFinished(120000) || tesseract.exitCode() != 0) {
            ADD_FAILURE() << "tesseract failed on " << png.toStdString() << ": "
                          << tesseract.readAllStandardError().toStdString();
            return {};
        }
        return QString::fromUtf8(tesseract.readAllStandardOutput());
    }

    QTemporaryDir m_home;
};

} // namespace

#if defined(Q_OS_LINUX)
TEST_P(ScreenReadBackTest, EachScreenReadsBackInTheLanguage)
{
    // tools/setup-debian.sh installs tesseract and the four models.
    ASSERT_FALSE(QStandardPaths::findExecutable(QStringLiteral("tesseract")).isEmpty())
            << "tesseract is not installed (tesseract-ocr on Debian)";
    AppTranslator translator; // this process's texts, to know the program's
    translator.apply(QString::fromLatin1(GetParam().code));
    const bool english = QLatin1String(GetParam().code) == QLatin1String("en");

    for (const Screen &screen : screens()) {
        const QString read = ScreenReadBackTest::read(screenshot(screen));
        const QString words = comparable(read);
        int found = 0;
        QStringList missing;
        for (const Text &text : screen.texts) {
            const QString shown =
                    comparable(QCoreApplication::translate(text.context, text.source));
            if (containsApproximately(words, shown, allowedErrors(shown)))
                ++found;
            else
                missing << shown;
            // The English words are not on a translated screen (where they differ: "Pause" is
            // French too).
            const QString source = comparable(QString::fromUtf8(text.source));
            if (!english && containsApproximately(source, shown, allowedErrors(source)) == false) {
                EXPECT_FALSE(containsApproximately(words, source, allowedErrors(source)))
                        << screen.name << ": \"" << text.source << "\" is shown in English";
            }
        }
        // OCR may misread one word on a coloured button; two misses mean the screen is wrong.
        EXPECT_GE(found, int(screen.texts.size()) - 1)
                << GetParam().code << " " << screen.name
                << ": not read back: " << missing.join(QStringLiteral(" | ")).toStdString()
                << "\ntesseract read:\n"
                << read.toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(
        EveryLanguage, ScreenReadBackTest,
        ::testing::Values(LanguageCase{ "en", "eng" }, LanguageCase{ "fr", "fra" },
                          LanguageCase{ "es", "spa" }, LanguageCase{ "zh_CN", "chi_sim" }),
        [](const ::testing::TestParamInfo<LanguageCase> &info) {
            return QString::fromLatin1(info.param.code).remove(QLatin1Char('_')).toStdString();
        });
#endif
