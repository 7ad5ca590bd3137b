#include "app/storage/RoutineJson.h"

#include "app/text/RoutineProblemText.h"
#include "core/routine/RoutineValidation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <initializer_list>
#include <limits>
#include <string_view>
#include <vector>

using namespace gluteguide;

namespace {

// The keys of routine files, in the order files are written.
namespace keys {
constexpr QLatin1String schemaVersion("schema_version");
constexpr QLatin1String name("name");
constexpr QLatin1String setsPerSide("sets_per_side");
constexpr QLatin1String firstSide("first_side");
constexpr QLatin1String bothSides("both_sides");
constexpr QLatin1String introSeconds("intro_seconds");
constexpr QLatin1String restBetweenMovements("rest_between_movements_seconds");
constexpr QLatin1String restBetweenSets("rest_between_sets_seconds");
constexpr QLatin1String switchSides("switch_sides_seconds");
constexpr QLatin1String setup("setup");
constexpr QLatin1String movements("movements");
constexpr QLatin1String notes("notes");

constexpr QLatin1String step("step");
constexpr QLatin1String seconds("seconds");

constexpr QLatin1String movement("movement");
constexpr QLatin1String reps("reps");
constexpr QLatin1String phaseSeconds("phase_seconds");
constexpr QLatin1String enabled("enabled");
} // namespace keys

const std::initializer_list<QLatin1String> topLevelKeys{
    keys::schemaVersion,
    keys::name,
    keys::setsPerSide,
    keys::firstSide,
    keys::bothSides,
    keys::introSeconds,
    keys::restBetweenMovements,
    keys::restBetweenSets,
    keys::switchSides,
    keys::setup,
    keys::movements,
    keys::notes,
};
const std::initializer_list<QLatin1String> setupKeys{ keys::step, keys::seconds };
const std::initializer_list<QLatin1String> movementKeys{ keys::movement, keys::reps,
                                                         keys::phaseSeconds, keys::enabled };

// Seconds beyond this are not a duration at all; core reports ordinary out-of-range values.
constexpr double maxSecondsMagnitude = 1e9;
// A placeholder for a value that could not be read; its error is already reported.
constexpr Millis placeholderPhase{ 1000 };

QString fromKey(std::string_view key)
{
    return QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size()));
}

QString number(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QJsonValue secondsValue(Millis duration)
{
    return toSeconds(duration);
}

int editDistance(const QString &a, const QString &b)
{
    std::vector<int> previous(static_cast<std::size_t>(b.size()) + 1);
    std::vector<int> current(previous.size());
    for (std::size_t j = 0; j < previous.size(); ++j)
        previous[j] = static_cast<int>(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = static_cast<int>(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const auto uj = static_cast<std::size_t>(j);
            const int substitution = previous[uj - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            current[uj] = std::min({ previous[uj] + 1, current[uj - 1] + 1, substitution });
        }
        std::swap(previous, current);
    }
    return previous.back();
}

bool isUnder(const QString &field, const QString &prefix)
{
    return field == prefix || field.startsWith(prefix + QLatin1Char('.'))
            || field.startsWith(prefix + QLatin1Char('['));
}

// Reads a routine object field by field, collecting every error instead of stopping at the first.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(RoutineJson)

public:
    RoutineReadResult read(const QJsonObject &object);

private:
    void add(const QString &field, const QString &message) { m_errors.append({ field, message }); }
    // An error in a field whose value was replaced by a default or placeholder: core's
    // validation of the placeholder would only repeat or confuse it, so that is not reported.
    void addBroken(const QString &field, const QString &message)
    {
        add(field, message);
        m_brokenFields.append(field);
    }

    static QString describe(const QJsonValue &value);
    static QString keyList(const std::initializer_list<QLatin1String> &known);

    void checkKeys(const QJsonObject &object, const std::initializer_list<QLatin1String> &known,
                   const QString &prefix);
    bool readSchemaVersion(const QJsonObject &object);

    std::optional<int> wholeNumber(const QJsonValue &value, const QString &field);
    std::optional<Millis> seconds(const QJsonValue &value, const QString &field);
    std::optional<QString> string(const QJsonValue &value, const QString &field);
    std::optional<bool> boolean(const QJsonValue &value, const QString &field);

    void readSetup(const QJsonValue &value, Routine &routine);
    SetupStep readSetupStep(const QJsonValue &value, const QString &field);
    void readMovements(const QJsonValue &value, Routine &routine);
    MovementSpec readMovement(const QJsonValue &value, const QString &field);

    QList<RoutineError> m_errors;
    QStringList m_brokenFields;
};

QString Reader::describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return number(value.toDouble());
    case QJsonValue::String: {
        constexpr qsizetype maxShown = 40;
        const QString text = value.toString();
        if (text.size() > maxShown)
            return QLatin1Char('"') + text.left(maxShown) + QStringLiteral("…\"");
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    case QJsonValue::Array:
        return tr("an array");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("nothing");
}

QString Reader::keyList(const std::initializer_list<QLatin1String> &known)
{
    QStringList names;
    for (QLatin1String key : known)
        names.append(QLatin1Char('"') + key + QLatin1Char('"'));
    return names.join(QStringLiteral(", "));
}

void Reader::checkKeys(const QJsonObject &object, const std::initializer_list<QLatin1String> &known,
                       const QString &prefix)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        const bool isKnown = std::any_of(known.begin(), known.end(),
                                         [&key](QLatin1String name) { return key == name; });
        if (isKnown)
            continue;
        // A misspelt key must not be silently ignored; suggest what was probably meant.
        const int threshold = std::max<int>(2, static_cast<int>(key.size()) / 4);
        QString suggestion;
        int best = std::numeric_limits<int>::max();
        for (QLatin1String name : known) {
            // The distance is at least the difference in length: a name that cannot be within
            // the threshold is not compared, or a long key would cost its length times each name's.
            if (std::abs(key.size() - name.size()) > threshold)
                continue;
            const int distance = editDistance(key, name);
            if (distance < best) {
                best = distance;
                suggestion = name;
            }
        }
        if (best <= threshold) {
            add(prefix + key, tr("is not a known field; did you mean \"%1\"?").arg(suggestion));
        } else {
            add(prefix + key,
                tr("is not a known field; the known fields are %1").arg(keyList(known)));
        }
    }
}

