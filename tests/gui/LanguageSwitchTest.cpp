// Switching the language of a running window (issue 8): every screen shows the new language at
// once, mid-session too, and the voice follows. Expected texts come from the translator itself,
// so the tests hold whatever the translations say; what needs a translation is skipped until
// translations/gluteguide_<code>.ts is built in.

#include "WindowFixture.h"

#include "app/audio/VoiceClipManifest.h"
#include "app/cues/CueTexts.h"
#include "app/language/Language.h"
#include "app/window/LanguageMenu.h"
#include "app/pages/HomePage.h"
#include "app/pages/SessionPage.h"
#include "app/pages/SettingsPage.h"
#include "app/text/DisplayNames.h"
#include "app/tray/ReminderTray.h"
#include "app/widgets/BigCounter.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QFontInfo>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRawFont>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>

#include <set>

using namespace gluteguide;

namespace {

// Where the window's texts come from (the classes' tr() and the texts' tables).
constexpr const char *textContexts[] = {
    "BigCounter",   "CueTexts",           "DisplayNames", "EditorPage",
    "FormPoints",   "HomePage",           "KioskPage",    "MainWindow",
    "PlanTimeline", "PreviewPage",        "ProgressPage", "RepsChart",
    "ReminderTray", "RoutineProblemText", "SessionPage",  "SettingsPage",
    "SummaryPage",  "WeeklyBars",         "main",
};

// Every text of the window that is still an English source text, although the language now
// installed translates it: what a switch left behind.
class StaleTexts
{
public:
    void check(const QString &text, const QObject *where)
    {
        if (text.trimmed().isEmpty())
            return;
        for (const char *context : textContexts) {
            if (QCoreApplication::translate(context, text.toUtf8().constData()) != text) {
                m_found << QStringLiteral("%1 \"%2\": \"%3\"")
                                   .arg(QString::fromLatin1(where->metaObject()->className()),
                                        where->objectName(), text);
                return;
            }
        }
    }

    void checkWidget(const QWidget *widget)
    {
        check(widget->accessibleName(), widget);
        check(widget->accessibleDescription(), widget);
        check(widget->toolTip(), widget);
        check(widget->windowTitle(), widget);
        if (auto *label = qobject_cast<const QLabel *>(widget))
            check(label->text(), widget);
        if (auto *button = qobject_cast<const QAbstractButton *>(widget))
            check(button->text(), widget);
        if (auto *group = qobject_cast<const QGroupBox *>(widget))
            check(group->title(), widget);
        if (auto *line = qobject_cast<const QLineEdit *>(widget))
            check(line->placeholderText(), widget);
        if (auto *combo = qobject_cast<const QComboBox *>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                check(combo->itemText(i), widget);
        }
        if (auto *spin = qobject_cast<const QSpinBox *>(widget)) {
            check(spin->prefix(), widget);
            check(spin->suffix(), widget);
        }
        if (auto *spin = qobject_cast<const QDoubleSpinBox *>(widget)) {
            check(spin->prefix(), widget);
            check(spin->suffix(), widget);
        }
        if (auto *table = qobject_cast<const QTableWidget *>(widget)) {
            for (int c = 0; c < table->columnCount(); ++c) {
                if (const QTableWidgetItem *item = table->horizontalHeaderItem(c))
                    check(item->text(), widget);
            }
            for (int r = 0; r < table->rowCount(); ++r) {
                if (const QTableWidgetItem *item = table->verticalHeaderItem(r))
                    check(item->text(), widget);
                for (int c = 0; c < table->columnCount(); ++c) {
                    if (const QTableWidgetItem *item = table->item(r, c))
                        check(item->text(), widget);
                }
            }
        }
        if (auto *counter = qobject_cast<const BigCounter *>(widget))
            check(counter->caption(), widget);
    }

    void checkAction(const QAction *action)
    {
        check(action->text(), action);
        if (action->menu())
            check(action->menu()->title(), action);
    }

    // The window, every page (shown or not), its menus and the tray's.
    void checkWindow(const MainWindow &window)
    {
        checkWidget(&window);
        for (const QWidget *widget : window.findChildren<QWidget *>())
            checkWidget(widget);
        for (const QAction *action : window.findChildren<QAction *>())
            checkAction(action);
        for (const ReminderTray *tray : window.findChildren<ReminderTray *>()) {
            for (const QAction *action : tray->menu()->actions())
                checkAction(action);
        }
    }

    const QStringList &found() const { return m_found; }

private:
    QStringList m_found;
};

class LanguageSwitchTest : public WindowFixture
{
protected:
    void TearDown() override
    {
        m_window.reset();
        m_translator.reset(); // back to English for the next test
    }

    // As Settings does it; the widgets hear of it through their event queue.
    void switchTo(const QString &language)
    {
        m_translator->apply(language);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QApplication::processEvents();
    }

