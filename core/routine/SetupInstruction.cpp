#include "core/routine/SetupInstruction.h"

namespace gluteguide {

std::string_view setupKey(SetupInstruction instruction)
{
    switch (instruction) {
    case SetupInstruction::LieOnSide:
        return "lie_on_side";
    case SetupInstruction::HeadOnArm:
        return "head_on_arm";
    case SetupInstruction::StackHipsKneesFeet:
        return "stack_hips_knees_feet";
    case SetupInstruction::HandOnTopHip:
        return "hand_on_top_hip";
    }
    return {};
}

std::optional<SetupInstruction> setupFromKey(std::string_view key)
{
    for (SetupInstruction instruction : allSetupInstructions) {
        if (setupKey(instruction) == key)
            return instruction;
    }
    return std::nullopt;
}

} // namespace gluteguide
