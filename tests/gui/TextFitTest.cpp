// Every language fits its screens (issue 8): at the smallest supported window, 1366×768, each
// visible label and button on Home, the session and the summary shows all of its text — none
// is cut off — in English, French, Spanish and Chinese.

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
    QApplication::processEvents();

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
                          TextFitCase{ "zh_CN", "session" }, TextFitCase{ "zh_CN", "summary" }),
        [](const ::testing::TestParamInfo<TextFitCase> &info) {
            return std::string(info.param.language) + "_" + info.param.screen;
        });
