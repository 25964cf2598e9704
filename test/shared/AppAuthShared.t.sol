// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Test, Vm} from "forge-std/Test.sol";
import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";
import {AppAuthCore} from "../../contracts/AppAuthCore.sol";
import {IAppAuth} from "../../contracts/interfaces/IAppAuth.sol";
import {IAppAuthBasicManagement} from "../../contracts/interfaces/IAppAuthBasicManagement.sol";
import {IAppAuthEvents} from "../../contracts/interfaces/IAppAuthEvents.sol";
import {IAppAuthPolicy} from "../../contracts/interfaces/IAppAuthPolicy.sol";
import {IAppAuthNotice} from "../../contracts/interfaces/IAppAuthNotice.sol";
import {IDstackPolicyEvents} from "../../contracts/interfaces/external/IDstackPolicyEvents.sol";
import {AppAuthAssertions} from "../utils/AppAuthAssertions.sol";
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
///
/// Hooks with a default a variant may override:
/// - {_unauthorizedTighten}: attempt a tightening as `caller` and return whether it was refused. The
///   default calls {IAppAuthNotice}'s tightening functions, which every variant with a notice period has.
abstract contract AppAuthSharedTest is AppAuthAssertions, IAppAuthEvents {
    using BootInfos for IAppAuth.AppBootInfo;

    /// @notice Tightening changes a variant must apply instantly.
    enum Tightening {
        RemoveComposeHash,
        RemoveDevice,
        DisallowAnyDevice,
        RequireTcbUpToDate
    }

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

    function _unauthorizedTighten(address caller, Tightening change, bytes32 value)
        internal
        virtual
        returns (bool refused)
    {
        bytes memory data;
        if (change == Tightening.RemoveComposeHash) {
            data = abi.encodeCall(IAppAuthNotice.removeComposeHash, (value));
        } else if (change == Tightening.RemoveDevice) {
            data = abi.encodeCall(IAppAuthNotice.removeDevice, (value));
        } else if (change == Tightening.DisallowAnyDevice) {
            data = abi.encodeCall(IAppAuthNotice.disallowAnyDevice, ());
        } else {
            data = abi.encodeCall(IAppAuthNotice.requireUpToDateTcb, ());
        }
        vm.prank(caller);
        (bool success,) = address(app).call(data);
        return !success;
    }

    // ------------------------------------------------------------------ external wrappers (for try/catch)

    /// @dev Lets a test observe a revert anywhere in a variant's multi-step loosening path.
    function loosenExternally(IAppAuthNotice.ChangeKind kind, bytes32 value) external {
        _loosen(kind, value);
    }

    /// @dev Lets a test observe a revert anywhere in a variant's deployment.
    function deployAppExternally(AppAuthCore.InitialPolicy memory policy) external returns (IAppAuthPolicy) {
        return _deployApp(policy);
    }

    // ------------------------------------------------------------------ helpers

    function _initialPolicy() internal pure virtual returns (AppAuthCore.InitialPolicy memory policy) {
        return initialPolicyAnyTcb();
    }

    function _appUnderTest() internal view override returns (address) {
        return address(app);
    }

    /// @dev The reason the core checks give for `bootInfo`, in dstack's order, or "" when they pass.
    function _expectedCoreReason(IAppAuth.AppBootInfo memory bootInfo) internal view returns (string memory) {
        if (bootInfo.appId != address(app)) return APP_ID_REASON;
        if (app.requireTcbUpToDate() && keccak256(bytes(bootInfo.tcbStatus)) != keccak256("UpToDate")) {
            return TCB_REASON;
        }
        if (!app.allowedComposeHashes(bootInfo.composeHash)) return COMPOSE_REASON;
        if (!app.allowAnyDevice() && !app.allowedDeviceIds(bootInfo.deviceId)) return DEVICE_REASON;
        return "";
    }

    /// @dev How many logs `emitter` wrote with `topic0` and exactly `data`, failing the test if any of them
    /// has an indexed parameter (DstackApp's allow-list events index nothing).
    function _countLogs(Vm.Log[] memory logs, address emitter, bytes32 topic0, bytes memory data)
        internal
        pure
        returns (uint256 count)
    {
        for (uint256 i; i < logs.length; ++i) {
            if (logs[i].emitter != emitter || logs[i].topics.length == 0 || logs[i].topics[0] != topic0) {
                continue;
            }
            assertEq(logs[i].topics.length, 1, "event parameter is indexed");
            if (keccak256(logs[i].data) == keccak256(data)) ++count;
        }
    }

    /// @dev How many logs `emitter` wrote with `topic0`, whatever their data.
    function _countTopic(Vm.Log[] memory logs, address emitter, bytes32 topic0)
        internal
        pure
        returns (uint256 count)
    {
        for (uint256 i; i < logs.length; ++i) {
            if (logs[i].emitter == emitter && logs[i].topics.length > 0 && logs[i].topics[0] == topic0) {
                ++count;
            }
        }
    }

    function _countFrom(Vm.Log[] memory logs, address emitter) internal pure returns (uint256 count) {
        for (uint256 i; i < logs.length; ++i) {
            if (logs[i].emitter == emitter) ++count;
        }
    }

    function _tightenTcb() internal {
        _tighten(Tightening.RequireTcbUpToDate, bytes32(0));
        assertTrue(app.requireTcbUpToDate());
    }

    // ------------------------------------------------------------------ compatibility (A9)

    function test_interfaceIds_MatchDstack() public pure {
        assertEq(type(IAppAuth).interfaceId, bytes4(0x1e079198));
        assertEq(IAppAuth.isAppAllowed.selector, bytes4(0x1e079198));
        assertEq(type(IAppAuthBasicManagement).interfaceId, bytes4(0x8fd37527));
    }

    function test_isAppAllowed_SelectorEncodesDstackStructLayout() public pure {
        // The selector pins the field types in dstack's order; a reordered struct changes it.
        bytes4 selector = bytes4(
            keccak256(
                "isAppAllowed((address,bytes32,address,bytes32,bytes32,bytes32,bytes32,string,string[]))"
            )
        );
        assertEq(IAppAuth.isAppAllowed.selector, selector);
    }

    function test_isAppAllowed_DecodesFieldsInDstackOrder() public view {
        // Encode by hand, field by field in dstack's order, and check the contract reads the same boot.
        IAppAuth.AppBootInfo memory boot = _boot();
        // A single struct argument is encoded as one offset word, then the struct as a tuple.
        bytes memory tuple = abi.encode(
            boot.appId,
            boot.composeHash,
            boot.instanceId,
            boot.deviceId,
            boot.mrAggregated,
            boot.mrSystem,
            boot.osImageHash,
            boot.tcbStatus,
            boot.advisoryIds
        );
        bytes memory byHand = abi.encodePacked(bytes4(0x1e079198), uint256(0x20), tuple);
        assertEq(byHand, abi.encodeCall(IAppAuth.isAppAllowed, (boot)));
        (bool success, bytes memory returned) = address(app).staticcall(byHand);
        assertTrue(success);
        (bool allowed, string memory reason) = abi.decode(returned, (bool, string));
        assertTrue(allowed, reason);
    }

    function test_supportsInterface_AnswersErc165() public view {
        assertTrue(IERC165(address(app)).supportsInterface(0x1e079198));
        assertTrue(IERC165(address(app)).supportsInterface(type(IERC165).interfaceId));
        assertTrue(IERC165(address(app)).supportsInterface(type(IAppAuthPolicy).interfaceId));
        assertEq(IERC165(address(app)).supportsInterface(0x8fd37527), _advertisesBasicManagement());
        assertFalse(IERC165(address(app)).supportsInterface(0xffffffff));
    }

    function test_eventSignatures_MatchDstackApp() public pure {
        assertEq(ComposeHashAdded.selector, keccak256("ComposeHashAdded(bytes32)"));
        assertEq(ComposeHashRemoved.selector, keccak256("ComposeHashRemoved(bytes32)"));
        assertEq(DeviceAdded.selector, keccak256("DeviceAdded(bytes32)"));
        assertEq(DeviceRemoved.selector, keccak256("DeviceRemoved(bytes32)"));
        assertEq(IAppAuthPolicy.AllowAnyDeviceSet.selector, keccak256("AllowAnyDeviceSet(bool)"));
        assertEq(IAppAuthPolicy.RequireTcbUpToDateSet.selector, keccak256("RequireTcbUpToDateSet(bool)"));
    }

    // ------------------------------------------------------------------ initial policy

    function test_isAppAllowed_AllowsInitialPolicy() public view {
        _assertAllowed(_boot());
        assertTrue(app.allowedComposeHashes(HASH_V1));
        assertTrue(app.allowedDeviceIds(DEVICE_1));
        assertFalse(app.allowAnyDevice());
        assertFalse(app.requireTcbUpToDate());
    }

    function test_deployApp_EmitsInitialPolicyEvents() public {
        AppAuthCore.InitialPolicy memory policy = _initialPolicy();
        policy.requireTcbUpToDate = true;
        policy.allowAnyDevice = true;
        vm.recordLogs();
        IAppAuthPolicy fresh = _deployApp(policy);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        assertEq(_countLogs(logs, address(fresh), ComposeHashAdded.selector, abi.encode(HASH_V1)), 1);
        assertEq(_countLogs(logs, address(fresh), DeviceAdded.selector, abi.encode(DEVICE_1)), 1);
        assertEq(
            _countLogs(logs, address(fresh), IAppAuthPolicy.AllowAnyDeviceSet.selector, abi.encode(true)), 1
        );
        assertEq(
            _countLogs(logs, address(fresh), IAppAuthPolicy.RequireTcbUpToDateSet.selector, abi.encode(true)),
            1
        );
        assertTrue(fresh.allowAnyDevice());
        assertTrue(fresh.requireTcbUpToDate());
    }

    function test_deployApp_InitialTcbRequirementAndAnyDeviceTakeEffect() public {
        AppAuthCore.InitialPolicy memory policy = _initialPolicy();
        policy.requireTcbUpToDate = true;
        policy.allowAnyDevice = true;
        app = _deployApp(policy);
        _assertDenied(_boot().withTcbStatus("OutOfDate"), TCB_REASON);
        _assertAllowed(_boot().withDevice(DEVICE_2));
    }

    function test_RevertWhen_InitialPolicyHasZeroComposeHash() public {
        AppAuthCore.InitialPolicy memory policy = _initialPolicy();
        policy.composeHashes[0] = bytes32(0);
        bool deployed;
        try this.deployAppExternally(policy) returns (IAppAuthPolicy) {
            deployed = true;
        } catch {}
        assertFalse(deployed, "deployed with a zero compose hash");
    }

    function test_RevertWhen_InitialPolicyHasZeroDevice() public {
        AppAuthCore.InitialPolicy memory policy = _initialPolicy();
        policy.deviceIds[0] = bytes32(0);
        bool deployed;
        try this.deployAppExternally(policy) returns (IAppAuthPolicy) {
            deployed = true;
        } catch {}
        assertFalse(deployed, "deployed with a zero device id");
    }

    // ------------------------------------------------------------------ the app id

    function test_isAppAllowed_DeniesOtherAppId() public view {
        _assertDenied(_boot().withAppId(address(0xBEEF)), APP_ID_REASON);
    }

    function test_isAppAllowed_DeniesZeroAppId() public view {
        _assertDenied(_boot().withAppId(address(0)), APP_ID_REASON);
    }

    function test_isAppAllowed_ChecksAppIdFirst() public {
        _tightenTcb();
        IAppAuth.AppBootInfo memory boot = _boot().withAppId(address(0xBEEF)).withTcbStatus("OutOfDate")
            .withComposeHash(HASH_V2).withDevice(DEVICE_2);
        _assertDenied(boot, APP_ID_REASON);
    }

    function test_isAppAllowed_DeniesBootForTwinWithSamePolicy() public {
        // Keys follow the app id: a second deployment with the same policy must not accept this app's boot.
        IAppAuthPolicy twin = _deployApp(_initialPolicy());
        (bool allowed, string memory reason) = twin.isAppAllowed(_boot());
        assertFalse(allowed);
        assertEq(reason, APP_ID_REASON);
    }

    function testFuzz_isAppAllowed_DeniesAnyOtherAppId(address appId) public view {
        vm.assume(appId != address(app));
        _assertDenied(_boot().withAppId(appId), APP_ID_REASON);
    }

    // ------------------------------------------------------------------ compose hashes

    function test_isAppAllowed_DeniesUnknownComposeHash() public view {
        _assertDenied(_boot().withComposeHash(HASH_V2), COMPOSE_REASON);
    }

    function test_isAppAllowed_DeniesZeroComposeHash() public view {
        _assertDenied(_boot().withComposeHash(bytes32(0)), COMPOSE_REASON);
    }

    function test_isAppAllowed_ChecksComposeHashBeforeDevice() public view {
        _assertDenied(_boot().withComposeHash(HASH_V2).withDevice(DEVICE_2), COMPOSE_REASON);
    }

    function test_loosen_ComposeHashBecomesAllowed() public {
        _assertDenied(_boot().withComposeHash(HASH_V2), COMPOSE_REASON);
        assertFalse(app.allowedComposeHashes(HASH_V2));
        _loosen(IAppAuthNotice.ChangeKind.ComposeHash, HASH_V2);
        assertTrue(app.allowedComposeHashes(HASH_V2));
        _assertAllowed(_boot().withComposeHash(HASH_V2));
        _assertAllowed(_boot());
    }

    function test_loosen_ComposeHashEmitsComposeHashAddedOnce() public {
        vm.recordLogs();
        _loosen(IAppAuthNotice.ChangeKind.ComposeHash, HASH_V2);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        assertEq(_countLogs(logs, address(app), ComposeHashAdded.selector, abi.encode(HASH_V2)), 1);
        assertEq(_countTopic(logs, address(app), ComposeHashAdded.selector), 1, "another hash was added");
        assertEq(_countTopic(logs, address(app), DeviceAdded.selector), 0);
    }

    function test_loosen_ZeroComposeHashNeverBecomesAllowed() public {
        try this.loosenExternally(IAppAuthNotice.ChangeKind.ComposeHash, bytes32(0)) {} catch {}
        assertFalse(app.allowedComposeHashes(bytes32(0)));
        _assertDenied(_boot().withComposeHash(bytes32(0)), COMPOSE_REASON);
    }

    function test_tighten_RemoveComposeHashIsInstantAndEmits() public {
        vm.recordLogs();
        _tighten(Tightening.RemoveComposeHash, HASH_V1);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        assertEq(_countLogs(logs, address(app), ComposeHashRemoved.selector, abi.encode(HASH_V1)), 1);
        assertFalse(app.allowedComposeHashes(HASH_V1));
        _assertDenied(_boot(), COMPOSE_REASON);
    }

    function test_tighten_RemoveComposeHashKeepsOthers() public {
        _loosen(IAppAuthNotice.ChangeKind.ComposeHash, HASH_V2);
        _tighten(Tightening.RemoveComposeHash, HASH_V1);
        _assertDenied(_boot(), COMPOSE_REASON);
        _assertAllowed(_boot().withComposeHash(HASH_V2));
    }

    // ------------------------------------------------------------------ upstream's PolicyChanged

    function test_loosen_EmitsPolicyChangedWhenEffective() public {
        vm.recordLogs();
        _loosen(IAppAuthNotice.ChangeKind.ComposeHash, HASH_V2);
        _loosen(IAppAuthNotice.ChangeKind.Device, DEVICE_2);
        _loosen(IAppAuthNotice.ChangeKind.AllowAnyDevice, bytes32(0));
        Vm.Log[] memory logs = vm.getRecordedLogs();
        assertEq(_countPolicyChanged(logs, "compose-hash", HASH_V2, true), 1, "compose hash");
        assertEq(_countPolicyChanged(logs, "device", DEVICE_2, true), 1, "device");
        assertEq(_countPolicyChanged(logs, "allow-any-device", bytes32(0), true), 1, "allow any device");
        // One PolicyChanged beside each effective change, none for an announcement.
        assertEq(_countTopic(logs, address(app), IDstackPolicyEvents.PolicyChanged.selector), 3);
    }

    function test_tighten_EmitsPolicyChanged() public {
        _tightenTcb();
        _loosen(IAppAuthNotice.ChangeKind.AllowAnyDevice, bytes32(0));
        vm.recordLogs();
        _tighten(Tightening.RemoveComposeHash, HASH_V1);
        _tighten(Tightening.RemoveDevice, DEVICE_1);
        _tighten(Tightening.DisallowAnyDevice, bytes32(0));
        Vm.Log[] memory logs = vm.getRecordedLogs();
        assertEq(_countPolicyChanged(logs, "compose-hash", HASH_V1, false), 1, "compose hash");
        assertEq(_countPolicyChanged(logs, "device", DEVICE_1, false), 1, "device");
        assertEq(_countPolicyChanged(logs, "allow-any-device", bytes32(0), false), 1, "allow any device");
    }

    function test_tcb_EmitsPolicyChangedBothWays() public {
        vm.recordLogs();
        _tightenTcb();
        assertEq(_countPolicyChanged(vm.getRecordedLogs(), "require-tcb-up-to-date", bytes32(0), true), 1);
        _loosen(IAppAuthNotice.ChangeKind.TcbNotRequired, bytes32(0));
        assertEq(_countPolicyChanged(vm.getRecordedLogs(), "require-tcb-up-to-date", bytes32(0), false), 1);
    }

    /// @dev How many `PolicyChanged(_, keccak256(name), value, enabled)` the app wrote.
    function _countPolicyChanged(Vm.Log[] memory logs, string memory name, bytes32 value, bool enabled)
        internal
        view
        returns (uint256 count)
    {
        for (uint256 i; i < logs.length; ++i) {
            Vm.Log memory log = logs[i];
            if (log.emitter != address(app) || log.topics.length == 0) continue;
            if (log.topics[0] != IDstackPolicyEvents.PolicyChanged.selector) continue;
            assertEq(log.topics.length, 4, "actor, policy and value are indexed");
            if (log.topics[2] == keccak256(bytes(name)) && log.topics[3] == value) {
                if (abi.decode(log.data, (bool)) == enabled) ++count;
            }
        }
    }

    function testFuzz_allowedComposeHashes_MatchesIsAppAllowed(bytes32 composeHash) public view {
        (bool allowed,) = _checkStatically(address(app), _boot().withComposeHash(composeHash));
        assertEq(app.allowedComposeHashes(composeHash), allowed);
        assertEq(allowed, composeHash == HASH_V1);
    }

    // ------------------------------------------------------------------ devices

    function test_isAppAllowed_DeniesUnknownDevice() public view {
        _assertDenied(_boot().withDevice(DEVICE_2), DEVICE_REASON);
    }

    function test_isAppAllowed_DeniesZeroDevice() public view {
        _assertDenied(_boot().withDevice(bytes32(0)), DEVICE_REASON);
    }

    function test_loosen_DeviceBecomesAllowedAndEmitsOnce() public {
        assertFalse(app.allowedDeviceIds(DEVICE_2));
        vm.recordLogs();
        _loosen(IAppAuthNotice.ChangeKind.Device, DEVICE_2);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        assertEq(_countLogs(logs, address(app), DeviceAdded.selector, abi.encode(DEVICE_2)), 1);
        assertEq(_countTopic(logs, address(app), DeviceAdded.selector), 1, "another device was added");
        assertTrue(app.allowedDeviceIds(DEVICE_2));
        _assertAllowed(_boot().withDevice(DEVICE_2));
    }

    function test_loosen_ZeroDeviceNeverBecomesAllowed() public {
        try this.loosenExternally(IAppAuthNotice.ChangeKind.Device, bytes32(0)) {} catch {}
        assertFalse(app.allowedDeviceIds(bytes32(0)));
        _assertDenied(_boot().withDevice(bytes32(0)), DEVICE_REASON);
    }

    function test_tighten_RemoveDeviceIsInstantAndEmits() public {
        vm.recordLogs();
        _tighten(Tightening.RemoveDevice, DEVICE_1);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        assertEq(_countLogs(logs, address(app), DeviceRemoved.selector, abi.encode(DEVICE_1)), 1);
        assertFalse(app.allowedDeviceIds(DEVICE_1));
        _assertDenied(_boot(), DEVICE_REASON);
    }

    function testFuzz_allowedDeviceIds_MatchesIsAppAllowed(bytes32 deviceId) public view {
        (bool allowed,) = _checkStatically(address(app), _boot().withDevice(deviceId));
        assertEq(app.allowedDeviceIds(deviceId), allowed);
        assertEq(allowed, deviceId == DEVICE_1);
    }

    // ------------------------------------------------------------------ allow any device

    function test_loosen_AllowAnyDeviceAllowsUnknownDevices() public {
        vm.recordLogs();
        _loosen(IAppAuthNotice.ChangeKind.AllowAnyDevice, bytes32(0));
        Vm.Log[] memory logs = vm.getRecordedLogs();
        assertEq(
            _countLogs(logs, address(app), IAppAuthPolicy.AllowAnyDeviceSet.selector, abi.encode(true)), 1
        );
        assertTrue(app.allowAnyDevice());
        _assertAllowed(_boot().withDevice(DEVICE_2));
        _assertAllowed(_boot().withDevice(bytes32(0)));
        // Devices were not added one by one.
        assertFalse(app.allowedDeviceIds(DEVICE_2));
    }

    function test_loosen_AllowAnyDeviceStillChecksComposeHash() public {
        _loosen(IAppAuthNotice.ChangeKind.AllowAnyDevice, bytes32(0));
        _assertDenied(_boot().withComposeHash(HASH_V2).withDevice(DEVICE_2), COMPOSE_REASON);
    }

    function test_tighten_DisallowAnyDeviceIsInstantAndEmits() public {
        _loosen(IAppAuthNotice.ChangeKind.AllowAnyDevice, bytes32(0));
        vm.recordLogs();
        _tighten(Tightening.DisallowAnyDevice, bytes32(0));
        Vm.Log[] memory logs = vm.getRecordedLogs();
        assertEq(
            _countLogs(logs, address(app), IAppAuthPolicy.AllowAnyDeviceSet.selector, abi.encode(false)), 1
        );
        assertFalse(app.allowAnyDevice());
        _assertDenied(_boot().withDevice(DEVICE_2), DEVICE_REASON);
        _assertAllowed(_boot());
    }

    function test_tighten_RemoveDeviceIsMootWhileAnyDeviceAllowed() public {
        _loosen(IAppAuthNotice.ChangeKind.AllowAnyDevice, bytes32(0));
        _tighten(Tightening.RemoveDevice, DEVICE_1);
        assertFalse(app.allowedDeviceIds(DEVICE_1));
        _assertAllowed(_boot());
        _tighten(Tightening.DisallowAnyDevice, bytes32(0));
        _assertDenied(_boot(), DEVICE_REASON);
    }

    // ------------------------------------------------------------------ TCB requirement

    function test_isAppAllowed_IgnoresTcbStatusWhenNotRequired() public view {
        _assertAllowed(_boot().withTcbStatus("OutOfDate"));
        _assertAllowed(_boot().withTcbStatus(""));
    }

    function test_tighten_RequireTcbUpToDateIsInstantAndEmits() public {
        vm.recordLogs();
        _tighten(Tightening.RequireTcbUpToDate, bytes32(0));
        Vm.Log[] memory logs = vm.getRecordedLogs();
        assertEq(
            _countLogs(logs, address(app), IAppAuthPolicy.RequireTcbUpToDateSet.selector, abi.encode(true)), 1
        );
        assertTrue(app.requireTcbUpToDate());
        _assertDenied(_boot().withTcbStatus("OutOfDate"), TCB_REASON);
        _assertAllowed(_boot());
    }

    function test_isAppAllowed_MatchesTcbStatusExactly() public {
        _tightenTcb();
        _assertDenied(_boot().withTcbStatus(""), TCB_REASON);
        _assertDenied(_boot().withTcbStatus("uptodate"), TCB_REASON);
        _assertDenied(_boot().withTcbStatus("UpToDate "), TCB_REASON);
        _assertDenied(_boot().withTcbStatus("SWHardeningNeeded"), TCB_REASON);
        _assertDenied(_boot().withTcbStatus("ConfigurationAndSWHardeningNeeded"), TCB_REASON);
        _assertAllowed(_boot().withTcbStatus("UpToDate"));
    }

    function test_isAppAllowed_ChecksTcbBeforeComposeHash() public {
        _tightenTcb();
        _assertDenied(
            _boot().withTcbStatus("OutOfDate").withComposeHash(HASH_V2).withDevice(DEVICE_2), TCB_REASON
        );
    }

    function test_loosen_TcbNotRequiredAllowsStaleTcb() public {
        _tightenTcb();
        vm.recordLogs();
        _loosen(IAppAuthNotice.ChangeKind.TcbNotRequired, bytes32(0));
        Vm.Log[] memory logs = vm.getRecordedLogs();
        assertEq(
            _countLogs(logs, address(app), IAppAuthPolicy.RequireTcbUpToDateSet.selector, abi.encode(false)),
            1
        );
        assertFalse(app.requireTcbUpToDate());
        _assertAllowed(_boot().withTcbStatus("OutOfDate"));
    }

    function testFuzz_isAppAllowed_TcbStatusWhenRequired(string memory tcbStatus) public {
        _tightenTcb();
        (bool allowed, string memory reason) = _checkStatically(address(app), _boot().withTcbStatus(tcbStatus));
        bool upToDate = keccak256(bytes(tcbStatus)) == keccak256("UpToDate");
        assertEq(allowed, upToDate);
        assertEq(reason, upToDate ? "" : TCB_REASON);
    }

    // ------------------------------------------------------------------ never reverts (A9)

    function test_isAppAllowed_NeverRevertsOnEmptyStrings() public {
        string[] memory empties = new string[](3);
        IAppAuth.AppBootInfo memory boot = _boot().withTcbStatus("").withAdvisoryIds(empties);
        _assertAllowed(boot);
        _tightenTcb();
        _assertDenied(boot, TCB_REASON);
    }

    function test_isAppAllowed_NeverRevertsOnLongStrings() public {
        IAppAuth.AppBootInfo memory boot = _boot().withTcbStatus(BootInfos.longString(20_000));
        string[] memory advisories = BootInfos.advisories(128);
        advisories[127] = BootInfos.longString(4096);
        boot = boot.withAdvisoryIds(advisories);
        _assertAllowed(boot);
        _tightenTcb();
        _assertDenied(boot, TCB_REASON);
        _assertAllowed(boot.withTcbStatus("UpToDate"));
    }

    function test_isAppAllowed_NeverRevertsOn128AdvisoryIds() public {
        _tightenTcb();
        // Advisories are the verifier's business: an up-to-date TCB with advisories is allowed, as in DstackApp.
        _assertAllowed(_boot().withAdvisoryIds(BootInfos.advisories(128)));
    }

    function test_isAppAllowed_NeverRevertsOnZeroValues() public {
        IAppAuth.AppBootInfo memory zero;
        _assertDenied(zero, APP_ID_REASON);
        zero.appId = address(app);
        _assertDenied(zero, COMPOSE_REASON);
        _tightenTcb();
        _assertDenied(zero, TCB_REASON);
    }

    function testFuzz_isAppAllowed_NeverReverts(
        bool ownAppId,
        address appId,
        bytes32 composeHash,
        address instanceId,
        bytes32 deviceId,
        bytes32 mrAggregated,
        bytes32 mrSystem,
        bytes32 osImageHash,
        string memory tcbStatus,
        string[] memory advisoryIds,
        uint8 policyMix
    ) public {
        if (policyMix & 1 != 0) _tightenTcb();
        if (policyMix & 2 != 0) composeHash = HASH_V1;
        if (policyMix & 4 != 0) deviceId = DEVICE_1;
        if (policyMix & 8 != 0) tcbStatus = "UpToDate";
        IAppAuth.AppBootInfo memory boot = IAppAuth.AppBootInfo({
            appId: ownAppId ? address(app) : appId,
            composeHash: composeHash,
            instanceId: instanceId,
            deviceId: deviceId,
            mrAggregated: mrAggregated,
            mrSystem: mrSystem,
            osImageHash: osImageHash,
            tcbStatus: tcbStatus,
            advisoryIds: advisoryIds
        });
        (bool allowed, string memory reason) = _checkStatically(address(app), boot);
        string memory expected = _expectedCoreReason(boot);
        if (bytes(expected).length != 0) {
            assertFalse(allowed);
            assertEq(reason, expected);
        } else if (!allowed) {
            // Only a variant's extra boot check may deny what the core allows, and it must say why.
            assertGt(bytes(reason).length, 0, "denied without a reason");
        }
    }

    // ------------------------------------------------------------------ views are exact

    function test_views_TrueExactlyWhenEffective() public {
        assertFalse(app.allowedComposeHashes(HASH_V2));
        _loosen(IAppAuthNotice.ChangeKind.ComposeHash, HASH_V2);
        assertTrue(app.allowedComposeHashes(HASH_V2));
        _tighten(Tightening.RemoveComposeHash, HASH_V2);
        assertFalse(app.allowedComposeHashes(HASH_V2));
        _assertDenied(_boot().withComposeHash(HASH_V2), COMPOSE_REASON);

        assertFalse(app.allowedDeviceIds(DEVICE_2));
        _loosen(IAppAuthNotice.ChangeKind.Device, DEVICE_2);
        assertTrue(app.allowedDeviceIds(DEVICE_2));
        _tighten(Tightening.RemoveDevice, DEVICE_2);
        assertFalse(app.allowedDeviceIds(DEVICE_2));
        _assertDenied(_boot().withDevice(DEVICE_2), DEVICE_REASON);
    }

    function test_loosen_ReAddsRemovedComposeHash() public {
        _tighten(Tightening.RemoveComposeHash, HASH_V1);
        _assertDenied(_boot(), COMPOSE_REASON);
        _loosen(IAppAuthNotice.ChangeKind.ComposeHash, HASH_V1);
        assertTrue(app.allowedComposeHashes(HASH_V1));
        _assertAllowed(_boot());
    }

    // ------------------------------------------------------------------ access control

    function test_unauthorizedLoosen_IsRefused() public {
        _assertRefusedLoosen(IAppAuthNotice.ChangeKind.ComposeHash, HASH_V2);
        assertFalse(app.allowedComposeHashes(HASH_V2));
    }

    function test_unauthorizedLoosen_DeviceIsRefused() public {
        _assertRefusedLoosen(IAppAuthNotice.ChangeKind.Device, DEVICE_2);
        assertFalse(app.allowedDeviceIds(DEVICE_2));
    }

    function test_unauthorizedLoosen_AllowAnyDeviceIsRefused() public {
        _assertRefusedLoosen(IAppAuthNotice.ChangeKind.AllowAnyDevice, bytes32(0));
        assertFalse(app.allowAnyDevice());
    }

    function test_unauthorizedLoosen_TcbNotRequiredIsRefused() public {
        _tightenTcb();
        _assertRefusedLoosen(IAppAuthNotice.ChangeKind.TcbNotRequired, bytes32(0));
        assertTrue(app.requireTcbUpToDate());
    }

    function test_unauthorizedTighten_RemoveComposeHashIsRefused() public {
        _assertRefusedTighten(Tightening.RemoveComposeHash, HASH_V1);
        assertTrue(app.allowedComposeHashes(HASH_V1));
    }

    function test_unauthorizedTighten_RemoveDeviceIsRefused() public {
        _assertRefusedTighten(Tightening.RemoveDevice, DEVICE_1);
        assertTrue(app.allowedDeviceIds(DEVICE_1));
    }

    function test_unauthorizedTighten_DisallowAnyDeviceIsRefused() public {
        _loosen(IAppAuthNotice.ChangeKind.AllowAnyDevice, bytes32(0));
        _assertRefusedTighten(Tightening.DisallowAnyDevice, bytes32(0));
        assertTrue(app.allowAnyDevice());
    }

    function test_unauthorizedTighten_RequireTcbUpToDateIsRefused() public {
        _assertRefusedTighten(Tightening.RequireTcbUpToDate, bytes32(0));
        assertFalse(app.requireTcbUpToDate());
    }

    function _assertRefusedLoosen(IAppAuthNotice.ChangeKind kind, bytes32 value) internal {
        vm.recordLogs();
        assertTrue(_unauthorizedLoosen(attacker, kind, value), "loosening not refused");
        assertEq(_countFrom(vm.getRecordedLogs(), address(app)), 0, "refused loosening left a log");
        _assertAllowed(_boot());
    }

    function _assertRefusedTighten(Tightening change, bytes32 value) internal {
        vm.recordLogs();
        assertTrue(_unauthorizedTighten(attacker, change, value), "tightening not refused");
        assertEq(_countFrom(vm.getRecordedLogs(), address(app)), 0, "refused tightening left a log");
    }
}
