#include "AppTestSupport.h"

#include "app/cli/PlanJson.h"
#include "app/storage/RoutineJson.h"
#include "core/plan/Plan.h"
#include "core/routine/Routine.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <gtest/gtest.h>

#include <cmath>

using namespace gluteguide;
using namespace std::chrono_literals;

namespace {

QJsonObject defaultPlanJson()
{
    return PlanJson::toJson(buildPlan(defaultRoutine()));
}

QJsonArray stepsOf(const QJsonObject &plan)
{
    return plan.value(QStringLiteral("steps")).toArray();
}

// Seconds back to whole milliseconds, so that tiling is checked exactly.
long long millis(const QJsonValue &seconds)
{
    return std::llround(seconds.toDouble() * 1000.0);
}

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

} // namespace

TEST(PlanJsonTest, HasRoutineTotalSecondsAndSteps)
{
    const QJsonObject plan = defaultPlanJson();
    const QStringList keys = plan.keys();
    EXPECT_EQ(QSet<QString>(keys.cbegin(), keys.cend()),
              (QSet<QString>{ QStringLiteral("routine"), QStringLiteral("total_seconds"),
                              QStringLiteral("steps") }));
    EXPECT_TRUE(plan.value(QStringLiteral("total_seconds")).isDouble());
    EXPECT_EQ(millis(plan.value(QStringLiteral("total_seconds"))),
              buildPlan(defaultRoutine()).total.count());
}

TEST(PlanJsonTest, TheDefaultPlanHas450RepSteps)
{
    int reps = 0;
    for (const QJsonValue step : stepsOf(defaultPlanJson())) {
        if (text(step.toObject(), "kind") == QStringLiteral("rep"))
            ++reps;
    }
    EXPECT_EQ(reps, 450);
}

TEST(PlanJsonTest, StepsTileTheTimelineUpToTotalSeconds)
{
    const QJsonObject plan = defaultPlanJson();
    const QJsonArray steps = stepsOf(plan);
    ASSERT_FALSE(steps.isEmpty());
    long long end = 0;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QJsonObject step = steps.at(i).toObject();
        ASSERT_EQ(millis(step.value(QStringLiteral("start"))), end) << "step " << i;
        ASSERT_GE(millis(step.value(QStringLiteral("duration"))), 0) << "step " << i;
        end += millis(step.value(QStringLiteral("duration")));
    }
    EXPECT_EQ(end, millis(plan.value(QStringLiteral("total_seconds"))));
}

TEST(PlanJsonTest, UsesOnlyTheDocumentedKindsKeysAndValues)
{
    const QSet<QString> kinds{ QStringLiteral("setup"),    QStringLiteral("intro"),
                               QStringLiteral("rep"),      QStringLiteral("transition"),
                               QStringLiteral("set_rest"), QStringLiteral("switch_sides"),
                               QStringLiteral("complete") };
    const QSet<QString> keys{ QStringLiteral("start"), QStringLiteral("duration"),
                              QStringLiteral("kind"),  QStringLiteral("side"),
                              QStringLiteral("set"),   QStringLiteral("movement"),
                              QStringLiteral("rep"),   QStringLiteral("setup"),
                              QStringLiteral("phases") };
    const QSet<QString> movements{ QStringLiteral("clamshell"),
                                   QStringLiteral("straight_leg_raise"), QStringLiteral("pulses"),
                                   QStringLiteral("circles_cw"), QStringLiteral("circles_ccw") };
    QSet<QString> kindsSeen;
    for (const QJsonValue value : stepsOf(defaultPlanJson())) {
        const QJsonObject step = value.toObject();
        for (const QString &key : step.keys())
            EXPECT_TRUE(keys.contains(key)) << key.toStdString();
        const QString kind = text(step, "kind");
        EXPECT_TRUE(kinds.contains(kind)) << kind.toStdString();
        kindsSeen.insert(kind);
        const QString side = text(step, "side");
        EXPECT_TRUE(side == QStringLiteral("left") || side == QStringLiteral("right"));
        if (step.contains(QStringLiteral("movement"))) {
            EXPECT_TRUE(movements.contains(text(step, "movement")));
        }
        EXPECT_TRUE(step.value(QStringLiteral("start")).isDouble());
        EXPECT_TRUE(step.value(QStringLiteral("duration")).isDouble());
    }
    EXPECT_EQ(kindsSeen, kinds);
}

TEST(PlanJsonTest, LeavesOutFieldsThatDoNotApply)
{
    const QJsonArray steps = stepsOf(defaultPlanJson());
    for (const QJsonValue value : steps) {
        const QJsonObject step = value.toObject();
        const QString kind = text(step, "kind");
        EXPECT_EQ(step.contains(QStringLiteral("setup")), kind == QStringLiteral("setup"));
        EXPECT_EQ(step.contains(QStringLiteral("rep")), kind == QStringLiteral("rep"));
        EXPECT_EQ(step.contains(QStringLiteral("phases")), kind == QStringLiteral("rep"));
        if (kind == QStringLiteral("setup") || kind == QStringLiteral("complete")) {
            EXPECT_FALSE(step.contains(QStringLiteral("set")));
            EXPECT_FALSE(step.contains(QStringLiteral("movement")));
        }
        if (kind == QStringLiteral("intro") || kind == QStringLiteral("rep")) {
            EXPECT_GE(step.value(QStringLiteral("set")).toInt(), 1);
            EXPECT_TRUE(step.contains(QStringLiteral("movement")));
        }
    }
}

