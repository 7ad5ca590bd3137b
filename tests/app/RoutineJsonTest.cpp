#include "AppTestSupport.h"

#include "app/storage/RoutineJson.h"
#include "core/routine/Routine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace gluteguide;
using namespace std::chrono_literals;

namespace {

QJsonObject defaultObject()
{
    return RoutineJson::toJson(defaultRoutine());
}

// The default routine's file object with one top-level field replaced.
RoutineReadResult readWith(const QString &key, const QJsonValue &value)
{
    QJsonObject object = defaultObject();
    object.insert(key, value);
    return RoutineJson::fromJson(object);
}

// The default routine's file object with one field of one movement replaced.
RoutineReadResult readWithMovementField(int index, const QString &key, const QJsonValue &value)
{
    QJsonObject object = defaultObject();
    QJsonArray movements = object.value(QStringLiteral("movements")).toArray();
    QJsonObject movement = movements.at(index).toObject();
    movement.insert(key, value);
    movements.replace(index, movement);
    object.insert(QStringLiteral("movements"), movements);
    return RoutineJson::fromJson(object);
}

RoutineReadResult readText(const char *json)
{
    return RoutineJson::fromFileContents(QByteArray(json));
}

QString messageFor(const RoutineReadResult &result, const QString &field)
{
    for (const RoutineError &error : result.errors) {
        if (error.field == field)
            return error.message;
    }
    return {};
}

Routine customRoutine()
{
    Routine routine;
    routine.name = "Après-ski hips — week 2";
    routine.setup = { { SetupInstruction::HandOnTopHip, 2500ms },
                      { SetupInstruction::LieOnSide, 1000ms } };
    routine.movements = {
        { Movement::Pulses, 7, { 1500ms, 500ms } },
        { Movement::CirclesCounterclockwise, 50, { 10000ms } },
        { Movement::Clamshell, 1, { 1250ms, 2750ms } },
    };
    routine.setsPerSide = 10;
    routine.firstSide = Side::Right;
    routine.bothSides = false;
    routine.introDuration = 2000ms;
    routine.restBetweenMovements = 0ms;
    routine.restBetweenSets = 600000ms;
    routine.switchSidesDuration = 12345ms;
    routine.notes = "Stop if the knee hurts.\nLine two \"quoted\".";
    return routine;
}

} // namespace

TEST(RoutineJsonTest, RoundTripsTheDefaultRoutine)
{
    const RoutineReadResult result = RoutineJson::fromJson(defaultObject());
    ASSERT_TRUE(result.ok()) << errorsText(result);
    EXPECT_TRUE(result.errors.isEmpty());
    EXPECT_EQ(*result.routine, defaultRoutine());
}

TEST(RoutineJsonTest, RoundTripsACustomRoutineWithFractionalSeconds)
{
    const Routine routine = customRoutine();
    const RoutineReadResult result = RoutineJson::fromJson(RoutineJson::toJson(routine));
    ASSERT_TRUE(result.ok()) << errorsText(result);
    EXPECT_EQ(*result.routine, routine);
}

TEST(RoutineJsonTest, FileContentsRoundTripByteForByte)
{
    for (const Routine &routine : { defaultRoutine(), customRoutine() }) {
        const QByteArray contents = RoutineJson::toFileContents(routine);
        const RoutineReadResult result = RoutineJson::fromFileContents(contents);
        ASSERT_TRUE(result.ok()) << errorsText(result);
        EXPECT_EQ(*result.routine, routine);
        EXPECT_EQ(RoutineJson::toFileContents(*result.routine), contents);
        // The hand-laid-out file holds exactly what toJson() holds.
        EXPECT_EQ(QJsonDocument::fromJson(contents).object(), RoutineJson::toJson(routine));
    }
}

