// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Test} from "forge-std/Test.sol";
import {AppAuthCore} from "../../contracts/AppAuthCore.sol";
import {TimelockAppAuth} from "../../contracts/TimelockAppAuth.sol";
import {IAppAuth} from "../../contracts/interfaces/IAppAuth.sol";
import {IAppAuthEvents} from "../../contracts/interfaces/IAppAuthEvents.sol";
import {IAppAuthNotice} from "../../contracts/interfaces/IAppAuthNotice.sol";
import {IAppAuthPolicy} from "../../contracts/interfaces/IAppAuthPolicy.sol";
import {LocalKms} from "../../contracts/kms/LocalKms.sol";
import {BootInfos} from "../utils/BootInfos.sol";
import {Defaults} from "../utils/Defaults.sol";

/// @notice Several TEE instances of one app (same app id, same compose hash, so the same keys) booting
/// through the KMS: letting any device join is a loosening that waits the notice period; removing a
/// device or switching allow-any-device off refuses exactly the boots it concerns, in the same block.
contract MultiNodeTest is Test, Defaults {
    using BootInfos for IAppAuth.AppBootInfo;

    address internal owner = makeAddr("owner");
    LocalKms internal kms;
    TimelockAppAuth internal app;

    function setUp() public {
        vm.warp(1_700_000_000);
        kms = new LocalKms(address(this));
        kms.addOsImageHash(BootInfos.OS_IMAGE);

        AppAuthCore.InitialPolicy memory policy = initialPolicy();
        app = new TimelockAppAuth(owner, NOTICE, 3 days, 7 days, policy);
        kms.registerApp(address(app));
    }

    // ------------------------------------------------------------------ switching allow-any-device on

    /// @notice Two instances on different devices with one compose hash: the second joins only once
    /// allow-any-device has waited its notice period and been activated; then both boot.
    function test_allowAnyDevice_AdmitsBothNodesOnlyAfterNotice() public {
        IAppAuth.AppBootInfo memory nodeA = _node(0xA, DEVICE_1);
        IAppAuth.AppBootInfo memory nodeB = _node(0xB, DEVICE_2);
        _assertBoots(nodeA);
        _assertRefused(nodeB, "Device not allowed");

        vm.prank(owner);
        bytes32 id = app.proposeAllowAnyDevice("ipfs://multi-node");
        uint256 activatesAt = app.activatesAt(id);
        assertEq(activatesAt, block.timestamp + NOTICE);
        _assertRefused(nodeB, "Device not allowed");

        vm.warp(activatesAt - 1);
        _assertRefused(nodeB, "Device not allowed");
        vm.expectRevert(abi.encodeWithSelector(IAppAuthNotice.AppAuthNoticePeriodNotElapsed.selector, id, activatesAt));
        app.activate(id);
        assertFalse(app.allowAnyDevice());

        vm.warp(activatesAt);
        vm.expectEmit(address(app));
        emit IAppAuthPolicy.AllowAnyDeviceSet(true);
        app.activate(id);
        assertTrue(app.allowAnyDevice());
        _assertBoots(nodeA);
        _assertBoots(nodeB);
        assertEq(nodeA.composeHash, nodeB.composeHash);
        assertTrue(nodeA.instanceId != nodeB.instanceId);
    }

    /// @notice Allow-any-device opens the device check only: the compose hash and the TCB still decide.
    function test_allowAnyDevice_KeepsComposeHashAndTcbChecks() public {
        _switchAnyDeviceOn();
        _assertBoots(_node(0xB, DEVICE_2));
        _assertRefused(_node(0xB, DEVICE_2).withComposeHash(HASH_V2), "Compose hash not allowed");
        _assertRefused(_node(0xB, DEVICE_2).withTcbStatus("OutOfDate"), "TCB status is not up to date");
    }

    /// @notice Once on, an instance on any device at all boots the allowed compose hash.
    function testFuzz_allowAnyDevice_AdmitsAnyDevice(bytes32 deviceId, address instanceId) public {
        _switchAnyDeviceOn();
        IAppAuth.AppBootInfo memory node = _node(0, deviceId);
        node.instanceId = instanceId;
        _assertBoots(node);
    }

    /// @notice A cancelled proposal admits nobody, however long one waits.
    function test_allowAnyDevice_CancelledProposalAdmitsNobody() public {
        vm.startPrank(owner);
        bytes32 id = app.proposeAllowAnyDevice("");
        app.cancelProposal(id);
        vm.stopPrank();
        vm.warp(block.timestamp + NOTICE);
        vm.expectRevert(abi.encodeWithSelector(IAppAuthNotice.AppAuthChangeNotPending.selector, id));
        app.activate(id);
        _assertRefused(_node(0xB, DEVICE_2), "Device not allowed");
    }

    // ------------------------------------------------------------------ tightening: at once, matching boots only

    /// @notice With a device list, removing one device refuses the instance on it in the same block and
    /// leaves the other instance booting.
    function test_removeDevice_RefusesOnlyThatDeviceAtOnce() public {
        _addDevice(DEVICE_2);
        IAppAuth.AppBootInfo memory nodeA = _node(0xA, DEVICE_1);
        IAppAuth.AppBootInfo memory nodeB = _node(0xB, DEVICE_2);
        _assertBoots(nodeA);
        _assertBoots(nodeB);

        (uint256 blockNumber, uint256 timestamp) = (block.number, block.timestamp);
        vm.expectEmit(address(app));
        emit IAppAuthEvents.DeviceRemoved(DEVICE_2);
        vm.prank(owner);
        app.removeDevice(DEVICE_2);

        assertEq(block.number, blockNumber);
        assertEq(block.timestamp, timestamp);
        _assertRefused(nodeB, "Device not allowed");
        _assertBoots(nodeA);
    }

    /// @notice Switching allow-any-device off refuses, in the same block, exactly the instances on
    /// devices that are not listed; an instance on a listed device keeps booting.
    function test_disallowAnyDevice_RefusesOnlyUnlistedDevicesAtOnce() public {
        _switchAnyDeviceOn();
        IAppAuth.AppBootInfo memory nodeA = _node(0xA, DEVICE_1);
        IAppAuth.AppBootInfo memory nodeB = _node(0xB, DEVICE_2);
        IAppAuth.AppBootInfo memory nodeC = _node(0xC, DEVICE_3);
        _assertBoots(nodeA);
        _assertBoots(nodeB);
        _assertBoots(nodeC);

        (uint256 blockNumber, uint256 timestamp) = (block.number, block.timestamp);
        vm.expectEmit(address(app));
        emit IAppAuthPolicy.AllowAnyDeviceSet(false);
        vm.prank(owner);
        app.disallowAnyDevice();

        assertEq(block.number, blockNumber);
        assertEq(block.timestamp, timestamp);
        _assertBoots(nodeA);
        _assertRefused(nodeB, "Device not allowed");
        _assertRefused(nodeC, "Device not allowed");
    }

    /// @notice While any device may boot, the device list is not consulted, so removing a device refuses
    /// nobody; stopping one device takes switching allow-any-device off as well (both instant). This is
    /// DstackApp's rule, kept on purpose.
    function test_removeDevice_RefusesNobodyWhileAnyDeviceAllowed() public {
        _switchAnyDeviceOn();
        IAppAuth.AppBootInfo memory nodeA = _node(0xA, DEVICE_1);
        vm.prank(owner);
        app.removeDevice(DEVICE_1);
        _assertBoots(nodeA);

        vm.prank(owner);
        app.disallowAnyDevice();
        _assertRefused(nodeA, "Device not allowed");
    }

    /// @notice Switching allow-any-device back on after it was turned off waits the notice period again.
    function test_allowAnyDevice_ReenablingWaitsNoticeAgain() public {
        _switchAnyDeviceOn();
        vm.prank(owner);
        app.disallowAnyDevice();
        IAppAuth.AppBootInfo memory nodeB = _node(0xB, DEVICE_2);
        _assertRefused(nodeB, "Device not allowed");

        vm.prank(owner);
        bytes32 id = app.proposeAllowAnyDevice("");
        vm.warp(block.timestamp + NOTICE - 1);
        _assertRefused(nodeB, "Device not allowed");
        vm.warp(block.timestamp + 1);
        app.activate(id);
        _assertBoots(nodeB);
    }

    // ------------------------------------------------------------------ helpers

    function _node(uint160 instance, bytes32 deviceId) internal view returns (IAppAuth.AppBootInfo memory node) {
        node = BootInfos.upToDate(address(app), HASH_V1, deviceId);
        node.instanceId = address(instance);
    }

    function _switchAnyDeviceOn() internal {
        vm.prank(owner);
        bytes32 id = app.proposeAllowAnyDevice("");
        vm.warp(app.activatesAt(id));
        app.activate(id);
    }

    function _addDevice(bytes32 deviceId) internal {
        vm.prank(owner);
        bytes32 id = app.proposeDevice(deviceId, "");
        vm.warp(app.activatesAt(id));
        app.activate(id);
    }

    /// @dev The boot passes through the KMS, as the dstack KMS would check it, and the AppAuth agrees.
    function _assertBoots(IAppAuth.AppBootInfo memory node) internal view {
        (bool allowed, string memory reason) = kms.isAppAllowed(node);
        assertTrue(allowed, reason);
        assertEq(reason, "");
        (allowed,) = app.isAppAllowed(node);
        assertTrue(allowed);
    }

    function _assertRefused(IAppAuth.AppBootInfo memory node, string memory expectedReason) internal view {
        (bool allowed, string memory reason) = kms.isAppAllowed(node);
        assertFalse(allowed, "boot allowed");
        assertEq(reason, expectedReason);
    }
}
