// The therapist's whole errand (issue 7's acceptance, automated): tailor the routine in the
// editor to 10 reps × 2 sets starting on the right without circles, save it, export the handout,
// then open the file as another user would and run the session it prescribes.

#include "WindowFixture.h"

#include "app/pages/EditorPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSpinBox>

#include <set>

using namespace gluteguide;

TEST_F(WindowFixture, ATailoredRoutineIsSavedPrintedAndRunByThePatient)
{
    m_window->showEditor();
    EditorPage *editor = m_window->editorPage();
    qobject_cast<QSpinBox *>(editor->fieldWidget(QStringLiteral("sets_per_side")))->setValue(2);
    auto *side = qobject_cast<QComboBox *>(editor->fieldWidget(QStringLiteral("first_side")));
    side->setCurrentIndex(side->findText(QStringLiteral("Right")));
    side->activated(side->currentIndex());
    for (int i = 0; i < 5; ++i) {
        const QString movement = QStringLiteral("movements[%1]").arg(i);
        qobject_cast<QSpinBox *>(editor->fieldWidget(movement + QStringLiteral(".reps")))
                ->setValue(10);
        if (i >= 3) // the circles
            qobject_cast<QCheckBox *>(editor->fieldWidget(movement + QStringLiteral(".enabled")))
                    ->setChecked(false);
    }
    QApplication::processEvents();
    ASSERT_TRUE(m_window->document().isValid());
    EXPECT_EQ(m_window->document().plan().totalReps(), 10 * 3 * 2 * 2);
    EXPECT_TRUE(m_window->isWindowModified());

    const QString routine = m_dir.filePath(QStringLiteral("ana.gluteguide"));
    const QString handout = m_dir.filePath(QStringLiteral("ana.pdf"));
    ASSERT_TRUE(m_window->saveRoutineTo(routine));
    EXPECT_FALSE(m_window->isWindowModified());
    ASSERT_TRUE(m_window->exportHandoutTo(handout));
    EXPECT_GT(QFileInfo(handout).size(), 10000);

    // The patient's computer: other settings, the file passed on the command line.
    QTemporaryDir patient;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), patient.filePath(QStringLiteral("c")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), patient.filePath(QStringLiteral("d")));
    const QString log = patient.filePath(QStringLiteral("events.jsonl"));
    QProcess app;
    app.setProcessEnvironment(environment);
    app.start(QStringLiteral(GLUTEGUIDE_BINARY),
              { routine, QStringLiteral("--start"), QStringLiteral("--mute"),
                QStringLiteral("--speed"), QStringLiteral("100"), QStringLiteral("--event-log"),
                log, QStringLiteral("--quit-after"), QStringLiteral("15") });
    ASSERT_TRUE(app.waitForFinished(60000));
    ASSERT_EQ(app.exitCode(), 0) << app.readAllStandardError().toStdString();

    QFile file(log);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    int reps = 0;
    bool completed = false;
    QString firstSide;
    std::set<QString> movements;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QJsonObject event = QJsonDocument::fromJson(line).object();
        const QString kind = event.value(QStringLiteral("event")).toString();
        if (kind == QLatin1String("rep_completed")) {
            ++reps;
            movements.insert(event.value(QStringLiteral("movement")).toString());
            if (firstSide.isEmpty())
                firstSide = event.value(QStringLiteral("side")).toString();
        }
        completed = completed
                || (kind == QLatin1String("state_changed")
                    && event.value(QStringLiteral("to")).toString() == QLatin1String("complete"));
    }
    EXPECT_TRUE(completed) << "the session ran to its end";
    EXPECT_EQ(reps, 120);
    EXPECT_EQ(firstSide, QStringLiteral("right"));
    EXPECT_EQ(movements,
              (std::set<QString>{ QStringLiteral("clamshell"), QStringLiteral("pulses"),
                                  QStringLiteral("straight_leg_raise") }));
}
