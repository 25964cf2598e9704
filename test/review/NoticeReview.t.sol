// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Vm} from "forge-std/Test.sol";
import {IAppAuth} from "../../contracts/interfaces/IAppAuth.sol";
import {IAppAuthNotice} from "../../contracts/interfaces/IAppAuthNotice.sol";
import {IAppAuthPolicy} from "../../contracts/interfaces/IAppAuthPolicy.sol";
import {BootInfos} from "../utils/BootInfos.sol";
import {TimelockTestBase} from "../timelock/TimelockTestBase.sol";

/// @notice The adversarial review's scenarios against the notice core (docs/ARCHITECTURE.md, threat
/// table, rows R2-R5 and R9). Each test replays the exploit and asserts that it no longer works.
contract NoticeReviewTest is TimelockTestBase {
    using BootInfos for IAppAuth.AppBootInfo;

    /// @dev What public RPC endpoints commonly cap an `eth_call` at.
    uint256 internal constant CALL_GAS_CAP = 30_000_000;

    // ------------------------------------------------------------------ 2: shortening vs lengthening

    function test_Scenario2_PendingShorteningCannotUndoALaterLengthening() public {
        vm.prank(owner);
        bytes32 shorten = app.proposeNoticePeriod(MIN_NOTICE, URI);

        vm.expectEmit(address(app));
        emit IAppAuthNotice.ChangeCancelled(shorten, IAppAuthNotice.ChangeKind.NoticePeriod, bytes32(MIN_NOTICE));
        vm.prank(owner);
        app.lengthenNoticePeriod(30 days);

        // A week later the shortening would have been due; it no longer exists.
        vm.warp(START + NOTICE);
        vm.expectRevert(abi.encodeWithSelector(IAppAuthNotice.AppAuthChangeNotPending.selector, shorten));
        app.activate(shorten);
        assertEq(app.noticePeriod(), 30 days);
        assertEq(app.pendingChangeCount(), 0);
    }

    function test_Scenario2_LengtheningWithdrawsOnlyShortenings() public {
        vm.startPrank(owner);
        bytes32 first = app.proposeNoticePeriod(MIN_NOTICE, "");
        bytes32 hashId = app.proposeComposeHash(HASH_V2, URI);
        bytes32 second = app.proposeNoticePeriod(MIN_NOTICE + 1 days, "");
        bytes32 deviceId = app.proposeDevice(DEVICE_2, "");
        app.lengthenNoticePeriod(14 days);
        vm.stopPrank();

        assertEq(app.activatesAt(first), 0);
        assertEq(app.activatesAt(second), 0);
        assertEq(app.activatesAt(hashId), START + NOTICE, "other changes keep their time");
        assertEq(app.activatesAt(deviceId), START + NOTICE);
        assertEq(app.pendingChangeCount(), 2);
    }

    function test_Scenario2_ShorteningAnnouncedAfterTheLengtheningWaitsIt() public {
        vm.startPrank(owner);
        app.lengthenNoticePeriod(30 days);
        bytes32 shorten = app.proposeNoticePeriod(MIN_NOTICE, "");
        vm.stopPrank();
        assertEq(app.activatesAt(shorten), START + 30 days);
        vm.warp(START + 30 days);
        app.activate(shorten);
        assertEq(app.noticePeriod(), MIN_NOTICE);
    }

    // ------------------------------------------------------------------ 3: removing what is only pending

    function test_Scenario3_RemovingAPendingComposeHashStopsIt() public {
        bytes32 id = _proposeHash(HASH_V2);
        vm.recordLogs();
        vm.prank(owner);
        app.removeComposeHash(HASH_V2);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        // The hash was never effective: no ComposeHashRemoved, but the announcement is withdrawn.
        assertEq(_countTopic(logs, ComposeHashRemoved.selector), 0, "removed a hash that was never allowed");
        assertEq(_countTopic(logs, IAppAuthNotice.ChangeCancelled.selector), 1);

        vm.warp(START + NOTICE);
        vm.expectRevert(abi.encodeWithSelector(IAppAuthNotice.AppAuthChangeNotPending.selector, id));
        app.activateComposeHash(HASH_V2);
        assertFalse(app.allowedComposeHashes(HASH_V2));
        _assertDenied(_boot().withComposeHash(HASH_V2), "Compose hash not allowed");
    }

    function test_Scenario3_RemovingAPendingDeviceStopsIt() public {
        bytes32 id = _proposeDevice(DEVICE_2);
        vm.prank(owner);
        app.removeDevice(DEVICE_2);
        vm.warp(START + NOTICE);
        vm.expectRevert(abi.encodeWithSelector(IAppAuthNotice.AppAuthChangeNotPending.selector, id));
        app.activate(id);
        assertFalse(app.allowedDeviceIds(DEVICE_2));
    }

    function test_Scenario3_RemovingAnUnknownComposeHashIsRefused() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IAppAuthPolicy.AppAuthNoOp.selector, uint8(IAppAuthNotice.ChangeKind.ComposeHash), HASH_V3
            )
        );
        vm.prank(owner);
        app.removeComposeHash(HASH_V3);
    }

    function test_Scenario3_RemovingAnUnknownDeviceIsRefused() public {
        vm.expectRevert(
            abi.encodeWithSelector(IAppAuthPolicy.AppAuthNoOp.selector, uint8(IAppAuthNotice.ChangeKind.Device), DEVICE_2)
        );
        vm.prank(owner);
        app.removeDevice(DEVICE_2);
    }

    // ------------------------------------------------------------------ 4: ids of different kinds

    function test_Scenario4_ComposeHashCannotPoseAsANomination() public {
        bytes32 nominationId = _id(IAppAuthNotice.ChangeKind.Controller, _ownerValue(nominee));
        vm.startPrank(owner);
        app.transferOwnership(nominee);
        app.cancelProposal(nominationId);
        // A compose hash chosen to equal the withdrawn nomination's id.
        app.proposeComposeHash(nominationId, URI);
        vm.stopPrank();

        assertEq(app.pendingOwner(), address(0), "reports a nomination that does not exist");
        vm.warp(START + NOTICE);
        vm.expectRevert(abi.encodeWithSelector(IAppAuthNotice.AppAuthChangeNotPending.selector, nominationId));
        vm.prank(nominee);
        app.acceptOwnership();
        assertEq(app.owner(), owner);
        assertFalse(app.allowedComposeHashes(nominationId), "acceptOwnership activated a compose hash");
    }

    function testFuzz_Scenario4_IdsOfDifferentKindsNeverCollide(uint8 a, uint8 b, bytes32 value) public view {
        uint8 kinds = uint8(type(IAppAuthNotice.ChangeKind).max) + 1;
        IAppAuthNotice.ChangeKind first = IAppAuthNotice.ChangeKind(bound(a, 1, kinds - 1));
        IAppAuthNotice.ChangeKind second = IAppAuthNotice.ChangeKind(bound(b, 1, kinds - 1));
        vm.assume(first != second);
        // The value of the second change is chosen to be the id of the first.
        bytes32 firstId = app.changeId(first, value);
        assertNotEq(app.changeId(second, firstId), firstId);
        assertNotEq(app.changeId(second, value), firstId);
    }

    // ------------------------------------------------------------------ 5: renouncing

    function test_Scenario5_RenouncingWithdrawsEveryPendingLoosening() public {
        vm.startPrank(owner);
        bytes32[] memory ids = new bytes32[](5);
        ids[0] = app.proposeComposeHash(HASH_V2, URI);
        ids[1] = app.proposeDevice(DEVICE_2, "");
        ids[2] = app.proposeTcbNotRequired("");
        ids[3] = app.proposeNoticePeriod(MIN_NOTICE, "");
        ids[4] = app.proposeAllowAnyDevice("");
        app.transferOwnership(nominee);
        assertEq(app.pendingChangeCount(), 6);

        vm.recordLogs();
        app.renounceOwnership();
        vm.stopPrank();
        assertEq(_countTopic(vm.getRecordedLogs(), IAppAuthNotice.ChangeCancelled.selector), 6);
        assertEq(app.pendingChangeCount(), 0);

        // Nothing announced before renouncing can take effect afterwards.
        vm.warp(START + NOTICE);
        for (uint256 i; i < ids.length; ++i) {
            vm.expectRevert(abi.encodeWithSelector(IAppAuthNotice.AppAuthChangeNotPending.selector, ids[i]));
            app.activate(ids[i]);
        }
        assertFalse(app.allowedComposeHashes(HASH_V2));
        assertFalse(app.allowedDeviceIds(DEVICE_2));
        assertTrue(app.requireTcbUpToDate());
        assertFalse(app.allowAnyDevice());
        assertEq(app.noticePeriod(), NOTICE);
        // And nothing new can be announced.
        _expectUnauthorized(owner);
        vm.prank(owner);
        app.proposeComposeHash(HASH_V3);
    }

    // ------------------------------------------------------------------ 9: owner-chosen strings

    function test_Scenario9_UriLongerThanTheCapIsRefused() public {
        uint256 cap = app.MAX_URI_LENGTH();
        vm.expectRevert(abi.encodeWithSelector(IAppAuthNotice.AppAuthUriTooLong.selector, 20_000, cap));
        vm.prank(owner);
        app.proposeComposeHash(HASH_V2, string(new bytes(20_000)));

        vm.expectRevert(abi.encodeWithSelector(IAppAuthNotice.AppAuthUriTooLong.selector, cap + 1, cap));
        vm.prank(owner);
        app.proposeDevice(DEVICE_2, string(new bytes(cap + 1)));

        vm.prank(owner);
        app.proposeAllowAnyDevice(string(new bytes(cap)));
    }

    function test_Scenario9_APageOf50MaxLengthProposalsFitsA30MGasCall() public {
        string memory uri = _maxUri();
        vm.startPrank(owner);
        for (uint256 i; i < 50; ++i) {
            app.proposeComposeHash(keccak256(abi.encode("page", i)), uri);
        }
        vm.stopPrank();
        assertEq(app.pendingChangeCount(), 50);

        // Every slot cold, as in a fresh eth_call.
        vm.cool(address(app));
        bytes memory call = abi.encodeCall(IAppAuthNotice.pendingChanges, (0, 50));
        uint256 before = gasleft();
        (bool ok, bytes memory page) = address(app).staticcall{gas: CALL_GAS_CAP - _intrinsicGas(call)}(call);
        uint256 used = before - gasleft();
        assertTrue(ok, "a page of 50 did not fit a 30M-gas call");
        (bytes32[] memory ids, IAppAuthNotice.Change[] memory changes) =
            abi.decode(page, (bytes32[], IAppAuthNotice.Change[]));
        assertEq(ids.length, 50);
        assertEq(bytes(changes[49].uri).length, app.MAX_URI_LENGTH());
        assertLt(used + _intrinsicGas(call), CALL_GAS_CAP);
        emit log_named_uint("pendingChanges(0, 50) gas, 50 max-length uris, cold", used);
    }

    function _maxUri() private view returns (string memory) {
        bytes memory uri = new bytes(app.MAX_URI_LENGTH());
        // Non-zero bytes, the costlier case for storage and calldata alike.
        for (uint256 i; i < uri.length; ++i) {
            uri[i] = "a";
        }
        return string(uri);
    }

    /// @dev What an eth_call pays before execution: the transaction base cost and its calldata.
    function _intrinsicGas(bytes memory data) private pure returns (uint256 gas) {
        gas = 21_000;
        for (uint256 i; i < data.length; ++i) {
            gas += data[i] == 0 ? 4 : 16;
        }
    }
}
