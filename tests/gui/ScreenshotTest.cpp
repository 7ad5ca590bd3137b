#include "WindowFixture.h"

#include "app/widgets/FigureView.h"
#include "app/pages/SessionPage.h"
#include "app/widgets/BigCounter.h"
#include "app/window/ScreenshotCapture.h"

#include <QImage>

using namespace gluteguide;
using ScreenshotTest = WindowFixture;

namespace {

// Pixels of the given colour inside a rectangle of the image.
int countColour(const QImage &image, const QRect &area, const QColor &colour)
{
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (std::abs(pixel.red() - colour.red()) < 12
                && std::abs(pixel.green() - colour.green()) < 12
                && std::abs(pixel.blue() - colour.blue()) < 12)
                ++count;
        }
    }
    return count;
}

Millis middleOf(const PlanStep &step)
{
    return step.start + step.duration / 2;
}

} // namespace

TEST_F(ScreenshotTest, FigureAndCountMatchThePlanAtKnownTimes)
{
    const Plan plan = m_window->document().plan();
    std::vector<std::size_t> repSteps;
    for (std::size_t i = 0; i < plan.steps.size(); ++i) {
        const PlanStep &step = plan.steps[i];
        if (step.kind == StepKind::Rep && step.set == 1 && step.side == plan.routine.firstSide
            && (step.rep == 1 || step.rep == 9))
            repSteps.push_back(i);
    }
    ASSERT_EQ(repSteps.size(), 10u);

    for (std::size_t index : repSteps) {
        const PlanStep &step = plan.steps[index];
        WindowFixture::TearDown();
        WindowFixture::SetUp();
        const QString path = m_dir.filePath(QStringLiteral("shot.png"));
        QString error;
        ASSERT_TRUE(ScreenshotCapture::capture(*m_window, { path, middleOf(step), std::nullopt },
                                               &error))
                << error.toStdString();
        const QImage image(path);
        ASSERT_FALSE(image.isNull());

        // The count shows the reps completed before this one.
        EXPECT_EQ(m_window->sessionPage()->counter()->value(), QString::number(step.rep - 1));

        // The working leg is drawn in the highlight colour, inside the figure's area only.
        FigureView *figure = m_window->sessionPage()->figure();
        const QRect figureArea(figure->mapTo(m_window.get(), QPoint(0, 0)), figure->size());
        const QColor accent = figure->palette().color(QPalette::Highlight);
        const double ratio = image.devicePixelRatio();
        const QRect inImage(figureArea.topLeft() * ratio, figureArea.size() * ratio);
        EXPECT_GT(countColour(image, inImage, accent), 200) << "step " << index;
        // Lying on the left side the legs point right: the working leg is in the right half.
        const QRect leftHalf(inImage.topLeft(), QSize(inImage.width() / 2, inImage.height()));
        const QRect rightHalf(leftHalf.topRight() + QPoint(1, 0), leftHalf.size());
        EXPECT_GT(countColour(image, rightHalf, accent), 4 * countColour(image, leftHalf, accent))
                << "step " << index;
    }
}

TEST_F(ScreenshotTest, HomeScreenIsCapturedWithoutStartingASession)
{
    const QString path = m_dir.filePath(QStringLiteral("home.png"));
    QString error;
    ASSERT_TRUE(
            ScreenshotCapture::capture(*m_window, { path, std::nullopt, std::nullopt }, &error));
    EXPECT_EQ(m_window->driver(), nullptr);
    EXPECT_FALSE(QImage(path).isNull());
}