std::optional<int> Reader::wholeNumber(const QJsonValue &value, const QString &field)
{
    const double number = value.toDouble(); // 0 when the value is not a number
    if (!value.isDouble() || number != std::trunc(number)) {
        addBroken(field, tr("must be a whole number (got %1)").arg(describe(value)));
        return std::nullopt;
    }
    if (number < std::numeric_limits<int>::min() || number > std::numeric_limits<int>::max()) {
        addBroken(field, tr("is far out of range (got %1)").arg(describe(value)));
        return std::nullopt;
    }
    return static_cast<int>(number);
}

std::optional<Millis> Reader::seconds(const QJsonValue &value, const QString &field)
{
    if (!value.isDouble()) {
        addBroken(field, tr("must be a number of seconds (got %1)").arg(describe(value)));
        return std::nullopt;
    }
    const double seconds = value.toDouble();
    if (!std::isfinite(seconds) || std::abs(seconds) > maxSecondsMagnitude) {
        addBroken(field, tr("is far out of range (got %1)").arg(describe(value)));
        return std::nullopt;
    }
    // Whole milliseconds, rounded: core time is integer milliseconds.
    return Millis{ std::llround(seconds * 1000.0) };
}

std::optional<QString> Reader::string(const QJsonValue &value, const QString &field)
{
    if (!value.isString()) {
        addBroken(field, tr("must be a string (got %1)").arg(describe(value)));
        return std::nullopt;
    }
    return value.toString();
}

std::optional<bool> Reader::boolean(const QJsonValue &value, const QString &field)
{
    if (!value.isBool()) {
        addBroken(field, tr("must be true or false (got %1)").arg(describe(value)));
        return std::nullopt;
    }
    return value.toBool();
}

bool Reader::readSchemaVersion(const QJsonObject &object)
{
    const QString field = keys::schemaVersion;
    if (!object.contains(keys::schemaVersion)) {
        add(field,
            tr("is missing; this version of GluteGuide reads schema_version %1")
                    .arg(RoutineJson::schemaVersion));
        return true;
    }
    const std::optional<int> version = wholeNumber(object.value(keys::schemaVersion), field);
    if (!version)
        return true;
    if (*version > RoutineJson::schemaVersion) {
        // The rest of the file may use fields this version does not know: report only this.
        m_errors = { { field,
                       tr("is %1, newer than this version of GluteGuide reads (%2); "
                          "open the file with a newer GluteGuide")
                               .arg(*version)
                               .arg(RoutineJson::schemaVersion) } };
        return false;
    }
    if (*version < 1) {
        add(field,
            tr("is not a known schema version (got %1); this version of GluteGuide reads "
               "schema_version %2")
                    .arg(*version)
                    .arg(RoutineJson::schemaVersion));
    }
    return true;
}

