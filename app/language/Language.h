#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

// The languages GluteGuide is written in (PRODUCT.md §8), by the codes that the --language
// option, the language setting, the translation files and the voice clips all use.
class Language
{
public:
    // The language the texts are written in, and the one used when no other fits.
    static QString source();
    // en, fr, es, zh_CN.
    static QStringList codes();
    static bool isSupported(const QString &code);
    // The language's name in that language ("Français"), so people find theirs in any language.
    static QString nativeName(const QString &code);

    // The code of the locale's language, or empty when GluteGuide is not written in it
    // (Traditional Chinese is not Simplified Chinese).
    static QString code(const QLocale &locale);
    // The first of the locale's user-interface languages that GluteGuide is written in, else
    // English.
    static QString fromLocale(const QLocale &locale);
    // What to show: --language, else the setting (empty: the system's), else the system's.
    static QString choose(const QString &flag, const QString &setting, const QLocale &system);
    // Dates and numbers for a language: the system's own conventions when the system uses that
    // language (so French in Canada stays Canadian), else the language's usual ones.
    static QLocale locale(const QString &code, const QLocale &system);
};
