// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IAppAuth} from "./IAppAuth.sol";
import {IAppAuthEvents} from "./IAppAuthEvents.sol";
import {IAppAuthNotice} from "./IAppAuthNotice.sol";
import {IDstackPolicyEvents} from "./external/IDstackPolicyEvents.sol";

/// @title IAppAuthPolicy
/// @notice The boot policy every variant holds: allowed compose hashes and devices, the
/// allow-any-device switch and the TCB requirement. Views and events keep DstackApp's names so that
/// tools written for DstackApp read every variant; upstream's additive `PolicyChanged` accompanies
/// each of the events below.
interface IAppAuthPolicy is IAppAuth, IAppAuthEvents, IDstackPolicyEvents {
    /// @notice The allow-any-device switch changed, effective from this block.
    event AllowAnyDeviceSet(bool allowAny);

    /// @notice The TCB requirement changed, effective from this block.
    event RequireTcbUpToDateSet(bool requireUpToDate);

    /// @notice A policy item that must be non-zero was zero.
    error AppAuthZeroValue();

    /// @notice The change would leave the policy as it is.
    /// @param kind The kind of change. An enum is `uint8` in the ABI signature, so the selector is that
    /// of `AppAuthNoOp(uint8,bytes32)`; the ABI's `internalType` names the enum for decoders.
    /// @param value The value of the change.
    error AppAuthNoOp(IAppAuthNotice.ChangeKind kind, bytes32 value);

    /// @notice True exactly while `composeHash` is effective.
    function allowedComposeHashes(bytes32 composeHash) external view returns (bool);

    /// @notice True exactly while `deviceId` is effective.
    function allowedDeviceIds(bytes32 deviceId) external view returns (bool);

    /// @notice True while any device may boot an allowed compose hash.
    function allowAnyDevice() external view returns (bool);

    /// @notice True while boots must report the TCB status "UpToDate".
    function requireTcbUpToDate() external view returns (bool);
}