TEST(RoutineJsonTest, WritesTheDocumentedFormat)
{
    const QJsonObject object = defaultObject();
    EXPECT_EQ(object.value(QStringLiteral("schema_version")).toInt(), 1);
    EXPECT_EQ(object.value(QStringLiteral("name")).toString(),
              QStringLiteral("Side-lying hip series"));
    EXPECT_EQ(object.value(QStringLiteral("sets_per_side")).toInt(), 3);
    EXPECT_EQ(object.value(QStringLiteral("first_side")).toString(), QStringLiteral("left"));
    EXPECT_EQ(object.value(QStringLiteral("both_sides")).toBool(false), true);
    EXPECT_EQ(object.value(QStringLiteral("intro_seconds")).toDouble(), 5.0);
    EXPECT_EQ(object.value(QStringLiteral("rest_between_movements_seconds")).toDouble(), 5.0);
    EXPECT_EQ(object.value(QStringLiteral("rest_between_sets_seconds")).toDouble(), 20.0);
    EXPECT_EQ(object.value(QStringLiteral("switch_sides_seconds")).toDouble(), 30.0);
    EXPECT_EQ(object.value(QStringLiteral("notes")).toString(), QString());

    const QJsonArray setup = object.value(QStringLiteral("setup")).toArray();
    ASSERT_EQ(setup.size(), 4);
    EXPECT_EQ(setup.at(0).toObject(),
              (QJsonObject{ { QStringLiteral("step"), QStringLiteral("lie_on_side") },
                            { QStringLiteral("seconds"), 6 } }));

    const QJsonArray movements = object.value(QStringLiteral("movements")).toArray();
    ASSERT_EQ(movements.size(), 5);
    EXPECT_EQ(movements.at(0).toObject(),
              (QJsonObject{ { QStringLiteral("movement"), QStringLiteral("clamshell") },
                            { QStringLiteral("reps"), 15 },
                            { QStringLiteral("phase_seconds"), QJsonArray{ 2, 2 } } }));
    EXPECT_EQ(movements.at(4).toObject().value(QStringLiteral("movement")).toString(),
              QStringLiteral("circles_ccw"));
    EXPECT_EQ(object.size(), 12);
}

TEST(RoutineJsonTest, FileStartsWithTheSchemaVersionAndListsOneMovementPerLine)
{
    const QString contents = QString::fromUtf8(RoutineJson::toFileContents(defaultRoutine()));
    EXPECT_TRUE(
            contents.startsWith(QStringLiteral("{\n    \"schema_version\": 1,\n    \"name\": ")))
            << contents.toStdString();
    EXPECT_TRUE(contents.contains(QStringLiteral(
            "\n        {\"movement\": \"clamshell\", \"reps\": 15, \"phase_seconds\": [2, 2]},\n")))
            << contents.toStdString();
    EXPECT_TRUE(contents.contains(QStringLiteral("{\"step\": \"lie_on_side\", \"seconds\": 6}")))
            << contents.toStdString();
    EXPECT_TRUE(contents.endsWith(QStringLiteral("\"notes\": \"\"\n}\n")))
            << contents.toStdString();
}

TEST(RoutineJsonTest, RoundsFractionalSecondsToWholeMilliseconds)
{
    const RoutineReadResult result = readText(R"({"schema_version": 1, "intro_seconds": 2.0004,
        "rest_between_sets_seconds": 1.0006, "movements": [{"movement": "circles_cw",
        "phase_seconds": [0.7496]}]})");
    ASSERT_TRUE(result.ok()) << errorsText(result);
    EXPECT_EQ(result.routine->introDuration, 2000ms);
    EXPECT_EQ(result.routine->restBetweenSets, 1001ms);
    EXPECT_EQ(result.routine->movements.at(0).phaseDurations, std::vector<Millis>{ 750ms });
}

TEST(RoutineJsonTest, MissingOptionalFieldsTakeTheBuiltInDefaults)
{
    const RoutineReadResult result = readText(R"({"schema_version": 1})");
    ASSERT_TRUE(result.ok()) << errorsText(result);
    EXPECT_EQ(*result.routine, defaultRoutine());
}

