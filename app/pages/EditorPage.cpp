#include "app/pages/EditorPage.h"

#include "app/widgets/ScaledFont.h"

#include "app/document/RoutineDocument.h"
#include "app/text/DisplayNames.h"
#include "app/text/RoutineProblemText.h"
#include "core/routine/RoutineValidation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

using namespace gluteguide;

namespace {

using Limits = RoutineLimits;

// Inputs let a value beyond the allowed range be typed, so that it is explained in words next to
// the field instead of being silently refused; the allowed range itself is core's.
constexpr int countHeadroom = 2;
constexpr double secondsHeadroom = 2.0;

QString fieldKey(const QString &field)
{
    return field;
}

int mergeKeyOf(const QString &field)
{
    return int(qHash(field) & 0x3fffffff);
}

QString numberText(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

// The row or section a problem is shown with: "movements[2].reps" goes with its movement's row.
QString anchorOf(const QString &field)
{
    for (const QLatin1String prefix : { QLatin1String("movements["), QLatin1String("setup[") }) {
        if (field.startsWith(prefix))
            return field.left(field.indexOf(QLatin1Char(']')) + 1);
    }
    return field;
}

// The field's own name in a row's problem line: "Repetitions must be ...".
QString fieldName(const QString &field, const Routine &routine)
{
    if (field.endsWith(QLatin1String(".reps")))
        return EditorPage::tr("Repetitions");
    if (field.contains(QLatin1String(".phase_seconds["))) {
        const int index = anchorOf(field).mid(10).chopped(1).toInt();
        const int phase = field.section(QLatin1Char('['), 2).chopped(1).toInt();
        if (index >= 0 && std::size_t(index) < routine.movements.size()) {
            const auto phases = phasesOf(routine.movements[std::size_t(index)].movement);
            if (phase >= 0 && std::size_t(phase) < phases.size())
                return DisplayNames::phase(phases[std::size_t(phase)]);
        }
    }
    if (field.endsWith(QLatin1String(".phase_seconds")))
        return EditorPage::tr("Tempo");
    if (field.endsWith(QLatin1String(".seconds")))
        return EditorPage::tr("Length");
    return {};
}

// A row whose label is named later (EditorPage::retranslate()).
void addNamedRow(QFormLayout *form, QWidget *field)
{
    auto *label = new QLabel(form->parentWidget());
    label->setBuddy(field);
    form->addRow(label, field);
}

// The allowed range, as the tooltip and for screen readers.
void describeRange(QSpinBox *input, int min, int max)
{
    input->setToolTip(EditorPage::tr("From %1 to %2").arg(min).arg(max));
    input->setAccessibleDescription(input->toolTip());
}

void describeRange(QDoubleSpinBox *input, double min, double max)
{
    input->setSuffix(EditorPage::tr(" s"));
    input->setToolTip(
            EditorPage::tr("From %1 to %2 seconds").arg(numberText(min), numberText(max)));
    input->setAccessibleDescription(input->toolTip());
}

struct Rest
{
    const char *field = "";
    Millis Routine::*member = nullptr;
    Millis min{ 0 };
    Millis max{ 0 };
};

constexpr Rest rests[] = {
    { "intro_seconds", &Routine::introDuration, Limits::minIntro, Limits::maxIntro },
    { "rest_between_movements_seconds", &Routine::restBetweenMovements, Limits::minRest,
      Limits::maxRest },
    { "rest_between_sets_seconds", &Routine::restBetweenSets, Limits::minRest, Limits::maxRest },
    { "switch_sides_seconds", &Routine::switchSidesDuration, Limits::minRest, Limits::maxRest },
};

// The label in front of each of rests[].
QString restLabel(std::size_t index)
{
    switch (index) {
    case 0:
        return EditorPage::tr("Get ready before each movement:");
    case 1:
        return EditorPage::tr("Between movements:");
    case 2:
        return EditorPage::tr("Between sets:");
    default:
        return EditorPage::tr("Rolling to the other side:");
    }
}

} // namespace

EditorPage::EditorPage(RoutineDocument &document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    auto *outer = new QVBoxLayout(this);
    m_title = pageTitle(QString(), this);
    outer->addWidget(m_title);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *columns = new QHBoxLayout(content);
    auto *left = new QVBoxLayout;
    auto *right = new QVBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(right, 3);
    buildRoutineSection(left);
    buildSetsSection(left);
    buildRestsSection(left);

    m_setupGroup = new QGroupBox(content);
    auto *setupLayout = new QVBoxLayout(m_setupGroup);
    m_setupRows = new QWidget(m_setupGroup);
    m_setupGrid = new QGridLayout(m_setupRows);
    m_setupGrid->setContentsMargins(0, 0, 0, 0);
    setupLayout->addWidget(m_setupRows);
    left->addWidget(m_setupGroup);
    left->addStretch(1);

    auto *movements = m_movementsGroup = new QGroupBox(content);
    auto *movementsLayout = new QVBoxLayout(movements);
    m_movementsNote = new QLabel(movements);
    m_movementsNote->setWordWrap(true);
    movementsLayout->addWidget(m_movementsNote);
    movementsLayout->addWidget(addProblemLabel(QStringLiteral("movements"), movements));
    m_movementRows = new QWidget(movements);
    m_movementGrid = new QGridLayout(m_movementRows);
    m_movementGrid->setContentsMargins(0, 0, 0, 0);
    movementsLayout->addWidget(m_movementRows);
    right->addWidget(movements);
    right->addStretch(1);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    auto *footer = new QHBoxLayout;
    m_totals = new QLabel(this);
    m_totals->setFont(scaledFont(font(), 1.2, true));
    m_reset = new QPushButton(this);
    m_preview = new QPushButton(this);
    m_home = new QPushButton(this);
    m_home->setObjectName(QStringLiteral("backToHome")); // found by tests in any language
    footer->addWidget(m_totals, 1);
    footer->addWidget(m_reset);
    footer->addWidget(m_preview);
    footer->addWidget(m_home);
    outer->addLayout(footer);

    connect(m_reset, &QPushButton::clicked, &m_document, &RoutineDocument::resetToBuiltIn);
    connect(m_preview, &QPushButton::clicked, this, &EditorPage::previewRequested);
    connect(m_home, &QPushButton::clicked, this, &EditorPage::homeRequested);
    connect(&m_document, &RoutineDocument::changed, this, &EditorPage::refresh);
    retranslate();
}

void EditorPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void EditorPage::setFormLabel(QWidget *field, const QString &text)
{
    auto *form = qobject_cast<QFormLayout *>(field->parentWidget()->layout());
    if (auto *label = form ? qobject_cast<QLabel *>(form->labelForField(field)) : nullptr)
        label->setText(text);
}

void EditorPage::retranslate()
{
    m_title->setText(tr("Edit the routine"));
    m_title->setAccessibleName(m_title->text());

    m_routineGroup->setTitle(tr("Routine"));
    m_name->setAccessibleName(tr("Routine name"));
    setFormLabel(m_name, tr("Name:"));
    m_notes->setAccessibleName(tr("Note for the patient"));
    m_notes->setPlaceholderText(tr("Shown on Home and printed on the handout"));
    setFormLabel(m_notes, tr("Note for the patient:"));

    m_setsGroup->setTitle(tr("Sides and sets"));
    m_firstSide->setItemText(0, DisplayNames::side(Side::Left));
    m_firstSide->setItemText(1, DisplayNames::side(Side::Right));
    m_firstSide->setAccessibleName(tr("Side to lie on first"));
    setFormLabel(m_firstSide, tr("Lie on this side first:"));
    m_bothSides->setText(tr("Then the other side"));
    m_bothSides->setAccessibleName(tr("Both sides"));
    auto *sets = qobject_cast<QSpinBox *>(m_inputs.value(QStringLiteral("sets_per_side")));
    sets->setAccessibleName(tr("Sets on each side"));
    describeRange(sets, Limits::minSets, Limits::maxSets);
    setFormLabel(sets, tr("Sets on each side:"));

    m_restsGroup->setTitle(tr("Rests"));
    for (std::size_t i = 0; i < std::size(rests); ++i) {
        auto *input =
                qobject_cast<QDoubleSpinBox *>(m_inputs.value(QString::fromLatin1(rests[i].field)));
        input->setAccessibleName(restLabel(i).chopped(1));
        describeRange(input, toSeconds(rests[i].min), toSeconds(rests[i].max));
        setFormLabel(input, restLabel(i));
    }

    m_setupGroup->setTitle(tr("Getting into position"));
    m_movementsGroup->setTitle(tr("Movements, in the order they are done"));
    m_movementsNote->setText(tr("Switch a movement off to leave it out; its settings are kept."));
    m_totals->setAccessibleName(tr("Length and repetitions of the routine"));
    for (const auto &[button, text] :
         { std::pair{ m_reset, tr("Reset to the built-in routine") },
           std::pair{ m_preview, tr("Preview") }, std::pair{ m_home, tr("Back to home") } }) {
        button->setText(text);
        button->setAccessibleName(text);
    }
    // The rows are built again with their names in this language; values, problems and totals
    // are written again.
    m_structure.clear();
    refresh();
}

QLabel *EditorPage::problemLabel(const QString &field) const
{
    return m_problemLabels.value(anchorOf(field));
}

QLabel *EditorPage::addProblemLabel(const QString &anchor, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    // Red in every palette, like the pain button: a problem must be seen at once.
    label->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
    label->setVisible(false);
    m_problemLabels.insert(anchor, label);
    return label;
}

QSpinBox *EditorPage::countInput(const QString &field, int min, int max)
{
    auto *input = new QSpinBox(this);
    input->setRange(0, max * countHeadroom);
    describeRange(input, min, max);
    m_inputs.insert(fieldKey(field), input);
    return input;
}

QDoubleSpinBox *EditorPage::secondsInput(const QString &field, double min, double max)
{
    auto *input = new QDoubleSpinBox(this);
    input->setDecimals(2);
    input->setSingleStep(0.5);
    input->setRange(0.0, max * secondsHeadroom);
    describeRange(input, min, max);
    m_inputs.insert(fieldKey(field), input);
    return input;
}

void EditorPage::buildRoutineSection(QBoxLayout *layout)
{
    // The texts are set in retranslate().
    auto *box = m_routineGroup = new QGroupBox(this);
    auto *form = new QFormLayout(box);
    m_name = new QLineEdit(box);
    m_inputs.insert(QStringLiteral("name"), m_name);
    addNamedRow(form, m_name);
    m_notes = new QPlainTextEdit(box);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);
    m_inputs.insert(QStringLiteral("notes"), m_notes);
    addNamedRow(form, m_notes);
    layout->addWidget(box);

    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_document.edit(
                tr("Rename the routine"),
                [&text](Routine &routine) { routine.name = text.toStdString(); },
                mergeKeyOf(QStringLiteral("name")));
    });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        const std::string notes = m_notes->toPlainText().toStdString();
        m_document.edit(
                tr("Change the note"), [&notes](Routine &routine) { routine.notes = notes; },
                mergeKeyOf(QStringLiteral("notes")));
    });
}

