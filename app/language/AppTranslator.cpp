#include "app/language/AppTranslator.h"

#include "app/language/Language.h"

#include <QCoreApplication>
#include <QFile>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace {

// Where qt_add_translations() puts the compiled translations (its default resource prefix).
QString ownTranslationPath(const QString &language)
{
    return QStringLiteral(":/i18n/gluteguide_%1.qm").arg(language);
}

// A font family made for Simplified Chinese, by preference (fonts-noto-cjk on Debian, the
// system fonts on Windows and macOS).
const char *const chineseFamilies[] = { "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei",
                                        "PingFang SC", "WenQuanYi Micro Hei" };

bool isGuiApplication()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

} // namespace

AppTranslator::AppTranslator(QObject *parent) : QObject(parent) { }

AppTranslator::~AppTranslator()
{
    if (m_localeBefore)
        QLocale::setDefault(*m_localeBefore);
    if (m_fontBefore && isGuiApplication())
        QGuiApplication::setFont(*m_fontBefore);
    // The translators take themselves out of the application as they are destroyed.
}

QString AppTranslator::language() const
{
    return m_language.isEmpty() ? Language::source() : m_language;
}

bool AppTranslator::hasTranslation(const QString &language)
{
    return language == Language::source() || QFile::exists(ownTranslationPath(language));
}

QString AppTranslator::chineseFontFamily()
{
    if (!isGuiApplication())
        return {};
    const QStringList installed = QFontDatabase::families();
    for (const char *family : chineseFamilies) {
        if (installed.contains(QLatin1String(family)))
            return QLatin1String(family);
    }
    return {};
}

void AppTranslator::apply(const QString &requested)
{
    const QString language = Language::isSupported(requested) ? requested : Language::source();
    if (language == m_language)
        return;
    if (!m_localeBefore)
        m_localeBefore = QLocale();

    // The old ones go first, so no text is looked up in two languages.
    m_ownTexts.reset();
    m_qtTexts.reset();
    if (language != Language::source()) {
        auto own = std::make_unique<QTranslator>();
        if (own->load(ownTranslationPath(language))) {
            m_ownTexts = std::move(own);
            QCoreApplication::installTranslator(m_ownTexts.get());
        }
        // Qt's own texts come with Qt (qt6-translations-l10n on Debian; the deploy tools
        // elsewhere); without them, Qt's few texts stay in English.
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QStringLiteral("qtbase_") + language,
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            m_qtTexts = std::move(qt);
            QCoreApplication::installTranslator(m_qtTexts.get());
        }
    }
    QLocale::setDefault(Language::locale(language, QLocale::system()));
    applyFont(language);
    m_language = language;
    // Widgets without a translation to install still have to show the new language's dates.
    if (!m_ownTexts && !m_qtTexts) {
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &change);
    }
    emit languageChanged(language);
}

void AppTranslator::applyFont(const QString &language)
{
    if (!isGuiApplication())
        return;
    if (!m_fontBefore)
        m_fontBefore = QGuiApplication::font();
    QFont font = *m_fontBefore;
    // The usual font of Latin systems has no Chinese characters: the fallback that fills them
    // in mixes fonts within a line, and may not be there at all.
    if (language == QLatin1String("zh_CN")) {
        if (const QString family = chineseFontFamily(); !family.isEmpty())
            font.setFamilies({ family });
    }
    if (font != QGuiApplication::font())
        QGuiApplication::setFont(font);
}
