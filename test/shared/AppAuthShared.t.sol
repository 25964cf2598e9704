// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Test} from "forge-std/Test.sol";
import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";
import {AppAuthCore} from "../../contracts/AppAuthCore.sol";
import {IAppAuth} from "../../contracts/interfaces/IAppAuth.sol";
import {IAppAuthBasicManagement} from "../../contracts/interfaces/IAppAuthBasicManagement.sol";
import {IAppAuthEvents} from "../../contracts/interfaces/IAppAuthEvents.sol";
import {IAppAuthPolicy} from "../../contracts/interfaces/IAppAuthPolicy.sol";
import {IAppAuthNotice} from "../../contracts/interfaces/IAppAuthNotice.sol";
import {BootInfos} from "../utils/BootInfos.sol";

/// @notice Behaviour every AppAuth variant shares, written once. A variant's test contract inherits
/// this and implements the hooks; it then runs the whole suite (Sablier's concrete-test pattern).
///
/// Hooks a variant implements:
/// - {_deployApp}: deploy the variant with `policy` effective and return it;
/// - {_loosen}: make a loosening change effective through the variant's full path (instant for the
///   baseline; propose, wait, activate for the timelock; approvals or votes, then the notice period,
///   for governed variants);
/// - {_tighten}: make a tightening change effective through the variant's instant path;
/// - {_unauthorizedLoosen}: attempt a loosening as `attacker` and return whether it was refused;
/// - {_advertisesBasicManagement}: whether the variant promises instant management (ERC-165 0x8fd37527).
abstract contract AppAuthSharedTest is Test, IAppAuthEvents {
    using BootInfos for IAppAuth.AppBootInfo;

    /// @notice Tightening changes a variant must apply instantly.
    enum Tightening {
        RemoveComposeHash,
        RemoveDevice,
        DisallowAnyDevice,
        RequireTcbUpToDate
    }

    bytes32 internal constant HASH_V1 = keccak256("compose v1");
    bytes32 internal constant HASH_V2 = keccak256("compose v2");
    bytes32 internal constant DEVICE_1 = keccak256("device 1");
    bytes32 internal constant DEVICE_2 = keccak256("device 2");

    address internal attacker = makeAddr("attacker");

    IAppAuthPolicy internal app;

    function setUp() public virtual {
        app = _deployApp(_initialPolicy());
    }

    // ------------------------------------------------------------------ hooks

    function _deployApp(AppAuthCore.InitialPolicy memory policy) internal virtual returns (IAppAuthPolicy);

    function _loosen(IAppAuthNotice.ChangeKind kind, bytes32 value) internal virtual;

    function _tighten(Tightening change, bytes32 value) internal virtual;

    function _unauthorizedLoosen(address caller, IAppAuthNotice.ChangeKind kind, bytes32 value)
        internal
        virtual
        returns (bool refused);

    function _advertisesBasicManagement() internal pure virtual returns (bool);

    // ------------------------------------------------------------------ helpers

    function _initialPolicy() internal pure virtual returns (AppAuthCore.InitialPolicy memory policy) {
        policy.composeHashes = new bytes32[](1);
        policy.composeHashes[0] = HASH_V1;
        policy.deviceIds = new bytes32[](1);
        policy.deviceIds[0] = DEVICE_1;
    }

    /// @dev A well-formed boot of `app` at v1 on device 1 with an up-to-date TCB.
    function _boot() internal view returns (IAppAuth.AppBootInfo memory) {
        return BootInfos.upToDate(address(app), HASH_V1, DEVICE_1);
    }

    function _assertAllowed(IAppAuth.AppBootInfo memory bootInfo) internal view {
        (bool allowed, string memory reason) = app.isAppAllowed(bootInfo);
        assertTrue(allowed, reason);
        assertEq(reason, "");
    }

    function _assertDenied(IAppAuth.AppBootInfo memory bootInfo, string memory expectedReason) internal view {
        (bool allowed, string memory reason) = app.isAppAllowed(bootInfo);
        assertFalse(allowed, "boot allowed");
        assertEq(reason, expectedReason);
    }

    // ------------------------------------------------------------------ compatibility

    function test_interfaceIds_MatchDstack() public pure {
        assertEq(type(IAppAuth).interfaceId, bytes4(0x1e079198));
        assertEq(IAppAuth.isAppAllowed.selector, bytes4(0x1e079198));
        assertEq(type(IAppAuthBasicManagement).interfaceId, bytes4(0x8fd37527));
    }

    function test_supportsInterface_AnswersErc165() public view {
        assertTrue(IERC165(address(app)).supportsInterface(0x1e079198));
        assertTrue(IERC165(address(app)).supportsInterface(type(IERC165).interfaceId));
        assertTrue(IERC165(address(app)).supportsInterface(type(IAppAuthPolicy).interfaceId));
        assertEq(IERC165(address(app)).supportsInterface(0x8fd37527), _advertisesBasicManagement());
        assertFalse(IERC165(address(app)).supportsInterface(0xffffffff));
    }

    function test_isAppAllowed_AllowsInitialPolicy() public view {
        _assertAllowed(_boot());
        assertTrue(app.allowedComposeHashes(HASH_V1));
        assertTrue(app.allowedDeviceIds(DEVICE_1));
    }

    function test_isAppAllowed_DeniesUnknownComposeHash() public view {
        _assertDenied(_boot().withComposeHash(HASH_V2), "Compose hash not allowed");
    }

    function test_isAppAllowed_DeniesUnknownDevice() public view {
        _assertDenied(_boot().withDevice(DEVICE_2), "Device not allowed");
    }

    function test_isAppAllowed_DeniesOtherAppId() public view {
        _assertDenied(_boot().withAppId(address(0xBEEF)), "App ID mismatch");
    }

    function test_loosen_ComposeHashBecomesAllowed() public {
        _assertDenied(_boot().withComposeHash(HASH_V2), "Compose hash not allowed");
        _loosen(IAppAuthNotice.ChangeKind.ComposeHash, HASH_V2);
        assertTrue(app.allowedComposeHashes(HASH_V2));
        _assertAllowed(_boot().withComposeHash(HASH_V2));
    }

    function test_tighten_RemoveComposeHashIsInstantAndEmits() public {
        vm.expectEmit(address(app));
        emit ComposeHashRemoved(HASH_V1);
        _tighten(Tightening.RemoveComposeHash, HASH_V1);
        assertFalse(app.allowedComposeHashes(HASH_V1));
        _assertDenied(_boot(), "Compose hash not allowed");
    }

    function test_unauthorizedLoosen_IsRefused() public {
        assertTrue(_unauthorizedLoosen(attacker, IAppAuthNotice.ChangeKind.ComposeHash, HASH_V2));
        assertFalse(app.allowedComposeHashes(HASH_V2));
    }
}