TEST(RoutineJsonTest, MovementWithoutRepsOrTempoTakesItsDefaults)
{
    const RoutineReadResult result = readText(R"({"schema_version": 1,
        "movements": [{"movement": "pulses"}, {"movement": "circles_cw", "reps": 4}]})");
    ASSERT_TRUE(result.ok()) << errorsText(result);
    ASSERT_EQ(result.routine->movements.size(), 2u);
    EXPECT_EQ(result.routine->movements[0], defaultMovementSpec(Movement::Pulses));
    EXPECT_EQ(result.routine->movements[1].reps, 4);
    EXPECT_EQ(result.routine->movements[1].phaseDurations, std::vector<Millis>{ 3000ms });
}

TEST(RoutineJsonTest, SetupStepWithoutSecondsTakesItsBuiltInLength)
{
    const RoutineReadResult result =
            readText(R"({"schema_version": 1, "setup": [{"step": "stack_hips_knees_feet"}]})");
    ASSERT_TRUE(result.ok()) << errorsText(result);
    ASSERT_EQ(result.routine->setup.size(), 1u);
    EXPECT_EQ(result.routine->setup[0].instruction, SetupInstruction::StackHipsKneesFeet);
    EXPECT_EQ(result.routine->setup[0].duration, 7000ms);
}

TEST(RoutineJsonTest, AcceptsAnEmptySetup)
{
    const RoutineReadResult result = readText(R"({"schema_version": 1, "setup": []})");
    ASSERT_TRUE(result.ok()) << errorsText(result);
    EXPECT_TRUE(result.routine->setup.empty());
}

TEST(RoutineJsonTest, RejectsAMissingSchemaVersion)
{
    QJsonObject object = defaultObject();
    object.remove(QStringLiteral("schema_version"));
    const RoutineReadResult result = RoutineJson::fromJson(object);
    EXPECT_FALSE(result.ok());
    EXPECT_FALSE(result.routine.has_value());
    ASSERT_TRUE(result.hasErrorFor(QStringLiteral("schema_version"))) << errorsText(result);
    EXPECT_TRUE(messageFor(result, QStringLiteral("schema_version"))
                        .contains(QStringLiteral("missing")));
}

TEST(RoutineJsonTest, RejectsANewerSchemaVersionAndReportsOnlyThat)
{
    QJsonObject object = defaultObject();
    object.insert(QStringLiteral("schema_version"), 2);
    object.insert(QStringLiteral("field_from_the_future"), true);
    const RoutineReadResult result = RoutineJson::fromJson(object);
    EXPECT_FALSE(result.ok());
    ASSERT_EQ(result.errors.size(), 1) << errorsText(result);
    EXPECT_EQ(result.errors[0].field, QStringLiteral("schema_version"));
    EXPECT_TRUE(result.errors[0].message.contains(QStringLiteral("newer")));
}

TEST(RoutineJsonTest, RejectsAnUnknownOldSchemaVersion)
{
    const RoutineReadResult result = readWith(QStringLiteral("schema_version"), 0);
    EXPECT_FALSE(result.ok());
    EXPECT_TRUE(result.hasErrorFor(QStringLiteral("schema_version"))) << errorsText(result);
}

TEST(RoutineJsonTest, RejectsASchemaVersionOfTheWrongType)
{
    const RoutineReadResult result =
            readWith(QStringLiteral("schema_version"), QStringLiteral("1"));
    EXPECT_FALSE(result.ok());
    EXPECT_TRUE(result.hasErrorFor(QStringLiteral("schema_version"))) << errorsText(result);
}

TEST(RoutineJsonTest, RejectsRepsAboveFifty)
{
    const RoutineReadResult result = readWithMovementField(2, QStringLiteral("reps"), 51);
    EXPECT_FALSE(result.ok());
    ASSERT_EQ(result.errors.size(), 1) << errorsText(result);
    EXPECT_EQ(result.errors[0].field, QStringLiteral("movements[2].reps"));
    EXPECT_TRUE(result.errors[0].message.contains(QStringLiteral("50"))) << errorsText(result);
}

TEST(RoutineJsonTest, AcceptsFiftyReps)
{
    const RoutineReadResult result = readWithMovementField(2, QStringLiteral("reps"), 50);
    ASSERT_TRUE(result.ok()) << errorsText(result);
    EXPECT_EQ(result.routine->movements[2].reps, 50);
}

