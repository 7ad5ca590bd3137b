#pragma once

#include <QDialog>

class QPlainTextEdit;

// Help → About GluteGuide: the version, what the program is for, its licence and the
// third-party notices. The licence and notices are the repository's LICENSE and
// THIRD-PARTY-NOTICES.md, compiled in (":/branding/"), so they show however it was installed.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The two texts shown under their tabs (for tests).
    QString licenceText() const;
    QString noticesText() const;

private:
    QPlainTextEdit *m_licence = nullptr;
    QPlainTextEdit *m_notices = nullptr;
};
