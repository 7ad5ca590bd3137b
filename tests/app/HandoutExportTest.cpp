// gluteguide --export-handout (issue 7): a PDF with real text, read back with poppler's tools.

#include "GluteguideProcess.h"

#include <QFileInfo>
#include <QStandardPaths>

namespace {

QString runTool(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.start(QStandardPaths::findExecutable(tool), arguments);
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The PDF's text, with the typographic ligatures ("ﬁ", "ﬂ") spelt out.
QString pdfText(const QString &pdf)
{
    QString text = runTool(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
    text.replace(QChar(0xfb01), QStringLiteral("fi"));
    text.replace(QChar(0xfb02), QStringLiteral("fl"));
    return text;
}

QString pdfInfo(const QString &pdf, const QString &key)
{
    const QStringList lines = runTool(QStringLiteral("pdfinfo"), { pdf }).split('\n');
    for (const QString &line : lines) {
        if (line.startsWith(key + QLatin1Char(':')))
            return line.mid(key.size() + 1).trimmed();
    }
    return {};
}

class HandoutExportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
            || QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
            GTEST_SKIP() << "poppler-utils (pdftotext, pdfinfo) are not installed";
    }

    QTemporaryDir home;
};

} // namespace

TEST_F(HandoutExportTest, TheBuiltInRoutineHasEveryMovementItsRepsAndTheSafetyNote)
{
    const QString pdf = home.filePath(QStringLiteral("handout.pdf"));
    const ProcessRun run = runGluteguide({ QStringLiteral("--export-handout"), pdf },
                                         environmentWithoutDisplay(home));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(pdfInfo(pdf, QStringLiteral("Pages")), QStringLiteral("2"));
    EXPECT_TRUE(pdfInfo(pdf, QStringLiteral("Page size")).contains(QStringLiteral("(A4)")));
    const QString text = pdfText(pdf);
    for (const char *name : { "Clamshell", "Straight-leg raise", "Pulses", "Circles clockwise",
                              "Circles counterclockwise" })
        EXPECT_TRUE(text.contains(QString::fromUtf8(name))) << name;
    EXPECT_EQ(text.count(QStringLiteral("15 repetitions × 3 sets on each side")), 5);
    EXPECT_TRUE(text.contains(QStringLiteral("lift 2 s, lower 2 s")));
    EXPECT_TRUE(text.contains(QStringLiteral("About 31 minutes, 450 repetitions")));
    EXPECT_TRUE(text.contains(QStringLiteral("Stop if it hurts")));
    EXPECT_TRUE(text.contains(QStringLiteral("does not replace your clinician's advice")));
    EXPECT_TRUE(text.contains(QStringLiteral("Lie down on your side on the floor")));
}

TEST_F(HandoutExportTest, ATailoredRoutineOnLetterPaperShowsExactlyThatRoutine)
{
    const QString pdf = home.filePath(QStringLiteral("week3.pdf"));
    const ProcessRun run =
            runGluteguide({ QStringLiteral("--export-handout"), pdf, QStringLiteral("--routine"),
                            dataFile("tailored.gluteguide"), QStringLiteral("--paper"),
                            QStringLiteral("letter") },
                          environmentWithoutDisplay(home));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(pdfInfo(pdf, QStringLiteral("Page size")).startsWith(QStringLiteral("612 x 792")));
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("Week 3")));
    EXPECT_TRUE(text.contains(QStringLiteral("Slow on the way down. Call me if it hurts.")));
    EXPECT_EQ(text.count(QStringLiteral("10 repetitions × 2 sets on each side")), 3);
    EXPECT_TRUE(text.contains(QStringLiteral("2 sets lying on your right side, then 2 sets on "
                                             "your left side")));
    EXPECT_FALSE(text.contains(QStringLiteral("Circles"))) << "the circles are switched off";
    EXPECT_FALSE(text.contains(QStringLiteral("15 repetitions")));
}

TEST_F(HandoutExportTest, ABadRoutineOrAnUnwritablePlaceExitsTwoAndWritesNothing)
{
    const QString pdf = home.filePath(QStringLiteral("bad.pdf"));
    const ProcessRun bad =
            runGluteguide({ QStringLiteral("--export-handout"), pdf, QStringLiteral("--routine"),
                            dataFile("reps-too-high.json") },
                          environmentWithoutDisplay(home));
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("reps"))) << bad.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(pdf));

    const QString nowhere = home.filePath(QStringLiteral("no-such-folder/handout.pdf"));
    const ProcessRun unwritable = runGluteguide({ QStringLiteral("--export-handout"), nowhere },
                                                environmentWithoutDisplay(home));
    EXPECT_EQ(unwritable.exitCode, 2);
    EXPECT_TRUE(unwritable.err.contains(QStringLiteral("the handout cannot be written")))
            << unwritable.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(nowhere));

    const ProcessRun paper = runGluteguide({ QStringLiteral("--export-handout"), pdf,
                                             QStringLiteral("--paper"), QStringLiteral("a5") });
    EXPECT_EQ(paper.exitCode, 2);
    EXPECT_TRUE(paper.err.contains(QStringLiteral("a4 or letter"))) << paper.err.toStdString();
}
