// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title IDstackPolicyEvents
/// @notice Upstream dstack's additive audit event, emitted by its DstackApp and DstackKms beside their
/// older per-item events, so one log filter follows every policy change of an app or a KMS.
/// @dev `policy` is `keccak256` of a name: `"compose-hash"`, `"device"`, `"allow-any-device"`,
/// `"require-tcb-up-to-date"`, `"implementation-upgrade"` for an app; `"registered-app"`, `"os-image"`,
/// `"kms-device"`, `"kms-aggregated-mr"`, `"gateway-app-id"`, `"app-implementation"`, `"kms-info"` for a
/// KMS. `value` is the hash or id the change concerns (an address left-padded, a string's keccak256),
/// zero for the on/off switches; `enabled` is true when an item is added or a switch turned on.
interface IDstackPolicyEvents {
    /// @notice `actor` changed `policy` for `value`, effective from this block.
    event PolicyChanged(address indexed actor, bytes32 indexed policy, bytes32 indexed value, bool enabled);
}
