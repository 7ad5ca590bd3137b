#pragma once

// Checks of the history's CSV and JSON against the sessions they were made from, field by field,
// reading each value back (times parsed, numbers converted) rather than comparing with text
// written the same way.

#include "core/history/SessionRecord.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

inline QString keyString(std::string_view key)
{
    return QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size()));
}

// An ISO 8601 time with offset names the stored moment and the stored offset.
inline void expectSameMoment(const QString &iso, gluteguide::WallTime time)
{
    const QDateTime parsed = QDateTime::fromString(iso, Qt::ISODateWithMs);
    ASSERT_TRUE(parsed.isValid()) << iso.toStdString();
    EXPECT_EQ(parsed.toMSecsSinceEpoch(), time.utcMs) << iso.toStdString();
    EXPECT_EQ(parsed.offsetFromUtc(), time.utcOffsetMinutes * 60) << iso.toStdString();
    // The offset is written out, never as "Z", so every line reads alike.
    EXPECT_FALSE(iso.endsWith(QLatin1Char('Z'))) << iso.toStdString();
}

inline std::int64_t secondsToMs(double seconds)
{
    return std::llround(seconds * 1000.0);
}

// rows: the parsed CSV, header first; one row per block of each session, in order.
inline void expectCsvMatches(const std::vector<QStringList> &rows,
                             const std::vector<gluteguide::SessionRecord> &sessions)
{
    using namespace gluteguide;
    ASSERT_FALSE(rows.empty());
    EXPECT_EQ(rows.front(),
              QStringList({ "Started", "Routine", "Outcome", "Duration (seconds)", "Side", "Set",
                            "Movement", "Reps done", "Reps prescribed", "That's all I can do" }));
    std::size_t expectedRows = 1;
    for (const SessionRecord &session : sessions)
        expectedRows += std::max<std::size_t>(session.blocks.size(), 1);
    ASSERT_EQ(rows.size(), expectedRows);

    std::size_t index = 1;
    for (const SessionRecord &session : sessions) {
        const std::size_t blockRows = std::max<std::size_t>(session.blocks.size(), 1);
        for (std::size_t b = 0; b < blockRows; ++b, ++index) {
            const QStringList &row = rows[index];
            SCOPED_TRACE("row " + std::to_string(index));
            ASSERT_EQ(row.size(), 10);
            expectSameMoment(row[0], session.startedAt);
            EXPECT_EQ(row[1].toStdString(), session.routineName);
            EXPECT_EQ(row[2], keyString(outcomeKey(session.outcome)));
            bool ok = false;
            EXPECT_EQ(secondsToMs(row[3].toDouble(&ok)), session.duration.count());
            EXPECT_TRUE(ok) << row[3].toStdString();
            if (session.blocks.empty()) {
                for (int column = 4; column < 10; ++column)
                    EXPECT_TRUE(row[column].isEmpty());
                continue;
            }
            const BlockRecord &block = session.blocks[b];
            EXPECT_EQ(row[4], keyString(sideKey(block.side)));
            EXPECT_EQ(row[5].toInt(), block.set);
            EXPECT_EQ(row[6], keyString(movementKey(block.movement)));
            EXPECT_EQ(row[7].toInt(), block.repsDone);
            EXPECT_EQ(row[8].toInt(), block.repsPrescribed);
            EXPECT_EQ(row[9], block.thatsAll ? QStringLiteral("true") : QStringLiteral("false"));
        }
    }
}

inline void expectJsonMatches(const QJsonArray &array,
                              const std::vector<gluteguide::SessionRecord> &sessions)
{
    using namespace gluteguide;
    ASSERT_EQ(static_cast<std::size_t>(array.size()), sessions.size());
    for (std::size_t i = 0; i < sessions.size(); ++i) {
        SCOPED_TRACE("session " + std::to_string(i));
        const SessionRecord &session = sessions[i];
        const QJsonObject object = array.at(static_cast<qsizetype>(i)).toObject();
        expectSameMoment(object.value(QStringLiteral("started_at")).toString(), session.startedAt);
        EXPECT_EQ(object.value(QStringLiteral("routine")).toString().toStdString(),
                  session.routineName);
        EXPECT_EQ(object.value(QStringLiteral("outcome")).toString(),
                  keyString(outcomeKey(session.outcome)));
        EXPECT_EQ(secondsToMs(object.value(QStringLiteral("duration_seconds")).toDouble(-1)),
                  session.duration.count());
        int done = 0;
        int prescribed = 0;
        const QJsonArray blocks = object.value(QStringLiteral("blocks")).toArray();
        ASSERT_EQ(static_cast<std::size_t>(blocks.size()), session.blocks.size());
        for (std::size_t b = 0; b < session.blocks.size(); ++b) {
            const BlockRecord &block = session.blocks[b];
            const QJsonObject json = blocks.at(static_cast<qsizetype>(b)).toObject();
            EXPECT_EQ(json.value(QStringLiteral("side")).toString(),
                      keyString(sideKey(block.side)));
            EXPECT_EQ(json.value(QStringLiteral("set")).toInt(-1), block.set);
            EXPECT_EQ(json.value(QStringLiteral("movement")).toString(),
                      keyString(movementKey(block.movement)));
            EXPECT_EQ(json.value(QStringLiteral("reps_done")).toInt(-1), block.repsDone);
            EXPECT_EQ(json.value(QStringLiteral("reps_prescribed")).toInt(-1),
                      block.repsPrescribed);
            EXPECT_EQ(json.value(QStringLiteral("reached")).toBool(!block.reached), block.reached);
            EXPECT_EQ(json.value(QStringLiteral("thats_all")).toBool(!block.thatsAll),
                      block.thatsAll);
            done += block.repsDone;
            prescribed += block.repsPrescribed;
        }
        EXPECT_EQ(object.value(QStringLiteral("reps_done")).toInt(-1), done);
        EXPECT_EQ(object.value(QStringLiteral("reps_prescribed")).toInt(-1), prescribed);
    }
}
