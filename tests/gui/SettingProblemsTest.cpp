// Saved settings that cannot be used (an edited file, another version's) are shown on the
// Settings screen, each with what is used instead, until the person sets them again; the file
// is not rewritten just by opening the screen.

#include "app/pages/SettingsPage.h"
#include "app/storage/AppSettings.h"

#include <QApplication>
#include <QCheckBox>
#include <QCryptographicHash>
#include <QFile>
#include <QLabel>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

QByteArray hashOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly)
            ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
            : QByteArray();
}

} // namespace

TEST(SettingProblemsTest, TheSettingsScreenNamesEachValueItCannotUseUntilItIsSetAgain)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("[audio]\ntempoTick=maybe\nvolume=loud\n");
    }
    const QByteArray before = hashOf(path);
    AppSettings settings(path);
    SettingsPage page(settings);
    page.resize(1280, 700);
    page.show();
    QApplication::processEvents();

    QLabel *note = page.problemsNote();
    ASSERT_NE(note, nullptr);
    EXPECT_TRUE(note->isVisible());
    EXPECT_TRUE(note->text().contains(
            QStringLiteral("audio/tempoTick: \"maybe\" is not true or false; using false")))
            << note->text().toStdString();
    EXPECT_TRUE(note->text().contains(
            QStringLiteral("audio/volume: \"loud\" is not a number from 0 to 1; using 0.8")))
            << note->text().toStdString();
    EXPECT_FALSE(note->accessibleName().isEmpty());
    settings.sync();
    EXPECT_EQ(hashOf(path), before) << "showing the screen rewrote the file";

    // Setting the tempo tick stores a good value: that problem is gone, the other stays.
    auto *tick = page.findChild<QCheckBox *>(QStringLiteral("tempoTick"));
    ASSERT_NE(tick, nullptr) << "the tempo tick check box has no objectName";
    tick->click();
    page.hide();
    page.show();
    QApplication::processEvents();
    EXPECT_FALSE(note->text().contains(QStringLiteral("tempoTick")));
    EXPECT_TRUE(note->text().contains(QStringLiteral("audio/volume")));
}
