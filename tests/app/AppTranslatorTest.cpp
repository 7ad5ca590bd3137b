// The translations built into the program and switching between them (issue 8). The parts
// that need a language's translation are skipped until translations/gluteguide_<code>.ts exists.

#include "app/language/AppTranslator.h"
#include "app/language/Language.h"

#include "AppTestSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QSignalSpy>

#include <gtest/gtest.h>

namespace {

const QStringList translatedLanguages{ QStringLiteral("fr"), QStringLiteral("es"),
                                       QStringLiteral("zh_CN") };

// Texts that no translation can leave in English, from both the window and the voice.
struct SourceText
{
    const char *context;
    const char *text;
};
constexpr SourceText knownTexts[] = {
    { "HomePage", "Start" },
    { "SessionPage", "Pain — stop now" },
    { "CueTexts", "Well done. You have finished the series." },
    { "DisplayNames", "Getting into position" },
};

QString translated(const SourceText &source)
{
    return QCoreApplication::translate(source.context, source.text);
}

} // namespace

// A .ts file in the source tree must end up in the program: the build's only proof of it.
TEST(AppTranslatorTest, EveryTranslationFileIsBuiltIn)
{
    for (const QString &language : translatedLanguages) {
        const QString ts = QDir(QStringLiteral(GLUTEGUIDE_TRANSLATIONS_DIR))
                                   .filePath(QStringLiteral("gluteguide_%1.ts").arg(language));
        EXPECT_EQ(AppTranslator::hasTranslation(language), QFile::exists(ts))
                << language.toStdString() << ": " << ts.toStdString();
    }
    EXPECT_TRUE(AppTranslator::hasTranslation(QStringLiteral("en"))) << "the source language";
}

TEST(AppTranslatorTest, EachTranslationChangesKnownTextsAndEnglishBringsThemBack)
{
    AppTranslator translator;
    QStringList missing;
    for (const QString &language : translatedLanguages) {
        if (!AppTranslator::hasTranslation(language)) {
            missing << language;
            continue;
        }
        translator.apply(language);
        for (const SourceText &source : knownTexts) {
            const QString text = translated(source);
            EXPECT_FALSE(text.isEmpty()) << language.toStdString() << ": " << source.text;
            EXPECT_NE(text, QString::fromUtf8(source.text))
                    << language.toStdString() << " leaves \"" << source.text << "\" in English";
        }
    }
    translator.apply(QStringLiteral("en"));
    for (const SourceText &source : knownTexts)
        EXPECT_EQ(translated(source), QString::fromUtf8(source.text));
    EXPECT_TRUE(missing.isEmpty())
            << "no translation built in for " << missing.join(", ").toStdString();
}

TEST(AppTranslatorTest, QtsOwnTextsFollowTheLanguage)
{
    const QString folder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (!QFile::exists(QDir(folder).filePath(QStringLiteral("qtbase_fr.qm"))))
        GTEST_SKIP() << "Qt's translations are not installed in " << folder.toStdString()
                     << " (qt6-translations-l10n on Debian)";
    AppTranslator translator;
    translator.apply(QStringLiteral("fr"));
    EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Annuler"));
    translator.apply(QStringLiteral("en"));
    EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
}

TEST(AppTranslatorTest, DatesAndNumbersFollowTheLanguageAndAreGivenBackAfterwards)
{
    const QLocale before;
    {
        AppTranslator translator;
        translator.apply(QStringLiteral("fr"));
        EXPECT_EQ(QLocale().language(), QLocale::French);
        EXPECT_EQ(QLocale().toString(2.5), QStringLiteral("2,5"));
        translator.apply(QStringLiteral("zh_CN"));
        EXPECT_EQ(QLocale().language(), QLocale::Chinese);
    }
    EXPECT_EQ(QLocale(), before);
}

TEST(AppTranslatorTest, SaysWhenTheLanguageChangesAndOnlyThen)
{
    AppTranslator translator;
    EXPECT_EQ(translator.language(), QStringLiteral("en"));
    QSignalSpy changes(&translator, &AppTranslator::languageChanged);
    translator.apply(QStringLiteral("es"));
    translator.apply(QStringLiteral("es"));
    ASSERT_EQ(changes.size(), 1);
    EXPECT_EQ(changes.front().at(0).toString(), QStringLiteral("es"));
    EXPECT_EQ(translator.language(), QStringLiteral("es"));
    translator.apply(QStringLiteral("de")); // not one of ours: English
    EXPECT_EQ(translator.language(), QStringLiteral("en"));
    EXPECT_EQ(changes.size(), 2);
}
