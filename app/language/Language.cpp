#include "app/language/Language.h"

namespace {

struct KnownLanguage
{
    const char *code = "";
    QLocale::Language language = QLocale::AnyLanguage;
    QLocale::Script script = QLocale::AnyScript; // AnyScript: every script of the language
    const char *nativeName = ""; // UTF-8
};

constexpr KnownLanguage knownLanguages[] = {
    { "en", QLocale::English, QLocale::AnyScript, "English" },
    { "fr", QLocale::French, QLocale::AnyScript, "Français" },
    { "es", QLocale::Spanish, QLocale::AnyScript, "Español" },
    { "zh_CN", QLocale::Chinese, QLocale::SimplifiedHanScript, "简体中文" },
};

const KnownLanguage *known(const QString &code)
{
    for (const KnownLanguage &language : knownLanguages) {
        if (code == QLatin1String(language.code))
            return &language;
    }
    return nullptr;
}

bool speaks(const QLocale &locale, const KnownLanguage &language)
{
    return locale.language() == language.language
            && (language.script == QLocale::AnyScript || locale.script() == language.script);
}

} // namespace

QString Language::source()
{
    return QStringLiteral("en");
}

QStringList Language::codes()
{
    QStringList codes;
    for (const KnownLanguage &language : knownLanguages)
        codes << QLatin1String(language.code);
    return codes;
}

bool Language::isSupported(const QString &code)
{
    return known(code) != nullptr;
}

QString Language::nativeName(const QString &code)
{
    const KnownLanguage *language = known(code);
    return language ? QString::fromUtf8(language->nativeName) : code;
}

QString Language::code(const QLocale &locale)
{
    for (const KnownLanguage &language : knownLanguages) {
        if (speaks(locale, language))
            return QLatin1String(language.code);
    }
    return {};
}

QString Language::fromLocale(const QLocale &locale)
{
    // In the user's order of preference (LANGUAGE=de:fr gives French).
    for (const QString &tag : locale.uiLanguages()) {
        if (const QString found = code(QLocale(tag)); !found.isEmpty())
            return found;
    }
    return source();
}

QString Language::choose(const QString &flag, const QString &setting, const QLocale &system)
{
    if (isSupported(flag))
        return flag;
    if (isSupported(setting))
        return setting;
    return fromLocale(system);
}

QLocale Language::locale(const QString &code, const QLocale &system)
{
    const KnownLanguage *language = known(code);
    if (!language)
        return QLocale(source());
    // The plain C locale is no language: with English, its untranslated conventions stay.
    if (speaks(system, *language) || (system.language() == QLocale::C && code == source()))
        return system;
    return QLocale(code);
}
