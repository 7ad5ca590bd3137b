#include "core/figure/Skeleton.h"

namespace gluteguide {

std::string_view jointName(Joint joint)
{
    switch (joint) {
    case Joint::Head:
        return "head";
    case Joint::Neck:
        return "neck";
    case Joint::Pelvis:
        return "pelvis";
    case Joint::LowerShoulder:
        return "lower_shoulder";
    case Joint::LowerElbow:
        return "lower_elbow";
    case Joint::LowerHand:
        return "lower_hand";
    case Joint::UpperShoulder:
        return "upper_shoulder";
    case Joint::UpperElbow:
        return "upper_elbow";
    case Joint::UpperHand:
        return "upper_hand";
    case Joint::LowerHip:
        return "lower_hip";
    case Joint::LowerKnee:
        return "lower_knee";
    case Joint::LowerAnkle:
        return "lower_ankle";
    case Joint::LowerToe:
        return "lower_toe";
    case Joint::UpperHip:
        return "upper_hip";
    case Joint::UpperKnee:
        return "upper_knee";
    case Joint::UpperAnkle:
        return "upper_ankle";
    case Joint::UpperToe:
        return "upper_toe";
    }
    return {};
}

const std::array<Bone, 16> &Skeleton::bones()
{
    static const std::array<Bone, 16> list{ {
            { Joint::Pelvis, Joint::Neck, trunk },
            { Joint::Neck, Joint::Head, neck },
            { Joint::Neck, Joint::LowerShoulder, shoulderHalfWidth },
            { Joint::Neck, Joint::UpperShoulder, shoulderHalfWidth },
            { Joint::LowerShoulder, Joint::LowerElbow, upperArm },
            { Joint::LowerElbow, Joint::LowerHand, forearm },
            { Joint::UpperShoulder, Joint::UpperElbow, upperArm },
            { Joint::UpperElbow, Joint::UpperHand, forearm },
            { Joint::Pelvis, Joint::LowerHip, hipHalfWidth },
            { Joint::Pelvis, Joint::UpperHip, hipHalfWidth },
            { Joint::LowerHip, Joint::LowerKnee, thigh },
            { Joint::LowerKnee, Joint::LowerAnkle, shin },
            { Joint::LowerAnkle, Joint::LowerToe, foot },
            { Joint::UpperHip, Joint::UpperKnee, thigh },
            { Joint::UpperKnee, Joint::UpperAnkle, shin },
            { Joint::UpperAnkle, Joint::UpperToe, foot },
    } };
    return list;
}

} // namespace gluteguide