void EditorPage::buildSetsSection(QBoxLayout *layout)
{
    auto *box = m_setsGroup = new QGroupBox(this);
    auto *form = new QFormLayout(box);
    m_firstSide = new QComboBox(box);
    m_firstSide->addItem(QString(), int(Side::Left));
    m_firstSide->addItem(QString(), int(Side::Right));
    m_inputs.insert(QStringLiteral("first_side"), m_firstSide);
    addNamedRow(form, m_firstSide);
    m_bothSides = new QCheckBox(box);
    m_inputs.insert(QStringLiteral("both_sides"), m_bothSides);
    form->addRow(QString(), m_bothSides);
    QSpinBox *sets = countInput(QStringLiteral("sets_per_side"), Limits::minSets, Limits::maxSets);
    addNamedRow(form, sets);
    form->addRow(QString(), addProblemLabel(QStringLiteral("sets_per_side"), box));
    layout->addWidget(box);

    connect(m_firstSide, &QComboBox::activated, this, [this] {
        const auto side = Side(m_firstSide->currentData().toInt());
        m_document.edit(tr("Change the first side"),
                        [side](Routine &routine) { routine.firstSide = side; });
    });
    connect(m_bothSides, &QCheckBox::toggled, this, [this](bool both) {
        m_document.edit(both ? tr("Do both sides") : tr("Do one side only"),
                        [both](Routine &routine) { routine.bothSides = both; });
    });
    connect(sets, &QSpinBox::valueChanged, this, [this](int value) {
        m_document.edit(
                tr("Change the sets"), [value](Routine &routine) { routine.setsPerSide = value; },
                mergeKeyOf(QStringLiteral("sets_per_side")));
    });
}

