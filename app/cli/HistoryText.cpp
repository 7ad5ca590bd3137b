#include "app/cli/HistoryText.h"

#include "app/cli/PlanText.h"
#include "app/history/WallTimeText.h"

#include <QStringList>
#include <QTextStream>

#include <algorithm>
#include <array>

using namespace gluteguide;

QString HistoryText::outcomeText(SessionOutcome outcome)
{
    switch (outcome) {
    case SessionOutcome::Completed:
        return tr("completed");
    case SessionOutcome::Stopped:
        return tr("stopped");
    case SessionOutcome::PainStop:
        return tr("stopped for pain");
    case SessionOutcome::Interrupted:
        break;
    }
    return tr("interrupted");
}

void HistoryText::write(const std::vector<SessionRecord> &sessions, QTextStream &out)
{
    if (sessions.empty()) {
        out << tr("No sessions recorded yet.") << '\n';
        return;
    }
    constexpr std::size_t columnCount = 5;
    using Row = std::array<QString, columnCount>;
    std::vector<Row> rows;
    rows.reserve(sessions.size() + 1);
    rows.push_back({ tr("Date"), tr("Routine"), tr("Outcome"), tr("Time"), tr("Reps") });
    for (const SessionRecord &session : sessions) {
        rows.push_back({
                WallTimeText::localDateTime(session.startedAt)
                        .toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                // One line per session, even for a name with line breaks.
                QString::fromStdString(session.routineName).simplified(),
                outcomeText(session.outcome),
                PlanText::clock(session.duration),
                tr("%1 of %2").arg(session.repsDone()).arg(session.repsPrescribed()),
        });
    }
    std::array<qsizetype, columnCount> widths{};
    for (const Row &row : rows) {
        for (std::size_t column = 0; column < columnCount; ++column)
            widths[column] = std::max(widths[column], row[column].size());
    }
    // Text columns to the left, the time to the right; the last column is not padded.
    for (const Row &row : rows) {
        out << row[0].leftJustified(widths[0]) << "  " << row[1].leftJustified(widths[1]) << "  "
            << row[2].leftJustified(widths[2]) << "  " << row[3].rightJustified(widths[3]) << "  "
            << row[4] << '\n';
    }
}

QString HistoryText::toString(const std::vector<SessionRecord> &sessions)
{
    QString text;
    QTextStream out(&text);
    write(sessions, out);
    out.flush();
    return text;
}
