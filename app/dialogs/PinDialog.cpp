#include "app/dialogs/PinDialog.h"

#include "app/kiosk/StaffPin.h"
#include "app/widgets/ScaledFont.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QTimer>
#include <QVBoxLayout>

#include <chrono>

PinDialog::PinDialog(QWidget *parent) : PinDialog(Mode::NewPin, QString(), nullptr, parent) { }

PinDialog::PinDialog(const QString &storedHash, PinAttempts &attempts, QWidget *parent)
    : PinDialog(Mode::EnterPin, storedHash, &attempts, parent)
{
}

PinDialog::PinDialog(Mode mode, const QString &storedHash, PinAttempts *attempts, QWidget *parent)
    : QDialog(parent),
      m_mode(mode),
      m_storedHash(storedHash),
      m_attempts(attempts),
      m_waitTimer(new QTimer(this))
{
    const bool newPin = mode == Mode::NewPin;
    setWindowTitle(newPin ? tr("Set the staff PIN") : tr("Staff PIN"));
    setModal(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
            pageTitle(newPin ? tr("Choose a staff PIN") : tr("Enter the staff PIN"), this, 1.5));
    auto *explanation =
            new QLabel(newPin ? tr("Staff type this PIN to leave kiosk mode or change its "
                                   "settings. Use %1 to %2 digits.")
                                        .arg(StaffPin::shortestPin)
                                        .arg(StaffPin::longestPin)
                              : tr("Kiosk settings are for clinic staff."),
                       this);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);

    auto *form = new QFormLayout;
    m_pin = addPinField(newPin ? tr("New staff PIN") : tr("Staff PIN"));
    form->addRow(newPin ? tr("&New PIN:") : tr("&PIN:"), m_pin);
    if (newPin) {
        m_repeat = addPinField(tr("New staff PIN again"));
        form->addRow(tr("&Again:"), m_repeat);
    }
    layout->addLayout(form);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setFont(scaledFont(font(), 1.0, true));
    m_message->setAccessibleName(tr("PIN message"));
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_confirm = buttons->button(QDialogButtonBox::Ok);
    m_confirm->setText(newPin ? tr("Set PIN") : tr("Unlock"));
    m_confirm->setAccessibleName(m_confirm->text());
    m_confirm->setDefault(true);
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setAccessibleName(tr("Cancel"));
    // While the PIN field waits after wrong tries, focus falls to Cancel: Enter must not press it.
    cancel->setAutoDefault(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PinDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_waitTimer->setSingleShot(true);
    m_waitTimer->setTimerType(Qt::PreciseTimer);
    connect(m_waitTimer, &QTimer::timeout, this, [this] {
        if (m_attempts->remainingWait().count() > 0) {
            m_waitTimer->start(m_attempts->remainingWait());
            return;
        }
        m_pin->setEnabled(true);
        m_confirm->setEnabled(true);
        m_pin->setFocus();
        say(tr("Try again."));
    });
    m_pin->setFocus();
    // A wait left from an earlier dialog still applies.
    if (m_attempts && m_attempts->remainingWait().count() > 0)
        waitBeforeNextTry();
}

QLineEdit *PinDialog::addPinField(const QString &accessibleName)
{
    auto *field = new QLineEdit(this);
    field->setEchoMode(QLineEdit::Password);
    field->setMaxLength(StaffPin::longestPin);
    field->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("[0-9]{0,%1}").arg(StaffPin::longestPin)), field));
    field->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    field->setFont(scaledFont(font(), 2.0));
    field->setAlignment(Qt::AlignCenter);
    // Room for eight masked digits at the large size.
    field->setMinimumWidth(field->fontMetrics().horizontalAdvance(QString(12, QLatin1Char('0'))));
    field->setAccessibleName(accessibleName);
    return field;
}

void PinDialog::submit()
{
    if (m_mode == Mode::NewPin)
        submitNewPin();
    else
        submitEnteredPin();
}

void PinDialog::submitNewPin()
{
    const QString pin = m_pin->text();
    if (!StaffPin::isAcceptable(pin)) {
        say(tr("The PIN needs %1 to %2 digits.")
                    .arg(StaffPin::shortestPin)
                    .arg(StaffPin::longestPin));
        m_pin->setFocus();
        m_pin->selectAll();
        return;
    }
    if (m_repeat->text().isEmpty()) {
        say(tr("Type the same PIN again to confirm it."));
        m_repeat->setFocus();
        return;
    }
    if (m_repeat->text() != pin) {
        say(tr("The two PINs differ. Type the same PIN twice."));
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    m_newPinHash = StaffPin::hash(pin);
    m_pin->clear();
    m_repeat->clear();
    accept();
}

void PinDialog::submitEnteredPin()
{
    if (m_attempts->remainingWait().count() > 0)
        return;
    const QString pin = m_pin->text();
    m_pin->clear();
    if (StaffPin::matches(pin, m_storedHash)) {
        m_attempts->recordRight();
        accept();
        return;
    }
    m_attempts->recordWrong();
    say(tr("That PIN is not right."));
    if (m_attempts->remainingWait().count() > 0)
        waitBeforeNextTry();
    m_pin->setFocus();
}

void PinDialog::say(const QString &message)
{
    m_message->setText(message);
    m_message->setAccessibleDescription(message);
}

void PinDialog::waitBeforeNextTry()
{
    using namespace std::chrono;
    const milliseconds wait = m_attempts->remainingWait();
    const auto seconds = int(ceil<std::chrono::seconds>(wait).count());
    say(tr("Too many wrong PINs. Try again in %1 s.").arg(seconds));
    m_pin->setEnabled(false);
    m_confirm->setEnabled(false);
    m_waitTimer->start(wait);
}