void Reader::readSetup(const QJsonValue &value, Routine &routine)
{
    if (!value.isArray()) {
        addBroken(keys::setup, tr("must be an array of setup steps (got %1)").arg(describe(value)));
        return;
    }
    const QJsonArray array = value.toArray();
    routine.setup.clear();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString field = QStringLiteral("%1[%2]").arg(keys::setup).arg(i);
        routine.setup.push_back(readSetupStep(array.at(i), field));
    }
}

SetupStep Reader::readSetupStep(const QJsonValue &value, const QString &field)
{
    // A step that cannot be read is kept as a placeholder, so that later steps keep their index.
    SetupStep step;
    if (!value.isObject()) {
        addBroken(field,
                  tr("must be an object like {\"step\": \"lie_on_side\", \"seconds\": 6} "
                     "(got %1)")
                          .arg(describe(value)));
        return step;
    }
    const QJsonObject object = value.toObject();
    checkKeys(object, setupKeys, field + QLatin1Char('.'));

    const QString stepField = field + QLatin1Char('.') + keys::step;
    if (!object.contains(keys::step)) {
        addBroken(stepField, tr("is missing"));
    } else if (const std::optional<QString> key = string(object.value(keys::step), stepField)) {
        if (const auto instruction = setupFromKey(key->toStdString())) {
            step.instruction = *instruction;
            // Without "seconds", the step takes its length in the built-in routine.
            for (const SetupStep &builtIn : defaultRoutine().setup) {
                if (builtIn.instruction == *instruction)
                    step.duration = builtIn.duration;
            }
        } else {
            QStringList known;
            for (SetupInstruction instruction : allSetupInstructions)
                known.append(QLatin1Char('"') + fromKey(setupKey(instruction)) + QLatin1Char('"'));
            addBroken(stepField,
                      tr("is not a known setup step (got %1); use one of %2")
                              .arg(describe(object.value(keys::step)),
                                   known.join(QStringLiteral(", "))));
        }
    }

    if (object.contains(keys::seconds)) {
        const QString secondsField = field + QLatin1Char('.') + keys::seconds;
        if (const std::optional<Millis> duration =
                    seconds(object.value(keys::seconds), secondsField))
            step.duration = *duration;
    }
    return step;
}

void Reader::readMovements(const QJsonValue &value, Routine &routine)
{
    if (!value.isArray()) {
        addBroken(keys::movements,
                  tr("must be an array of movements (got %1)").arg(describe(value)));
        return;
    }
    const QJsonArray array = value.toArray();
    routine.movements.clear();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString field = QStringLiteral("%1[%2]").arg(keys::movements).arg(i);
        routine.movements.push_back(readMovement(array.at(i), field));
    }
}

MovementSpec Reader::readMovement(const QJsonValue &value, const QString &field)
{
    // A movement that cannot be read is kept as a placeholder, so that later movements keep
    // their index in core's problem names.
    MovementSpec spec = defaultMovementSpec(Movement::Clamshell);
    if (!value.isObject()) {
        addBroken(field,
                  tr("must be an object like {\"movement\": \"clamshell\", \"reps\": 15, "
                     "\"phase_seconds\": [2, 2]} (got %1)")
                          .arg(describe(value)));
        return spec;
    }
    const QJsonObject object = value.toObject();
    checkKeys(object, movementKeys, field + QLatin1Char('.'));

    const QString movementField = field + QLatin1Char('.') + keys::movement;
    const QString phasesField = field + QLatin1Char('.') + keys::phaseSeconds;
    bool movementKnown = false;
    if (!object.contains(keys::movement)) {
        addBroken(movementField, tr("is missing"));
    } else if (const std::optional<QString> key =
                       string(object.value(keys::movement), movementField)) {
        if (const std::optional<Movement> movement = movementFromKey(key->toStdString())) {
            // Without reps or phase_seconds, the movement takes its built-in defaults.
            spec = defaultMovementSpec(*movement);
            movementKnown = true;
        } else {
            QStringList known;
            for (Movement candidate : allMovements)
                known.append(QLatin1Char('"') + fromKey(movementKey(candidate)) + QLatin1Char('"'));
            addBroken(movementField,
                      tr("is not a known movement (got %1); use one of %2")
                              .arg(describe(object.value(keys::movement)),
                                   known.join(QStringLiteral(", "))));
        }
    }
    // How many phases are right depends on the movement; without one, do not guess.
    if (!movementKnown)
        m_brokenFields.append(phasesField);

    if (object.contains(keys::reps)) {
        if (const std::optional<int> reps =
                    wholeNumber(object.value(keys::reps), field + QLatin1Char('.') + keys::reps))
            spec.reps = *reps;
    }

    if (object.contains(keys::enabled)) {
        if (const std::optional<bool> enabled =
                    boolean(object.value(keys::enabled), field + QLatin1Char('.') + keys::enabled))
            spec.enabled = *enabled;
    }

    if (object.contains(keys::phaseSeconds)) {
        const QJsonValue phases = object.value(keys::phaseSeconds);
        if (!phases.isArray()) {
            addBroken(phasesField,
                      tr("must be an array of seconds, one per phase (got %1)")
                              .arg(describe(phases)));
        } else {
            const QJsonArray array = phases.toArray();
            spec.phaseDurations.clear();
            for (qsizetype i = 0; i < array.size(); ++i) {
                const QString phaseField = QStringLiteral("%1[%2]").arg(phasesField).arg(i);
                spec.phaseDurations.push_back(
                        seconds(array.at(i), phaseField).value_or(placeholderPhase));
            }
        }
    }
    return spec;
}

