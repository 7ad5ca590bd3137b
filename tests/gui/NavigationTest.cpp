#include "WindowFixture.h"

#include "app/pages/EditorPage.h"
#include "app/pages/HomePage.h"
#include "app/pages/PreviewPage.h"
#include "app/pages/ProgressPage.h"
#include "app/pages/SessionPage.h"
#include "app/pages/SettingsPage.h"

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
        EXPECT_EQ(m_window->pages()->currentWidget(), route.page);
        auto *back = route.page->findChild<QPushButton *>();
        ASSERT_NE(back, nullptr);
        for (QPushButton *button : route.page->findChildren<QPushButton *>()) {
            if (button->text() == QStringLiteral("Back to home"))
                button->click();
        }
        EXPECT_EQ(m_window->pages()->currentWidget(), m_window->homePage());
    }
}

TEST_F(NavigationTest, StartButtonBeginsTheSession)
{
    m_window->homePage()->startButton()->click();
    EXPECT_EQ(m_window->pages()->currentWidget(), m_window->sessionPage());
    EXPECT_EQ(m_window->driver()->session().state(), gluteguide::SessionState::Setup);
}

TEST_F(NavigationTest, EveryButtonHasAnAccessibleName)
{
    for (QPushButton *button : m_window->findChildren<QPushButton *>())
        EXPECT_FALSE(button->accessibleName().isEmpty()) << button->text().toStdString();
}
