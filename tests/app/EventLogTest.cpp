// The event log has a line for every cue, heard or not: a cue cut by a later one, a cue only
// shown as a caption and a cue core dropped because it could not start on time are all there,
// so no cue goes missing without a trace.

#include "app/audio/CuePlayer.h"
#include "app/session/EventLog.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <vector>

using namespace gluteguide;

namespace {

std::vector<QJsonObject> readLog(const QString &path)
{
    std::vector<QJsonObject> lines;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return lines;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (!line.isEmpty())
            lines.push_back(QJsonDocument::fromJson(line).object());
    }
    return lines;
}

} // namespace

TEST(EventLogTest, EveryCueIsLoggedWithWhetherItWasHeardOrCut)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("events.jsonl"));
    {
        EventLog log;
        ASSERT_TRUE(log.open(path, nullptr));
        log.sessionStarted();
        PlayedCue heard{ CueId::count(1), QStringLiteral("1"), 0, true, false };
        PlayedCue cut{ CueId::setupStep(SetupInstruction::LieOnSide), QStringLiteral("Lie down"), 0,
                       true, true };
        PlayedCue shownOnly{ CueId::count(2), QStringLiteral("2"), 0, false, false };
        for (const PlayedCue &cue : { heard, cut, shownOnly })
            log.recordCue(cue);
        SessionEvent dropped;
        dropped.kind = EventKind::CueDropped;
        dropped.cue = CueId::formReminder(Reminder::MoveSlowly);
        log.record(dropped);
    }
    const std::vector<QJsonObject> lines = readLog(path);
    ASSERT_EQ(lines.size(), 4u);
    EXPECT_EQ(lines[0].value("cue").toString(), QStringLiteral("count_1"));
    EXPECT_TRUE(lines[0].value("audible").toBool());
    EXPECT_FALSE(lines[0].contains("cut"));
    EXPECT_EQ(lines[1].value("cue").toString(),
              QString::fromStdString(cueKey(CueId::setupStep(SetupInstruction::LieOnSide))));
    EXPECT_TRUE(lines[1].value("cut").toBool());
    EXPECT_EQ(lines[2].value("cue").toString(), QStringLiteral("count_2"));
    EXPECT_TRUE(lines[2].contains("audible"));
    EXPECT_FALSE(lines[2].value("audible").toBool(true));
    EXPECT_EQ(lines[3].value("event").toString(),
              QString::fromStdString(std::string(eventKindKey(EventKind::CueDropped))));
    EXPECT_EQ(lines[3].value("cue").toString(),
              QString::fromStdString(cueKey(CueId::formReminder(Reminder::MoveSlowly))));
}
