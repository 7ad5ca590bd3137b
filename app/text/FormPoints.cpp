#include "app/text/FormPoints.h"

using gluteguide::Movement;

QStringList FormPoints::of(Movement movement)
{
    switch (movement) {
    case Movement::Clamshell:
        return { tr("Knees bent, heels together: the feet stay touching the whole time."),
                 tr("Raise the top knee slowly and bring it down under control."),
                 tr("Don't let the knee drop all the way between repetitions."),
                 tr("You should feel the side of your hip doing the work.") };
    case Movement::StraightLegRaise:
        return { tr("Straighten the top leg first."),
                 tr("Lift it only a few inches (about 10 cm), then lower it slowly."),
                 tr("The slower you go, the harder the hip works: that is the point.") };
    case Movement::Pulses:
        return { tr("Keep the straight leg raised."),
                 tr("Move it about an inch up and an inch down, slowly."),
                 tr("A hand on the floor in front of you can steady you.") };
    case Movement::CirclesClockwise:
    case Movement::CirclesCounterclockwise:
        return { tr("With the leg straight, draw small, slow circles with the foot."),
                 tr("Only the leg moves: the hips don't rock."),
                 movement == Movement::CirclesClockwise
                         ? tr("Clockwise first; the next movement reverses the direction.")
                         : tr("The same small circles, the other way round.") };
    }
    return {};
}

QStringList FormPoints::always()
{
    return { tr("Hips, knees and feet stay stacked; a hand on the top hip keeps the pelvis from "
                "rolling forward or back."),
             tr("Head resting on your arm or hands, neck neutral."),
             tr("Can't manage all the repetitions yet? Do what you can and build up."),
             tr("Stop if you feel pain.") };
}
