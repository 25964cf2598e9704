// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Test} from "forge-std/Test.sol";
import {AppAuthCore} from "../../contracts/AppAuthCore.sol";
import {OptOutRegistry} from "../../contracts/OptOutRegistry.sol";
import {TimelockAppAuth} from "../../contracts/TimelockAppAuth.sol";
import {Defaults, composeHashId} from "../utils/Defaults.sol";

/// @notice A timelock AppAuth with its opt-out registry, a pending upgrade to v2, and users who can sign.
abstract contract OptOutTestBase is Test, Defaults {
    address internal owner = makeAddr("owner");
    address internal relayer = makeAddr("relayer");
    Account internal alice = makeAccount("alice");
    Account internal bob = makeAccount("bob");

    TimelockAppAuth internal app;
    OptOutRegistry internal registry;

    /// @dev The key of the pending v2 announcement (change id `composeHashId(HASH_V2)`).
    bytes32 internal v2Key;

    function setUp() public virtual {
        vm.warp(1_700_000_000);
        AppAuthCore.InitialPolicy memory policy = initialPolicyAnyTcb();
        app = new TimelockAppAuth(owner, NOTICE, MIN_NOTICE, GRACE, policy);
        registry = new OptOutRegistry(app);
        v2Key = _propose(HASH_V2);
    }

    // ------------------------------------------------------------------ helpers

    /// @dev Announces `composeHash` as the owner and returns the announcement's key.
    function _propose(bytes32 composeHash) internal returns (bytes32 key) {
        vm.prank(owner);
        app.proposeComposeHash(composeHash, "ipfs://release-notes");
        return registry.currentProposalKey(composeHashId(composeHash));
    }

    function _cancel(bytes32 changeId) internal {
        vm.prank(owner);
        app.cancelProposal(changeId);
    }

    function _optOut(address user, bytes32 changeId) internal returns (bytes32 key) {
        vm.prank(user);
        return registry.optOut(changeId);
    }

    /// @dev `user`'s signature of an opt-out of `key`, on this registry and chain.
    function _sign(Account memory user, bytes32 key, uint256 deadline) internal view returns (bytes memory) {
        return _signWith(user.key, registry.hashOptOut(user.addr, key, deadline));
    }

    function _signWith(uint256 privateKey, bytes32 hash) internal pure returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(privateKey, hash);
        return abi.encodePacked(r, s, v);
    }

    function _relay(address by, Account memory user, bytes32 changeId, bytes32 key, bytes memory signature)
        internal
    {
        vm.prank(by);
        registry.optOutBySig(user.addr, changeId, key, block.timestamp + 1 days, signature);
    }

    /// @dev Signs with a deadline of one day, then relays as `relayer`.
    function _optOutBySig(Account memory user, bytes32 changeId, bytes32 key) internal {
        _relay(relayer, user, changeId, key, _sign(user, key, block.timestamp + 1 days));
    }

    /// @dev The whole set of `key`, read in pages of `pageSize`.
    function _readAll(bytes32 key, uint256 pageSize) internal view returns (address[] memory all) {
        uint256 total = registry.optOutCount(key);
        all = new address[](total);
        for (uint256 offset; offset < total; offset += pageSize) {
            address[] memory page = registry.optOuts(key, offset, pageSize);
            for (uint256 i; i < page.length; ++i) {
                all[offset + i] = page[i];
            }
        }
    }

    /// @dev The digest recomputed here, independently of the registry's code.
    function _expectedDigest(bytes32 key, address[] memory users) internal pure returns (bytes32 result) {
        result = key;
        for (uint256 i; i < users.length; ++i) {
            result = keccak256(abi.encode(result, users[i]));
        }
    }

    function _assertSetUnchanged(bytes32 key, address[] memory expected) internal view {
        assertEq(registry.optOutCount(key), expected.length, "count");
        assertEq(registry.digest(key), _expectedDigest(key, expected), "digest");
        address[] memory all = _readAll(key, 7);
        for (uint256 i; i < expected.length; ++i) {
            assertEq(all[i], expected[i], "entry");
            assertTrue(registry.isOptedOut(expected[i], key), "isOptedOut");
        }
    }

    function _pair(address a, address b) internal pure returns (address[] memory users) {
        users = new address[](2);
        (users[0], users[1]) = (a, b);
    }

    function _one(address a) internal pure returns (address[] memory users) {
        users = new address[](1);
        users[0] = a;
    }
}
