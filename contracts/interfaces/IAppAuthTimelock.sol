// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title IAppAuthTimelock
/// @notice What the governed AppAuth's timelock adds to OpenZeppelin's TimelockController: operations
/// expire, and the minimum delay has a floor.
/// @dev A TimelockController operation never expires by itself, so the governor's `Expired` state used
/// to hold only inside the governor: the operation stayed ready in the timelock, and whoever later held
/// EXECUTOR_ROLE (anyone, once a vote granted it to the zero address) could run it. This timelock
/// refuses to execute an operation once {executionWindow} has passed since it became ready, whoever
/// calls, so an expired vote can never be carried out.
interface IAppAuthTimelock {
    /// @notice The operation `id` was not executed within the window, which closed at `expiredAt`.
    error AppAuthTimelockOperationExpired(bytes32 id, uint256 expiredAt);

    /// @notice A minimum delay below the floor, at deployment or by `updateDelay`.
    error AppAuthTimelockDelayBelowFloor(uint256 delay, uint256 floor);

    /// @notice An execution window of zero, or longer than the maximum.
    error AppAuthTimelockInvalidExecutionWindow(uint256 executionWindow, uint256 max);

    /// @notice How long an operation stays executable once ready; afterwards it can never run.
    function executionWindow() external view returns (uint256);

    /// @notice Whether the pending operation `id` is past its execution window (and so can never run).
    function isOperationExpired(bytes32 id) external view returns (bool);
}