TEST(RoutineJsonTest, RejectsFractionalReps)
{
    const RoutineReadResult result = readWithMovementField(0, QStringLiteral("reps"), 2.5);
    EXPECT_FALSE(result.ok());
    ASSERT_EQ(result.errors.size(), 1) << errorsText(result);
    EXPECT_EQ(result.errors[0].field, QStringLiteral("movements[0].reps"));
    EXPECT_TRUE(result.errors[0].message.contains(QStringLiteral("whole number")));
}

TEST(RoutineJsonTest, RejectsRepsGivenAsText)
{
    const RoutineReadResult result =
            readWithMovementField(1, QStringLiteral("reps"), QStringLiteral("15"));
    EXPECT_FALSE(result.ok());
    ASSERT_EQ(result.errors.size(), 1) << errorsText(result);
    EXPECT_EQ(result.errors[0].field, QStringLiteral("movements[1].reps"));
}

TEST(RoutineJsonTest, RejectsSetsPerSideOfTheWrongType)
{
    const RoutineReadResult result = readWith(QStringLiteral("sets_per_side"), true);
    EXPECT_FALSE(result.ok());
    ASSERT_EQ(result.errors.size(), 1) << errorsText(result);
    EXPECT_EQ(result.errors[0].field, QStringLiteral("sets_per_side"));
}

TEST(RoutineJsonTest, RejectsElevenSetsPerSide)
{
    const RoutineReadResult result = readWith(QStringLiteral("sets_per_side"), 11);
    EXPECT_FALSE(result.ok());
    ASSERT_EQ(result.errors.size(), 1) << errorsText(result);
    EXPECT_EQ(result.errors[0].field, QStringLiteral("sets_per_side"));
}

TEST(RoutineJsonTest, RejectsSecondsGivenAsText)
{
    const RoutineReadResult result =
            readWith(QStringLiteral("rest_between_sets_seconds"), QStringLiteral("20"));
    EXPECT_FALSE(result.ok());
    ASSERT_EQ(result.errors.size(), 1) << errorsText(result);
    EXPECT_EQ(result.errors[0].field, QStringLiteral("rest_between_sets_seconds"));
}

TEST(RoutineJsonTest, RejectsARestLongerThanTenMinutes)
{
    const RoutineReadResult result = readWith(QStringLiteral("switch_sides_seconds"), 600.5);
    EXPECT_FALSE(result.ok());
    ASSERT_EQ(result.errors.size(), 1) << errorsText(result);
    EXPECT_EQ(result.errors[0].field, QStringLiteral("switch_sides_seconds"));
}

TEST(RoutineJsonTest, RejectsAnIntroShorterThanTwoSeconds)
{
    const RoutineReadResult result = readWith(QStringLiteral("intro_seconds"), 1.5);
    EXPECT_FALSE(result.ok());
    ASSERT_EQ(result.errors.size(), 1) << errorsText(result);
    EXPECT_EQ(result.errors[0].field, QStringLiteral("intro_seconds"));
}

TEST(RoutineJsonTest, RejectsNumbersFarOutOfRangeWithoutOverflowing)
{
    QJsonObject object = defaultObject();
    object.insert(QStringLiteral("sets_per_side"), 1e300);
    object.insert(QStringLiteral("intro_seconds"), -1e300);
    const RoutineReadResult result = RoutineJson::fromJson(object);
    EXPECT_FALSE(result.ok());
    EXPECT_TRUE(result.hasErrorFor(QStringLiteral("sets_per_side"))) << errorsText(result);
    EXPECT_TRUE(result.hasErrorFor(QStringLiteral("intro_seconds"))) << errorsText(result);
    EXPECT_EQ(result.errors.size(), 2) << errorsText(result);
}

TEST(RoutineJsonTest, RejectsAPhaseOutsideHalfASecondToTenSeconds)
{
    const RoutineReadResult result =
            readWithMovementField(0, QStringLiteral("phase_seconds"), QJsonArray{ 2, 0.4 });
    EXPECT_FALSE(result.ok());
    ASSERT_EQ(result.errors.size(), 1) << errorsText(result);
    EXPECT_EQ(result.errors[0].field, QStringLiteral("movements[0].phase_seconds[1]"));
}