void EditorPage::buildRestsSection(QBoxLayout *layout)
{
    auto *box = m_restsGroup = new QGroupBox(this);
    auto *form = new QFormLayout(box);
    for (const Rest &rest : rests) {
        const QString field = QString::fromLatin1(rest.field);
        QDoubleSpinBox *input = secondsInput(field, toSeconds(rest.min), toSeconds(rest.max));
        addNamedRow(form, input);
        form->addRow(QString(), addProblemLabel(field, box));
        const auto member = rest.member;
        connect(input, &QDoubleSpinBox::valueChanged, this, [this, field, member](double value) {
            m_document.edit(
                    tr("Change a rest"),
                    [&](Routine &routine) { routine.*member = fromSeconds(value); },
                    mergeKeyOf(field));
        });
    }
    layout->addWidget(box);
}

QString EditorPage::structure() const
{
    // What the rows depend on: the setup steps and the movements, in order.
    QString text;
    for (const SetupStep &step : m_document.routine().setup)
        text += QString::number(int(step.instruction)) + QLatin1Char(',');
    text += QLatin1Char('|');
    for (const MovementSpec &spec : m_document.routine().movements)
        text += QString::number(int(spec.movement)) + QLatin1Char(',');
    return text;
}

void EditorPage::rebuildSetupRows()
{
    while (QLayoutItem *item = m_setupGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const Routine &routine = m_document.routine();
    for (std::size_t i = 0; i < routine.setup.size(); ++i) {
        const QString field = QStringLiteral("setup[%1].seconds").arg(i);
        const QString name = DisplayNames::setupStep(routine.setup[i].instruction);
        auto *label = new QLabel(name, m_setupRows);
        QDoubleSpinBox *input = secondsInput(field, toSeconds(Limits::minSetupStep),
                                             toSeconds(Limits::maxSetupStep));
        input->setParent(m_setupRows);
        input->setAccessibleName(name);
        const int row = int(i) * 2;
        m_setupGrid->addWidget(label, row, 0);
        m_setupGrid->addWidget(input, row, 1);
        m_setupGrid->addWidget(addProblemLabel(QStringLiteral("setup[%1]").arg(i), m_setupRows),
                               row + 1, 0, 1, 2);
        connect(input, &QDoubleSpinBox::valueChanged, this, [this, i, field](double value) {
            m_document.edit(
                    tr("Change a set-up step"),
                    [&](Routine &routine) { routine.setup[i].duration = fromSeconds(value); },
                    mergeKeyOf(field));
        });
    }
}

void EditorPage::rebuildMovementRows()
{
    while (QLayoutItem *item = m_movementGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const Routine &routine = m_document.routine();
    const int count = int(routine.movements.size());
    for (int i = 0; i < count; ++i) {
        const MovementSpec &spec = routine.movements[std::size_t(i)];
        const QString prefix = QStringLiteral("movements[%1]").arg(i);
        const QString name = DisplayNames::movement(spec.movement);
        const int row = i * 2;

        auto *enabled = new QCheckBox(name, m_movementRows);
        enabled->setAccessibleName(tr("Do %1").arg(name));
        m_inputs.insert(prefix + QStringLiteral(".enabled"), enabled);
        m_movementGrid->addWidget(enabled, row, 0);

        QSpinBox *reps =
                countInput(prefix + QStringLiteral(".reps"), Limits::minReps, Limits::maxReps);
        reps->setParent(m_movementRows);
        reps->setSuffix(tr(" reps"));
        reps->setAccessibleName(tr("%1: repetitions").arg(name));
        m_movementGrid->addWidget(reps, row, 1);

        const auto phases = phasesOf(spec.movement);
        for (std::size_t p = 0; p < phases.size(); ++p) {
            const QString field = prefix + QStringLiteral(".phase_seconds[%1]").arg(p);
            QDoubleSpinBox *phase =
                    secondsInput(field, toSeconds(Limits::minPhase), toSeconds(Limits::maxPhase));
            phase->setParent(m_movementRows);
            phase->setPrefix(DisplayNames::phase(phases[p]) + QLatin1Char(' '));
            phase->setAccessibleName(tr("%1: %2").arg(name, DisplayNames::phase(phases[p])));
            m_movementGrid->addWidget(phase, row, 2 + int(p));
            connect(phase, &QDoubleSpinBox::valueChanged, this, [this, i, p, field](double v) {
                m_document.edit(
                        tr("Change the tempo"),
                        [&](Routine &r) {
                            auto &durations = r.movements[std::size_t(i)].phaseDurations;
                            if (p < durations.size())
                                durations[p] = fromSeconds(v);
                        },
                        mergeKeyOf(field));
            });
        }

        auto *up = new QToolButton(m_movementRows);
        up->setArrowType(Qt::UpArrow);
        up->setAccessibleName(tr("Move %1 earlier").arg(name));
        up->setEnabled(i > 0);
        auto *down = new QToolButton(m_movementRows);
        down->setArrowType(Qt::DownArrow);
        down->setAccessibleName(tr("Move %1 later").arg(name));
        down->setEnabled(i + 1 < count);
        m_movementGrid->addWidget(up, row, 4);
        m_movementGrid->addWidget(down, row, 5);
        m_movementGrid->addWidget(addProblemLabel(prefix, m_movementRows), row + 1, 0, 1, 6);

        connect(enabled, &QCheckBox::toggled, this, [this, i](bool on) {
            m_document.edit(on ? tr("Switch a movement on") : tr("Switch a movement off"),
                            [&](Routine &r) { r.movements[std::size_t(i)].enabled = on; });
        });
        connect(reps, &QSpinBox::valueChanged, this, [this, i, prefix](int value) {
            m_document.edit(
                    tr("Change the repetitions"),
                    [&](Routine &r) { r.movements[std::size_t(i)].reps = value; },
                    mergeKeyOf(prefix + QStringLiteral(".reps")));
        });
        const auto move = [this, i](int by) {
            m_document.edit(tr("Change the order"), [&](Routine &r) {
                std::swap(r.movements[std::size_t(i)], r.movements[std::size_t(i + by)]);
            });
        };
        connect(up, &QToolButton::clicked, this, [move] { move(-1); });
        connect(down, &QToolButton::clicked, this, [move] { move(+1); });
    }
}

void EditorPage::refresh()
{
    const QString now = structure();
    if (now != m_structure) {
        // Row inputs go with their rows; the sections' own inputs stay.
        for (auto it = m_inputs.begin(); it != m_inputs.end();) {
            const bool inRow = it.key().startsWith(QLatin1String("movements["))
                    || it.key().startsWith(QLatin1String("setup["));
            it = inRow ? m_inputs.erase(it) : std::next(it);
        }
        for (auto it = m_problemLabels.begin(); it != m_problemLabels.end();) {
            const bool inRow = it.key().startsWith(QLatin1String("movements["))
                    || it.key().startsWith(QLatin1String("setup["));
            it = inRow ? m_problemLabels.erase(it) : std::next(it);
        }
        rebuildSetupRows();
        rebuildMovementRows();
        m_structure = now;
    }

    const Routine &routine = m_document.routine();
    const auto setText = [](auto *input, const QString &text) {
        if (input->text() != text) {
            const QSignalBlocker blocker(input);
            input->setText(text);
        }
    };
    setText(m_name, QString::fromStdString(routine.name));
    const QString notes = QString::fromStdString(routine.notes);
    if (m_notes->toPlainText() != notes) {
        const QSignalBlocker blocker(m_notes);
        m_notes->setPlainText(notes);
    }
    const auto setValue = [this](const QString &field, double value) {
        QWidget *widget = m_inputs.value(field);
        if (auto *spin = qobject_cast<QSpinBox *>(widget); spin && spin->value() != int(value)) {
            const QSignalBlocker blocker(spin);
            spin->setValue(int(value));
        } else if (auto *seconds = qobject_cast<QDoubleSpinBox *>(widget);
                   seconds && std::abs(seconds->value() - value) > 1e-9) {
            const QSignalBlocker blocker(seconds);
            seconds->setValue(value);
        }
    };
    {
        const QSignalBlocker sideBlocker(m_firstSide);
        m_firstSide->setCurrentIndex(m_firstSide->findData(int(routine.firstSide)));
        const QSignalBlocker bothBlocker(m_bothSides);
        m_bothSides->setChecked(routine.bothSides);
    }
    setValue(QStringLiteral("sets_per_side"), routine.setsPerSide);
    setValue(QStringLiteral("intro_seconds"), toSeconds(routine.introDuration));
    setValue(QStringLiteral("rest_between_movements_seconds"),
             toSeconds(routine.restBetweenMovements));
    setValue(QStringLiteral("rest_between_sets_seconds"), toSeconds(routine.restBetweenSets));
    setValue(QStringLiteral("switch_sides_seconds"), toSeconds(routine.switchSidesDuration));
    for (std::size_t i = 0; i < routine.setup.size(); ++i)
        setValue(QStringLiteral("setup[%1].seconds").arg(i), toSeconds(routine.setup[i].duration));
    for (std::size_t i = 0; i < routine.movements.size(); ++i) {
        const MovementSpec &spec = routine.movements[i];
        const QString prefix = QStringLiteral("movements[%1]").arg(i);
        if (auto *enabled = qobject_cast<QCheckBox *>(m_inputs.value(prefix + ".enabled"))) {
            const QSignalBlocker blocker(enabled);
            enabled->setChecked(spec.enabled);
        }
        setValue(prefix + QStringLiteral(".reps"), spec.reps);
        for (std::size_t p = 0; p < spec.phaseDurations.size(); ++p)
            setValue(prefix + QStringLiteral(".phase_seconds[%1]").arg(p),
                     toSeconds(spec.phaseDurations[p]));
    }
    showProblems();
}

void EditorPage::showProblems()
{
    QHash<QString, QStringList> byAnchor;
    for (const RoutineProblem &problem : m_document.problems()) {
        const QString field = QString::fromStdString(problem.field);
        const QString name = fieldName(field, m_document.routine());
        const QString message = RoutineProblemText::message(problem);
        QString line = name.isEmpty() ? message : name + QLatin1Char(' ') + message;
        line[0] = line[0].toUpper();
        byAnchor[anchorOf(field)].append(line);
    }
    for (auto it = m_problemLabels.begin(); it != m_problemLabels.end(); ++it) {
        const QStringList messages = byAnchor.value(it.key());
        it.value()->setText(messages.join(QLatin1Char('\n')));
        it.value()->setVisible(!messages.isEmpty());
    }

    if (m_document.isValid()) {
        const Plan &plan = m_document.plan();
        m_totals->setText(tr("%1 in all · %2 repetitions")
                                  .arg(DisplayNames::duration(plan.total))
                                  .arg(plan.totalReps()));
    } else {
        m_totals->setText(tr("Correct what is marked in red to use this routine"));
    }
}
