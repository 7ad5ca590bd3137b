#include "app/cli/PlanJson.h"

#include "app/storage/RoutineJson.h"

#include <QJsonArray>
#include <QString>

#include <string_view>

using namespace gluteguide;

namespace {

QString fromKey(std::string_view key)
{
    return QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size()));
}

} // namespace

QJsonObject PlanJson::stepToJson(const PlanStep &step)
{
    QJsonObject object{
        { QStringLiteral("start"), toSeconds(step.start) },
        { QStringLiteral("duration"), toSeconds(step.duration) },
        { QStringLiteral("kind"), fromKey(stepKindKey(step.kind)) },
        { QStringLiteral("side"), fromKey(sideKey(step.side)) },
    };
    if (step.set > 0)
        object.insert(QStringLiteral("set"), step.set);
    if (step.movement)
        object.insert(QStringLiteral("movement"), fromKey(movementKey(*step.movement)));
    if (step.rep > 0)
        object.insert(QStringLiteral("rep"), step.rep);
    if (step.setup)
        object.insert(QStringLiteral("setup"), fromKey(setupKey(*step.setup)));
    if (!step.phases.empty()) {
        QJsonArray phases;
        for (const PlanPhase &phase : step.phases) {
            phases.append(QJsonObject{
                    { QStringLiteral("phase"), fromKey(phaseKey(phase.kind)) },
                    { QStringLiteral("start"), toSeconds(phase.start) },
                    { QStringLiteral("duration"), toSeconds(phase.duration) },
            });
        }
        object.insert(QStringLiteral("phases"), phases);
    }
    return object;
}

QJsonObject PlanJson::toJson(const Plan &plan)
{
    QJsonArray steps;
    for (const PlanStep &step : plan.steps)
        steps.append(stepToJson(step));
    return QJsonObject{
        { QStringLiteral("routine"), RoutineJson::toJson(plan.routine) },
        { QStringLiteral("total_seconds"), toSeconds(plan.total) },
        { QStringLiteral("steps"), steps },
    };
}
