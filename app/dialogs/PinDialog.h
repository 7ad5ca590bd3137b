#pragma once

#include "app/kiosk/PinAttempts.h"

#include <QDialog>
#include <QString>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

// Asks for the kiosk's staff PIN: digits only, masked, in large type readable at the desk.
// - NewPin: the PIN twice (4 to 8 digits); when accepted, newPinHash() is its stored form, so the
//   PIN itself never leaves the dialog.
// - EnterPin: accepted only with the PIN `storedHash` was made from; after repeated wrong PINs
//   the next try waits (PinAttempts).
class PinDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { NewPin, EnterPin };

    explicit PinDialog(QWidget *parent = nullptr);
    PinDialog(const QString &storedHash, PinAttempts &attempts = PinAttempts::forThisRun(),
              QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    QString newPinHash() const { return m_newPinHash; }

    QLineEdit *pinEdit() const { return m_pin; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *confirmButton() const { return m_confirm; }

private:
    PinDialog(Mode mode, const QString &storedHash, PinAttempts *attempts, QWidget *parent);
    QLineEdit *addPinField(const QString &accessibleName);
    void submit();
    void submitNewPin();
    void submitEnteredPin();
    void say(const QString &message);
    void waitBeforeNextTry();

    Mode m_mode = Mode::NewPin;
    QString m_storedHash;
    PinAttempts *m_attempts = nullptr;
    QString m_newPinHash;
    QLineEdit *m_pin = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_confirm = nullptr;
    QTimer *m_waitTimer = nullptr;
};
