// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title IDstackUpgradeEvents
/// @notice The lifecycle events upstream dstack's upgradeable DstackApp and DstackKms emit (from
/// OpenZeppelin's Initializable and ERC-1967, and DstackApp's own switch-off). None of this project's
/// contracts emits them; they are declared so that tools reading a stock dstack contract's history can
/// name them.
interface IDstackUpgradeEvents {
    /// @notice The proxy was initialised to `version` (OpenZeppelin Initializable, v5).
    event Initialized(uint64 version);

    /// @notice The proxy now runs `implementation` (ERC-1967).
    event Upgraded(address indexed implementation);

    /// @notice The app gave up upgrading for good.
    event UpgradesDisabled();
}
