// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Vm} from "forge-std/Test.sol";
import {IAppAuth} from "../../contracts/interfaces/IAppAuth.sol";
import {IAppAuthNotice} from "../../contracts/interfaces/IAppAuthNotice.sol";
import {IAppAuthOwnable} from "../../contracts/interfaces/IAppAuthOwnable.sol";
import {IAppAuthPolicy} from "../../contracts/interfaces/IAppAuthPolicy.sol";
import {BootInfos} from "../utils/BootInfos.sol";
import {TimelockTestBase} from "./TimelockTestBase.sol";
import {composeHashId} from "../utils/Defaults.sol";

/// @notice The life of a change: announce (with metadata), list, activate, cancel, expire and clear.
contract TimelockChangesTest is TimelockTestBase {
    using BootInfos for IAppAuth.AppBootInfo;

    // ------------------------------------------------------------------ ids

    function test_changeId_HashesKindAndValueForComposeHashesToo() public view {
        IAppAuthNotice.ChangeKind kind = IAppAuthNotice.ChangeKind.ComposeHash;
        assertEq(app.changeId(kind, HASH_V2), keccak256(abi.encode(kind, HASH_V2)));
        assertEq(app.changeId(kind, HASH_V2), composeHashId(HASH_V2));
    }

    function test_changeId_HashesKindAndValueForOtherKinds() public view {
        IAppAuthNotice.ChangeKind kind = IAppAuthNotice.ChangeKind.Device;
        assertEq(app.changeId(kind, DEVICE_2), keccak256(abi.encode(kind, DEVICE_2)));
        // Same value, different kind, different id.
        assertTrue(
            app.changeId(IAppAuthNotice.ChangeKind.Device, HASH_V2)
                != app.changeId(IAppAuthNotice.ChangeKind.ComposeHash, HASH_V2)
        );
    }

    // ------------------------------------------------------------------ propose

    function test_proposeComposeHash_EmitsChangeProposedWithTimesAndUri() public {
        vm.expectEmit(address(app));
        emit IAppAuthNotice.ChangeProposed(
            composeHashId(HASH_V2),
            IAppAuthNotice.ChangeKind.ComposeHash,
            HASH_V2,
            uint64(START + NOTICE),
            uint64(START + NOTICE + GRACE),
            URI
        );
        bytes32 id = _proposeHash(HASH_V2);
        assertEq(id, composeHashId(HASH_V2));
    }

    function test_proposeComposeHash_RecordsTheChange() public {
        bytes32 id = _proposeHash(HASH_V2);
        IAppAuthNotice.Change memory change = app.getChange(id);
        assertEq(uint8(change.kind), uint8(IAppAuthNotice.ChangeKind.ComposeHash));
        assertEq(change.value, HASH_V2);
        assertEq(change.proposedAt, START);
        assertEq(change.activatesAt, START + NOTICE);
        assertEq(change.expiresAt, START + NOTICE + GRACE);
        assertEq(change.uri, URI);
        assertEq(app.activatesAt(composeHashId(HASH_V2)), START + NOTICE);
    }

    function test_proposeComposeHash_WithoutUriRecordsEmptyUri() public {
        vm.expectEmit(address(app));
        emit IAppAuthNotice.ChangeProposed(
            composeHashId(HASH_V2),
            IAppAuthNotice.ChangeKind.ComposeHash,
            HASH_V2,
            uint64(START + NOTICE),
            uint64(START + NOTICE + GRACE),
            ""
        );
        vm.prank(owner);
        app.proposeComposeHash(HASH_V2);
        assertEq(app.getChange(composeHashId(HASH_V2)).uri, "");
    }

    function test_proposeDevice_CarriesUriInEvent() public {
        bytes32 id = _id(IAppAuthNotice.ChangeKind.Device, DEVICE_2);
        vm.expectEmit(address(app));
        emit IAppAuthNotice.ChangeProposed(
            id,
            IAppAuthNotice.ChangeKind.Device,
            DEVICE_2,
            uint64(START + NOTICE),
            uint64(START + NOTICE + GRACE),
            URI
        );
        assertEq(_proposeDevice(DEVICE_2), id);
    }

    function test_proposeNoticePeriod_CarriesPeriodAsValue() public {
        bytes32 value = bytes32(MIN_NOTICE);
        bytes32 id = _id(IAppAuthNotice.ChangeKind.NoticePeriod, value);
        vm.expectEmit(address(app));
        emit IAppAuthNotice.ChangeProposed(
            id,
            IAppAuthNotice.ChangeKind.NoticePeriod,
            value,
            uint64(START + NOTICE),
            uint64(START + NOTICE + GRACE),
            URI
        );
        vm.prank(owner);
        app.proposeNoticePeriod(MIN_NOTICE, URI);
    }

    function test_RevertWhen_ProposingZeroComposeHash() public {
        vm.expectRevert(IAppAuthPolicy.AppAuthZeroValue.selector);
        _proposeHash(bytes32(0));
    }

    function test_RevertWhen_ProposingZeroDevice() public {
        vm.expectRevert(IAppAuthPolicy.AppAuthZeroValue.selector);
        _proposeDevice(bytes32(0));
    }

    function test_RevertWhen_ProposingAnAllowedComposeHash() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IAppAuthPolicy.AppAuthNoOp.selector, uint8(IAppAuthNotice.ChangeKind.ComposeHash), HASH_V1
            )
        );
        _proposeHash(HASH_V1);
    }

    function test_RevertWhen_ProposingAnAllowedDevice() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IAppAuthPolicy.AppAuthNoOp.selector, uint8(IAppAuthNotice.ChangeKind.Device), DEVICE_1
            )
        );
        _proposeDevice(DEVICE_1);
    }

    function test_RevertWhen_ProposingAllowAnyDeviceWhileOn() public {
        _activateNow(_proposeAllowAnyDevice());
        vm.expectRevert(
            abi.encodeWithSelector(
                IAppAuthPolicy.AppAuthNoOp.selector,
                uint8(IAppAuthNotice.ChangeKind.AllowAnyDevice),
                bytes32(0)
            )
        );
        _proposeAllowAnyDevice();
    }

    function test_RevertWhen_ProposingTcbNotRequiredWhileNotRequired() public {
        vm.prank(owner);
        bytes32 id = app.proposeTcbNotRequired("");
        _activateNow(id);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAppAuthPolicy.AppAuthNoOp.selector,
                uint8(IAppAuthNotice.ChangeKind.TcbNotRequired),
                bytes32(0)
            )
        );
        vm.prank(owner);
        app.proposeTcbNotRequired("");
    }

    function test_RevertWhen_ProposingAPendingChangeAgain() public {
        _proposeHash(HASH_V2);
        vm.warp(START + 1 days);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAppAuthNotice.AppAuthChangeAlreadyPending.selector, composeHashId(HASH_V2), START + NOTICE
            )
        );
        _proposeHash(HASH_V2);
        // The first announcement keeps its time.
        assertEq(app.activatesAt(composeHashId(HASH_V2)), START + NOTICE);
    }

    function test_RevertWhen_StrangerProposes() public {
        vm.startPrank(attacker);
        _expectUnauthorized(attacker);
        app.proposeComposeHash(HASH_V2);
        _expectUnauthorized(attacker);
        app.proposeComposeHash(HASH_V2, URI);
        _expectUnauthorized(attacker);
        app.proposeDevice(DEVICE_2, URI);
        _expectUnauthorized(attacker);
        app.proposeAllowAnyDevice(URI);
        _expectUnauthorized(attacker);
        app.proposeTcbNotRequired(URI);
        _expectUnauthorized(attacker);
        app.proposeNoticePeriod(MIN_NOTICE, URI);
        _expectUnauthorized(attacker);
        app.transferOwnership(attacker);
        vm.stopPrank();
        assertEq(app.pendingChangeCount(), 0);
    }

    // ------------------------------------------------------------------ activate

    function test_activate_IsPermissionless() public {
        bytes32 id = _proposeHash(HASH_V2);
        vm.warp(START + NOTICE);
        _activateAs(keeper, id);
        assertTrue(app.allowedComposeHashes(HASH_V2));
    }

    function test_activate_EmitsComposeHashAddedThenChangeActivated() public {
        bytes32 id = _proposeHash(HASH_V2);
        vm.warp(START + NOTICE);
        vm.expectEmit(address(app));
        emit ComposeHashAdded(HASH_V2);
        vm.expectEmit(address(app));
        emit IAppAuthNotice.ChangeActivated(id, IAppAuthNotice.ChangeKind.ComposeHash, HASH_V2);
        _activateAs(keeper, id);
    }

    function test_activate_RemovesTheChangeFromThePendingList() public {
        bytes32 id = _proposeHash(HASH_V2);
        vm.warp(START + NOTICE);
        app.activate(id);
        assertEq(app.pendingChangeCount(), 0);
        assertEq(app.activatesAt(id), 0);
        vm.expectRevert(abi.encodeWithSelector(IAppAuthNotice.AppAuthChangeNotPending.selector, id));
        app.getChange(id);
    }

    function test_RevertWhen_ActivatingTwice() public {
        bytes32 id = _proposeHash(HASH_V2);
        vm.warp(START + NOTICE);
        app.activate(id);
        vm.expectRevert(abi.encodeWithSelector(IAppAuthNotice.AppAuthChangeNotPending.selector, id));
        app.activate(id);
    }

    function test_RevertWhen_ActivatingUnknownChange() public {
        vm.expectRevert(abi.encodeWithSelector(IAppAuthNotice.AppAuthChangeNotPending.selector, composeHashId(HASH_V3)));
        app.activateComposeHash(HASH_V3);
    }

    function test_activate_NoticePeriodChangeSetsAndEmits() public {
        vm.prank(owner);
        bytes32 id = app.proposeNoticePeriod(MIN_NOTICE, URI);
        vm.warp(START + NOTICE);
        vm.expectEmit(address(app));
        emit IAppAuthNotice.NoticePeriodSet(NOTICE, MIN_NOTICE);
        app.activate(id);
        assertEq(app.noticePeriod(), MIN_NOTICE);
        // Changes announced from now on wait the new period.
        assertEq(app.activatesAt(_proposeHash(HASH_V2)), START + NOTICE + MIN_NOTICE);
    }

    // ------------------------------------------------------------------ cancel

    function test_cancelProposal_WithdrawsTheChangeAtOnce() public {
        bytes32 id = _proposeHash(HASH_V2);
        vm.warp(START + NOTICE);
        vm.expectEmit(address(app));
        emit IAppAuthNotice.ChangeCancelled(id, IAppAuthNotice.ChangeKind.ComposeHash, HASH_V2);
        vm.prank(owner);
        app.cancelProposal(id);
        assertEq(app.pendingChangeCount(), 0);
        assertEq(app.activatesAt(id), 0);
        vm.expectRevert(abi.encodeWithSelector(IAppAuthNotice.AppAuthChangeNotPending.selector, id));
        app.activate(id);
        assertFalse(app.allowedComposeHashes(HASH_V2));
    }

    function test_cancelProposal_ThenReproposeStartsAFreshNotice() public {
        bytes32 id = _proposeHash(HASH_V2);
        vm.warp(START + NOTICE - 1);
        vm.prank(owner);
        app.cancelProposal(id);
        _proposeHash(HASH_V2);
        assertEq(app.activatesAt(id), START + NOTICE - 1 + NOTICE);
    }

    function test_RevertWhen_StrangerCancels() public {
        bytes32 id = _proposeHash(HASH_V2);
        _expectUnauthorized(attacker);
        vm.prank(attacker);
        app.cancelProposal(id);
        assertEq(app.activatesAt(id), START + NOTICE);
    }

    function test_RevertWhen_CancellingUnknownChange() public {
        vm.expectRevert(abi.encodeWithSelector(IAppAuthNotice.AppAuthChangeNotPending.selector, composeHashId(HASH_V3)));
        vm.prank(owner);
        app.cancelProposal(composeHashId(HASH_V3));
    }

    // ------------------------------------------------------------------ expire and clear

    function test_clearExpired_IsPermissionlessAfterTheWindow() public {
        bytes32 id = _proposeHash(HASH_V2);
        vm.warp(START + NOTICE + GRACE + 1);
        vm.expectEmit(address(app));
        emit IAppAuthNotice.ChangeExpired(id, IAppAuthNotice.ChangeKind.ComposeHash, HASH_V2);
        vm.prank(keeper);
        app.clearExpired(id);
        assertEq(app.pendingChangeCount(), 0);
        assertEq(app.activatesAt(id), 0);
    }

    function test_RevertWhen_ClearingInsideTheWindow() public {
        bytes32 id = _proposeHash(HASH_V2);
        uint256 expiresAt = START + NOTICE + GRACE;
        vm.warp(expiresAt);
        vm.expectRevert(
            abi.encodeWithSelector(IAppAuthNotice.AppAuthChangeNotExpired.selector, id, expiresAt)
        );
        app.clearExpired(id);
        vm.warp(START);
        vm.expectRevert(
            abi.encodeWithSelector(IAppAuthNotice.AppAuthChangeNotExpired.selector, id, expiresAt)
        );
        app.clearExpired(id);
    }

    function test_RevertWhen_ClearingUnknownChange() public {
        vm.expectRevert(abi.encodeWithSelector(IAppAuthNotice.AppAuthChangeNotPending.selector, composeHashId(HASH_V3)));
        app.clearExpired(composeHashId(HASH_V3));
    }

    function test_pendingChangeCount_IncludesExpiredUntilCleared() public {
        bytes32 id = _proposeHash(HASH_V2);
        vm.warp(START + NOTICE + GRACE + 1);
        assertEq(app.pendingChangeCount(), 1);
        app.clearExpired(id);
        assertEq(app.pendingChangeCount(), 0);
    }

    // ------------------------------------------------------------------ pending list and paging

    function test_pendingChanges_ListsEveryKind() public {
        bytes32[] memory ids = _proposeFive();
        (bytes32[] memory listed, IAppAuthNotice.Change[] memory changes) = app.pendingChanges(0, 10);
        assertEq(listed.length, 5);
        assertEq(changes.length, 5);
        for (uint256 i; i < 5; ++i) {
            assertEq(listed[i], ids[i]);
            assertEq(changes[i].activatesAt, START + NOTICE);
            assertEq(changes[i].uri, URI);
            assertEq(app.changeId(changes[i].kind, changes[i].value), listed[i]);
        }
    }

    function test_pendingChanges_PagesWithoutGapsOrRepeats() public {
        bytes32[] memory ids = _proposeFive();
        bytes32[] memory seen = new bytes32[](5);
        uint256 n;
        for (uint256 offset; offset < 6; offset += 2) {
            (bytes32[] memory page,) = app.pendingChanges(offset, 2);
            assertEq(page.length, offset < 4 ? 2 : 1);
            for (uint256 i; i < page.length; ++i) {
                seen[n++] = page[i];
            }
        }
        assertEq(n, 5);
        for (uint256 i; i < 5; ++i) {
            assertEq(seen[i], ids[i]);
        }
    }

    function test_pendingChanges_EdgeCasesReturnEmptyOrTheRest() public {
        _proposeFive();
        (bytes32[] memory page,) = app.pendingChanges(5, 10);
        assertEq(page.length, 0, "offset == total");
        (page,) = app.pendingChanges(6, 10);
        assertEq(page.length, 0, "offset > total");
        (page,) = app.pendingChanges(type(uint256).max, type(uint256).max);
        assertEq(page.length, 0, "offset max");
        (page,) = app.pendingChanges(0, 0);
        assertEq(page.length, 0, "limit 0");
        (page,) = app.pendingChanges(3, type(uint256).max);
        assertEq(page.length, 2, "limit max");
        (page,) = app.pendingChanges(4, 1);
        assertEq(page.length, 1, "last one");
    }

    function test_pendingChanges_EmptyWhenNothingPending() public view {
        (bytes32[] memory page, IAppAuthNotice.Change[] memory changes) = app.pendingChanges(0, 10);
        assertEq(page.length, 0);
        assertEq(changes.length, 0);
        assertEq(app.pendingChangeCount(), 0);
    }

    function test_pendingChanges_StaysConsistentAfterRemovalsFromTheMiddle() public {
        bytes32[] memory ids = _proposeFive();
        vm.startPrank(owner);
        app.cancelProposal(ids[1]);
        app.cancelProposal(ids[0]);
        vm.stopPrank();
        vm.warp(START + NOTICE);
        app.activate(ids[3]);

        (bytes32[] memory listed, IAppAuthNotice.Change[] memory changes) = app.pendingChanges(0, 10);
        assertEq(listed.length, 2);
        assertEq(app.pendingChangeCount(), 2);
        // ids[2] and ids[4] remain, each listed once with its own record.
        assertTrue(
            (listed[0] == ids[2] && listed[1] == ids[4]) || (listed[0] == ids[4] && listed[1] == ids[2])
        );
        for (uint256 i; i < 2; ++i) {
            assertEq(app.changeId(changes[i].kind, changes[i].value), listed[i]);
            assertEq(app.getChange(listed[i]).value, changes[i].value);
        }
        // Removed ids can be announced again and are appended.
        _proposeHash(HASH_V2);
        assertEq(app.pendingChangeCount(), 3);
        (listed,) = app.pendingChanges(2, 1);
        assertEq(listed[0], composeHashId(HASH_V2));
    }

    function test_RevertWhen_GettingUnknownChange() public {
        vm.expectRevert(abi.encodeWithSelector(IAppAuthNotice.AppAuthChangeNotPending.selector, composeHashId(HASH_V3)));
        app.getChange(composeHashId(HASH_V3));
        assertEq(app.activatesAt(composeHashId(HASH_V3)), 0);
    }

    // ------------------------------------------------------------------ tightening is instant

    function test_removeComposeHash_IsInstant() public {
        vm.expectEmit(address(app));
        emit ComposeHashRemoved(HASH_V1);
        vm.prank(owner);
        app.removeComposeHash(HASH_V1);
        _assertDenied(_boot(), "Compose hash not allowed");
    }

    function test_removeDevice_IsInstant() public {
        vm.expectEmit(address(app));
        emit DeviceRemoved(DEVICE_1);
        vm.prank(owner);
        app.removeDevice(DEVICE_1);
        _assertDenied(_boot(), "Device not allowed");
    }

    function test_disallowAnyDevice_IsInstant() public {
        _activateNow(_proposeAllowAnyDevice());
        vm.expectEmit(address(app));
        emit IAppAuthPolicy.AllowAnyDeviceSet(false);
        vm.prank(owner);
        app.disallowAnyDevice();
        _assertDenied(_boot().withDevice(DEVICE_2), "Device not allowed");
    }

    function test_requireUpToDateTcb_IsInstant() public {
        vm.prank(owner);
        bytes32 id = app.proposeTcbNotRequired("");
        _activateNow(id);
        vm.expectEmit(address(app));
        emit IAppAuthPolicy.RequireTcbUpToDateSet(true);
        vm.prank(owner);
        app.requireUpToDateTcb();
        _assertDenied(_boot().withTcbStatus("OutOfDate"), "TCB status is not up to date");
    }

    function test_RevertWhen_DisallowingAnyDeviceWhileOff() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IAppAuthPolicy.AppAuthNoOp.selector,
                uint8(IAppAuthNotice.ChangeKind.AllowAnyDevice),
                bytes32(0)
            )
        );
        vm.prank(owner);
        app.disallowAnyDevice();
    }

    function test_RevertWhen_RequiringTcbWhileRequired() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IAppAuthPolicy.AppAuthNoOp.selector,
                uint8(IAppAuthNotice.ChangeKind.TcbNotRequired),
                bytes32(0)
            )
        );
        vm.prank(owner);
        app.requireUpToDateTcb();
    }

    function test_RevertWhen_StrangerTightens() public {
        vm.startPrank(attacker);
        _expectUnauthorized(attacker);
        app.removeComposeHash(HASH_V1);
        _expectUnauthorized(attacker);
        app.removeDevice(DEVICE_1);
        _expectUnauthorized(attacker);
        app.disallowAnyDevice();
        _expectUnauthorized(attacker);
        app.requireUpToDateTcb();
        _expectUnauthorized(attacker);
        app.lengthenNoticePeriod(NOTICE + 1);
        _expectUnauthorized(attacker);
        app.renounceOwnership();
        vm.stopPrank();
        _assertAllowed(_boot());
        assertEq(app.owner(), owner);
    }

    function test_tightening_LeavesPendingLooseningsPending() public {
        // Removing the effective hash does not touch an announced one: cancelProposal does that.
        bytes32 id = _proposeHash(HASH_V2);
        vm.prank(owner);
        app.removeComposeHash(HASH_V1);
        assertEq(app.activatesAt(id), START + NOTICE);
    }

    // ------------------------------------------------------------------ ERC-165

    function test_supportsInterface_AdvertisesNoticeAndOwnable() public view {
        assertTrue(app.supportsInterface(type(IAppAuthNotice).interfaceId));
        assertTrue(app.supportsInterface(type(IAppAuthOwnable).interfaceId));
        assertTrue(app.supportsInterface(type(IAppAuthPolicy).interfaceId));
        assertTrue(app.supportsInterface(type(IAppAuth).interfaceId));
        assertFalse(app.supportsInterface(0x8fd37527));
    }

    // ------------------------------------------------------------------ helpers

    function _proposeAllowAnyDevice() internal returns (bytes32 id) {
        vm.prank(owner);
        id = app.proposeAllowAnyDevice(URI);
    }

    function _activateNow(bytes32 id) internal {
        vm.warp(app.activatesAt(id));
        app.activate(id);
    }

    /// @dev Announces one change of each boot-policy kind and the notice period, in that order.
    function _proposeFive() internal returns (bytes32[] memory ids) {
        ids = new bytes32[](5);
        vm.startPrank(owner);
        ids[0] = app.proposeComposeHash(HASH_V2, URI);
        ids[1] = app.proposeDevice(DEVICE_2, URI);
        ids[2] = app.proposeAllowAnyDevice(URI);
        ids[3] = app.proposeTcbNotRequired(URI);
        ids[4] = app.proposeNoticePeriod(MIN_NOTICE, URI);
        vm.stopPrank();
        assertEq(app.pendingChangeCount(), 5);
    }
}
