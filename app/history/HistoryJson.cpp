#include "app/history/HistoryJson.h"

#include "app/history/WallTimeText.h"

#include <QString>

#include <string_view>

using namespace gluteguide;

namespace {

QString fromKey(std::string_view key)
{
    return QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size()));
}

} // namespace

QJsonObject HistoryJson::sessionToJson(const SessionRecord &session)
{
    QJsonArray blocks;
    for (const BlockRecord &block : session.blocks) {
        blocks.append(QJsonObject{
                { QStringLiteral("side"), fromKey(sideKey(block.side)) },
                { QStringLiteral("set"), block.set },
                { QStringLiteral("movement"), fromKey(movementKey(block.movement)) },
                { QStringLiteral("reps_done"), block.repsDone },
                { QStringLiteral("reps_prescribed"), block.repsPrescribed },
                { QStringLiteral("reached"), block.reached },
                { QStringLiteral("thats_all"), block.thatsAll },
        });
    }
    return QJsonObject{
        { QStringLiteral("started_at"), WallTimeText::iso8601(session.startedAt) },
        { QStringLiteral("routine"), QString::fromStdString(session.routineName) },
        { QStringLiteral("outcome"), fromKey(outcomeKey(session.outcome)) },
        { QStringLiteral("duration_seconds"), toSeconds(session.duration) },
        { QStringLiteral("reps_done"), session.repsDone() },
        { QStringLiteral("reps_prescribed"), session.repsPrescribed() },
        { QStringLiteral("blocks"), blocks },
    };
}

QJsonArray HistoryJson::toJson(const std::vector<SessionRecord> &sessions)
{
    QJsonArray array;
    for (const SessionRecord &session : sessions)
        array.append(sessionToJson(session));
    return array;
}
