#include "WindowFixture.h"

#include "app/figure/FigurePainter.h"
#include "app/figure/FigureScene.h"
#include "app/widgets/FigureView.h"
#include "app/pages/SessionPage.h"
#include "app/widgets/BigCounter.h"
#include "app/window/ScreenshotCapture.h"

#include <QImage>
#include <QPainter>

#include <algorithm>
#include <string>
#include <vector>

using namespace gluteguide;

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

// A repetition of the first set on the first side: the first and the middle one of each
// movement of the built-in routine (the window's routine), taken from the plan.
struct RepShot
{
    Movement movement;
    int rep;
};

void PrintTo(const RepShot &shot, std::ostream *out)
{
    *out << movementKey(shot.movement) << " rep " << shot.rep;
}

std::vector<RepShot> repShots()
{
    std::vector<RepShot> shots;
    for (const MovementSpec &spec : defaultRoutine().movements) {
        shots.push_back({ spec.movement, 1 });
        shots.push_back({ spec.movement, (spec.reps + 1) / 2 });
    }
    return shots;
}

std::string shotName(const ::testing::TestParamInfo<RepShot> &info)
{
    std::string name =
            std::string(movementKey(info.param.movement)) + "_rep" + std::to_string(info.param.rep);
    std::erase(name, '_');
    return name;
}

// Each shot a fresh window, as the command line's --screenshot makes one.
class ScreenshotRepTest : public WindowFixture, public ::testing::WithParamInterface<RepShot>
{
};

} // namespace

TEST_P(ScreenshotRepTest, FigureAndCountMatchThePlan)
{
    const Plan plan = m_window->document().plan();
    ASSERT_EQ(plan.routine.firstSide, Side::Left) << "the check below assumes the left side";
    const auto found = std::find_if(plan.steps.begin(), plan.steps.end(), [&](const PlanStep &s) {
        return s.kind == StepKind::Rep && s.side == plan.routine.firstSide && s.set == 1
                && s.movement == GetParam().movement && s.rep == GetParam().rep;
    });
    ASSERT_NE(found, plan.steps.end());
    const PlanStep &step = *found;
    const QString path = m_dir.filePath(QStringLiteral("shot.png"));
    QString error;
    ASSERT_TRUE(
            ScreenshotCapture::capture(*m_window, { path, middleOf(step), std::nullopt }, &error))
            << error.toStdString();
    const QImage image(path);
    ASSERT_FALSE(image.isNull());

    // The count shows the reps completed before this one.
    EXPECT_EQ(m_window->sessionPage()->counter()->value(), QString::number(step.rep - 1));

    // The working leg is drawn in the highlight colour, inside the figure's area only. The guide
    // is drawn in it too, so the leg must add to what the same scene shows with the leg unlit.
    FigureView *figure = m_window->sessionPage()->figure();
    const QRect figureArea(figure->mapTo(m_window.get(), QPoint(0, 0)), figure->size());
    const QColor accent = figure->palette().color(QPalette::Highlight);
    const double ratio = image.devicePixelRatio();
    const QRect inImage(figureArea.topLeft() * ratio, figureArea.size() * ratio);
    FigureScene unlit = figure->scene();
    unlit.showWorkingLeg = false;
    QImage guideOnly(inImage.size(), QImage::Format_ARGB32_Premultiplied);
    guideOnly.setDevicePixelRatio(ratio);
    guideOnly.fill(Qt::transparent);
    {
        QPainter painter(&guideOnly);
        FigurePainter::paint(painter, QRectF(figure->rect()).adjusted(8, 8, -8, -8), unlit,
                             figure->palette());
    }
    const int guidePixels = countColour(guideOnly, guideOnly.rect(), accent);
    EXPECT_GT(countColour(image, inImage, accent), guidePixels + 200)
            << "the working leg is not lit (" << guidePixels << " accent pixels are the guide's)";
    // Lying on the left side the legs point right: the working leg is in the right half.
    const QRect leftHalf(inImage.topLeft(), QSize(inImage.width() / 2, inImage.height()));
    const QRect rightHalf(leftHalf.topRight() + QPoint(1, 0), leftHalf.size());
    EXPECT_GT(countColour(image, rightHalf, accent), 4 * countColour(image, leftHalf, accent));
}

INSTANTIATE_TEST_SUITE_P(FirstSet, ScreenshotRepTest, ::testing::ValuesIn(repShots()), shotName);

using ScreenshotTest = WindowFixture;

TEST_F(ScreenshotTest, HomeScreenIsCapturedWithoutStartingASession)
{
    const QString path = m_dir.filePath(QStringLiteral("home.png"));
    QString error;
    ASSERT_TRUE(
            ScreenshotCapture::capture(*m_window, { path, std::nullopt, std::nullopt }, &error));
    EXPECT_EQ(m_window->driver(), nullptr);
    EXPECT_FALSE(QImage(path).isNull());
}