TEST(RoutineJsonTest, RejectsAPhaseGivenAsText)
{
    const RoutineReadResult result = readWithMovementField(3, QStringLiteral("phase_seconds"),
                                                           QJsonArray{ QStringLiteral("3") });
    EXPECT_FALSE(result.ok());
    ASSERT_EQ(result.errors.size(), 1) << errorsText(result);
    EXPECT_EQ(result.errors[0].field, QStringLiteral("movements[3].phase_seconds[0]"));
}

TEST(RoutineJsonTest, RejectsTheWrongNumberOfPhases)
{
    const RoutineReadResult result =
            readWithMovementField(3, QStringLiteral("phase_seconds"), QJsonArray{ 3, 3 });
    EXPECT_FALSE(result.ok());
    ASSERT_EQ(result.errors.size(), 1) << errorsText(result);
    EXPECT_EQ(result.errors[0].field, QStringLiteral("movements[3].phase_seconds"));
}

TEST(RoutineJsonTest, RejectsPhaseSecondsThatAreNotAnArray)
{
    const RoutineReadResult result = readWithMovementField(0, QStringLiteral("phase_seconds"), 2);
    EXPECT_FALSE(result.ok());
    ASSERT_EQ(result.errors.size(), 1) << errorsText(result);
    EXPECT_EQ(result.errors[0].field, QStringLiteral("movements[0].phase_seconds"));
}

TEST(RoutineJsonTest, RejectsAnUnknownMovementWithoutGuessingItsPhases)
{
    const RoutineReadResult result =
            readWithMovementField(1, QStringLiteral("movement"), QStringLiteral("circles"));
    EXPECT_FALSE(result.ok());
    // Only the movement is named: how many phases it needs cannot be known.
    ASSERT_EQ(result.errors.size(), 1) << errorsText(result);
    EXPECT_EQ(result.errors[0].field, QStringLiteral("movements[1].movement"));
    EXPECT_TRUE(result.errors[0].message.contains(QStringLiteral("circles_cw")));
}

TEST(RoutineJsonTest, RejectsAMovementWithoutAMovementKey)
{
    const RoutineReadResult result =
            readText(R"({"schema_version": 1, "movements": [{"reps": 3}]})");
    EXPECT_FALSE(result.ok());
    ASSERT_EQ(result.errors.size(), 1) << errorsText(result);
    EXPECT_EQ(result.errors[0].field, QStringLiteral("movements[0].movement"));
}

TEST(RoutineJsonTest, RejectsAMovementThatIsNotAnObject)
{
    const RoutineReadResult result = readText(
            R"({"schema_version": 1, "movements": ["clamshell", {"movement": "pulses"}]})");
    EXPECT_FALSE(result.ok());
    ASSERT_EQ(result.errors.size(), 1) << errorsText(result);
    EXPECT_EQ(result.errors[0].field, QStringLiteral("movements[0]"));
}

TEST(RoutineJsonTest, RejectsMovementsThatAreNotAnArray)
{
    const RoutineReadResult result = readWith(QStringLiteral("movements"), QStringLiteral("all"));
    EXPECT_FALSE(result.ok());
    ASSERT_EQ(result.errors.size(), 1) << errorsText(result);
    EXPECT_EQ(result.errors[0].field, QStringLiteral("movements"));
}

TEST(RoutineJsonTest, RejectsAnEmptyMovementList)
{
    const RoutineReadResult result = readWith(QStringLiteral("movements"), QJsonArray());
    EXPECT_FALSE(result.ok());
    ASSERT_EQ(result.errors.size(), 1) << errorsText(result);
    EXPECT_EQ(result.errors[0].field, QStringLiteral("movements"));
}

