// Every language fits its screens (issue 8): at a laptop's 1366×768, and on an 800×600 display
// for the longest and the shortest language, each visible label and button on Home, the session
// and the summary shows all of its text — none is cut off.

#include "WindowFixture.h"

#include "app/language/AppTranslator.h"
#include "app/pages/HomePage.h"
#include "app/pages/SessionPage.h"
#include "app/pages/SummaryPage.h"

#include <QAbstractButton>
#include <QLabel>
#include <QStackedWidget>

#include <string>

using namespace gluteguide;

namespace {

struct TextFitCase
{
    const char *language = "en";
    const char *screen = "home";
    QSize window{ 1366, 768 };
};

// What does not fit in a widget: its text needs more room than the widget has.
QStringList clippedTexts(const QWidget *page)
{
    QStringList clipped;
    for (const QLabel *label : page->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(page) || label->text().isEmpty() || !label->pixmap().isNull())
            continue;
        const QRect room = label->contentsRect();
        const bool fits = label->wordWrap()
                ? label->heightForWidth(label->width()) <= label->height()
                : label->sizeHint().width() <= label->width();
        if (!fits || room.isEmpty())
            clipped << label->text();
    }
    for (const QAbstractButton *button : page->findChildren<QAbstractButton *>()) {
        if (!button->isVisibleTo(page) || button->text().isEmpty())
            continue;
        if (button->minimumSizeHint().width() > button->width())
            clipped << button->text();
    }
    // A widget pushed past the page's edge is cut off by the window, however wide it is.
    for (const QWidget *widget : page->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(page) || widget->isWindow())
            continue;
        const QRect area(widget->mapTo(page, QPoint(0, 0)), widget->size());
        if (!page->rect().contains(area)) {
            const auto *label = qobject_cast<const QLabel *>(widget);
            const auto *button = qobject_cast<const QAbstractButton *>(widget);
            if (label || button)
                clipped << (label ? label->text() : button->text())
                                + QStringLiteral(" (off the page)");
        }
    }
    return clipped;
}

class TextFitTest : public WindowFixture, public ::testing::WithParamInterface<TextFitCase>
{
protected:
    void TearDown() override
    {
        m_window.reset();
        m_translator.reset();
    }
};

} // namespace

TEST_P(TextFitTest, EveryLabelAndButtonShowsAllOfItsText)
{
    const QString language = QString::fromLatin1(GetParam().language);
    ASSERT_TRUE(language == QLatin1String("en") || AppTranslator::hasTranslation(language))
            << "no translation built in for " << GetParam().language;
    // tools/setup-debian.sh installs fonts-noto-cjk; Windows and macOS have their own.
    ASSERT_TRUE(language != QLatin1String("zh_CN") || !AppTranslator::chineseFontFamily().isEmpty())
            << "no font for Chinese is installed (fonts-noto-cjk on Debian)";
    m_translator->apply(language);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    m_window->resize(GetParam().window);
    QApplication::processEvents();
    ASSERT_EQ(m_window->size(), GetParam().window) << "the window cannot be that small";

    const std::string screen = GetParam().screen;
    if (screen != "home") {
        startSession();
        runFor(Millis{ 45000 }); // into the first clamshells, with a caption and the counter
        if (screen == "summary")
            m_window->driver()->apply(Command::Stop);
    }
    QApplication::processEvents();
    QWidget *page = m_window->pages()->currentWidget();
    const QWidget *expected = screen == "home" ? static_cast<QWidget *>(m_window->homePage())
            : screen == "session"              ? static_cast<QWidget *>(m_window->sessionPage())
                                               : static_cast<QWidget *>(m_window->summaryPage());
    ASSERT_EQ(page, expected);
    const QStringList clipped = clippedTexts(page);
    EXPECT_TRUE(clipped.isEmpty()) << clipped.join(QStringLiteral(" | ")).toStdString();
}

INSTANTIATE_TEST_SUITE_P(
        LanguagesAndScreens, TextFitTest,
        ::testing::Values(TextFitCase{ "en", "home" }, TextFitCase{ "en", "session" },
                          TextFitCase{ "en", "summary" }, TextFitCase{ "fr", "home" },
                          TextFitCase{ "fr", "session" }, TextFitCase{ "fr", "summary" },
                          TextFitCase{ "es", "home" }, TextFitCase{ "es", "session" },
                          TextFitCase{ "es", "summary" }, TextFitCase{ "zh_CN", "home" },
                          TextFitCase{ "zh_CN", "session" }, TextFitCase{ "zh_CN", "summary" },
                          // A small display (an old laptop, a projector at 800×600): the
                          // longest language, and the shortest.
                          TextFitCase{ "fr", "home", { 800, 600 } },
                          TextFitCase{ "fr", "session", { 800, 600 } },
                          TextFitCase{ "fr", "summary", { 800, 600 } },
                          TextFitCase{ "zh_CN", "home", { 800, 600 } },
                          TextFitCase{ "zh_CN", "session", { 800, 600 } },
                          TextFitCase{ "zh_CN", "summary", { 800, 600 } }),
        [](const ::testing::TestParamInfo<TextFitCase> &info) {
            return std::string(info.param.language) + "_" + info.param.screen + "_"
                    + std::to_string(info.param.window.width()) + "x"
                    + std::to_string(info.param.window.height());
        });
