#include "AppTestSupport.h"
#include "HistoryExpectations.h"
#include "HistorySamples.h"

#include "app/history/HistoryJson.h"
#include "app/history/WallTimeText.h"

#include <gtest/gtest.h>

using namespace gluteguide;

TEST(HistoryJsonTest, HoldsEverySessionWithItsBlocks)
{
    std::vector<SessionRecord> sessions;
    for (int i = 0; i < 6; ++i)
        sessions.push_back(sampleSession(i));
    expectJsonMatches(HistoryJson::toJson(sessions), sessions);
}

TEST(HistoryJsonTest, HasTheDocumentedKeys)
{
    const QJsonObject session = HistoryJson::sessionToJson(sampleSession(1));
    for (const char *key : { "started_at", "routine", "outcome", "duration_seconds", "reps_done",
                             "reps_prescribed", "blocks" })
        EXPECT_TRUE(session.contains(QLatin1String(key))) << key;
    const QJsonObject block = session.value(QStringLiteral("blocks")).toArray().first().toObject();
    for (const char *key : { "side", "set", "movement", "reps_done", "reps_prescribed" })
        EXPECT_TRUE(block.contains(QLatin1String(key))) << key;
}

TEST(HistoryJsonTest, StartedAtIsTheLocalTimeWithItsOffset)
{
    // 2024-05-01 06:30:00 UTC: 12:15 at +5:45, 01:00 at -5:30, 06:30 at +0.
    const std::int64_t utcMs =
            QDateTime(QDate(2024, 5, 1), QTime(6, 30), Qt::UTC).toMSecsSinceEpoch();
    for (const int offset : { 345, -330, 0 }) {
        const QString text = WallTimeText::iso8601({ utcMs, offset });
        expectSameMoment(text, { utcMs, offset });
        const QTime local = QTime(6, 30).addSecs(offset * 60);
        EXPECT_TRUE(text.contains(local.toString(QStringLiteral("'T'HH:mm:ss"))))
                << text.toStdString();
    }
    expectSameMoment(WallTimeText::iso8601({ utcMs + 250, 60 }), { utcMs + 250, 60 });
}
