// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";

/// @title IAppAuth
/// @notice The interface the dstack KMS calls before it releases an app's keys. Layout, names and
/// return shape are fixed by dstack: `DstackKms.isAppAllowed` forwards the boot info unchanged to
/// `IAppAuth(bootInfo.appId).isAppAllowed` with a static call.
/// @dev ERC-165 interface id `0x1e079198` (the selector of `isAppAllowed`).
interface IAppAuth is IERC165 {
    /// @notice What the KMS learned from the booting instance's attestation.
    /// @param appId The app id; by dstack convention the AppAuth contract's own address.
    /// @param composeHash sha256 of the app-compose.json the instance booted.
    /// @param instanceId The instance's id, or zero for a fresh instance.
    /// @param deviceId The TEE device id.
    /// @param mrAggregated Aggregated measurement of the whole boot chain.
    /// @param mrSystem Measurement of the system part of the boot chain.
    /// @param osImageHash The dstack OS image hash (checked by the KMS, not by the AppAuth).
    /// @param tcbStatus The platform's TCB status as the quote verifier reports it, e.g. "UpToDate".
    /// @param advisoryIds Security advisories that apply to the platform.
    struct AppBootInfo {
        address appId;
        bytes32 composeHash;
        address instanceId;
        bytes32 deviceId;
        bytes32 mrAggregated;
        bytes32 mrSystem;
        bytes32 osImageHash;
        string tcbStatus;
        string[] advisoryIds;
    }

    /// @notice Whether the KMS may release the app's keys to this boot.
    /// @dev Must not revert on well-formed input: a revert is a denial the KMS cannot explain.
    /// @param bootInfo The boot to judge.
    /// @return isAllowed True when the boot is allowed.
    /// @return reason Empty when allowed, otherwise why the boot was denied.
    function isAppAllowed(AppBootInfo calldata bootInfo) external view returns (bool isAllowed, string memory reason);
}
