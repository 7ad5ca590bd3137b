#pragma once

#include <QFont>
#include <QLocale>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QTranslator;

// Puts the running program in one of its languages (Language::codes()): GluteGuide's own
// translation, embedded from translations/gluteguide_<code>.ts; Qt's for its standard texts
// (dialog buttons, shortcuts); the default locale, for dates and numbers; and, for Chinese, an
// application font that has its characters. Installing a translator makes Qt send
// QEvent::LanguageChange to every widget, which then sets its texts again. The language the
// program shows is this object's: there is one per program.
class AppTranslator : public QObject
{
    Q_OBJECT

public:
    explicit AppTranslator(QObject *parent = nullptr);
    // Takes its translations out and gives back the locale and font it replaced.
    ~AppTranslator() override;

    // Switches to the language (English for one GluteGuide is not written in).
    void apply(const QString &language);
    // The language shown; English until apply() says otherwise.
    QString language() const;

    // Whether this build has GluteGuide's own translation into the language; English, the
    // language of the source texts, needs none.
    static bool hasTranslation(const QString &language);
    // The family of an installed font that shows Simplified Chinese; empty when there is none.
    static QString chineseFontFamily();

signals:
    void languageChanged(const QString &language);

private:
    void applyFont(const QString &language);

    QString m_language; // empty until the first apply()
    std::unique_ptr<QTranslator> m_ownTexts;
    std::unique_ptr<QTranslator> m_qtTexts;
    // As they were before the first apply(), given back when this object goes.
    std::optional<QLocale> m_localeBefore;
    std::optional<QFont> m_fontBefore;
};
