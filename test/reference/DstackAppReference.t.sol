// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {ERC1967Proxy} from "@openzeppelin/contracts/proxy/ERC1967/ERC1967Proxy.sol";
import {ERC1967Utils} from "@openzeppelin/contracts/proxy/ERC1967/ERC1967Utils.sol";
import {OwnableUpgradeable} from "@openzeppelin/contracts-upgradeable/access/OwnableUpgradeable.sol";
import {Initializable} from "@openzeppelin/contracts-upgradeable/proxy/utils/Initializable.sol";
import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";
import {IAppAuth} from "../../contracts/interfaces/IAppAuth.sol";
import {IAppAuthEvents} from "../../contracts/interfaces/IAppAuthEvents.sol";
import {DstackAppReference} from "./DstackAppReference.sol";
import {AppAuthAssertions} from "../utils/AppAuthAssertions.sol";
import {BootInfos} from "../utils/BootInfos.sol";

/// @notice The reference behaves as a stock DstackApp: every change is instant, upgrades are open until
/// disabled. These tests pin that behaviour, since the auditor and the gas calibration rely on it.
contract DstackAppReferenceTest is AppAuthAssertions, IAppAuthEvents {
    using BootInfos for IAppAuth.AppBootInfo;

    address internal owner = makeAddr("owner");
    address internal attacker = makeAddr("attacker");

    DstackAppReference internal app;

    function setUp() public {
        app = _deploy(false, false, false, DEVICE_1, HASH_V1);
    }

    function test_initialize_SetsPolicyAndOwner() external view {
        assertEq(app.owner(), owner);
        assertTrue(app.allowedComposeHashes(HASH_V1));
        assertTrue(app.allowedDeviceIds(DEVICE_1));
        assertFalse(app.allowAnyDevice());
        assertFalse(app.requireTcbUpToDate());
    }

    function test_initialize_SkipsZeroItems() external {
        DstackAppReference empty = _deploy(false, true, true, bytes32(0), bytes32(0));
        assertFalse(empty.allowedComposeHashes(bytes32(0)));
        assertFalse(empty.allowedDeviceIds(bytes32(0)));
        assertTrue(empty.allowAnyDevice());
        assertTrue(empty.requireTcbUpToDate());
    }

    function test_RevertWhen_InitializedTwice() external {
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        app.initialize(attacker, false, false, true, DEVICE_2, HASH_V2);
    }

    function test_isAppAllowed_AllowsAllowedBoot() external view {
        (bool allowed, string memory reason) = app.isAppAllowed(_boot(HASH_V1, DEVICE_1));
        assertTrue(allowed);
        assertEq(reason, "");
    }

    function test_isAppAllowed_DeniesWithDstackReasons() external {
        _assertDenied(_boot(HASH_V2, DEVICE_1), "Compose hash not allowed");
        _assertDenied(_boot(HASH_V1, DEVICE_2), "Device not allowed");
        vm.prank(owner);
        app.setRequireTcbUpToDate(true);
        _assertDenied(_boot(HASH_V1, DEVICE_1).withTcbStatus("OutOfDate"), "TCB status is not up to date");
    }

    function test_setAllowAnyDevice_AllowsEveryDeviceAtOnce() external {
        vm.expectEmit(address(app));
        emit DstackAppReference.AllowAnyDeviceSet(true);
        vm.prank(owner);
        app.setAllowAnyDevice(true);
        (bool allowed,) = app.isAppAllowed(_boot(HASH_V1, DEVICE_2));
        assertTrue(allowed);
    }

    function test_setRequireTcbUpToDate_EmitsEvent() external {
        vm.expectEmit(address(app));
        emit DstackAppReference.RequireTcbUpToDateSet(true);
        vm.prank(owner);
        app.setRequireTcbUpToDate(true);
        assertTrue(app.requireTcbUpToDate());
    }

    function test_addComposeHash_TakesEffectAtOnce() external {
        vm.expectEmit(address(app));
        emit ComposeHashAdded(HASH_V2);
        vm.prank(owner);
        app.addComposeHash(HASH_V2);
        (bool allowed,) = app.isAppAllowed(_boot(HASH_V2, DEVICE_1));
        assertTrue(allowed);
    }

    function test_removeComposeHash_TakesEffectAtOnce() external {
        vm.expectEmit(address(app));
        emit ComposeHashRemoved(HASH_V1);
        vm.prank(owner);
        app.removeComposeHash(HASH_V1);
        _assertDenied(_boot(HASH_V1, DEVICE_1), "Compose hash not allowed");
    }

    function test_addDevice_TakesEffectAtOnce() external {
        vm.expectEmit(address(app));
        emit DeviceAdded(DEVICE_2);
        vm.prank(owner);
        app.addDevice(DEVICE_2);
        assertTrue(app.allowedDeviceIds(DEVICE_2));
    }

    function test_removeDevice_TakesEffectAtOnce() external {
        vm.expectEmit(address(app));
        emit DeviceRemoved(DEVICE_1);
        vm.prank(owner);
        app.removeDevice(DEVICE_1);
        _assertDenied(_boot(HASH_V1, DEVICE_1), "Device not allowed");
    }

    function test_RevertWhen_NotOwnerChangesPolicy() external {
        bytes memory unauthorized =
            abi.encodeWithSelector(OwnableUpgradeable.OwnableUnauthorizedAccount.selector, attacker);
        vm.startPrank(attacker);
        vm.expectRevert(unauthorized);
        app.addComposeHash(HASH_V2);
        vm.expectRevert(unauthorized);
        app.addDevice(DEVICE_2);
        vm.expectRevert(unauthorized);
        app.setAllowAnyDevice(true);
        vm.expectRevert(unauthorized);
        app.disableUpgrades();
        vm.stopPrank();
    }

    function test_upgradeToAndCall_SwapsImplementationAtOnce() external {
        address permissive = address(new PermissiveApp());
        vm.prank(owner);
        app.upgradeToAndCall(permissive, "");
        assertEq(
            address(uint160(uint256(vm.load(address(app), ERC1967Utils.IMPLEMENTATION_SLOT)))), permissive
        );
        (bool allowed,) = app.isAppAllowed(_boot(keccak256("anything"), keccak256("anywhere")));
        assertTrue(allowed, "the A2 rug path must be open on a stock DstackApp");
    }

    function test_RevertWhen_UpgradingAfterDisableUpgrades() external {
        address permissive = address(new PermissiveApp());
        vm.expectEmit(address(app));
        emit DstackAppReference.UpgradesDisabled();
        vm.startPrank(owner);
        app.disableUpgrades();
        vm.expectRevert(DstackAppReference.DstackAppReferenceUpgradesDisabled.selector);
        app.upgradeToAndCall(permissive, "");
        vm.stopPrank();
    }

    function test_RevertWhen_InitializedWithUpgradesDisabledThenUpgraded() external {
        DstackAppReference locked = _deploy(true, false, false, DEVICE_1, HASH_V1);
        address permissive = address(new PermissiveApp());
        vm.prank(owner);
        vm.expectRevert(DstackAppReference.DstackAppReferenceUpgradesDisabled.selector);
        locked.upgradeToAndCall(permissive, "");
    }

    function test_supportsInterface_AnswersDstackIds() external view {
        assertTrue(app.supportsInterface(0x1e079198), "IAppAuth");
        assertTrue(app.supportsInterface(0x8fd37527), "IAppAuthBasicManagement");
        assertTrue(app.supportsInterface(type(IERC165).interfaceId), "IERC165");
        assertFalse(app.supportsInterface(0xffffffff));
    }

    function _deploy(
        bool disableUpgrades,
        bool requireTcb,
        bool allowAny,
        bytes32 deviceId,
        bytes32 composeHash
    ) internal returns (DstackAppReference) {
        bytes memory init = abi.encodeCall(
            DstackAppReference.initialize,
            (owner, disableUpgrades, requireTcb, allowAny, deviceId, composeHash)
        );
        return DstackAppReference(address(new ERC1967Proxy(address(new DstackAppReference()), init)));
    }

    function _boot(bytes32 composeHash, bytes32 deviceId)
        internal
        view
        returns (IAppAuth.AppBootInfo memory)
    {
        return BootInfos.upToDate(address(app), composeHash, deviceId);
    }

    function _appUnderTest() internal view override returns (address) {
        return address(app);
    }
}

/// @dev What a rugging owner would upgrade to: allows every boot.
contract PermissiveApp {
    function proxiableUUID() external pure returns (bytes32) {
        return ERC1967Utils.IMPLEMENTATION_SLOT;
    }

    function isAppAllowed(IAppAuth.AppBootInfo calldata) external pure returns (bool, string memory) {
        return (true, "");
    }
}
