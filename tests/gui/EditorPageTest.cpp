// The editor (issue 7): every field edits the one routine document, a value outside core's
// limits is explained next to its own field, and the plan's totals follow.

#include "WindowFixture.h"

#include "app/pages/EditorPage.h"
#include "app/pages/HomePage.h"
#include "core/routine/RoutineValidation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

using namespace gluteguide;
using Limits = RoutineLimits;

namespace {

class EditorPageTest : public WindowFixture
{
protected:
    void SetUp() override
    {
        WindowFixture::SetUp();
        m_window->showEditor();
        editor = m_window->editorPage();
    }

    // Types a value into a field's spin box, as a user would, and lets the page update.
    void enter(const QString &field, double value)
    {
        QWidget *input = editor->fieldWidget(field);
        ASSERT_NE(input, nullptr) << field.toStdString();
        if (auto *count = qobject_cast<QSpinBox *>(input))
            count->setValue(int(value));
        else if (auto *seconds = qobject_cast<QDoubleSpinBox *>(input))
            seconds->setValue(value);
        else
            FAIL() << field.toStdString() << " is not a number field";
        QApplication::processEvents();
    }

    QString problemAt(const QString &field) const
    {
        const QLabel *label = editor->problemLabel(field);
        return label && label->isVisibleTo(editor) ? label->text() : QString();
    }

    EditorPage *editor = nullptr;
};

struct FieldCase
{
    const char *field;
    double min;
    double max;
    double tooHigh;
    const char *message; // as shown next to the field
};

const FieldCase fieldCases[] = {
    { "sets_per_side", Limits::minSets, Limits::maxSets, 11,
      "Must be a whole number from 1 to 10 (got 11)" },
    { "intro_seconds", 2, 30, 31, "Must be from 2 to 30 seconds (got 31)" },
    { "rest_between_movements_seconds", 0, 600, 601, "Must be from 0 to 600 seconds (got 601)" },
    { "rest_between_sets_seconds", 0, 600, 650.5, "Must be from 0 to 600 seconds (got 650.5)" },
    { "switch_sides_seconds", 0, 600, 900, "Must be from 0 to 600 seconds (got 900)" },
    { "setup[1].seconds", 1, 60, 61, "Length must be from 1 to 60 seconds (got 61)" },
    { "movements[2].reps", Limits::minReps, Limits::maxReps, 51,
      "Repetitions must be a whole number from 1 to 50 (got 51)" },
    { "movements[0].phase_seconds[1]", 0.5, 10, 10.5,
      "Lower must be from 0.5 to 10 seconds (got 10.5)" },
    { "movements[4].phase_seconds[0]", 0.5, 10, 12,
      "Circle must be from 0.5 to 10 seconds (got 12)" },
};

} // namespace

TEST_F(EditorPageTest, EveryFieldShowsItsOwnProblemAndClearsItWhenCorrected)
{
    for (const FieldCase &c : fieldCases) {
        const QString field = QString::fromLatin1(c.field);
        SCOPED_TRACE(c.field);
        enter(field, c.tooHigh);
        EXPECT_EQ(problemAt(field), QString::fromUtf8(c.message));
        EXPECT_FALSE(m_window->document().isValid());
        EXPECT_FALSE(m_window->homePage()->startButton()->isEnabled());
        // No other field is blamed.
        for (const FieldCase &other : fieldCases) {
            const QString otherField = QString::fromLatin1(other.field);
            if (otherField.section('.', 0, 0) != field.section('.', 0, 0)) {
                EXPECT_TRUE(problemAt(otherField).isEmpty()) << other.field;
            }
        }
        enter(field, c.max);
        EXPECT_TRUE(problemAt(field).isEmpty());
        EXPECT_TRUE(m_window->document().isValid());
        m_window->document().undoStack()->undo(); // back to the built-in value
    }
    EXPECT_EQ(m_window->document().routine(), defaultRoutine());
}

TEST_F(EditorPageTest, TheAllowedRangesAreCoresLimits)
{
    for (const FieldCase &c : fieldCases) {
        const QString field = QString::fromLatin1(c.field);
        const QString hint = editor->fieldWidget(field)->toolTip();
        EXPECT_TRUE(hint.contains(QString::number(c.min)) && hint.contains(QString::number(c.max)))
                << c.field << ": " << hint.toStdString();
        enter(field, c.max);
        EXPECT_TRUE(problemAt(field).isEmpty()) << c.field << " at its upper limit";
        enter(field, c.min);
        EXPECT_TRUE(problemAt(field).isEmpty()) << c.field << " at its lower limit";
    }
    enter(QStringLiteral("movements[1].reps"), 0);
    EXPECT_EQ(problemAt(QStringLiteral("movements[1].reps")),
              QStringLiteral("Repetitions must be a whole number from 1 to 50 (got 0)"));
}

TEST_F(EditorPageTest, TotalsFollowEveryEdit)
{
    EXPECT_EQ(editor->totals()->text(), QStringLiteral("30:43 in all · 450 repetitions"));
    enter(QStringLiteral("sets_per_side"), 2);
    EXPECT_EQ(editor->totals()->text().section(QStringLiteral(" · "), 1),
              QStringLiteral("300 repetitions"));
}

TEST_F(EditorPageTest, SwitchingEveryMovementOffIsExplainedAtTheList)
{
    for (int i = 0; i < 5; ++i) {
        auto *on = qobject_cast<QCheckBox *>(
                editor->fieldWidget(QStringLiteral("movements[%1].enabled").arg(i)));
        ASSERT_NE(on, nullptr);
        on->setChecked(false);
        QApplication::processEvents();
    }
    EXPECT_EQ(problemAt(QStringLiteral("movements")),
              QStringLiteral("Must have at least one movement switched on"));
    EXPECT_EQ(editor->totals()->text(),
              QStringLiteral("Correct what is marked in red to use this routine"));
}

TEST_F(EditorPageTest, MovingAMovementChangesTheOrderAndUndoRestoresIt)
{
    const auto buttons = editor->findChildren<QToolButton *>();
    const auto down = std::find_if(buttons.begin(), buttons.end(), [](QToolButton *b) {
        return b->accessibleName() == QStringLiteral("Move Clamshell later");
    });
    ASSERT_NE(down, buttons.end());
    (*down)->click();
    QApplication::processEvents();
    EXPECT_EQ(m_window->document().routine().movements[0].movement, Movement::StraightLegRaise);
    EXPECT_EQ(m_window->document().routine().movements[1].movement, Movement::Clamshell);
    m_window->document().undoStack()->undo();
    QApplication::processEvents();
    EXPECT_EQ(m_window->document().routine(), defaultRoutine());
}

TEST_F(EditorPageTest, TypingIntoOneFieldIsOneUndoStep)
{
    auto *reps = qobject_cast<QSpinBox *>(editor->fieldWidget(QStringLiteral("movements[0].reps")));
    ASSERT_NE(reps, nullptr);
    reps->setFocus();
    reps->selectAll();
    QTest::keyClicks(reps, QStringLiteral("12"));
    QApplication::processEvents();
    EXPECT_EQ(m_window->document().routine().movements[0].reps, 12);
    EXPECT_EQ(m_window->document().undoStack()->count(), 1);
}
