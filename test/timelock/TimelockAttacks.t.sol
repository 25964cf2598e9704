// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Vm} from "forge-std/Test.sol";
import {ERC1967Proxy} from "@openzeppelin/contracts/proxy/ERC1967/ERC1967Proxy.sol";
import {ERC1967Utils} from "@openzeppelin/contracts/proxy/ERC1967/ERC1967Utils.sol";
import {IAppAuth} from "../../contracts/interfaces/IAppAuth.sol";
import {IAppAuthNotice} from "../../contracts/interfaces/IAppAuthNotice.sol";
import {IAppAuthOwnable} from "../../contracts/interfaces/IAppAuthOwnable.sol";
import {IAppAuthPolicy} from "../../contracts/interfaces/IAppAuthPolicy.sol";
import {BootInfos} from "../utils/BootInfos.sol";
import {Bytecode} from "../utils/Bytecode.sol";
import {PermissiveAppAuth} from "../mocks/PermissiveAppAuth.sol";
import {TimelockTestBase} from "./TimelockTestBase.sol";
import {composeHashId} from "../utils/Defaults.sol";

/// @notice One test (or a few) per threat (rows T1-T6 of docs/ARCHITECTURE.md) that the timelock must resist. Each
/// asserts the moment the defence acts, so that removing the defence makes the test fail.
contract TimelockAttacksTest is TimelockTestBase {
    using BootInfos for IAppAuth.AppBootInfo;

    // ------------------------------------------------------------------ A1 instant code

    function test_A1_ProposedComposeHashIsDeniedUntilActivatesAt() public {
        bytes32 id = _proposeHash(HASH_V2);
        uint256 at = START + NOTICE;
        assertEq(app.activatesAt(composeHashId(HASH_V2)), at);

        vm.warp(at - 1);
        assertFalse(app.allowedComposeHashes(HASH_V2));
        _assertDenied(_boot().withComposeHash(HASH_V2), "Compose hash not allowed");
        vm.expectRevert(abi.encodeWithSelector(IAppAuthNotice.AppAuthNoticePeriodNotElapsed.selector, id, at));
        app.activateComposeHash(HASH_V2);

        vm.warp(at);
        vm.prank(keeper);
        app.activateComposeHash(HASH_V2);
        assertTrue(app.allowedComposeHashes(HASH_V2));
        _assertAllowed(_boot().withComposeHash(HASH_V2));
    }

    function test_A1_ActivationInTheProposalBlockReverts() public {
        bytes32 id = _proposeHash(HASH_V2);
        vm.expectRevert(
            abi.encodeWithSelector(IAppAuthNotice.AppAuthNoticePeriodNotElapsed.selector, id, START + NOTICE)
        );
        vm.prank(owner);
        app.activate(id);
    }

    function test_A1_ProposalEmitsNoComposeHashAdded() public {
        vm.recordLogs();
        _proposeHash(HASH_V2);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        assertEq(_countTopic(logs, ComposeHashAdded.selector), 0, "announced hash reported as added");
        assertEq(_countTopic(logs, IAppAuthNotice.ChangeProposed.selector), 1);

        vm.warp(START + NOTICE);
        vm.recordLogs();
        app.activateComposeHash(HASH_V2);
        logs = vm.getRecordedLogs();
        assertEq(_countTopic(logs, ComposeHashAdded.selector), 1, "effective hash not reported");
    }

    function test_A1_HasNoInstantAddFunctions() public {
        // DstackApp's instant loosening entry points must not exist here, not even for the owner.
        bytes[] memory calls = new bytes[](4);
        calls[0] = abi.encodeWithSignature("addComposeHash(bytes32)", HASH_V2);
        calls[1] = abi.encodeWithSignature("addDevice(bytes32)", DEVICE_2);
        calls[2] = abi.encodeWithSignature("setAllowAnyDevice(bool)", true);
        calls[3] = abi.encodeWithSignature("setRequireTcbUpToDate(bool)", false);
        for (uint256 i; i < calls.length; ++i) {
            vm.prank(owner);
            (bool success,) = address(app).call(calls[i]);
            assertFalse(success, "instant loosening entry point exists");
        }
        assertFalse(app.supportsInterface(0x8fd37527), "advertises instant management");
        assertFalse(app.allowedComposeHashes(HASH_V2));
        assertFalse(app.allowedDeviceIds(DEVICE_2));
        assertFalse(app.allowAnyDevice());
        assertTrue(app.requireTcbUpToDate());
    }

    // ------------------------------------------------------------------ A2 meta-bypass

    function test_A2_HasNoUpgradeEntryPoints() public {
        address permissive = address(new PermissiveAppAuth());
        bytes[] memory calls = new bytes[](3);
        calls[0] = abi.encodeWithSignature("upgradeToAndCall(address,bytes)", permissive, "");
        calls[1] = abi.encodeWithSignature("upgradeTo(address)", permissive);
        calls[2] = abi.encodeWithSignature("proxiableUUID()");
        for (uint256 i; i < calls.length; ++i) {
            vm.prank(owner);
            (bool success,) = address(app).call(calls[i]);
            assertFalse(success, "upgrade entry point exists");
        }
        _assertDenied(_boot().withComposeHash(HASH_V2), "Compose hash not allowed");
    }

    function test_A2_Erc1967SlotsAreEmpty() public view {
        assertEq(vm.load(address(app), ERC1967Utils.IMPLEMENTATION_SLOT), bytes32(0));
        assertEq(vm.load(address(app), ERC1967Utils.ADMIN_SLOT), bytes32(0));
        assertEq(vm.load(address(app), ERC1967Utils.BEACON_SLOT), bytes32(0));
    }

    function test_A2_RuntimeCodeCannotDelegateOrSelfDestruct() public view {
        bytes memory code = address(app).code;
        assertGt(code.length, 0);
        assertFalse(Bytecode.hasOpcode(code, Bytecode.DELEGATECALL), "DELEGATECALL in runtime code");
        assertFalse(Bytecode.hasOpcode(code, Bytecode.CALLCODE), "CALLCODE in runtime code");
        assertFalse(Bytecode.hasOpcode(code, Bytecode.SELFDESTRUCT), "SELFDESTRUCT in runtime code");
    }

    function test_A2_OpcodeScanFindsDelegatecallInAProxy() public {
        // The scan above is only worth something if it sees a real upgrade path when there is one.
        ERC1967Proxy proxy = new ERC1967Proxy(address(app), abi.encodeCall(IAppAuthNotice.noticePeriod, ()));
        assertTrue(Bytecode.hasOpcode(address(proxy).code, Bytecode.DELEGATECALL));
        // ...and if it does not mistake PUSH data for an opcode.
        assertFalse(Bytecode.hasOpcode(hex"61f4f400", Bytecode.DELEGATECALL));
        assertTrue(Bytecode.hasOpcode(hex"600000f4", Bytecode.DELEGATECALL));
    }

    // ------------------------------------------------------------------ A3 weaker hardware

    function test_A3_DeviceNeedsNotice() public {
        bytes32 id = _proposeDevice(DEVICE_2);
        vm.warp(START + NOTICE - 1);
        assertFalse(app.allowedDeviceIds(DEVICE_2));
        _assertDenied(_boot().withDevice(DEVICE_2), "Device not allowed");
        _expectNotElapsed(id);
        app.activate(id);

        vm.warp(START + NOTICE);
        app.activate(id);
        assertTrue(app.allowedDeviceIds(DEVICE_2));
        _assertAllowed(_boot().withDevice(DEVICE_2));
    }

    function test_A3_AllowAnyDeviceNeedsNotice() public {
        vm.prank(owner);
        bytes32 id = app.proposeAllowAnyDevice(URI);
        vm.warp(START + NOTICE - 1);
        assertFalse(app.allowAnyDevice());
        _assertDenied(_boot().withDevice(DEVICE_2), "Device not allowed");
        _expectNotElapsed(id);
        app.activate(id);

        vm.warp(START + NOTICE);
        vm.expectEmit(address(app));
        emit IAppAuthPolicy.AllowAnyDeviceSet(true);
        app.activate(id);
        assertTrue(app.allowAnyDevice());
        _assertAllowed(_boot().withDevice(DEVICE_2));
    }

    // ------------------------------------------------------------------ A4 weaker platform

    function test_A4_TcbNotRequiredNeedsNotice() public {
        vm.prank(owner);
        bytes32 id = app.proposeTcbNotRequired(URI);
        vm.warp(START + NOTICE - 1);
        assertTrue(app.requireTcbUpToDate());
        _assertDenied(_boot().withTcbStatus("OutOfDate"), "TCB status is not up to date");
        _expectNotElapsed(id);
        app.activate(id);

        vm.warp(START + NOTICE);
        vm.expectEmit(address(app));
        emit IAppAuthPolicy.RequireTcbUpToDateSet(false);
        app.activate(id);
        assertFalse(app.requireTcbUpToDate());
        _assertAllowed(_boot().withTcbStatus("OutOfDate"));
    }

    function test_A4_EveryLooseningKindWaitsTheSameNotice() public {
        vm.startPrank(owner);
        bytes32[] memory ids = new bytes32[](5);
        ids[0] = app.proposeComposeHash(HASH_V2, URI);
        ids[1] = app.proposeDevice(DEVICE_2, URI);
        ids[2] = app.proposeAllowAnyDevice(URI);
        ids[3] = app.proposeTcbNotRequired(URI);
        ids[4] = app.proposeNoticePeriod(MIN_NOTICE, URI);
        vm.stopPrank();
        vm.warp(START + NOTICE - 1);
        for (uint256 i; i < ids.length; ++i) {
            assertEq(app.activatesAt(ids[i]), START + NOTICE);
            _expectNotElapsed(ids[i]);
            app.activate(ids[i]);
        }
    }

    // ------------------------------------------------------------------ A5 sleeper proposal

    function test_A5_ChangeExpiresAfterGracePeriod() public {
        bytes32 id = _proposeHash(HASH_V2);
        uint256 expiresAt = START + NOTICE + GRACE;
        assertEq(_change(id).expiresAt, expiresAt);

        vm.warp(expiresAt + 1);
        vm.expectRevert(abi.encodeWithSelector(IAppAuthNotice.AppAuthChangeExpired.selector, id, expiresAt));
        app.activateComposeHash(HASH_V2);
        assertFalse(app.allowedComposeHashes(HASH_V2));

        // Much later still: never.
        vm.warp(expiresAt + 3650 days);
        vm.expectRevert(abi.encodeWithSelector(IAppAuthNotice.AppAuthChangeExpired.selector, id, expiresAt));
        app.activateComposeHash(HASH_V2);
    }

    function test_A5_MaturedChangeActivatesUpToExpiresAt() public {
        _proposeHash(HASH_V2);
        vm.warp(START + NOTICE + GRACE);
        app.activateComposeHash(HASH_V2);
        assertTrue(app.allowedComposeHashes(HASH_V2));
    }

    function test_A5_ReproposalGetsAFreshLaterTime() public {
        bytes32 id = _proposeHash(HASH_V2);
        uint256 oldExpiresAt = START + NOTICE + GRACE;
        vm.warp(oldExpiresAt + 1);
        app.clearExpired(id);

        vm.prank(owner);
        app.proposeComposeHash(HASH_V2, URI);
        uint256 freshAt = oldExpiresAt + 1 + NOTICE;
        assertEq(app.activatesAt(composeHashId(HASH_V2)), freshAt);
        assertGt(freshAt, oldExpiresAt);
        _expectNotElapsed(id);
        app.activateComposeHash(HASH_V2);
    }

    function test_A5_ReproposingAnExpiredChangeStartsAFreshNotice() public {
        bytes32 id = _proposeHash(HASH_V2);
        vm.warp(START + NOTICE + GRACE + 1);
        vm.expectEmit(address(app));
        emit IAppAuthNotice.ChangeExpired(id, IAppAuthNotice.ChangeKind.ComposeHash, HASH_V2);
        vm.prank(owner);
        app.proposeComposeHash(HASH_V2, URI);
        assertEq(app.activatesAt(id), START + NOTICE + GRACE + 1 + NOTICE);
        assertEq(app.pendingChangeCount(), 1);
        _expectNotElapsed(id);
        app.activateComposeHash(HASH_V2);
    }

    function test_A5_PendingChangeCannotBeReproposedBeforeItExpires() public {
        bytes32 id = _proposeHash(HASH_V2);
        vm.warp(START + NOTICE + GRACE);
        vm.expectRevert(
            abi.encodeWithSelector(IAppAuthNotice.AppAuthChangeAlreadyPending.selector, id, START + NOTICE)
        );
        vm.prank(owner);
        app.proposeComposeHash(HASH_V2, URI);
    }

    // ------------------------------------------------------------------ A6 controller swap

    function test_A6_ShorteningTheNoticeWaitsTheOldNotice() public {
        vm.prank(owner);
        bytes32 id = app.proposeNoticePeriod(MIN_NOTICE, URI);
        assertEq(app.activatesAt(id), START + NOTICE);

        vm.warp(START + NOTICE - 1);
        _expectNotElapsed(id);
        app.activate(id);
        assertEq(app.noticePeriod(), NOTICE);

        // A hash announced while the shortening is pending still waits the old notice.
        bytes32 hashId = _proposeHash(HASH_V2);
        assertEq(app.activatesAt(hashId), START + NOTICE - 1 + NOTICE);

        vm.warp(START + NOTICE);
        app.activate(id);
        assertEq(app.noticePeriod(), MIN_NOTICE);
    }

    function test_A6_PendingChangeKeepsItsTimeAfterShortening() public {
        vm.prank(owner);
        bytes32 shorten = app.proposeNoticePeriod(MIN_NOTICE, URI);
        vm.warp(START + 1 days);
        bytes32 hashId = _proposeHash(HASH_V2);
        uint256 announced = START + 1 days + NOTICE;

        vm.warp(START + NOTICE);
        app.activate(shorten);
        assertEq(app.activatesAt(hashId), announced, "pending change moved");
        // Under the new notice it would already be due (1 day + 3 days < 7 days), but it is not.
        _expectNotElapsed(hashId);
        app.activate(hashId);

        vm.warp(announced);
        app.activate(hashId);
        assertTrue(app.allowedComposeHashes(HASH_V2));
    }

    function test_A6_PendingChangeKeepsItsTimeAfterLengthening() public {
        bytes32 hashId = _proposeHash(HASH_V2);
        vm.prank(owner);
        app.lengthenNoticePeriod(30 days);
        assertEq(app.activatesAt(hashId), START + NOTICE, "pending change moved");
        vm.warp(START + NOTICE);
        app.activate(hashId);
        assertTrue(app.allowedComposeHashes(HASH_V2));
    }

    function test_A6_NoticeCannotBeShortenedBelowTheFloor() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IAppAuthNotice.AppAuthInvalidNoticePeriod.selector, MIN_NOTICE - 1, MIN_NOTICE, NOTICE - 1
            )
        );
        vm.prank(owner);
        app.proposeNoticePeriod(MIN_NOTICE - 1, URI);
    }

    function test_A6_OwnershipHandOverWaitsTheNotice() public {
        vm.prank(owner);
        app.transferOwnership(nominee);
        bytes32 id = _id(IAppAuthNotice.ChangeKind.Controller, _ownerValue(nominee));
        assertEq(app.owner(), owner);
        assertEq(app.pendingOwner(), nominee);
        assertEq(app.activatesAt(id), START + NOTICE);

        vm.warp(START + NOTICE - 1);
        // The nominee has no power yet...
        _expectUnauthorized(nominee);
        vm.prank(nominee);
        app.proposeComposeHash(HASH_V2);
        // ...and cannot take control early.
        _expectNotElapsed(id);
        vm.prank(nominee);
        app.acceptOwnership();

        vm.warp(START + NOTICE);
        vm.expectEmit(address(app));
        emit IAppAuthOwnable.OwnershipTransferred(owner, nominee);
        vm.prank(nominee);
        app.acceptOwnership();
        assertEq(app.owner(), nominee);
        assertEq(app.pendingOwner(), address(0));

        _expectUnauthorized(owner);
        vm.prank(owner);
        app.proposeComposeHash(HASH_V2);
    }

    function test_A6_OnlyTheNomineeCanAccept() public {
        vm.prank(owner);
        app.transferOwnership(nominee);
        bytes32 id = _id(IAppAuthNotice.ChangeKind.Controller, _ownerValue(nominee));
        vm.warp(START + NOTICE);

        // A stranger accepting accepts a nomination that does not exist.
        bytes32 strangerId = _id(IAppAuthNotice.ChangeKind.Controller, _ownerValue(attacker));
        vm.expectRevert(abi.encodeWithSelector(IAppAuthNotice.AppAuthChangeNotPending.selector, strangerId));
        vm.prank(attacker);
        app.acceptOwnership();
        // Activating the nominee's change on their behalf is refused, to the keeper and the owner alike.
        _expectUnauthorized(attacker);
        vm.prank(attacker);
        app.activate(id);
        _expectUnauthorized(owner);
        vm.prank(owner);
        app.activate(id);

        assertEq(app.owner(), owner);
        assertEq(app.pendingOwner(), nominee);
        vm.prank(nominee);
        app.acceptOwnership();
        assertEq(app.owner(), nominee);
    }

    function test_A6_NewOwnerStillWaitsTheNotice() public {
        vm.prank(owner);
        app.transferOwnership(nominee);
        vm.warp(START + NOTICE);
        vm.prank(nominee);
        app.acceptOwnership();

        vm.prank(nominee);
        bytes32 id = app.proposeComposeHash(HASH_V2);
        assertEq(app.activatesAt(id), START + 2 * NOTICE);
        _expectNotElapsed(id);
        app.activate(id);
    }

    function test_A6_RenounceIsInstantAndFinal() public {
        vm.prank(owner);
        app.transferOwnership(nominee);
        vm.expectEmit(address(app));
        emit IAppAuthOwnable.OwnershipTransferred(owner, address(0));
        vm.prank(owner);
        app.renounceOwnership();
        assertEq(app.owner(), address(0));
        // Renouncing withdraws the nomination: nobody can pick control up later.
        assertEq(app.pendingOwner(), address(0));
        vm.warp(START + NOTICE);
        bytes32 id = _id(IAppAuthNotice.ChangeKind.Controller, _ownerValue(nominee));
        vm.expectRevert(abi.encodeWithSelector(IAppAuthNotice.AppAuthChangeNotPending.selector, id));
        vm.prank(nominee);
        app.acceptOwnership();

        _expectUnauthorized(owner);
        vm.prank(owner);
        app.proposeComposeHash(HASH_V2);
    }
}