TEST(PlanJsonTest, NamesTheSetupStepsInOrder)
{
    const QJsonArray steps = stepsOf(defaultPlanJson());
    QStringList setup;
    for (const QJsonValue value : steps) {
        if (text(value.toObject(), "kind") == QStringLiteral("setup"))
            setup.append(text(value.toObject(), "setup"));
    }
    EXPECT_EQ(setup,
              (QStringList{ QStringLiteral("lie_on_side"), QStringLiteral("head_on_arm"),
                            QStringLiteral("stack_hips_knees_feet"),
                            QStringLiteral("hand_on_top_hip") }));
}

TEST(PlanJsonTest, RepStepsListPhasesThatTileTheRep)
{
    const QJsonArray steps = stepsOf(defaultPlanJson());
    int checked = 0;
    for (const QJsonValue value : steps) {
        const QJsonObject step = value.toObject();
        if (text(step, "kind") != QStringLiteral("rep"))
            continue;
        const QJsonArray phases = step.value(QStringLiteral("phases")).toArray();
        ASSERT_FALSE(phases.isEmpty());
        long long position = millis(step.value(QStringLiteral("start")));
        for (const QJsonValue phaseValue : phases) {
            const QJsonObject phase = phaseValue.toObject();
            EXPECT_EQ(millis(phase.value(QStringLiteral("start"))), position);
            position += millis(phase.value(QStringLiteral("duration")));
        }
        EXPECT_EQ(position,
                  millis(step.value(QStringLiteral("start")))
                          + millis(step.value(QStringLiteral("duration"))));
        ++checked;
    }
    EXPECT_EQ(checked, 450);

    const QJsonObject firstRep = [&steps] {
        for (const QJsonValue value : steps) {
            if (text(value.toObject(), "kind") == QStringLiteral("rep"))
                return value.toObject();
        }
        return QJsonObject();
    }();
    EXPECT_EQ(text(firstRep, "movement"), QStringLiteral("clamshell"));
    EXPECT_EQ(firstRep.value(QStringLiteral("rep")).toInt(), 1);
    const QJsonArray phases = firstRep.value(QStringLiteral("phases")).toArray();
    ASSERT_EQ(phases.size(), 2);
    EXPECT_EQ(text(phases.at(0).toObject(), "phase"), QStringLiteral("lift"));
    EXPECT_EQ(text(phases.at(1).toObject(), "phase"), QStringLiteral("lower"));
    EXPECT_EQ(phases.at(0).toObject().value(QStringLiteral("duration")).toDouble(), 2.0);
}

TEST(PlanJsonTest, DoesThreeSetsOnTheLeftThenSwitchesToTheRight)
{
    const QJsonArray steps = stepsOf(defaultPlanJson());
    QStringList blocks; // "side set movement" at each movement's first rep
    int switches = 0;
    for (const QJsonValue value : steps) {
        const QJsonObject step = value.toObject();
        if (text(step, "kind") == QStringLiteral("switch_sides")) {
            ++switches;
            EXPECT_EQ(text(step, "side"), QStringLiteral("right"));
        }
        if (text(step, "kind") == QStringLiteral("rep")
            && step.value(QStringLiteral("rep")).toInt() == 1) {
            blocks.append(QStringLiteral("%1 %2 %3")
                                  .arg(text(step, "side"))
                                  .arg(step.value(QStringLiteral("set")).toInt())
                                  .arg(text(step, "movement")));
        }
    }
    EXPECT_EQ(switches, 1);
    ASSERT_EQ(blocks.size(), 30);
    EXPECT_EQ(blocks.at(0), QStringLiteral("left 1 clamshell"));
    EXPECT_EQ(blocks.at(4), QStringLiteral("left 1 circles_ccw"));
    EXPECT_EQ(blocks.at(14), QStringLiteral("left 3 circles_ccw"));
    EXPECT_EQ(blocks.at(15), QStringLiteral("right 1 clamshell"));
    EXPECT_EQ(blocks.at(29), QStringLiteral("right 3 circles_ccw"));
}

TEST(PlanJsonTest, CarriesTheRoutineAsARoutineFileObject)
{
    Routine routine = defaultRoutine();
    routine.name = "Short";
    routine.setsPerSide = 1;
    routine.bothSides = false;
    routine.firstSide = Side::Right;
    routine.movements = { { Movement::Pulses, 3, { 1500ms, 500ms } } };
    const QJsonObject plan = PlanJson::toJson(buildPlan(routine));

    EXPECT_EQ(plan.value(QStringLiteral("routine")).toObject(), RoutineJson::toJson(routine));
    const RoutineReadResult reread =
            RoutineJson::fromJson(plan.value(QStringLiteral("routine")).toObject());
    ASSERT_TRUE(reread.ok()) << errorsText(reread);
    EXPECT_EQ(*reread.routine, routine);

    // One side, one set, one movement of 3 reps: no switching sides, reps lying on the right.
    int reps = 0;
    for (const QJsonValue value : stepsOf(plan)) {
        const QJsonObject step = value.toObject();
        EXPECT_NE(text(step, "kind"), QStringLiteral("switch_sides"));
        EXPECT_NE(text(step, "kind"), QStringLiteral("set_rest"));
        EXPECT_EQ(text(step, "side"), QStringLiteral("right"));
        if (text(step, "kind") == QStringLiteral("rep")) {
            ++reps;
            EXPECT_EQ(step.value(QStringLiteral("duration")).toDouble(), 2.0);
            EXPECT_EQ(step.value(QStringLiteral("phases"))
                              .toArray()
                              .at(0)
                              .toObject()
                              .value(QStringLiteral("duration"))
                              .toDouble(),
                      1.5);
        }
    }
    EXPECT_EQ(reps, 3);
}
