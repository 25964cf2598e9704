// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IOptOutRegistry} from "../../contracts/interfaces/IOptOutRegistry.sol";
import {OptOutTestBase} from "./OptOutTestBase.sol";
import {composeHashId} from "../utils/Defaults.sol";

/// @notice The registry over random orders of users, random times, random paths and random page sizes.
contract OptOutFuzzTest is OptOutTestBase {
    /// @notice Users opt out in any order, at any times inside the window, by transaction or by
    /// signature; the frozen set read in any page size is exactly that order and matches the digest.
    function testFuzz_optOut_SetMatchesDigestForAnyOrderAndTimes(uint256 seed, uint256 rawCount, uint256 rawPage)
        public
    {
        uint256 count = bound(rawCount, 1, 40);
        Account[] memory users = _users(seed, count);
        _shuffle(users, seed);
        uint256 activatesAt = app.activatesAt(composeHashId(HASH_V2));

        address[] memory order = new address[](count);
        for (uint256 i; i < count; ++i) {
            uint256 remaining = activatesAt - 1 - block.timestamp;
            vm.warp(block.timestamp + _random(seed, "step", i) % (remaining / (count - i) + 1));
            if (_random(seed, "path", i) % 2 == 0) _optOut(users[i].addr, composeHashId(HASH_V2));
            else _optOutBySig(users[i], composeHashId(HASH_V2), v2Key);
            order[i] = users[i].addr;
            assertEq(registry.optOutCount(v2Key), i + 1);
            assertEq(registry.digest(v2Key), _expectedDigest(v2Key, _prefix(order, i + 1)));
        }
        assertLt(block.timestamp, activatesAt);

        vm.warp(activatesAt + _random(seed, "after", 0) % (30 days));
        assertTrue(registry.isFrozen(v2Key));
        address[] memory read = _readAll(v2Key, bound(rawPage, 1, 50));
        assertEq(read, order);
        assertTrue(registry.verifyDigest(v2Key, read));

        vm.expectRevert(abi.encodeWithSelector(IOptOutRegistry.OptOutWindowClosed.selector, v2Key, activatesAt));
        _optOut(alice.addr, composeHashId(HASH_V2));
    }

    /// @notice An opt-out succeeds exactly when it lands inside `[proposedAt, activatesAt)`.
    function testFuzz_optOut_OpenExactlyInsideWindow(uint256 when) public {
        uint256 activatesAt = app.activatesAt(composeHashId(HASH_V2));
        when = bound(when, block.timestamp, activatesAt + GRACE + 30 days);
        vm.warp(when);
        if (when < activatesAt) {
            _optOut(alice.addr, composeHashId(HASH_V2));
            assertTrue(registry.isOptedOut(alice.addr, v2Key));
            assertFalse(registry.isFrozen(v2Key));
        } else {
            vm.expectRevert(abi.encodeWithSelector(IOptOutRegistry.OptOutWindowClosed.selector, v2Key, activatesAt));
            _optOut(alice.addr, composeHashId(HASH_V2));
            assertEq(registry.optOutCount(v2Key), 0);
        }
    }

    /// @notice A cancel at any moment of the window freezes the set in that block.
    function testFuzz_optOut_CancelFreezesAtOnce(uint256 cancelAt) public {
        uint256 activatesAt = app.activatesAt(composeHashId(HASH_V2));
        _optOut(alice.addr, composeHashId(HASH_V2));
        vm.warp(bound(cancelAt, block.timestamp, activatesAt - 1));
        _cancel(composeHashId(HASH_V2));
        assertTrue(registry.isFrozen(v2Key));
        vm.expectRevert(abi.encodeWithSelector(IOptOutRegistry.OptOutChangeNotPending.selector, composeHashId(HASH_V2)));
        _optOut(bob.addr, composeHashId(HASH_V2));
        assertEq(registry.optOutCount(v2Key), 1);
    }

    /// @notice A signature is good up to and including its deadline, and not a second later.
    function testFuzz_optOutBySig_DeadlineIsInclusive(uint256 deadline, uint256 relayAt) public {
        uint256 activatesAt = app.activatesAt(composeHashId(HASH_V2));
        deadline = bound(deadline, block.timestamp, type(uint256).max);
        relayAt = bound(relayAt, block.timestamp, activatesAt - 1);
        bytes memory signature = _sign(alice, v2Key, deadline);
        vm.warp(relayAt);
        if (relayAt > deadline) {
            vm.expectRevert(
                abi.encodeWithSelector(IOptOutRegistry.OptOutSignatureExpired.selector, alice.addr, deadline)
            );
        }
        vm.prank(relayer);
        registry.optOutBySig(alice.addr, composeHashId(HASH_V2), v2Key, deadline, signature);
        assertEq(registry.isOptedOut(alice.addr, v2Key), relayAt <= deadline);
    }

    /// @notice Dropping any entry, or swapping any two, changes the digest.
    function testFuzz_digest_DetectsAnyTamper(uint256 seed, uint256 rawCount, uint256 a, uint256 b) public {
        uint256 count = bound(rawCount, 2, 20);
        Account[] memory users = _users(seed, count);
        address[] memory set = new address[](count);
        for (uint256 i; i < count; ++i) {
            _optOut(users[i].addr, composeHashId(HASH_V2));
            set[i] = users[i].addr;
        }
        assertTrue(registry.verifyDigest(v2Key, set));
        a = bound(a, 0, count - 1);
        b = bound(b, 0, count - 2);
        if (b >= a) ++b;

        (set[a], set[b]) = (set[b], set[a]);
        assertFalse(registry.verifyDigest(v2Key, set), "swap undetected");
        (set[a], set[b]) = (set[b], set[a]);

        address[] memory dropped = new address[](count - 1);
        for (uint256 i; i < count; ++i) {
            if (i != a) dropped[i < a ? i : i - 1] = set[i];
        }
        assertTrue(registry.computeDigest(v2Key, dropped) != registry.digest(v2Key), "drop undetected");
    }

    // ------------------------------------------------------------------ helpers

    function _users(uint256 seed, uint256 count) internal pure returns (Account[] memory users) {
        users = new Account[](count);
        for (uint256 i; i < count; ++i) {
            uint256 key = _random(seed, "user", i) % (SECP256K1_ORDER - 1) + 1;
            users[i] = Account(vm.addr(key), key);
        }
    }

    function _shuffle(Account[] memory users, uint256 seed) internal pure {
        for (uint256 i = users.length; i > 1; --i) {
            uint256 j = _random(seed, "shuffle", i) % i;
            (users[i - 1], users[j]) = (users[j], users[i - 1]);
        }
    }

    function _prefix(address[] memory users, uint256 length) internal pure returns (address[] memory head) {
        head = new address[](length);
        for (uint256 i; i < length; ++i) {
            head[i] = users[i];
        }
    }

    function _random(uint256 seed, string memory label, uint256 i) internal pure returns (uint256) {
        return uint256(keccak256(abi.encode(seed, label, i)));
    }
}
