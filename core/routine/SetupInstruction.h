#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace gluteguide {

// The positioning steps before the first movement (PRODUCT.md §3, "Setup").
enum class SetupInstruction {
    LieOnSide,
    HeadOnArm,
    StackHipsKneesFeet,
    HandOnTopHip,
};

inline constexpr std::array<SetupInstruction, 4> allSetupInstructions{
    SetupInstruction::LieOnSide,
    SetupInstruction::HeadOnArm,
    SetupInstruction::StackHipsKneesFeet,
    SetupInstruction::HandOnTopHip,
};

std::string_view setupKey(SetupInstruction instruction);
std::optional<SetupInstruction> setupFromKey(std::string_view key);

} // namespace gluteguide
