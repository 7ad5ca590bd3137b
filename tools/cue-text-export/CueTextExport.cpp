// Prints every cue a routine can produce as JSON, in the language asked for:
//   [{"cue": "count_7", "text": "7", "estimated_ms": 800, "translated": true}, ...]
// The texts come from CueTexts, the table the captions use, so the voice clips generated from
// this output say exactly what the captions show. For a language other than English the texts
// go through a QTranslator loaded from a gluteguide_<language>.qm (--qm FILE, or looked up in
// --translations FOLDER, the translations built into the program, ./translations beside it);
// "translated" is false for a text the translation left in English (a missing or unfinished
// entry; texts without letters, such as the counts, are the same in every language).

#include "app/cues/CueTexts.h"
#include "core/cues/CueId.h"
#include "core/cues/CueSchedule.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTranslator>

#include <algorithm>
#include <cstdio>

namespace {

// The language the texts are written in: it needs no translation.
const QString sourceLanguage = QStringLiteral("en");

// Where a gluteguide_<language>.qm may be: the folder given on the command line, the translations
// compiled into the program, or a "translations" folder beside the executable.
QStringList translationFolders(const QString &given)
{
    QStringList folders;
    if (!given.isEmpty())
        folders << given;
    folders << QStringLiteral(":/i18n")
            << QDir(QCoreApplication::applicationDirPath())
                       .filePath(QStringLiteral("translations"));
    return folders;
}

bool loadTranslation(QTranslator &translator, const QString &language, const QString &folder)
{
    for (const QString &candidate : translationFolders(folder)) {
        if (translator.load(QStringLiteral("gluteguide_") + language, candidate))
            return true;
    }
    return false;
}

// Whether the text holds a letter: "7" reads the same in every language, "Lift." does not.
bool hasLetters(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetter(); });
}

int fail(const QString &message)
{
    std::fprintf(stderr, "gluteguide-cue-texts: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("gluteguide-cue-texts"));
    // Numbers inside texts ("Set 2 of 3.") are written the same way whatever the machine's locale.
    QLocale::setDefault(QLocale::c());

    QCommandLineParser parser;
    parser.setApplicationDescription(
            QStringLiteral("Prints every cue's key, text and estimated length as JSON."));
    parser.addHelpOption();
    const QCommandLineOption languageOption(
            QStringLiteral("language"),
            QStringLiteral("The language of the texts (default: %1).").arg(sourceLanguage),
            QStringLiteral("code"), sourceLanguage);
    const QCommandLineOption translationsOption(
            QStringLiteral("translations"),
            QStringLiteral("A folder holding gluteguide_<code>.qm (default: the translations "
                           "built into the program, then ./translations beside it)."),
            QStringLiteral("folder"));
    const QCommandLineOption qmOption(
            QStringLiteral("qm"),
            QStringLiteral("The compiled translation to use (made with `lrelease "
                           "translations/gluteguide_<code>.ts -qm FILE`); overrides "
                           "--translations."),
            QStringLiteral("file"));
    parser.addOption(languageOption);
    parser.addOption(translationsOption);
    parser.addOption(qmOption);
    parser.process(app);
    if (!parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("unexpected argument \"%1\"")
                            .arg(parser.positionalArguments().constFirst()));

    const QString language = parser.value(languageOption);
    QTranslator translator;
    if (parser.isSet(qmOption) && language == sourceLanguage)
        return fail(QStringLiteral("--qm is for a language other than %1").arg(sourceLanguage));
    if (parser.isSet(qmOption)) {
        const QString qm = parser.value(qmOption);
        if (!QFileInfo(qm).isFile())
            return fail(QStringLiteral("no such file: %1").arg(qm));
        if (!translator.load(qm))
            return fail(QStringLiteral("%1 is not a compiled Qt translation (.qm)").arg(qm));
        if (!translator.language().isEmpty()
            && QLocale(translator.language()).language() != QLocale(language).language())
            return fail(QStringLiteral("%1 translates into \"%2\", not \"%3\"")
                                .arg(qm, translator.language(), language));
        QCoreApplication::installTranslator(&translator);
    } else if (language != sourceLanguage) {
        if (!loadTranslation(translator, language, parser.value(translationsOption)))
            return fail(QStringLiteral("no translation for language \"%1\" (looked for "
                                       "gluteguide_%1.qm in %2)")
                                .arg(language,
                                     translationFolders(parser.value(translationsOption))
                                             .join(QStringLiteral(", "))));
        QCoreApplication::installTranslator(&translator);
    }

    const std::vector<gluteguide::CueId> allCues = gluteguide::allCueIds();
    // The English texts, to tell which ones the translation left as they were.
    QStringList sourceTexts;
    if (language != sourceLanguage) {
        QCoreApplication::removeTranslator(&translator);
        for (const gluteguide::CueId &cue : allCues)
            sourceTexts << CueTexts::text(cue);
        QCoreApplication::installTranslator(&translator);
    }

    QJsonArray cues;
    for (std::size_t i = 0; i < allCues.size(); ++i) {
        const gluteguide::CueId &cue = allCues[i];
        const QString key = QString::fromStdString(gluteguide::cueKey(cue));
        const QString text = CueTexts::text(cue);
        if (text.trimmed().isEmpty())
            return fail(QStringLiteral("cue \"%1\" has no text").arg(key));
        const bool translated = language == sourceLanguage || !hasLetters(text)
                || text != sourceTexts.at(qsizetype(i));
        cues.append(QJsonObject{
                { QStringLiteral("cue"), key },
                { QStringLiteral("text"), text },
                { QStringLiteral("estimated_ms"),
                  qint64(gluteguide::estimatedCueLength(cue).count()) },
                { QStringLiteral("translated"), translated },
        });
    }

    const QByteArray json = QJsonDocument(cues).toJson(QJsonDocument::Indented);
    if (std::fwrite(json.constData(), 1, size_t(json.size()), stdout) != size_t(json.size())
        || std::fflush(stdout) != 0)
        return fail(QStringLiteral("could not write the output"));
    return 0;
}
