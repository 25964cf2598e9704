// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Test, console} from "forge-std/Test.sol";
import {AppAuthCore} from "../../contracts/AppAuthCore.sol";
import {OptOutRegistry} from "../../contracts/OptOutRegistry.sol";
import {TimelockAppAuth} from "../../contracts/TimelockAppAuth.sol";
import {OptOutHandler} from "./handlers/OptOutHandler.sol";

/// @notice Users opt out (by transaction and by signature through relayers), the owner proposes,
/// cancels and re-proposes, changes activate or expire, an attacker forges and replays, time passes;
/// through all of it every proposal's set stays append-only, frozen after its window, and provable.
contract OptOutInvariantTest is Test {
    OptOutHandler internal handler;
    OptOutRegistry internal registry;

    function setUp() public {
        vm.warp(1_700_000_000);
        address owner = makeAddr("owner");
        AppAuthCore.InitialPolicy memory policy;
        TimelockAppAuth app = new TimelockAppAuth(owner, 2 days, 1 days, 1 days, policy);
        registry = new OptOutRegistry(app);
        handler = new OptOutHandler(app, registry, owner);

        targetContract(address(handler));
        excludeSender(address(handler));
    }

    /// @notice The digest always equals the one recomputed from the set read in pages, and the set is
    /// exactly the users the model saw recorded, in that order.
    function invariant_DigestMatchesEnumeratedSet() public view {
        for (uint256 i; i < handler.keyCount(); ++i) {
            bytes32 key = handler.keys(i);
            address[] memory expected = handler.modelSet(key);
            uint256 count = registry.optOutCount(key);
            assertEq(count, expected.length, "count differs from the recorded opt-outs");

            bytes32 running = key;
            for (uint256 offset; offset < count; offset += 3) {
                address[] memory page = registry.optOuts(key, offset, 3);
                for (uint256 j; j < page.length; ++j) {
                    assertEq(page[j], expected[offset + j], "entry differs");
                    assertTrue(registry.isOptedOut(page[j], key), "entry forgotten");
                    running = keccak256(abi.encode(running, page[j]));
                }
            }
            assertEq(running, registry.digest(key), "digest differs from the enumerated set");
        }
    }

    /// @notice No set ever shrinks.
    function invariant_CountNeverDecreases() public view {
        assertFalse(handler.countDecreased());
        for (uint256 i; i < handler.keyCount(); ++i) {
            bytes32 key = handler.keys(i);
            assertGe(registry.optOutCount(key), handler.lastCount(key));
        }
    }

    /// @notice Nothing is added to a set once its window has closed or its proposal was withdrawn, and
    /// the registry reads as frozen exactly when the model does.
    function invariant_NoEntryAfterFreeze() public view {
        assertEq(handler.entriesAfterFreeze(), 0, "an entry landed after the freeze");
        for (uint256 i; i < handler.keyCount(); ++i) {
            bytes32 key = handler.keys(i);
            if (handler.frozenSeen(key)) {
                assertEq(registry.optOutCount(key), handler.countAtFreeze(key), "a frozen set grew");
            }
            if (registry.proposal(key).activatesAt != 0) {
                assertEq(registry.isFrozen(key), handler.modelFrozen(key), "freeze differs from the model");
            }
        }
    }

    /// @notice Only a user's own transaction or signature records that user.
    function invariant_NoForgeryAccepted() public view {
        assertEq(handler.forgeriesAccepted(), 0);
    }

    function afterInvariant() external view {
        console.log("propose", handler.calls("propose"), "cancel", handler.calls("cancel"));
        console.log("activate", handler.calls("activate"), "clearExpired", handler.calls("clearExpired"));
        console.log("optOut", handler.calls("optOut"), "optOutBySig", handler.calls("optOutBySig"));
        console.log("optOutLate", handler.calls("optOutLate"), "forge", handler.calls("forge"));
        console.log("warp", handler.calls("warp"), "proposals", handler.keyCount());
        console.log("opt-outs recorded", handler.calls("recorded"));
    }
}
