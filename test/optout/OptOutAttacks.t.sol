// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {AppAuthCore} from "../../contracts/AppAuthCore.sol";
import {OptOutRegistry} from "../../contracts/OptOutRegistry.sol";
import {TimelockAppAuth} from "../../contracts/TimelockAppAuth.sol";
import {IOptOutRegistry} from "../../contracts/interfaces/IOptOutRegistry.sol";
import {OptOutTestBase} from "./OptOutTestBase.sol";
import {composeHashId} from "../utils/Defaults.sol";

/// @notice A8, the defeated opt-out: each way a developer could defeat it, tried and refused. Then the
/// ways a signed opt-out could be replayed where its user did not mean it.
contract OptOutAttacksTest is OptOutTestBase {
    // ------------------------------------------------------------------ A8: an opt-out that can be removed

    /// @notice The registry's only state-changing functions are the three that add; none takes an entry out.
    function test_optOut_HasNoRemovalPath() public view {
        string memory artifact = vm.readFile("out/OptOutRegistry.sol/OptOutRegistry.json");
        string[] memory writers = abi.decode(
            vm.parseJson(
                artifact,
                "$.abi[?(@.type == 'function' && @.stateMutability != 'view' && @.stateMutability != 'pure')].name"
            ),
            (string[])
        );
        assertEq(writers.length, 3, "a new state-changing function appeared");
        assertEq(writers[0], "optOut");
        assertEq(writers[1], "optOutBySig");
        assertEq(writers[2], "track");

        // No owner either: nobody holds a role in the registry.
        (bool hasOwner,) = address(registry).staticcall(abi.encodeWithSignature("owner()"));
        assertFalse(hasOwner, "the registry answers owner()");
    }

    /// @notice Whatever the owner does to the AppAuth or calls on the registry, recorded opt-outs stay.
    function test_optOut_SurvivesEveryOwnerAction() public {
        _optOut(alice.addr, composeHashId(HASH_V2));
        _optOutBySig(bob, composeHashId(HASH_V2), v2Key);
        address[] memory set = _pair(alice.addr, bob.addr);

        vm.startPrank(owner);
        // The owner uses the registry like anyone else: it can only add itself.
        registry.track(composeHashId(HASH_V2));
        registry.optOut(composeHashId(HASH_V2));
        set = _appendTo(set, owner);
        _assertSetUnchanged(v2Key, set);

        app.cancelProposal(composeHashId(HASH_V2));
        _assertSetUnchanged(v2Key, set);
        vm.warp(block.timestamp + 1);
        app.proposeComposeHash(HASH_V2, "ipfs://again");
        app.proposeComposeHash(HASH_V3);
        app.removeComposeHash(HASH_V1);
        app.removeDevice(DEVICE_1);
        app.lengthenNoticePeriod(NOTICE + 1 days);
        app.transferOwnership(relayer);
        vm.stopPrank();
        _assertSetUnchanged(v2Key, set);

        vm.warp(app.activatesAt(composeHashId(HASH_V2)));
        app.activate(composeHashId(HASH_V2));
        vm.warp(block.timestamp + 1 days); // the hand-over was announced after the notice period grew
        vm.prank(relayer);
        app.acceptOwnership();
        vm.prank(relayer);
        app.renounceOwnership();
        vm.warp(block.timestamp + 365 days);
        _assertSetUnchanged(v2Key, set);
        assertTrue(registry.isFrozen(v2Key));
    }

    // ------------------------------------------------------------------ A8: censored by the owner

    /// @notice Anyone relays a signed opt-out, the owner included, and the signer is who gets recorded.
    function testFuzz_optOutBySig_AnyoneRelays(address by) public {
        vm.assume(by != address(0));
        _relay(by, alice, composeHashId(HASH_V2), v2Key, _sign(alice, v2Key, block.timestamp + 1 days));
        assertTrue(registry.isOptedOut(alice.addr, v2Key));
        assertEq(registry.optOutCount(v2Key), 1);
        assertEq(registry.optOuts(v2Key, 0, 1)[0], alice.addr);
    }

    /// @notice The owner relaying a user's signature cannot record anyone else, and cannot stop the
    /// user's own transaction: the AppAuth's controller has no say in the registry at all.
    function test_optOut_CannotBeCensoredByOwner() public {
        _relay(owner, alice, composeHashId(HASH_V2), v2Key, _sign(alice, v2Key, block.timestamp + 1 days));
        assertTrue(registry.isOptedOut(alice.addr, v2Key));
        assertFalse(registry.isOptedOut(owner, v2Key));

        // Renouncing withdraws every pending change (the notice core's rule): the change the opt-outs
        // were about can no longer activate, and what was recorded stays recorded.
        vm.prank(owner);
        app.renounceOwnership();
        assertEq(app.activatesAt(composeHashId(HASH_V2)), 0);
        assertTrue(registry.isOptedOut(alice.addr, v2Key));
        vm.expectRevert(abi.encodeWithSelector(IOptOutRegistry.OptOutChangeNotPending.selector, composeHashId(HASH_V2)));
        _optOut(bob.addr, composeHashId(HASH_V2));
    }

    /// @notice Cancelling and announcing again cannot shorten anyone's window: the new announcement
    /// waits a full notice period and its set is open for all of it; the old one can never activate.
    function test_optOut_ReannouncementReopensAFullWindow() public {
        uint256 firstActivation = app.activatesAt(composeHashId(HASH_V2));
        vm.warp(firstActivation - 1);
        _cancel(composeHashId(HASH_V2));
        bytes32 newKey = _propose(HASH_V2);
        assertEq(registry.proposal(newKey).activatesAt, 0, "not tracked yet");
        assertEq(app.activatesAt(composeHashId(HASH_V2)), block.timestamp + NOTICE);

        vm.warp(block.timestamp + NOTICE - 1);
        assertEq(_optOut(alice.addr, composeHashId(HASH_V2)), newKey);
        assertFalse(registry.isFrozen(newKey));
    }

    /// @notice The proposer chooses the announcement's metadata; a huge `uri` must not make opting out
    /// expensive. The registry reads only the announcement's times, so the cost is the same as for a
    /// short one (reading the whole change here cost 1.4M gas per opt-out for a 20 kB uri).
    function test_optOut_CostDoesNotGrowWithProposerUri() public {
        string memory longest = string(new bytes(app.MAX_URI_LENGTH()));
        vm.prank(owner);
        app.proposeComposeHash(HASH_V3, longest);
        registry.track(composeHashId(HASH_V2));
        registry.track(composeHashId(HASH_V3));

        vm.cool(address(app));
        vm.cool(address(registry));
        vm.prank(alice.addr);
        uint256 before = gasleft();
        registry.optOut(composeHashId(HASH_V3));
        uint256 hugeUri = before - gasleft();

        vm.cool(address(app));
        vm.cool(address(registry));
        vm.prank(alice.addr);
        before = gasleft();
        registry.optOut(composeHashId(HASH_V2));
        uint256 shortUri = before - gasleft();

        assertEq(hugeUri, shortUri);
    }

    // ------------------------------------------------------------------ A8: recorded after the freeze

    /// @notice From the activation time on, before anyone activates (in the grace period) and after.
    function test_RevertWhen_OptOutAfterActivationTime() public {
        _optOut(alice.addr, composeHashId(HASH_V2));
        uint256 activatesAt = app.activatesAt(composeHashId(HASH_V2));
        uint256 deadline = activatesAt + 1 days;
        bytes memory signature = _sign(bob, v2Key, deadline);
        vm.warp(activatesAt);

        assertTrue(registry.isFrozen(v2Key));
        vm.expectRevert(abi.encodeWithSelector(IOptOutRegistry.OptOutWindowClosed.selector, v2Key, activatesAt));
        _optOut(bob.addr, composeHashId(HASH_V2));
        vm.expectRevert(abi.encodeWithSelector(IOptOutRegistry.OptOutWindowClosed.selector, v2Key, activatesAt));
        registry.optOutBySig(bob.addr, composeHashId(HASH_V2), v2Key, deadline, signature);

        app.activate(composeHashId(HASH_V2));
        vm.expectRevert(abi.encodeWithSelector(IOptOutRegistry.OptOutChangeNotPending.selector, composeHashId(HASH_V2)));
        _optOut(bob.addr, composeHashId(HASH_V2));
        vm.expectRevert(abi.encodeWithSelector(IOptOutRegistry.OptOutChangeNotPending.selector, composeHashId(HASH_V2)));
        registry.optOutBySig(bob.addr, composeHashId(HASH_V2), v2Key, deadline, signature);
        _assertSetUnchanged(v2Key, _one(alice.addr));
    }

    /// @notice A cancel closes the window at once, for both paths.
    function test_RevertWhen_OptOutAfterCancel() public {
        _optOut(alice.addr, composeHashId(HASH_V2));
        uint256 deadline = block.timestamp + 1 days;
        bytes memory signature = _sign(bob, v2Key, deadline);
        _cancel(composeHashId(HASH_V2));

        assertTrue(registry.isFrozen(v2Key));
        vm.expectRevert(abi.encodeWithSelector(IOptOutRegistry.OptOutChangeNotPending.selector, composeHashId(HASH_V2)));
        _optOut(bob.addr, composeHashId(HASH_V2));
        vm.expectRevert(abi.encodeWithSelector(IOptOutRegistry.OptOutChangeNotPending.selector, composeHashId(HASH_V2)));
        registry.optOutBySig(bob.addr, composeHashId(HASH_V2), v2Key, deadline, signature);
        _assertSetUnchanged(v2Key, _one(alice.addr));
    }

    /// @notice Once the change is announced again, a signature for the cancelled announcement cannot
    /// reach the cancelled set, and a transaction lands in the new one.
    function test_RevertWhen_OptOutTargetsCancelledAnnouncement() public {
        _optOut(alice.addr, composeHashId(HASH_V2));
        uint256 deadline = block.timestamp + 30 days;
        bytes memory signature = _sign(bob, v2Key, deadline);
        _cancel(composeHashId(HASH_V2));
        vm.warp(block.timestamp + 1);
        bytes32 newKey = _propose(HASH_V2);

        vm.expectRevert(
            abi.encodeWithSelector(IOptOutRegistry.OptOutProposalMismatch.selector, composeHashId(HASH_V2), v2Key, newKey)
        );
        registry.optOutBySig(bob.addr, composeHashId(HASH_V2), v2Key, deadline, signature);
        assertEq(_optOut(bob.addr, composeHashId(HASH_V2)), newKey);
        assertTrue(registry.isFrozen(v2Key));
        _assertSetUnchanged(v2Key, _one(alice.addr));
    }

    /// @notice A re-announcement that lands on the very same activation time (the notice period was
    /// shortened in between) is still another proposal: the cancelled set stays frozen. A registry that
    /// keyed or checked proposals by activation time alone would reopen it here.
    function test_RevertWhen_OptOutTargetsCancelledAnnouncementWithSameActivationTime() public {
        uint256 start = block.timestamp;
        vm.prank(owner);
        bytes32 shorten = app.proposeNoticePeriod(MIN_NOTICE, "");

        vm.warp(start + 5 days);
        bytes32 firstKey = _propose(HASH_V3);
        uint256 activatesAt = app.activatesAt(composeHashId(HASH_V3));
        _optOut(alice.addr, composeHashId(HASH_V3));

        vm.warp(start + NOTICE);
        app.activate(shorten);
        vm.warp(activatesAt - MIN_NOTICE);
        _cancel(composeHashId(HASH_V3));
        bytes32 secondKey = _propose(HASH_V3);
        assertEq(app.activatesAt(composeHashId(HASH_V3)), activatesAt, "same activation time");
        assertTrue(secondKey != firstKey);

        assertTrue(registry.isFrozen(firstKey), "the cancelled set reads as open");
        uint256 deadline = block.timestamp + 1 days;
        bytes memory signature = _sign(bob, firstKey, deadline);
        vm.expectRevert(
            abi.encodeWithSelector(IOptOutRegistry.OptOutProposalMismatch.selector, composeHashId(HASH_V3), firstKey, secondKey)
        );
        registry.optOutBySig(bob.addr, composeHashId(HASH_V3), firstKey, deadline, signature);
        assertEq(_optOut(bob.addr, composeHashId(HASH_V3)), secondKey);
        _assertSetUnchanged(firstKey, _one(alice.addr));
        _assertSetUnchanged(secondKey, _one(bob.addr));
    }

    // ------------------------------------------------------------------ A8: a set that cannot be proved complete

    /// @notice The migration reader's check: read the frozen set at a pinned block, recompute the digest
    /// from the key, compare. It holds for the complete set, and nothing changes it later.
    function test_digest_ProvesCompleteSetAtPinnedBlock() public {
        address[] memory users = _optOutMany(composeHashId(HASH_V2), 9);
        vm.warp(app.activatesAt(composeHashId(HASH_V2)));
        app.activate(composeHashId(HASH_V2));

        // Pinned block: frozen, then paged and recomputed.
        assertTrue(registry.isFrozen(v2Key));
        address[] memory read = _readAll(v2Key, 4);
        bytes32 pinned = registry.digest(v2Key);
        assertEq(read, users);
        assertEq(_expectedDigest(v2Key, read), pinned);
        assertTrue(registry.verifyDigest(v2Key, read));

        vm.roll(block.number + 1000);
        vm.warp(block.timestamp + 30 days);
        assertEq(registry.digest(v2Key), pinned, "the frozen digest moved");
        assertEq(registry.optOutCount(v2Key), users.length);
    }

    /// @notice An old version that skipped any one user (to migrate that user's data after all) cannot
    /// match the digest.
    function test_digest_DetectsSkippedEntry() public {
        address[] memory users = _optOutMany(composeHashId(HASH_V2), 6);
        for (uint256 skip; skip < users.length; ++skip) {
            address[] memory incomplete = new address[](users.length - 1);
            for (uint256 i; i < users.length; ++i) {
                if (i != skip) incomplete[i < skip ? i : i - 1] = users[i];
            }
            assertFalse(registry.verifyDigest(v2Key, incomplete));
            assertTrue(registry.computeDigest(v2Key, incomplete) != registry.digest(v2Key));
        }
    }

    /// @notice Nor can a reordered set, or one with an entry added or replaced.
    function test_digest_DetectsReorderedOrAlteredSet() public {
        address[] memory users = _optOutMany(composeHashId(HASH_V2), 4);
        bytes32 onChain = registry.digest(v2Key);

        (users[1], users[2]) = (users[2], users[1]);
        assertTrue(registry.computeDigest(v2Key, users) != onChain, "reordered");
        (users[1], users[2]) = (users[2], users[1]);
        assertEq(registry.computeDigest(v2Key, users), onChain);

        address original = users[3];
        users[3] = makeAddr("impostor");
        assertTrue(registry.computeDigest(v2Key, users) != onChain, "replaced");
        users[3] = original;

        address[] memory padded = _appendTo(users, makeAddr("extra"));
        assertFalse(registry.verifyDigest(v2Key, padded), "padded");

        bytes32 otherKey = _propose(HASH_V3);
        assertTrue(registry.computeDigest(otherKey, users) != onChain, "another proposal's digest");
    }

    // ------------------------------------------------------------------ signature replay

    function test_RevertWhen_SignatureReplayedOntoAnotherProposal() public {
        bytes32 v3Key = _propose(HASH_V3);
        uint256 deadline = block.timestamp + 1 days;
        bytes memory signature = _sign(alice, v2Key, deadline);

        vm.expectRevert(
            abi.encodeWithSelector(IOptOutRegistry.OptOutProposalMismatch.selector, composeHashId(HASH_V3), v2Key, v3Key)
        );
        registry.optOutBySig(alice.addr, composeHashId(HASH_V3), v2Key, deadline, signature);
        vm.expectRevert(abi.encodeWithSelector(IOptOutRegistry.OptOutInvalidSignature.selector, alice.addr));
        registry.optOutBySig(alice.addr, composeHashId(HASH_V3), v3Key, deadline, signature);

        registry.optOutBySig(alice.addr, composeHashId(HASH_V2), v2Key, deadline, signature);
        assertTrue(registry.isOptedOut(alice.addr, v2Key));
        assertFalse(registry.isOptedOut(alice.addr, v3Key));
    }

    function test_RevertWhen_SignatureReplayedOntoReannouncement() public {
        uint256 deadline = block.timestamp + 30 days;
        bytes memory signature = _sign(alice, v2Key, deadline);
        _cancel(composeHashId(HASH_V2));
        vm.warp(block.timestamp + 1);
        bytes32 newKey = _propose(HASH_V2);

        vm.expectRevert(abi.encodeWithSelector(IOptOutRegistry.OptOutInvalidSignature.selector, alice.addr));
        registry.optOutBySig(alice.addr, composeHashId(HASH_V2), newKey, deadline, signature);
        assertFalse(registry.isOptedOut(alice.addr, newKey));
    }

    function test_RevertWhen_SignatureReplayedOntoAnotherRegistry() public {
        uint256 deadline = block.timestamp + 1 days;
        bytes memory signature = _sign(alice, v2Key, deadline);

        // A second registry beside the same AppAuth: same proposal key, other verifying contract.
        OptOutRegistry twin = new OptOutRegistry(app);
        assertEq(twin.currentProposalKey(composeHashId(HASH_V2)), v2Key);
        vm.expectRevert(abi.encodeWithSelector(IOptOutRegistry.OptOutInvalidSignature.selector, alice.addr));
        twin.optOutBySig(alice.addr, composeHashId(HASH_V2), v2Key, deadline, signature);

        // Another app announcing the same compose hash in the same block: same key, other registry.
        AppAuthCore.InitialPolicy memory policy;
        TimelockAppAuth otherApp = new TimelockAppAuth(owner, NOTICE, MIN_NOTICE, GRACE, policy);
        OptOutRegistry otherRegistry = new OptOutRegistry(otherApp);
        vm.prank(owner);
        otherApp.proposeComposeHash(HASH_V2);
        assertEq(otherRegistry.currentProposalKey(composeHashId(HASH_V2)), v2Key);
        vm.expectRevert(abi.encodeWithSelector(IOptOutRegistry.OptOutInvalidSignature.selector, alice.addr));
        otherRegistry.optOutBySig(alice.addr, composeHashId(HASH_V2), v2Key, deadline, signature);
    }

    function test_RevertWhen_SignatureReplayedOnAnotherChain() public {
        uint256 deadline = block.timestamp + 1 days;
        bytes memory signature = _sign(alice, v2Key, deadline);
        uint256 home = block.chainid;

        vm.chainId(8453);
        vm.expectRevert(abi.encodeWithSelector(IOptOutRegistry.OptOutInvalidSignature.selector, alice.addr));
        registry.optOutBySig(alice.addr, composeHashId(HASH_V2), v2Key, deadline, signature);

        vm.chainId(home);
        registry.optOutBySig(alice.addr, composeHashId(HASH_V2), v2Key, deadline, signature);
        assertTrue(registry.isOptedOut(alice.addr, v2Key));
    }

    /// @dev The proposal key is the replay guard: a signature can be used once, for its own proposal only.
    function test_RevertWhen_SignatureReplayed() public {
        bytes32 v3Key = _propose(HASH_V3);
        uint256 deadline = block.timestamp + 1 days;
        bytes memory forV2 = _sign(alice, v2Key, deadline);

        registry.optOutBySig(alice.addr, composeHashId(HASH_V2), v2Key, deadline, forV2);
        vm.expectRevert(abi.encodeWithSelector(IOptOutRegistry.OptOutAlreadyOptedOut.selector, alice.addr, v2Key));
        registry.optOutBySig(alice.addr, composeHashId(HASH_V2), v2Key, deadline, forV2);
        // Moved to another pending proposal, the signature recovers someone else.
        vm.expectRevert(abi.encodeWithSelector(IOptOutRegistry.OptOutInvalidSignature.selector, alice.addr));
        registry.optOutBySig(alice.addr, composeHashId(HASH_V3), v3Key, deadline, forV2);
        assertFalse(registry.isOptedOut(alice.addr, v3Key));
        assertEq(registry.optOutCount(v2Key), 1);
    }

    function test_RevertWhen_DeadlinePassed() public {
        uint256 deadline = block.timestamp + 1 hours;
        bytes memory signature = _sign(alice, v2Key, deadline);
        vm.warp(deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(IOptOutRegistry.OptOutSignatureExpired.selector, alice.addr, deadline));
        registry.optOutBySig(alice.addr, composeHashId(HASH_V2), v2Key, deadline, signature);
        // A later deadline claimed by the relayer does not match the signature.
        vm.expectRevert(abi.encodeWithSelector(IOptOutRegistry.OptOutInvalidSignature.selector, alice.addr));
        registry.optOutBySig(alice.addr, composeHashId(HASH_V2), v2Key, deadline + 1 days, signature);
    }

    /// @notice Threat-table row "cancel voids another opt-out": a user signs opt-outs of two pending
    /// proposals; the controller cancels the first (free) and announces it again at once. The signature
    /// for the second must still count: nothing done to one proposal may void an opt-out of another.
    function test_optOutBySig_SurvivesCancellationOfAnotherProposal() public {
        bytes32 v3Key = _propose(HASH_V3);
        uint256 deadline = block.timestamp + 1 days;
        bytes memory forV2 = _signWith(alice.key, registry.hashOptOut(alice.addr, v2Key, deadline));
        bytes memory forV3 = _signWith(alice.key, registry.hashOptOut(alice.addr, v3Key, deadline));

        vm.warp(block.timestamp + 1 hours);
        _cancel(composeHashId(HASH_V2));
        bytes32 v2Again = _propose(HASH_V2);
        assertTrue(v2Again != v2Key, "a re-announcement is another proposal");

        vm.prank(relayer);
        registry.optOutBySig(alice.addr, composeHashId(HASH_V3), v3Key, deadline, forV3);
        assertTrue(registry.isOptedOut(alice.addr, v3Key), "the opt-out of v3 was voided");
        assertEq(registry.optOutCount(v3Key), 1);
        // The signature for the cancelled announcement reaches neither its re-announcement nor v3 again.
        vm.expectRevert(abi.encodeWithSelector(IOptOutRegistry.OptOutProposalMismatch.selector, composeHashId(HASH_V2), v2Key, v2Again));
        registry.optOutBySig(alice.addr, composeHashId(HASH_V2), v2Key, deadline, forV2);
    }

    // ------------------------------------------------------------------ helpers

    function _optOutMany(bytes32 changeId, uint256 count) internal returns (address[] memory users) {
        users = new address[](count);
        for (uint256 i; i < count; ++i) {
            users[i] = makeAddr(string.concat("user ", vm.toString(i)));
            _optOut(users[i], changeId);
        }
    }

    function _appendTo(address[] memory users, address user) internal pure returns (address[] memory longer) {
        longer = new address[](users.length + 1);
        for (uint256 i; i < users.length; ++i) {
            longer[i] = users[i];
        }
        longer[users.length] = user;
    }
}
