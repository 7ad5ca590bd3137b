#include "app/pages/HomePage.h"

#include "app/widgets/ScaledFont.h"

#include "app/cues/CueTexts.h"
#include "app/document/RoutineDocument.h"
#include "app/widgets/FigureView.h"
#include "app/text/DisplayNames.h"
#include "core/plan/Plan.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace gluteguide;

namespace {

QPushButton *navigationButton(QWidget *parent)
{
    auto *button = new QPushButton(parent);
    button->setMinimumHeight(44);
    return button;
}

void setButtonText(QPushButton *button, const QString &text)
{
    button->setText(text);
    button->setAccessibleName(text);
}

// A moment that shows the movement well: the top of a lift, or part way round a circle.
Millis showcaseMoment(const PlanStep &rep)
{
    const double share = isCircle(*rep.movement) ? 0.3 : 0.5;
    return rep.start + Millis{ static_cast<Millis::rep>(double(rep.duration.count()) * share) };
}

QWidget *movementCard(const Plan &plan, const PlanStep &firstRep, QWidget *parent)
{
    const MovementSpec &spec = plan.routine.movements[std::size_t(firstRep.movementIndex)];
    auto *card = new QWidget(parent);
    auto *layout = new QVBoxLayout(card);
    auto *figure = new FigureView(card);
    figure->setScene(figureSceneAt(plan, showcaseMoment(firstRep)));
    figure->setFixedHeight(130);
    figure->setMinimumWidth(130); // five in a row on an 800-pixel display
    figure->setAccessibleName(DisplayNames::movement(spec.movement));
    layout->addWidget(figure, 1);
    auto *name = new QLabel(QStringLiteral("<b>%1</b>").arg(DisplayNames::movement(spec.movement)),
                            card);
    name->setAlignment(Qt::AlignCenter);
    name->setWordWrap(true); // "Élévation jambe tendue" on a narrow card
    layout->addWidget(name);
    auto *detail = new QLabel(
            HomePage::tr("%1 reps · %2").arg(spec.reps).arg(DisplayNames::tempo(spec)), card);
    detail->setAlignment(Qt::AlignCenter);
    detail->setWordWrap(true);
    layout->addWidget(detail);
    return card;
}

} // namespace

HomePage::HomePage(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_title = pageTitle(QString(), this, 2.4);
    layout->addWidget(m_title);

    m_routineName = new QLabel(this);
    QFont nameFont = font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.4);
    m_routineName->setFont(nameFont);
    layout->addWidget(m_routineName);
    m_overview = new QLabel(this);
    m_overview->setWordWrap(true);
    layout->addWidget(m_overview);
    m_notes = new QLabel(this);
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);
    layout->addWidget(m_notes);

    m_cards = new QGridLayout;
    layout->addLayout(m_cards);

    m_setup = new QLabel(this);
    m_setup->setWordWrap(true);
    m_setup->setTextFormat(Qt::RichText);
    layout->addWidget(m_setup);
    layout->addStretch(1);

    auto *buttons = new QHBoxLayout;
    m_start = navigationButton(this);
    QFont startFont = m_start->font();
    startFont.setPointSizeF(startFont.pointSizeF() * 1.8);
    startFont.setBold(true);
    m_start->setFont(startFont);
    m_start->setMinimumHeight(72);
    m_start->setMinimumWidth(240);
    m_start->setDefault(true);
    // Arriving here, Enter or Space starts the session.
    setFocusProxy(m_start);
    m_preview = navigationButton(this);
    m_edit = navigationButton(this);
    m_progress = navigationButton(this);
    m_settings = navigationButton(this);
    buttons->addWidget(m_preview);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_progress);
    buttons->addWidget(m_settings);
    buttons->addStretch(1);
    buttons->addWidget(m_start);
    layout->addLayout(buttons);

    m_disclaimer = new QLabel(this);
    m_disclaimer->setWordWrap(true);
    layout->addWidget(m_disclaimer);
    retranslate();

    connect(m_start, &QPushButton::clicked, this, &HomePage::startRequested);
    connect(m_preview, &QPushButton::clicked, this, &HomePage::previewRequested);
    connect(m_edit, &QPushButton::clicked, this, &HomePage::editRequested);
    connect(m_progress, &QPushButton::clicked, this, &HomePage::progressRequested);
    connect(m_settings, &QPushButton::clicked, this, &HomePage::settingsRequested);
}

void HomePage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void HomePage::retranslate()
{
    m_title->setText(tr("GluteGuide"));
    m_title->setAccessibleName(m_title->text());
    m_notes->setAccessibleName(tr("Note from your therapist"));
    setButtonText(m_start, tr("Start"));
    setButtonText(m_preview, tr("Preview"));
    setButtonText(m_edit, tr("Edit routine"));
    setButtonText(m_progress, tr("Progress"));
    setButtonText(m_settings, tr("Settings"));
    m_disclaimer->setText(tr("GluteGuide does not replace advice from your clinician. Move "
                             "slowly, and stop if you feel pain."));
    if (m_document)
        showDocument(*m_document);
}

void HomePage::showDocument(const RoutineDocument &document)
{
    m_document = &document;
    showPlan(document.plan());
    const QString notes = QString::fromStdString(document.routine().notes).trimmed();
    m_notes->setText(notes.isEmpty() ? QString() : tr("From your therapist: %1").arg(notes));
    m_notes->setVisible(!notes.isEmpty());
    m_start->setEnabled(document.isValid());
    if (!document.isValid())
        m_overview->setText(tr("This routine has problems to correct in the editor before it "
                               "can be started."));
}

void HomePage::showPlan(const Plan &plan)
{
    const Routine &routine = plan.routine;
    m_routineName->setText(DisplayNames::routineName(routine));
    const QString sides = routine.bothSides ? tr("then the other side") : tr("one side only");
    const int minutes = int((plan.total.count() + 59999) / 60000);
    m_overview->setText(
            tr("%1 movements · %2 sets on each side, %3 · %4 repetitions · about %5 min")
                    .arg(plan.movementOrder.size())
                    .arg(routine.setsPerSide)
                    .arg(sides)
                    .arg(plan.totalReps())
                    .arg(minutes));

    QString setup = QStringLiteral("<p><b>%1</b></p><ol>").arg(tr("Before you start"));
    for (const SetupStep &step : routine.setup)
        setup += QStringLiteral("<li>%1</li>")
                         .arg(CueTexts::text(CueId::setupStep(step.instruction)).toHtmlEscaped());
    m_setup->setText(setup + QStringLiteral("</ol>"));

    while (QLayoutItem *item = m_cards->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int column = 0;
    for (const PlanStep &step : plan.steps) {
        if (step.kind == StepKind::Rep && step.rep == 1 && step.set == 1
            && step.side == routine.firstSide) {
            m_cards->addWidget(movementCard(plan, step, this), 0, column++);
        }
    }
}

int HomePage::movementCardCount() const
{
    return m_cards->count();
}