    // Every screen once, so that each has shown what it computes: a session stopped part way
    // (session and summary), its history (progress), preview, editor, settings, the kiosk.
    void visitEveryScreen()
    {
        startSession();
        runFor(Millis{ 40000 });
        m_window->driver()->apply(Command::Stop);
        QApplication::processEvents();
        m_window->setStaffCheck([] { return true; });
        for (const char *screen : { "progress", "preview", "editor", "settings" }) {
            m_window->showScreen(QString::fromLatin1(screen));
            QApplication::processEvents();
        }
        m_window->enterKiosk(false);
        QApplication::processEvents();
        m_window->leaveKiosk();
        QApplication::processEvents();
    }

    static QString translated(const char *context, const QString &source)
    {
        return QCoreApplication::translate(context, source.toUtf8().constData());
    }
};

} // namespace

TEST_F(LanguageSwitchTest, MidSessionTheLabelsAndCaptionChangeAtOnceAndComeBack)
{
    startSession();
    runFor(Millis{ 1500 }); // the first set-up instruction
    SessionPage *page = m_window->sessionPage();
    const QString englishCaption = page->caption()->text();
    const QString englishTitle = page->title()->text();
    const QString englishPause = page->pauseButton()->text();
    const QString englishPain = page->painButton()->text();
    const QString englishCounter = page->counter()->caption();
    ASSERT_FALSE(englishCaption.isEmpty());
    ASSERT_EQ(englishTitle, QStringLiteral("Getting into position"));
    const CueSchedule schedule = session().cues();

    switchTo(QStringLiteral("fr"));
    // What the translator makes of the English texts, whatever its words.
    EXPECT_EQ(page->caption()->text(), translated("CueTexts", englishCaption));
    EXPECT_EQ(page->title()->text(), translated("DisplayNames", englishTitle));
    EXPECT_EQ(page->pauseButton()->text(), translated("SessionPage", englishPause));
    EXPECT_EQ(page->painButton()->text(), translated("SessionPage", englishPain));
    EXPECT_EQ(page->counter()->caption(), translated("SessionPage", englishCounter));
    // The session goes on with the schedule it started with.
    EXPECT_EQ(session().cues().cues.size(), schedule.cues.size());
    EXPECT_EQ(session().state(), SessionState::Setup);
    const bool translated = AppTranslator::hasTranslation(QStringLiteral("fr"));
    if (translated) {
        EXPECT_NE(page->caption()->text(), englishCaption);
        EXPECT_NE(page->title()->text(), englishTitle);
        EXPECT_NE(page->painButton()->text(), englishPain);
    }

    switchTo(QStringLiteral("en"));
    EXPECT_EQ(page->caption()->text(), englishCaption);
    EXPECT_EQ(page->title()->text(), englishTitle);
    EXPECT_EQ(page->pauseButton()->text(), englishPause);
    EXPECT_EQ(page->painButton()->text(), englishPain);
    EXPECT_EQ(page->counter()->caption(), englishCounter);
    EXPECT_TRUE(translated) << "the French translation is not built in: the texts could not change";
}

// The menu bar's Language menu is there during a session: choosing French there goes through
// the setting (Settings shows it, the menu checks it) and changes the session's words at once,
// while the session goes on; the system default brings the system's language back.
TEST_F(LanguageSwitchTest, TheLanguageMenuSwitchesMidSessionThroughTheSetting)
{
    startSession();
    runFor(Millis{ 1500 });
    SessionPage *page = m_window->sessionPage();
    const QString englishPain = page->painButton()->text();
    const SessionState state = session().state();
    const Millis position = session().position();
    LanguageMenu *menu = m_window->languageMenu();
    ASSERT_NE(menu, nullptr);
    EXPECT_TRUE(m_window->menuBar()->actions().contains(menu->menuAction()));
    EXPECT_TRUE(menu->menuAction()->isVisible() && menu->menuAction()->isEnabled());
    QAction *french = menu->actionFor(QStringLiteral("fr"));
    ASSERT_NE(french, nullptr);
    EXPECT_EQ(french->text(), Language::nativeName(QStringLiteral("fr")));

    french->trigger();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QApplication::processEvents();
    EXPECT_EQ(m_translator->language(), QStringLiteral("fr"));
    EXPECT_EQ(m_window->settingsPage()->languageChoice()->currentData().toString(),
              QStringLiteral("fr"));
    EXPECT_TRUE(french->isChecked());
    EXPECT_EQ(page->painButton()->text(), translated("SessionPage", englishPain));
    EXPECT_NE(page->painButton()->text(), englishPain);
    EXPECT_EQ(menu->title(), translated("LanguageMenu", QStringLiteral("&Language")));
    EXPECT_EQ(session().state(), state);
    EXPECT_EQ(session().position(), position);

    menu->actionFor(QString())->trigger();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QApplication::processEvents();
    EXPECT_EQ(m_translator->language(), Language::fromLocale(QLocale::system()));
    EXPECT_TRUE(m_window->settingsPage()->languageChoice()->currentData().toString().isEmpty());
    EXPECT_TRUE(menu->actionFor(QString())->isChecked());
    EXPECT_FALSE(french->isChecked());
}

