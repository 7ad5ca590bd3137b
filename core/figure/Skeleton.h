#pragma once

#include <array>
#include <cstddef>
#include <string_view>

namespace gluteguide {

// "Lower" is the side on the floor, "upper" the working side.
enum class Joint : std::size_t {
    Head,
    Neck,
    Pelvis,
    LowerShoulder,
    LowerElbow,
    LowerHand,
    UpperShoulder,
    UpperElbow,
    UpperHand,
    LowerHip,
    LowerKnee,
    LowerAnkle,
    LowerToe,
    UpperHip,
    UpperKnee,
    UpperAnkle,
    UpperToe,
};

inline constexpr std::size_t jointCount = 17;

constexpr std::size_t index(Joint joint)
{
    return static_cast<std::size_t>(joint);
}

std::string_view jointName(Joint joint);

struct Bone
{
    Joint from;
    Joint to;
    double length; // metres
};

// An adult of about 1.70 m.
struct Skeleton
{
    static constexpr double height = 1.70;
    static constexpr double headRadius = 0.11;
    static constexpr double trunk = 0.50; // pelvis centre to base of neck
    static constexpr double neck = 0.22; // base of neck to centre of head
    static constexpr double thigh = 0.42;
    static constexpr double shin = 0.42;
    static constexpr double foot = 0.14;
    static constexpr double upperArm = 0.30;
    static constexpr double forearm = 0.26;
    static constexpr double hipHalfWidth = 0.09;
    static constexpr double shoulderHalfWidth = 0.17;

    static const std::array<Bone, 16> &bones();
};

} // namespace gluteguide
