// Which language GluteGuide shows (issue 8): --language, then the setting, then the system's;
// English for a language it is not written in.

#include "app/language/Language.h"

#include "AppTestSupport.h"

#include <QLocale>

#include <gtest/gtest.h>

namespace {
const QString none;
const QLocale german(QStringLiteral("de_DE"));
} // namespace

TEST(LanguageTest, TheFlagOutranksTheSettingAndTheSystem)
{
    EXPECT_EQ(Language::choose(QStringLiteral("es"), QStringLiteral("fr"),
                               QLocale(QStringLiteral("zh_CN"))),
              QStringLiteral("es"));
}

TEST(LanguageTest, TheSettingOutranksTheSystem)
{
    EXPECT_EQ(Language::choose(none, QStringLiteral("fr"), QLocale(QStringLiteral("es_ES"))),
              QStringLiteral("fr"));
}

TEST(LanguageTest, WithoutFlagOrSettingTheSystemsLanguageIsShown)
{
    EXPECT_EQ(Language::choose(none, none, QLocale(QStringLiteral("fr_FR"))), QStringLiteral("fr"));
    EXPECT_EQ(Language::choose(none, none, QLocale(QStringLiteral("fr_CA"))), QStringLiteral("fr"));
    EXPECT_EQ(Language::choose(none, none, QLocale(QStringLiteral("es_MX"))), QStringLiteral("es"));
    EXPECT_EQ(Language::choose(none, none, QLocale(QStringLiteral("zh_CN"))),
              QStringLiteral("zh_CN"));
    EXPECT_EQ(Language::choose(none, none, QLocale(QStringLiteral("en_GB"))), QStringLiteral("en"));
}

TEST(LanguageTest, ASystemLanguageItIsNotWrittenInGivesEnglish)
{
    EXPECT_EQ(Language::choose(none, none, german), QStringLiteral("en"));
    EXPECT_EQ(Language::choose(none, none, QLocale::c()), QStringLiteral("en"));
    // Traditional Chinese readers are not given Simplified Chinese unasked.
    EXPECT_EQ(Language::choose(none, none, QLocale(QStringLiteral("zh_TW"))), QStringLiteral("en"));
}

TEST(LanguageTest, AnUnknownFlagOrSettingFallsThroughToTheNextChoice)
{
    EXPECT_EQ(Language::choose(QStringLiteral("de"), QStringLiteral("es"), german),
              QStringLiteral("es"));
    EXPECT_EQ(Language::choose(none, QStringLiteral("klingon"), QLocale(QStringLiteral("fr_BE"))),
              QStringLiteral("fr"));
}

TEST(LanguageTest, TheFourLanguagesAreNamedInThemselves)
{
    EXPECT_EQ(Language::codes(),
              QStringList({ QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("es"),
                            QStringLiteral("zh_CN") }));
    EXPECT_EQ(Language::nativeName(QStringLiteral("en")), QStringLiteral("English"));
    EXPECT_EQ(Language::nativeName(QStringLiteral("fr")), QStringLiteral("Français"));
    EXPECT_EQ(Language::nativeName(QStringLiteral("es")), QStringLiteral("Español"));
    EXPECT_EQ(Language::nativeName(QStringLiteral("zh_CN")), QStringLiteral("简体中文"));
    EXPECT_FALSE(Language::isSupported(QStringLiteral("de")));
    EXPECT_FALSE(Language::isSupported(QString()));
}

TEST(LanguageTest, DatesAndNumbersKeepTheSystemsConventionsWhenItUsesTheLanguage)
{
    const QLocale canada(QStringLiteral("fr_CA"));
    EXPECT_EQ(Language::locale(QStringLiteral("fr"), canada), canada);
    EXPECT_EQ(Language::locale(QStringLiteral("fr"), german).language(), QLocale::French);
    EXPECT_EQ(Language::locale(QStringLiteral("zh_CN"), german).script(),
              QLocale::SimplifiedHanScript);
    EXPECT_EQ(Language::locale(QStringLiteral("en"), german).language(), QLocale::English);
    // The C locale of a bare system stays, with English.
    EXPECT_EQ(Language::locale(QStringLiteral("en"), QLocale::c()), QLocale::c());
}
