#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QMessageBox>
#include <QTimer>

// Answers the next modal message box with `button` as soon as it shows, and records what it saw.
// It polls from a timer and never asserts there, so a test asserts afterwards with gtest: a
// missing box fails the test instead of hanging it. Anything else that shows modally (another
// dialog, a box without that button) is recorded and rejected, so nothing can block a test.
class ModalAnswer
{
public:
    static constexpr int pollMs = 20;
    // How long to wait for the box before giving up (the test then fails on seen()).
    static constexpr int patienceMs = 5000;

    explicit ModalAnswer(QMessageBox::StandardButton button) : m_button(button)
    {
        m_poll.setInterval(pollMs);
        QObject::connect(&m_poll, &QTimer::timeout, [this] { poll(); });
        m_poll.start();
    }

    // A message box showed and got the answer.
    bool seen() const { return m_seen; }
    // Something modal showed that was not a message box with the wanted button.
    bool sawSomethingElse() const { return !m_unexpected.isEmpty(); }
    const QString &unexpected() const { return m_unexpected; }
    const QString &text() const { return m_text; }
    QMessageBox::Icon icon() const { return m_icon; }

private:
    void poll()
    {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal) {
            m_waitedMs += pollMs;
            if (m_waitedMs > patienceMs)
                m_poll.stop();
            return;
        }
        auto *box = qobject_cast<QMessageBox *>(modal);
        QAbstractButton *answer = box ? box->button(m_button) : nullptr;
        if (!answer) {
            m_unexpected = QString::fromLatin1(modal->metaObject()->className());
            if (auto *dialog = qobject_cast<QDialog *>(modal))
                dialog->reject();
            else
                modal->close();
            return;
        }
        m_text = box->text();
        m_icon = box->icon();
        m_seen = true;
        m_poll.stop();
        answer->click();
    }

    QMessageBox::StandardButton m_button;
    QTimer m_poll;
    int m_waitedMs = 0;
    bool m_seen = false;
    QString m_text;
    QMessageBox::Icon m_icon = QMessageBox::NoIcon;
    QString m_unexpected;
};
