// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title IAppAuthOwnable
/// @notice Single-owner control where handing over control is itself announced: the new owner can
/// accept only after the notice period, inside the change's activation window (A6, controller swap).
/// Event names follow OpenZeppelin's Ownable2Step so that existing tools recognise them.
interface IAppAuthOwnable {
    /// @notice `newOwner` was nominated; it may accept once the notice period has elapsed.
    event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner);

    /// @notice Control passed from `previousOwner` to `newOwner` (zero when renounced).
    event OwnershipTransferred(address indexed previousOwner, address indexed newOwner);

    /// @notice The caller may not do this.
    error AppAuthUnauthorized(address caller);

    /// @notice The address that controls the policy, or zero once renounced.
    function owner() external view returns (address);

    /// @notice The nominated owner, or zero.
    function pendingOwner() external view returns (address);

    /// @notice Nominates `newOwner`, replacing any earlier nomination; the hand-over waits the notice period.
    function transferOwnership(address newOwner) external;

    /// @notice Called by the nominee inside the activation window to take control.
    function acceptOwnership() external;

    /// @notice Gives up control for good. Withdraws every pending change first (the nomination
    /// included): once nobody can cancel or remove, a change still pending could never be undone.
    function renounceOwnership() external;
}
