#include "app/text/RoutineProblemText.h"

#include <QLocale>

using gluteguide::ProblemCode;

namespace {
// Shortest form: 0.5, 10, 600, 10.5.
QString number(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}
} // namespace

QString RoutineProblemText::message(const gluteguide::RoutineProblem &problem)
{
    switch (problem.code) {
    case ProblemCode::CountOutOfRange:
        return tr("must be a whole number from %1 to %2 (got %3)")
                .arg(number(problem.min), number(problem.max), number(problem.got));
    case ProblemCode::SecondsOutOfRange:
        return tr("must be from %1 to %2 seconds (got %3)")
                .arg(number(problem.min), number(problem.max), number(problem.got));
    case ProblemCode::WrongPhaseCount: {
        const std::string_view key =
                problem.movement ? gluteguide::movementKey(*problem.movement) : std::string_view();
        return tr("must list one duration per phase of %2 (expected %1, got %3)")
                .arg(number(problem.min), QString::fromUtf8(key.data(), qsizetype(key.size())),
                     number(problem.got));
    }
    case ProblemCode::NoMovements:
        if (problem.got == 0.0)
            return tr("must list at least one movement");
        return tr("must have at least one movement switched on");
    }
    return {};
}
