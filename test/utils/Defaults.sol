// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {AppAuthCore} from "../../contracts/AppAuthCore.sol";
import {IAppAuthNotice} from "../../contracts/interfaces/IAppAuthNotice.sol";

/// @notice The values and fixtures the tests share, declared once (as Sablier's `tests/utils/Defaults.sol`
/// and Uniswap v4's `test/utils/Constants.sol`). Test bases inherit this contract; a test file never
/// redeclares a value found here. A suite that needs other periods (the governed app, the invariant
/// campaigns) names its own, so that a reader sees at the declaration that they differ.
abstract contract Defaults {
    // ------------------------------------------------------------------ policy items

    bytes32 internal constant HASH_V1 = keccak256("compose v1");
    bytes32 internal constant HASH_V2 = keccak256("compose v2");
    bytes32 internal constant HASH_V3 = keccak256("compose v3");
    bytes32 internal constant HASH_V4 = keccak256("compose v4");
    bytes32 internal constant DEVICE_1 = keccak256("device 1");
    bytes32 internal constant DEVICE_2 = keccak256("device 2");
    bytes32 internal constant DEVICE_3 = keccak256("device 3");

    // ------------------------------------------------------------------ TEE vendors (the adapters' ids)

    bytes32 internal constant TDX = keccak256("intel-tdx");
    bytes32 internal constant SNP = keccak256("amd-sev-snp");
    bytes32 internal constant NITRO = keccak256("aws-nitro");

    // ------------------------------------------------------------------ notice-period variants

    uint256 internal constant NOTICE = 7 days;
    uint256 internal constant MIN_NOTICE = 3 days;
    uint256 internal constant GRACE = 7 days;

    // ------------------------------------------------------------------ dstack's reasons

    string internal constant TCB_REASON = "TCB status is not up to date";
    string internal constant COMPOSE_REASON = "Compose hash not allowed";
    string internal constant DEVICE_REASON = "Device not allowed";
    string internal constant APP_ID_REASON = "App ID mismatch";

    // ------------------------------------------------------------------ fixtures

    /// @dev The policy most tests start from: v1 on device 1, and an up-to-date TCB required (so that
    /// dropping the requirement is a loosening to test).
    function initialPolicy() internal pure returns (AppAuthCore.InitialPolicy memory policy) {
        policy = initialPolicyAnyTcb();
        policy.requireTcbUpToDate = true;
    }

    /// @dev v1 on device 1, whatever the TCB status.
    function initialPolicyAnyTcb() internal pure returns (AppAuthCore.InitialPolicy memory policy) {
        policy.composeHashes = new bytes32[](1);
        policy.composeHashes[0] = HASH_V1;
        policy.deviceIds = new bytes32[](1);
        policy.deviceIds[0] = DEVICE_1;
    }

    /// @dev v1 on any device, whatever the TCB status (the governed apps' starting point).
    function initialPolicyAnyDevice() internal pure returns (AppAuthCore.InitialPolicy memory policy) {
        policy.composeHashes = new bytes32[](1);
        policy.composeHashes[0] = HASH_V1;
        policy.allowAnyDevice = true;
    }

    /// @dev The controller's call that announces a loosening of `kind` with `value` and no URI.
    function announceCall(IAppAuthNotice.ChangeKind kind, bytes32 value) internal pure returns (bytes memory) {
        if (kind == IAppAuthNotice.ChangeKind.ComposeHash) {
            return abi.encodeWithSignature("proposeComposeHash(bytes32,string)", value, "");
        }
        if (kind == IAppAuthNotice.ChangeKind.Device) {
            return abi.encodeCall(IAppAuthNotice.proposeDevice, (value, ""));
        }
        if (kind == IAppAuthNotice.ChangeKind.AllowAnyDevice) {
            return abi.encodeCall(IAppAuthNotice.proposeAllowAnyDevice, (""));
        }
        if (kind == IAppAuthNotice.ChangeKind.TcbNotRequired) {
            return abi.encodeCall(IAppAuthNotice.proposeTcbNotRequired, (""));
        }
        if (kind == IAppAuthNotice.ChangeKind.NoticePeriod) {
            return abi.encodeCall(IAppAuthNotice.proposeNoticePeriod, (uint256(value), ""));
        }
        revert("Defaults: no announcement for this change kind");
    }

    /// @dev The controller's call that announces `composeHash` with no URI. `proposeComposeHash` is
    /// overloaded, so the selector is spelled out.
    function proposeComposeHashCall(bytes32 composeHash) internal pure returns (bytes memory) {
        return abi.encodeWithSignature("proposeComposeHash(bytes32)", composeHash);
    }
}

/// @notice The change id of announcing `composeHash`, as every notice-period variant derives it.
function composeHashId(bytes32 composeHash) pure returns (bytes32) {
    return keccak256(abi.encode(IAppAuthNotice.ChangeKind.ComposeHash, composeHash));
}
