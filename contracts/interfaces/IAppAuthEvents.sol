// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title IAppAuthEvents
/// @notice The allow-list events of dstack's `IAppAuthBasicManagement`, on their own so that a variant
/// whose additions are delayed can emit them without advertising the instant-management interface.
/// @dev Parameters are not indexed: indexers and verifiers built for DstackApp decode them from data.
interface IAppAuthEvents {
    /// @notice A compose hash became allowed, effective from this block.
    event ComposeHashAdded(bytes32 composeHash);

    /// @notice A compose hash stopped being allowed, effective from this block.
    event ComposeHashRemoved(bytes32 composeHash);

    /// @notice A device became allowed, effective from this block.
    event DeviceAdded(bytes32 deviceId);

    /// @notice A device stopped being allowed, effective from this block.
    event DeviceRemoved(bytes32 deviceId);
}