RoutineReadResult Reader::read(const QJsonObject &object)
{
    if (!readSchemaVersion(object))
        return { std::nullopt, m_errors };

    checkKeys(object, topLevelKeys, QString());

    Routine routine = defaultRoutine();
    if (object.contains(keys::name)) {
        if (const auto name = string(object.value(keys::name), keys::name))
            routine.name = name->toStdString();
    }
    if (object.contains(keys::setsPerSide)) {
        if (const auto sets = wholeNumber(object.value(keys::setsPerSide), keys::setsPerSide))
            routine.setsPerSide = *sets;
    }
    if (object.contains(keys::firstSide)) {
        if (const auto key = string(object.value(keys::firstSide), keys::firstSide)) {
            if (const std::optional<Side> side = sideFromKey(key->toStdString())) {
                routine.firstSide = *side;
            } else {
                addBroken(keys::firstSide,
                          tr("must be \"%1\" or \"%2\" (got %3)")
                                  .arg(fromKey(sideKey(Side::Left)), fromKey(sideKey(Side::Right)),
                                       describe(object.value(keys::firstSide))));
            }
        }
    }
    if (object.contains(keys::bothSides)) {
        if (const auto bothSides = boolean(object.value(keys::bothSides), keys::bothSides))
            routine.bothSides = *bothSides;
    }

    const std::array<std::pair<QLatin1String, Millis Routine::*>, 4> durations{ {
            { keys::introSeconds, &Routine::introDuration },
            { keys::restBetweenMovements, &Routine::restBetweenMovements },
            { keys::restBetweenSets, &Routine::restBetweenSets },
            { keys::switchSides, &Routine::switchSidesDuration },
    } };
    for (const auto &[key, member] : durations) {
        if (object.contains(key)) {
            if (const auto duration = seconds(object.value(key), key))
                routine.*member = *duration;
        }
    }

    if (object.contains(keys::setup))
        readSetup(object.value(keys::setup), routine);
    if (object.contains(keys::movements))
        readMovements(object.value(keys::movements), routine);
    if (object.contains(keys::notes)) {
        if (const auto notes = string(object.value(keys::notes), keys::notes))
            routine.notes = notes->toStdString();
    }

    // Ranges and counts are core's to judge.
    for (const RoutineProblem &problem : validate(routine)) {
        const QString field = QString::fromStdString(problem.field);
        const bool alreadyReported =
                std::any_of(m_brokenFields.cbegin(), m_brokenFields.cend(),
                            [&field](const QString &broken) { return isUnder(field, broken); });
        if (!alreadyReported)
            add(field, RoutineProblemText::message(problem));
    }

    if (!m_errors.isEmpty())
        return { std::nullopt, m_errors };
    return { std::move(routine), {} };
}

// QJsonDocument writes only arrays and objects: wrap the value and drop the brackets.
QByteArray compact(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{ value }).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

// A value on one line, with a space after each comma and colon; object keys in the given order.
QByteArray inlineJson(const QJsonValue &value, const std::initializer_list<QLatin1String> &keyOrder)
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        QByteArrayList items;
        for (const QJsonValue item : array)
            items.append(inlineJson(item, keyOrder));
        return '[' + items.join(", ") + ']';
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        QByteArrayList members;
        for (QLatin1String key : keyOrder) {
            if (object.contains(key))
                members.append(compact(QString(key)) + ": " + inlineJson(object.value(key), {}));
        }
        return '{' + members.join(", ") + '}';
    }
    return compact(value);
}

} // namespace

