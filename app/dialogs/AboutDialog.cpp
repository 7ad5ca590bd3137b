#include "app/dialogs/AboutDialog.h"

#include "app/Version.h"
#include "app/widgets/ScaledFont.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

QString resourceText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// Legal texts stay in English, as written; fixed width keeps the licence's own layout.
QPlainTextEdit *legalText(const QString &text, const QString &name, QWidget *parent)
{
    auto *view = new QPlainTextEdit(text, parent);
    view->setReadOnly(true);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    view->setAccessibleName(name);
    return view;
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("About GluteGuide"));
    setObjectName(QStringLiteral("aboutDialog"));

    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/branding/gluteguide-128.png")).pixmap(96, 96));
    header->addWidget(icon, 0, Qt::AlignTop);

    auto *texts = new QVBoxLayout;
    texts->addWidget(pageTitle(QStringLiteral("GluteGuide"), this, 1.6));
    auto *version = new QLabel(tr("Version %1").arg(QStringLiteral(GLUTEGUIDE_VERSION)), this);
    version->setObjectName(QStringLiteral("aboutVersion"));
    version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    texts->addWidget(version);
    const QStringList paragraphs{
        tr("Coaches a side-lying hip series that strengthens the glutes and can help ease low "
           "back pain."),
        tr("GluteGuide does not replace a clinician's advice. If an exercise hurts, stop and ask "
           "your physiotherapist, chiropractor or doctor before going on."),
        tr("Copyright © 2026 The GluteGuide developers. GluteGuide is free software: you may "
           "share and change it under the terms of the GNU General Public License, version 3 or "
           "any later version. It comes with no warranty."),
    };
    for (const QString &paragraph : paragraphs) {
        auto *label = new QLabel(paragraph, this);
        label->setWordWrap(true);
        texts->addWidget(label);
    }
    auto *link = new QLabel(QStringLiteral("<a href=\"https://github.com/gluteguide/gluteguide\">"
                                           "github.com/gluteguide/gluteguide</a>"),
                            this);
    link->setOpenExternalLinks(true);
    texts->addWidget(link);
    header->addLayout(texts, 1);
    layout->addLayout(header);

    auto *tabs = new QTabWidget(this);
    m_licence = legalText(resourceText(QStringLiteral(":/branding/LICENSE")), tr("Licence"), tabs);
    m_notices = legalText(resourceText(QStringLiteral(":/branding/THIRD-PARTY-NOTICES.md")),
                          tr("Third-party notices"), tabs);
    tabs->addTab(m_licence, tr("Licence"));
    tabs->addTab(m_notices, tr("Third-party notices"));
    layout->addWidget(tabs, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 640);
}

QString AboutDialog::licenceText() const
{
    return m_licence->toPlainText();
}

QString AboutDialog::noticesText() const
{
    return m_notices->toPlainText();
}