TEST(RoutineJsonTest, KeepsTheIndexOfLaterMovementsWhenOneCannotBeRead)
{
    const RoutineReadResult result = readText(R"({"schema_version": 1, "movements": [
        {"movement": "hop"}, 7, {"movement": "pulses", "reps": 99}]})");
    EXPECT_FALSE(result.ok());
    EXPECT_TRUE(result.hasErrorFor(QStringLiteral("movements[0].movement"))) << errorsText(result);
    EXPECT_TRUE(result.hasErrorFor(QStringLiteral("movements[1]"))) << errorsText(result);
    EXPECT_TRUE(result.hasErrorFor(QStringLiteral("movements[2].reps"))) << errorsText(result);
    EXPECT_EQ(result.errors.size(), 3) << errorsText(result);
}

TEST(RoutineJsonTest, RejectsAnUnknownSide)
{
    const RoutineReadResult result = readWith(QStringLiteral("first_side"), QStringLiteral("top"));
    EXPECT_FALSE(result.ok());
    ASSERT_EQ(result.errors.size(), 1) << errorsText(result);
    EXPECT_EQ(result.errors[0].field, QStringLiteral("first_side"));
    EXPECT_TRUE(result.errors[0].message.contains(QStringLiteral("\"left\"")));
}

TEST(RoutineJsonTest, ReadsTheRightSideFirst)
{
    const RoutineReadResult result =
            readWith(QStringLiteral("first_side"), QStringLiteral("right"));
    ASSERT_TRUE(result.ok()) << errorsText(result);
    EXPECT_EQ(result.routine->firstSide, Side::Right);
}

TEST(RoutineJsonTest, RejectsBothSidesThatIsNotTrueOrFalse)
{
    const RoutineReadResult result = readWith(QStringLiteral("both_sides"), 1);
    EXPECT_FALSE(result.ok());
    ASSERT_EQ(result.errors.size(), 1) << errorsText(result);
    EXPECT_EQ(result.errors[0].field, QStringLiteral("both_sides"));
}

TEST(RoutineJsonTest, RejectsANameThatIsNotAString)
{
    const RoutineReadResult result = readWith(QStringLiteral("name"), QJsonValue::Null);
    EXPECT_FALSE(result.ok());
    ASSERT_EQ(result.errors.size(), 1) << errorsText(result);
    EXPECT_EQ(result.errors[0].field, QStringLiteral("name"));
}

TEST(RoutineJsonTest, RejectsNotesThatAreNotAString)
{
    const RoutineReadResult result = readWith(QStringLiteral("notes"), QJsonArray{ 1 });
    EXPECT_FALSE(result.ok());
    ASSERT_EQ(result.errors.size(), 1) << errorsText(result);
    EXPECT_EQ(result.errors[0].field, QStringLiteral("notes"));
}

TEST(RoutineJsonTest, RejectsAnUnknownSetupStep)
{
    const RoutineReadResult result =
            readText(R"({"schema_version": 1, "setup": [{"step": "lie_down", "seconds": 5}]})");
    EXPECT_FALSE(result.ok());
    ASSERT_EQ(result.errors.size(), 1) << errorsText(result);
    EXPECT_EQ(result.errors[0].field, QStringLiteral("setup[0].step"));
    EXPECT_TRUE(result.errors[0].message.contains(QStringLiteral("lie_on_side")));
}

TEST(RoutineJsonTest, RejectsASetupStepOutsideOneToSixtySeconds)
{
    const RoutineReadResult result = readText(R"({"schema_version": 1,
        "setup": [{"step": "head_on_arm", "seconds": 5}, {"step": "lie_on_side", "seconds": 61}]})");
    EXPECT_FALSE(result.ok());
    ASSERT_EQ(result.errors.size(), 1) << errorsText(result);
    EXPECT_EQ(result.errors[0].field, QStringLiteral("setup[1].seconds"));
}

TEST(RoutineJsonTest, RejectsSetupThatIsNotAnArray)
{
    const RoutineReadResult result = readWith(QStringLiteral("setup"), QJsonObject());
    EXPECT_FALSE(result.ok());
    ASSERT_EQ(result.errors.size(), 1) << errorsText(result);
    EXPECT_EQ(result.errors[0].field, QStringLiteral("setup"));
}

