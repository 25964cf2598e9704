// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Test, Vm} from "forge-std/Test.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";
import {AppAuthCore} from "../../contracts/AppAuthCore.sol";
import {BaselineAppAuth} from "../../contracts/BaselineAppAuth.sol";
import {TimelockAppAuth} from "../../contracts/TimelockAppAuth.sol";
import {IAppAuth} from "../../contracts/interfaces/IAppAuth.sol";
import {IDstackPolicyEvents} from "../../contracts/interfaces/external/IDstackPolicyEvents.sol";
import {LocalKms} from "../../contracts/kms/LocalKms.sol";
import {BootInfos} from "../utils/BootInfos.sol";
import {PermissiveAppAuth} from "../mocks/PermissiveAppAuth.sol";
import {RevertingAppAuth} from "../mocks/RevertingAppAuth.sol";
import {StatefulAppAuth} from "../mocks/StatefulAppAuth.sol";
import {Defaults, composeHashId} from "../utils/Defaults.sol";

/// @notice The local KMS behaves as DstackKms does where anyone can observe it: registration, OS
/// images, its reasons and their order, static forwarding to the app's own AppAuth (reasons and
/// reverts pass through), the gateway app id and the KMS's own boot check.
contract LocalKmsTest is Test, Defaults {
    using BootInfos for IAppAuth.AppBootInfo;
    bytes32 internal constant OS_IMAGE = BootInfos.OS_IMAGE;
    bytes32 internal constant MR_KMS = keccak256("mr aggregated");

    address internal kmsOwner = makeAddr("kms owner");
    address internal appOwner = makeAddr("app owner");
    address internal stranger = makeAddr("stranger");

    LocalKms internal kms;
    BaselineAppAuth internal baseline;
    TimelockAppAuth internal timelock;

    function setUp() public {
        vm.warp(1_750_000_000);
        kms = new LocalKms(kmsOwner);
        baseline = new BaselineAppAuth(appOwner, initialPolicy());
        timelock = new TimelockAppAuth(appOwner, 7 days, 3 days, 7 days, initialPolicy());
        kms.registerApp(address(baseline));
        kms.registerApp(address(timelock));
        vm.prank(kmsOwner);
        kms.addOsImageHash(OS_IMAGE);
    }


    function _boot(address appId) internal pure returns (IAppAuth.AppBootInfo memory) {
        return BootInfos.upToDate(appId, HASH_V1, DEVICE_1);
    }

    function _assertKms(
        IAppAuth.AppBootInfo memory bootInfo,
        bool expectedAllowed,
        string memory expectedReason
    ) internal view {
        (bool allowed, string memory reason) = kms.isAppAllowed(bootInfo);
        assertEq(allowed, expectedAllowed, reason);
        assertEq(reason, expectedReason);
    }

    // ------------------------------------------------------------------ registration

    function test_registerApp_IsPermissionlessAndEmits() public {
        address app = address(new PermissiveAppAuth());
        assertFalse(kms.registeredApps(app));
        vm.expectEmit(address(kms));
        emit LocalKms.AppRegistered(app);
        vm.prank(stranger);
        kms.registerApp(app);
        assertTrue(kms.registeredApps(app));
    }

    function test_registerApp_TwiceIsHarmless() public {
        kms.registerApp(address(baseline));
        assertTrue(kms.registeredApps(address(baseline)));
        _assertKms(_boot(address(baseline)), true, "");
    }

    function test_RevertWhen_RegisteringZeroAddress() public {
        vm.expectRevert(LocalKms.KmsInvalidAppId.selector);
        kms.registerApp(address(0));
    }

    // ------------------------------------------------------------------ OS images

    function test_addOsImageHash_IsOwnerOnlyAndEmits() public {
        bytes32 image = keccak256("os 2");
        vm.expectEmit(address(kms));
        emit LocalKms.OsImageHashAdded(image);
        vm.prank(kmsOwner);
        kms.addOsImageHash(image);
        assertTrue(kms.allowedOsImages(image));

        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, stranger));
        vm.prank(stranger);
        kms.addOsImageHash(keccak256("os 3"));
    }

    function test_removeOsImageHash_IsOwnerOnlyAndDeniesTheImage() public {
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, stranger));
        vm.prank(stranger);
        kms.removeOsImageHash(OS_IMAGE);

        vm.expectEmit(address(kms));
        emit LocalKms.OsImageHashRemoved(OS_IMAGE);
        vm.prank(kmsOwner);
        kms.removeOsImageHash(OS_IMAGE);
        assertFalse(kms.allowedOsImages(OS_IMAGE));
        _assertKms(_boot(address(baseline)), false, "OS image is not allowed");
    }

    // ------------------------------------------------------------------ isAppAllowed: the KMS's own checks

    function test_isAppAllowed_DeniesUnregisteredApp() public {
        BaselineAppAuth unregistered = new BaselineAppAuth(appOwner, initialPolicy());
        _assertKms(_boot(address(unregistered)), false, "App not registered");
    }

    function test_isAppAllowed_DeniesUnknownOsImage() public view {
        IAppAuth.AppBootInfo memory boot = _boot(address(baseline));
        boot.osImageHash = keccak256("unknown os");
        _assertKms(boot, false, "OS image is not allowed");
    }

    function test_isAppAllowed_ChecksRegistrationBeforeOsImage() public view {
        IAppAuth.AppBootInfo memory boot = _boot(address(0xC0FFEE));
        boot.osImageHash = keccak256("unknown os");
        _assertKms(boot, false, "App not registered");
    }

    function test_isAppAllowed_DeniesRegisteredAddressWithoutCode() public {
        address noCode = makeAddr("eoa app");
        kms.registerApp(noCode);
        _assertKms(_boot(noCode), false, "App not deployed or invalid address");
    }

    function test_isAppAllowed_ChecksOsImageBeforeCode() public {
        address noCode = makeAddr("eoa app");
        kms.registerApp(noCode);
        IAppAuth.AppBootInfo memory boot = _boot(noCode);
        boot.osImageHash = keccak256("unknown os");
        _assertKms(boot, false, "OS image is not allowed");
    }

    // ------------------------------------------------------------------ isAppAllowed: forwarding

    function test_isAppAllowed_ForwardsToBaseline() public {
        _assertKms(_boot(address(baseline)), true, "");
        _assertKms(_boot(address(baseline)).withComposeHash(HASH_V2), false, "Compose hash not allowed");
        _assertKms(_boot(address(baseline)).withDevice(DEVICE_2), false, "Device not allowed");
        _assertKms(_boot(address(baseline)).withTcbStatus("OutOfDate"), false, "TCB status is not up to date");

        vm.prank(appOwner);
        baseline.addComposeHash(HASH_V2);
        _assertKms(_boot(address(baseline)).withComposeHash(HASH_V2), true, "");
    }

    function test_isAppAllowed_ForwardsToTimelock() public {
        _assertKms(_boot(address(timelock)), true, "");
        _assertKms(_boot(address(timelock)).withDevice(DEVICE_2), false, "Device not allowed");
        _assertKms(_boot(address(timelock)).withTcbStatus("OutOfDate"), false, "TCB status is not up to date");

        // A proposed hash is denied through the KMS until it is activated.
        vm.prank(appOwner);
        timelock.proposeComposeHash(HASH_V2);
        IAppAuth.AppBootInfo memory v2 = _boot(address(timelock)).withComposeHash(HASH_V2);
        vm.warp(timelock.activatesAt(composeHashId(HASH_V2)) - 1);
        _assertKms(v2, false, "Compose hash not allowed");
        vm.warp(timelock.activatesAt(composeHashId(HASH_V2)));
        timelock.activateComposeHash(HASH_V2);
        _assertKms(v2, true, "");
    }

    function test_isAppAllowed_ForwardsTheBootUnchanged() public {
        // The AppAuth checks that the boot names it: the KMS must pass the app id through as given.
        _assertKms(_boot(address(timelock)), true, "");
        _assertKms(_boot(address(baseline)), true, "");
        // Another app's boot is judged by that other app, never by whichever app happens to allow it.
        vm.prank(appOwner);
        timelock.removeComposeHash(HASH_V1);
        _assertKms(_boot(address(timelock)), false, "Compose hash not allowed");
        _assertKms(_boot(address(baseline)), true, "");
    }

    function test_RevertWhen_AppAuthReverts() public {
        RevertingAppAuth broken = new RevertingAppAuth();
        kms.registerApp(address(broken));
        vm.expectRevert(RevertingAppAuth.RevertingAppAuthBroken.selector);
        kms.isAppAllowed(_boot(address(broken)));
    }

    function test_RevertWhen_AppAuthWritesState() public {
        // The KMS calls the AppAuth statically, so an AppAuth cannot change state while answering.
        StatefulAppAuth stateful = new StatefulAppAuth();
        kms.registerApp(address(stateful));
        vm.expectRevert();
        kms.isAppAllowed(_boot(address(stateful)));
    }

    // ------------------------------------------------------------------ gateway and implementation

    function test_setGatewayAppId_IsOwnerOnlyAndEmits() public {
        assertEq(kms.gatewayAppId(), "");
        vm.expectEmit(address(kms));
        emit LocalKms.GatewayAppIdSet("0x1234abcd");
        vm.prank(kmsOwner);
        kms.setGatewayAppId("0x1234abcd");
        assertEq(kms.gatewayAppId(), "0x1234abcd");

        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, stranger));
        vm.prank(stranger);
        kms.setGatewayAppId("evil");
        assertEq(kms.gatewayAppId(), "0x1234abcd");
    }

    function test_setAppImplementation_IsOwnerOnlyAndEmits() public {
        assertEq(kms.appImplementation(), address(0));
        vm.expectEmit(address(kms));
        emit LocalKms.AppImplementationSet(address(timelock));
        vm.prank(kmsOwner);
        kms.setAppImplementation(address(timelock));
        assertEq(kms.appImplementation(), address(timelock));

        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, stranger));
        vm.prank(stranger);
        kms.setAppImplementation(stranger);
    }

    // ------------------------------------------------------------------ isKmsAllowed

    function test_isKmsAllowed_AllowsAKnownKms() public {
        _allowKms();
        (bool allowed, string memory reason) = kms.isKmsAllowed(_boot(address(0)));
        assertTrue(allowed, reason);
        assertEq(reason, "");
    }

    function test_isKmsAllowed_DeniesEachFailureInOrder() public {
        _allowKms();
        IAppAuth.AppBootInfo memory boot = _boot(address(0));
        boot.tcbStatus = "OutOfDate";
        boot.osImageHash = keccak256("unknown os");
        boot.mrAggregated = keccak256("unknown mr");
        boot.deviceId = DEVICE_2;
        _assertKmsBoot(boot, "TCB status is not up to date");
        boot.tcbStatus = "UpToDate";
        _assertKmsBoot(boot, "OS image is not allowed");
        boot.osImageHash = OS_IMAGE;
        _assertKmsBoot(boot, "Aggregated MR not allowed");
        boot.mrAggregated = MR_KMS;
        _assertKmsBoot(boot, "KMS is not allowed to boot on this device");
        boot.deviceId = DEVICE_1;
        (bool allowed,) = kms.isKmsAllowed(boot);
        assertTrue(allowed);
    }

    function test_kmsAllowLists_AreOwnerOnlyAndRemovable() public {
        vm.startPrank(stranger);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, stranger));
        kms.addKmsAggregatedMr(MR_KMS);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, stranger));
        kms.addKmsDevice(DEVICE_1);
        vm.stopPrank();

        _allowKms();
        vm.startPrank(kmsOwner);
        vm.expectEmit(address(kms));
        emit LocalKms.KmsAggregatedMrRemoved(MR_KMS);
        kms.removeKmsAggregatedMr(MR_KMS);
        vm.expectEmit(address(kms));
        emit LocalKms.KmsDeviceRemoved(DEVICE_1);
        kms.removeKmsDevice(DEVICE_1);
        vm.stopPrank();
        assertFalse(kms.kmsAllowedAggregatedMrs(MR_KMS));
        assertFalse(kms.kmsAllowedDeviceIds(DEVICE_1));
        _assertKmsBoot(_boot(address(0)), "Aggregated MR not allowed");
    }

    // ------------------------------------------------------------------ upstream's PolicyChanged

    function test_everyPolicyChange_EmitsPolicyChanged() public {
        address app = makeAddr("app");
        address implementation = makeAddr("implementation");
        bytes32 image = keccak256("os image 2");
        vm.recordLogs();
        vm.prank(stranger);
        kms.registerApp(app);
        vm.startPrank(kmsOwner);
        kms.addOsImageHash(image);
        kms.removeOsImageHash(image);
        kms.addKmsAggregatedMr(MR_KMS);
        kms.removeKmsAggregatedMr(MR_KMS);
        kms.addKmsDevice(DEVICE_2);
        kms.removeKmsDevice(DEVICE_2);
        kms.setGatewayAppId("gateway");
        kms.setAppImplementation(implementation);
        vm.stopPrank();
        Vm.Log[] memory logs = vm.getRecordedLogs();

        uint256 n;
        n = _expectPolicy(logs, n, stranger, "registered-app", bytes32(uint256(uint160(app))), true);
        n = _expectPolicy(logs, n, kmsOwner, "os-image", image, true);
        n = _expectPolicy(logs, n, kmsOwner, "os-image", image, false);
        n = _expectPolicy(logs, n, kmsOwner, "kms-aggregated-mr", MR_KMS, true);
        n = _expectPolicy(logs, n, kmsOwner, "kms-aggregated-mr", MR_KMS, false);
        n = _expectPolicy(logs, n, kmsOwner, "kms-device", DEVICE_2, true);
        n = _expectPolicy(logs, n, kmsOwner, "kms-device", DEVICE_2, false);
        n = _expectPolicy(logs, n, kmsOwner, "gateway-app-id", keccak256("gateway"), true);
        n = _expectPolicy(logs, n, kmsOwner, "app-implementation", bytes32(uint256(uint160(implementation))), true);
        assertEq(n, 9);
    }

    /// @dev Checks that the next PolicyChanged in `logs` from index `from` on is the one described, and
    /// returns how many have been checked.
    function _expectPolicy(
        Vm.Log[] memory logs,
        uint256 checked,
        address actor,
        string memory name,
        bytes32 value,
        bool enabled
    ) private view returns (uint256) {
        uint256 seen;
        for (uint256 i; i < logs.length; ++i) {
            if (logs[i].emitter != address(kms)) continue;
            if (logs[i].topics[0] != IDstackPolicyEvents.PolicyChanged.selector) continue;
            if (seen++ < checked) continue;
            assertEq(logs[i].topics[1], bytes32(uint256(uint160(actor))), name);
            assertEq(logs[i].topics[2], keccak256(bytes(name)), name);
            assertEq(logs[i].topics[3], value, name);
            assertEq(abi.decode(logs[i].data, (bool)), enabled, name);
            return checked + 1;
        }
        revert(string.concat("no PolicyChanged for ", name));
    }

    function test_supportsInterface_AnswersIAppAuth() public view {
        assertTrue(kms.supportsInterface(type(IAppAuth).interfaceId));
        assertTrue(kms.supportsInterface(type(IERC165).interfaceId));
        assertFalse(kms.supportsInterface(0xffffffff));
    }

    function _allowKms() internal {
        vm.startPrank(kmsOwner);
        vm.expectEmit(address(kms));
        emit LocalKms.KmsAggregatedMrAdded(MR_KMS);
        kms.addKmsAggregatedMr(MR_KMS);
        vm.expectEmit(address(kms));
        emit LocalKms.KmsDeviceAdded(DEVICE_1);
        kms.addKmsDevice(DEVICE_1);
        vm.stopPrank();
        assertTrue(kms.kmsAllowedAggregatedMrs(MR_KMS));
        assertTrue(kms.kmsAllowedDeviceIds(DEVICE_1));
    }

    function _assertKmsBoot(IAppAuth.AppBootInfo memory bootInfo, string memory expectedReason)
        internal
        view
    {
        (bool allowed, string memory reason) = kms.isKmsAllowed(bootInfo);
        assertFalse(allowed);
        assertEq(reason, expectedReason);
    }
}
