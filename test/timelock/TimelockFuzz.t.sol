// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {TimelockAppAuth} from "../../contracts/TimelockAppAuth.sol";
import {IAppAuth} from "../../contracts/interfaces/IAppAuth.sol";
import {IAppAuthNotice} from "../../contracts/interfaces/IAppAuthNotice.sol";
import {IAppAuthOwnable} from "../../contracts/interfaces/IAppAuthOwnable.sol";
import {BootInfos} from "../utils/BootInfos.sol";
import {TimelockTestBase} from "./TimelockTestBase.sol";
import {composeHashId} from "../utils/Defaults.sol";

/// @notice Fuzzed hashes, notice and grace periods and times. The activation window is checked at its
/// four edges every run: activatesAt-1 refused, activatesAt and expiresAt accepted, expiresAt+1 refused.
contract TimelockFuzzTest is TimelockTestBase {
    using BootInfos for IAppAuth.AppBootInfo;

    uint256 internal constant MAX_NOTICE = 3650 days;
    uint256 internal constant MAX_GRACE = 365 days;
    /// @dev Far beyond any real chain (year ~36,800) and far below uint64 overflow.
    uint256 internal constant MAX_START = 2 ** 40;

    function _redeploy(uint256 notice, uint256 minNotice, uint256 grace, uint256 start) internal {
        vm.warp(start);
        app = new TimelockAppAuth(owner, notice, minNotice, grace, initialPolicy());
    }

    function testFuzz_activate_WindowEdgesAreExact(
        bytes32 composeHash,
        uint256 notice,
        uint256 grace,
        uint256 start
    ) public {
        vm.assume(composeHash != bytes32(0) && composeHash != HASH_V1);
        notice = bound(notice, 1, MAX_NOTICE);
        grace = bound(grace, 1, MAX_GRACE);
        start = bound(start, 1, MAX_START);
        _redeploy(notice, 1, grace, start);

        bytes32 id = _proposeHash(composeHash);
        uint256 at = start + notice;
        uint256 expiresAt = at + grace;
        assertEq(app.activatesAt(id), at);
        assertEq(app.getChange(id).expiresAt, expiresAt);

        vm.warp(at - 1);
        vm.expectRevert(abi.encodeWithSelector(IAppAuthNotice.AppAuthNoticePeriodNotElapsed.selector, id, at));
        app.activateComposeHash(composeHash);
        _assertDenied(_boot().withComposeHash(composeHash), "Compose hash not allowed");

        uint256 snapshot = vm.snapshotState();
        vm.warp(at);
        app.activateComposeHash(composeHash);
        _assertAllowed(_boot().withComposeHash(composeHash));
        vm.revertToState(snapshot);

        snapshot = vm.snapshotState();
        vm.warp(expiresAt);
        app.activateComposeHash(composeHash);
        _assertAllowed(_boot().withComposeHash(composeHash));
        vm.revertToState(snapshot);

        vm.warp(expiresAt + 1);
        vm.expectRevert(abi.encodeWithSelector(IAppAuthNotice.AppAuthChangeExpired.selector, id, expiresAt));
        app.activateComposeHash(composeHash);
        app.clearExpired(id);
        assertFalse(app.allowedComposeHashes(composeHash));
    }

    function testFuzz_activate_OnlyInsideTheWindow(
        bytes32 deviceId,
        uint256 notice,
        uint256 grace,
        uint256 when
    ) public {
        vm.assume(deviceId != bytes32(0) && deviceId != DEVICE_1);
        notice = bound(notice, 1, MAX_NOTICE);
        grace = bound(grace, 1, MAX_GRACE);
        _redeploy(notice, 1, grace, START);
        bytes32 id = _proposeDevice(deviceId);
        uint256 at = START + notice;
        when = bound(when, START, at + grace + 30 days);
        vm.warp(when);

        bool inWindow = when >= at && when <= at + grace;
        if (when < at) {
            vm.expectRevert(
                abi.encodeWithSelector(IAppAuthNotice.AppAuthNoticePeriodNotElapsed.selector, id, at)
            );
        } else if (!inWindow) {
            vm.expectRevert(
                abi.encodeWithSelector(IAppAuthNotice.AppAuthChangeExpired.selector, id, at + grace)
            );
        }
        _activateAs(keeper, id);
        assertEq(app.allowedDeviceIds(deviceId), inWindow);
        (bool allowed,) = app.isAppAllowed(_boot().withDevice(deviceId));
        assertEq(allowed, inWindow);
    }

    function testFuzz_propose_ActivatesAtIsNowPlusTheNoticeInForce(
        bytes32 composeHash,
        uint256 lengthenTo,
        uint256 delay
    ) public {
        vm.assume(composeHash != bytes32(0) && composeHash != HASH_V1);
        lengthenTo = bound(lengthenTo, NOTICE + 1, MAX_NOTICE);
        delay = bound(delay, 0, 3650 days);
        vm.prank(owner);
        app.lengthenNoticePeriod(lengthenTo);
        vm.warp(START + delay);
        bytes32 id = _proposeHash(composeHash);
        assertEq(app.activatesAt(id), START + delay + lengthenTo);
        assertEq(app.getChange(id).proposedAt, START + delay);
    }

    function testFuzz_proposeNoticePeriod_WaitsTheOldNotice(uint256 newPeriod, uint256 early) public {
        newPeriod = bound(newPeriod, MIN_NOTICE, NOTICE - 1);
        early = bound(early, 1, NOTICE);
        vm.prank(owner);
        bytes32 id = app.proposeNoticePeriod(newPeriod, "");
        assertEq(app.activatesAt(id), START + NOTICE);
        vm.warp(START + NOTICE - early);
        vm.expectRevert(
            abi.encodeWithSelector(IAppAuthNotice.AppAuthNoticePeriodNotElapsed.selector, id, START + NOTICE)
        );
        app.activate(id);
        assertEq(app.noticePeriod(), NOTICE);
        vm.warp(START + NOTICE);
        app.activate(id);
        assertEq(app.noticePeriod(), newPeriod);
    }

    function testFuzz_proposeNoticePeriod_RefusesAnythingButAShortening(uint256 newPeriod) public {
        vm.assume(newPeriod < MIN_NOTICE || newPeriod >= NOTICE);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAppAuthNotice.AppAuthInvalidNoticePeriod.selector, newPeriod, MIN_NOTICE, NOTICE - 1
            )
        );
        vm.prank(owner);
        app.proposeNoticePeriod(newPeriod, "");
    }

    function testFuzz_noticeChanges_NeverMoveAnAnnouncedTime(
        bytes32 composeHash,
        uint256 shortenTo,
        uint256 lengthenTo,
        uint256 proposeDelay
    ) public {
        vm.assume(composeHash != bytes32(0) && composeHash != HASH_V1);
        shortenTo = bound(shortenTo, MIN_NOTICE, NOTICE - 1);
        lengthenTo = bound(lengthenTo, NOTICE + 1, MAX_NOTICE);
        proposeDelay = bound(proposeDelay, 0, NOTICE);

        vm.prank(owner);
        bytes32 shorten = app.proposeNoticePeriod(shortenTo, "");
        vm.warp(START + proposeDelay);
        bytes32 id = _proposeHash(composeHash);
        uint256 announced = app.activatesAt(id);
        assertEq(announced, START + proposeDelay + NOTICE);

        vm.warp(START + NOTICE);
        app.activate(shorten);
        assertEq(app.activatesAt(id), announced);
        vm.prank(owner);
        app.lengthenNoticePeriod(lengthenTo);
        assertEq(app.activatesAt(id), announced);

        if (block.timestamp < announced) {
            vm.expectRevert(
                abi.encodeWithSelector(IAppAuthNotice.AppAuthNoticePeriodNotElapsed.selector, id, announced)
            );
            app.activate(id);
        }
        vm.warp(announced);
        app.activate(id);
        assertTrue(app.allowedComposeHashes(composeHash));
    }

    function testFuzz_constructor_AcceptsExactlyValidPeriods(uint256 notice, uint256 minNotice, uint256 grace)
        public
    {
        notice = bound(notice, 0, MAX_NOTICE + 2);
        minNotice = bound(minNotice, 0, MAX_NOTICE + 2);
        grace = bound(grace, 0, MAX_GRACE + 2);
        bool minValid = minNotice >= 1 && minNotice <= MAX_NOTICE;
        bool noticeValid = notice >= minNotice && notice <= MAX_NOTICE;
        bool graceValid = grace >= 1 && grace <= MAX_GRACE;
        if (!minValid) {
            vm.expectRevert(
                abi.encodeWithSelector(
                    IAppAuthNotice.AppAuthInvalidNoticePeriod.selector, minNotice, 1, MAX_NOTICE
                )
            );
        } else if (!noticeValid) {
            vm.expectRevert(
                abi.encodeWithSelector(
                    IAppAuthNotice.AppAuthInvalidNoticePeriod.selector, notice, minNotice, MAX_NOTICE
                )
            );
        } else if (!graceValid) {
            vm.expectRevert(abi.encodeWithSelector(IAppAuthNotice.AppAuthInvalidGracePeriod.selector, grace));
        }
        TimelockAppAuth fresh = new TimelockAppAuth(owner, notice, minNotice, grace, initialPolicy());
        if (minValid && noticeValid && graceValid) {
            assertEq(fresh.noticePeriod(), notice);
            assertEq(fresh.minNoticePeriod(), minNotice);
            assertEq(fresh.gracePeriod(), grace);
        }
    }

    function testFuzz_lengthenNoticePeriod_AcceptsExactlyLongerPeriods(uint256 newPeriod) public {
        bool valid = newPeriod > NOTICE && newPeriod <= MAX_NOTICE;
        if (!valid) {
            vm.expectRevert(
                abi.encodeWithSelector(
                    IAppAuthNotice.AppAuthInvalidNoticePeriod.selector, newPeriod, NOTICE + 1, MAX_NOTICE
                )
            );
        }
        vm.prank(owner);
        app.lengthenNoticePeriod(newPeriod);
        assertEq(app.noticePeriod(), valid ? newPeriod : NOTICE);
    }

    function testFuzz_strangers_CannotProposeOrCancel(address caller, bytes32 composeHash) public {
        vm.assume(caller != owner);
        vm.assume(composeHash != bytes32(0) && composeHash != HASH_V1);
        vm.expectRevert(abi.encodeWithSelector(IAppAuthOwnable.AppAuthUnauthorized.selector, caller));
        vm.prank(caller);
        app.proposeComposeHash(composeHash);

        bytes32 id = _proposeHash(composeHash);
        vm.expectRevert(abi.encodeWithSelector(IAppAuthOwnable.AppAuthUnauthorized.selector, caller));
        vm.prank(caller);
        app.cancelProposal(id);
        assertEq(app.activatesAt(id), START + NOTICE);
    }

    function testFuzz_pendingChanges_PagesCoverTheListOnce(uint8 count, uint8 cancels, uint256 pageSize)
        public
    {
        count = uint8(bound(count, 0, 24));
        cancels = uint8(bound(cancels, 0, count));
        pageSize = bound(pageSize, 1, 30);
        bytes32[] memory ids = new bytes32[](count);
        vm.startPrank(owner);
        for (uint256 i; i < count; ++i) {
            ids[i] = app.proposeComposeHash(keccak256(abi.encode("fuzz hash", i)));
        }
        // Cancel from the front, which moves the last element into each freed slot.
        for (uint256 i; i < cancels; ++i) {
            app.cancelProposal(ids[i]);
        }
        vm.stopPrank();

        uint256 remaining = uint256(count) - cancels;
        assertEq(app.pendingChangeCount(), remaining);
        bytes32[] memory seen = new bytes32[](remaining);
        uint256 seenCount;
        for (uint256 offset; offset <= remaining; offset += pageSize) {
            (bytes32[] memory page, IAppAuthNotice.Change[] memory changes) =
                app.pendingChanges(offset, pageSize);
            uint256 expectedLength = remaining - offset < pageSize ? remaining - offset : pageSize;
            assertEq(page.length, expectedLength);
            for (uint256 j; j < page.length; ++j) {
                assertEq(composeHashId(changes[j].value), page[j]);
                seen[seenCount++] = page[j];
            }
        }
        assertEq(seenCount, remaining);
        // Every survivor is listed exactly once; with the count above, nothing else is listed.
        for (uint256 k = cancels; k < count; ++k) {
            uint256 occurrences;
            for (uint256 j; j < remaining; ++j) {
                if (seen[j] == ids[k]) ++occurrences;
            }
            assertEq(occurrences, 1, "survivor missing or repeated");
        }
    }
}