QString RoutineError::toString() const
{
    return field.isEmpty() ? message : field + QStringLiteral(": ") + message;
}

bool RoutineReadResult::hasErrorFor(const QString &field) const
{
    return std::any_of(errors.cbegin(), errors.cend(),
                       [&field](const RoutineError &error) { return error.field == field; });
}

QJsonObject RoutineJson::toJson(const Routine &routine)
{
    QJsonArray setup;
    for (const SetupStep &step : routine.setup) {
        setup.append(QJsonObject{
                { keys::step, fromKey(setupKey(step.instruction)) },
                { keys::seconds, secondsValue(step.duration) },
        });
    }
    QJsonArray movements;
    for (const MovementSpec &spec : routine.movements) {
        QJsonArray phases;
        for (Millis phase : spec.phaseDurations)
            phases.append(secondsValue(phase));
        QJsonObject movement{
            { keys::movement, fromKey(movementKey(spec.movement)) },
            { keys::reps, spec.reps },
            { keys::phaseSeconds, phases },
        };
        // Only a switched-off movement says so: most files never need the field.
        if (!spec.enabled)
            movement.insert(keys::enabled, false);
        movements.append(movement);
    }
    return QJsonObject{
        { keys::schemaVersion, schemaVersion },
        { keys::name, QString::fromStdString(routine.name) },
        { keys::setsPerSide, routine.setsPerSide },
        { keys::firstSide, fromKey(sideKey(routine.firstSide)) },
        { keys::bothSides, routine.bothSides },
        { keys::introSeconds, secondsValue(routine.introDuration) },
        { keys::restBetweenMovements, secondsValue(routine.restBetweenMovements) },
        { keys::restBetweenSets, secondsValue(routine.restBetweenSets) },
        { keys::switchSides, secondsValue(routine.switchSidesDuration) },
        { keys::setup, setup },
        { keys::movements, movements },
        { keys::notes, QString::fromStdString(routine.notes) },
    };
}

QByteArray RoutineJson::toFileContents(const Routine &routine)
{
    const QJsonObject object = toJson(routine);
    const QByteArray indent(4, ' ');
    QByteArrayList members;
    for (QLatin1String key : topLevelKeys) {
        const QJsonValue value = object.value(key);
        QByteArray member = indent + compact(QString(key)) + ": ";
        const QJsonArray array = value.toArray();
        if (!array.isEmpty()) {
            const auto &itemKeys = key == keys::setup ? setupKeys : movementKeys;
            QByteArrayList items;
            for (const QJsonValue item : array)
                items.append(indent + indent + inlineJson(item, itemKeys));
            member += "[\n" + items.join(",\n") + '\n' + indent + ']';
        } else {
            member += inlineJson(value, {});
        }
        members.append(member);
    }
    return "{\n" + members.join(",\n") + "\n}\n";
}

RoutineReadResult RoutineJson::fromJson(const QJsonObject &object)
{
    return Reader().read(object);
}

RoutineReadResult RoutineJson::fromFileContents(const QByteArray &contents)
{
    if (contents.trimmed().isEmpty())
        return { std::nullopt, { { QString(), tr("is empty; a routine file is a JSON object") } } };
    // Windows editors save "Unicode" text as UTF-16 with a byte-order mark: say so, rather than
    // report its first byte as an illegal value.
    if (contents.startsWith("\xff\xfe") || contents.startsWith("\xfe\xff")) {
        return { std::nullopt,
                 { { QString(),
                     tr("is saved as UTF-16 text; save it as UTF-8 (JSON's encoding)") } } };
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(contents, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto offset = static_cast<qsizetype>(parseError.offset);
        const QByteArray before = contents.left(offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = offset - (before.lastIndexOf('\n') + 1) + 1;
        return { std::nullopt,
                 { { QString(),
                     tr("is not valid JSON: %1 at line %2, column %3 (byte offset %4)")
                             .arg(parseError.errorString())
                             .arg(line)
                             .arg(column)
                             .arg(offset) } } };
    }
    if (!document.isObject()) {
        return { std::nullopt,
                 { { QString(),
                     tr("must be a JSON object {\"schema_version\": %1, ...} (got %2)")
                             .arg(schemaVersion)
                             .arg(document.isArray() ? tr("an array") : tr("nothing")) } } };
    }
    return fromJson(document.object());
}
