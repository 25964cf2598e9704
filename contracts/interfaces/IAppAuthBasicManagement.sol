// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IAppAuthEvents} from "./IAppAuthEvents.sol";

/// @title IAppAuthBasicManagement
/// @notice dstack's instant allow-list management. Advertising this interface (ERC-165 id
/// `0x8fd37527`) promises that each call takes effect on success, so only the Stage-0 baseline
/// advertises it; variants with a notice period emit the same events but not this id.
interface IAppAuthBasicManagement is IAppAuthEvents {
    /// @notice Allows a compose hash at once.
    function addComposeHash(bytes32 composeHash) external;

    /// @notice Disallows a compose hash at once.
    function removeComposeHash(bytes32 composeHash) external;

    /// @notice Allows a device at once.
    function addDevice(bytes32 deviceId) external;

    /// @notice Disallows a device at once.
    function removeDevice(bytes32 deviceId) external;
}
