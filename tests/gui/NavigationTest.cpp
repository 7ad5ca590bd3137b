#include "AccessibleName.h"
#include "WindowFixture.h"

#include "app/pages/EditorPage.h"
#include "app/pages/HomePage.h"
#include "app/pages/PreviewPage.h"
#include "app/pages/ProgressPage.h"
#include "app/pages/SessionPage.h"
#include "app/pages/SettingsPage.h"
#include "app/pages/SummaryPage.h"

#include <QAbstractButton>
#include <QPushButton>
#include <QStackedWidget>

using NavigationTest = WindowFixture;

TEST_F(NavigationTest, OpensOnHomeWithOneCardPerMovement)
{
    EXPECT_EQ(m_window->pages()->currentWidget(), m_window->homePage());
    EXPECT_EQ(m_window->homePage()->movementCardCount(), 5);
}

TEST_F(NavigationTest, EachHomeButtonOpensItsPageAndComesBack)
{
    struct Route
    {
        QPushButton *button;
        QWidget *page;
    };
    const Route routes[] = {
        { m_window->homePage()->previewButton(), m_window->previewPage() },
        { m_window->homePage()->editButton(), m_window->editorPage() },
        { m_window->homePage()->progressButton(), m_window->progressPage() },
        { m_window->homePage()->settingsButton(), m_window->settingsPage() },
    };
    for (const Route &route : routes) {
        route.button->click();
        ASSERT_EQ(m_window->pages()->currentWidget(), route.page);
        // Found by name, not by its (translated) text: one way back per page, in view.
        const auto backs = route.page->findChildren<QPushButton *>(QStringLiteral("backToHome"));
        ASSERT_EQ(backs.size(), 1) << route.page->metaObject()->className();
        EXPECT_TRUE(backs.front()->isVisible()) << route.page->metaObject()->className();
        backs.front()->click();
        EXPECT_EQ(m_window->pages()->currentWidget(), m_window->homePage())
                << "back from " << route.page->metaObject()->className();
    }
}

TEST_F(NavigationTest, TheSummaryLeadsBackHome)
{
    m_window->homePage()->startButton()->click();
    m_window->sessionPage()->painButton()->click();
    ASSERT_EQ(m_window->pages()->currentWidget(), m_window->summaryPage());
    auto *back = m_window->summaryPage()->findChild<QPushButton *>(QStringLiteral("backToHome"));
    ASSERT_NE(back, nullptr);
    back->click();
    EXPECT_EQ(m_window->pages()->currentWidget(), m_window->homePage());
}

TEST_F(NavigationTest, StartButtonBeginsTheSession)
{
    m_window->homePage()->startButton()->click();
    EXPECT_EQ(m_window->pages()->currentWidget(), m_window->sessionPage());
    EXPECT_EQ(m_window->driver()->session().state(), gluteguide::SessionState::Setup);
}

// What a screen reader says for each button, read from the accessibility interface (as a screen
// reader does), not from the property: a name that is there, has words, and shows no mnemonic
// marker or class name. Buttons that show only an icon have nothing else to go by.
TEST_F(NavigationTest, EveryButtonHasAnAccessibleName)
{
    const QList<QAbstractButton *> buttons = m_window->findChildren<QAbstractButton *>();
    ASSERT_GE(buttons.size(), 40) << "the pages' buttons were not found";
    int iconOnly = 0;
    for (QAbstractButton *button : buttons) {
        // Qt's own parts (a table's corner, the menu bar's overflow arrow) are not ours to name.
        if (button->objectName().startsWith(QStringLiteral("qt_"))
            || button->inherits("QTableCornerButton"))
            continue;
        EXPECT_TRUE(hasMeaningfulName(button))
                << "showing \"" << button->text().toStdString() << "\" in "
                << button->parentWidget()->metaObject()->className();
        if (button->text().isEmpty())
            ++iconOnly;
    }
    EXPECT_GT(iconOnly, 0) << "the preview's transport buttons show only icons";
}