TEST_F(LanguageSwitchTest, TheVoiceAndTheCueTimingFollowTheLanguage)
{
    // Every language ships its clips (resources/voice/<language>/).
    const CueId cue = CueId::intro(Movement::Clamshell);
    std::set<Millis> introLengths;
    for (const QString &language : Language::codes()) {
        switchTo(language);
        const std::optional<VoiceClipManifest> clips = VoiceClipManifest::load(language);
        ASSERT_TRUE(clips.has_value()) << language.toStdString() << " has no clips";
        EXPECT_EQ(m_window->player()->spokenVoice(), CuePlayer::Voice::RecordedClips)
                << language.toStdString();
        // Its clips' lengths place the next session's cues.
        EXPECT_EQ(m_window->document().cueLengths()(cue), clips->lengths()(cue))
                << language.toStdString();
        introLengths.insert(m_window->document().cueLengths()(cue));
        // Settings says nothing about the voice: it speaks the language.
        EXPECT_FALSE(m_window->settingsPage()->voiceNote()->isVisibleTo(m_window->settingsPage()))
                << language.toStdString();
    }
    EXPECT_EQ(introLengths.size(), std::size_t(Language::codes().size()))
            << "the same intro lasts as long in two languages: the lengths are not theirs";
}

TEST_F(LanguageSwitchTest, NoScreenKeepsEnglishAfterSwitchingToFrench)
{
    ASSERT_TRUE(AppTranslator::hasTranslation(QStringLiteral("fr")));
    visitEveryScreen();
    switchTo(QStringLiteral("fr"));
    StaleTexts stale;
    stale.checkWindow(*m_window);
    EXPECT_TRUE(stale.found().isEmpty()) << "still in English:\n"
                                         << stale.found().join('\n').toStdString();
}

TEST_F(LanguageSwitchTest, AWindowOpenedInFrenchShowsNoEnglish)
{
    ASSERT_TRUE(AppTranslator::hasTranslation(QStringLiteral("fr")));
    m_window.reset();
    m_translator->apply(QStringLiteral("fr"));
    WindowOptions options;
    options.mute = true;
    options.historyPath = m_dir.filePath(QStringLiteral("history.sqlite"));
    m_window = std::make_unique<MainWindow>(*m_settings, *m_translator, options);
    m_window->resize(1366, 768);
    m_window->show();
    QApplication::processEvents();
    visitEveryScreen();
    StaleTexts stale;
    stale.checkWindow(*m_window);
    EXPECT_TRUE(stale.found().isEmpty()) << "in English:\n"
                                         << stale.found().join('\n').toStdString();
}

TEST_F(LanguageSwitchTest, SettingsSwitchesTheLanguageAtOnceAndRemembersIt)
{
    QComboBox *choice = m_window->settingsPage()->languageChoice();
    ASSERT_EQ(choice->count(), 5);
    EXPECT_TRUE(choice->currentData().toString().isEmpty()) << "the system's, until chosen";
    for (int i = 1; i < choice->count(); ++i)
        EXPECT_EQ(choice->itemText(i), Language::nativeName(choice->itemData(i).toString()));

    choice->setCurrentIndex(choice->findData(QStringLiteral("es")));
    EXPECT_EQ(m_translator->language(), QStringLiteral("es"));
    EXPECT_EQ(m_settings->language(), QStringLiteral("es"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    EXPECT_EQ(m_window->homePage()->startButton()->text(), translated("HomePage", "Start"));

    choice->setCurrentIndex(0);
    EXPECT_EQ(m_translator->language(), Language::fromLocale(QLocale::system()));
    EXPECT_TRUE(m_settings->language().isEmpty());
}

TEST_F(LanguageSwitchTest, ChineseIsShownWithAFontThatHasItsCharacters)
{
    const QString family = AppTranslator::chineseFontFamily();
    ASSERT_FALSE(family.isEmpty()) << "no font for Chinese is installed (fonts-noto-cjk on Debian)";
    const QFont before = QApplication::font();
    const QChar middle(0x4E2D); // 中
    switchTo(QStringLiteral("zh_CN"));
    const QFont chinese = QApplication::font();
    EXPECT_TRUE(QFontMetrics(chinese).inFont(middle));
    // The font itself, not a fallback found for the missing characters.
    EXPECT_TRUE(QRawFont::fromFont(chinese).supportsCharacter(middle))
            << QFontInfo(chinese).family().toStdString();
    EXPECT_EQ(QFontInfo(chinese).family(), family);
    const QFont caption = m_window->sessionPage()->caption()->font();
    EXPECT_TRUE(QRawFont::fromFont(caption).supportsCharacter(middle)) << "the widgets follow";
    EXPECT_GT(caption.pointSizeF(), chinese.pointSizeF()) << "the caption keeps its size";

    switchTo(QStringLiteral("en"));
    EXPECT_EQ(QApplication::font(), before);
}
