// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title IAppAuthGovernor
/// @notice What the AppAuth governor adds to OpenZeppelin's `IGovernor`: a timestamp clock enforced at
/// deployment, and an execution window after which an approved proposal that was not carried out
/// expires instead of waiting forever in the timelock (A5 at the governance layer).
interface IAppAuthGovernor {
    /// @notice The governance parameters fixed at deployment; all but `executionWindow` can later be
    /// changed by a proposal through OpenZeppelin's own setters, never below the governor's floors
    /// (voting delay 1 hour, voting period 1 day, quorum 1%).
    /// @param votingDelay Seconds between a proposal and its vote snapshot, the time holders have to
    /// delegate or exit before weights are fixed.
    /// @param votingPeriod Seconds the vote stays open.
    /// @param proposalThreshold Votes an account needs, one second before proposing.
    /// @param quorumNumerator Quorum as a percentage of the total supply at the snapshot.
    /// @param lateQuorumExtension Seconds the vote stays open after quorum is first reached, at least.
    /// @param executionWindow Seconds a succeeded proposal may wait to be queued, and a queued one to
    /// be executed once its timelock delay is over, before it expires.
    struct Config {
        uint48 votingDelay;
        uint32 votingPeriod;
        uint256 proposalThreshold;
        uint256 quorumNumerator;
        uint48 lateQuorumExtension;
        uint32 executionWindow;
    }

    /// @notice The votes token does not keep time in seconds; delays in seconds would be misread.
    error AppAuthGovernorClockNotTimestamp(string clockMode);

    /// @notice A setting below its floor, at deployment or by a later vote. `setting` names it:
    /// `votingDelay`, `votingPeriod` or `quorumNumerator`.
    error AppAuthGovernorBelowFloor(string setting, uint256 value, uint256 floor);

    /// @notice An execution window of zero, or longer than the maximum.
    error AppAuthGovernorInvalidExecutionWindow(uint256 executionWindow, uint256 max);

    /// @notice How long a succeeded proposal may wait to be queued, and a queued one to be executed
    /// after its timelock delay, before its state becomes `Expired`.
    function executionWindow() external view returns (uint256);
}