TEST(RoutineJsonTest, RejectsAnUnknownTopLevelFieldAndSuggestsTheSpelling)
{
    QJsonObject object = defaultObject();
    object.remove(QStringLiteral("sets_per_side"));
    object.insert(QStringLiteral("sets_per_sid"), 2);
    const RoutineReadResult result = RoutineJson::fromJson(object);
    EXPECT_FALSE(result.ok());
    ASSERT_EQ(result.errors.size(), 1) << errorsText(result);
    EXPECT_EQ(result.errors[0].field, QStringLiteral("sets_per_sid"));
    EXPECT_TRUE(result.errors[0].message.contains(QStringLiteral("\"sets_per_side\"")));
}

TEST(RoutineJsonTest, RejectsAnUnknownFieldInsideAMovement)
{
    const RoutineReadResult result = readWithMovementField(4, QStringLiteral("speed"), 2);
    EXPECT_FALSE(result.ok());
    ASSERT_EQ(result.errors.size(), 1) << errorsText(result);
    EXPECT_EQ(result.errors[0].field, QStringLiteral("movements[4].speed"));
}

TEST(RoutineJsonTest, RejectsAnUnknownFieldInsideASetupStep)
{
    const RoutineReadResult result =
            readText(R"({"schema_version": 1, "setup": [{"step": "lie_on_side", "secs": 5}]})");
    EXPECT_FALSE(result.ok());
    ASSERT_EQ(result.errors.size(), 1) << errorsText(result);
    EXPECT_EQ(result.errors[0].field, QStringLiteral("setup[0].secs"));
}

TEST(RoutineJsonTest, RejectsTextThatIsNotJsonAndSaysWhere)
{
    const RoutineReadResult result = readText("{\"schema_version\": 1,\n \"name\": \"x\",,}");
    EXPECT_FALSE(result.ok());
    ASSERT_EQ(result.errors.size(), 1) << errorsText(result);
    EXPECT_TRUE(result.errors[0].field.isEmpty());
    const QString message = result.errors[0].message;
    EXPECT_TRUE(message.contains(QStringLiteral("not valid JSON"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("line 2"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("offset"))) << message.toStdString();
}

TEST(RoutineJsonTest, RejectsAJsonArray)
{
    const RoutineReadResult result = readText(R"([{"schema_version": 1}])");
    EXPECT_FALSE(result.ok());
    ASSERT_EQ(result.errors.size(), 1) << errorsText(result);
    EXPECT_TRUE(result.errors[0].message.contains(QStringLiteral("JSON object")));
}

TEST(RoutineJsonTest, RejectsAnEmptyFile)
{
    const RoutineReadResult result = readText("  \n");
    EXPECT_FALSE(result.ok());
    ASSERT_EQ(result.errors.size(), 1) << errorsText(result);
    EXPECT_TRUE(result.errors[0].message.contains(QStringLiteral("empty")));
}

TEST(RoutineJsonTest, ReportsEveryProblemAtOnce)
{
    const RoutineReadResult result = readText(R"({"schema_version": 1, "colour": "red",
        "sets_per_side": 0, "first_side": "up", "intro_seconds": "5",
        "movements": [{"movement": "clamshell", "reps": 60, "phase_seconds": [2, 20]}]})");
    EXPECT_FALSE(result.ok());
    for (const char *field : { "colour", "sets_per_side", "first_side", "intro_seconds",
                               "movements[0].reps", "movements[0].phase_seconds[1]" }) {
        EXPECT_TRUE(result.hasErrorFor(QString::fromLatin1(field))) << field << " not named in:\n"
                                                                    << errorsText(result);
    }
    EXPECT_EQ(result.errors.size(), 6) << errorsText(result);
}

TEST(RoutineJsonTest, ErrorTextNamesTheFieldFirst)
{
    EXPECT_EQ(
            (RoutineError{ QStringLiteral("movements[2].reps"), QStringLiteral("must be 1 to 50") })
                    .toString(),
            QStringLiteral("movements[2].reps: must be 1 to 50"));
    EXPECT_EQ((RoutineError{ QString(), QStringLiteral("is empty") }).toString(),
              QStringLiteral("is empty"));
}
