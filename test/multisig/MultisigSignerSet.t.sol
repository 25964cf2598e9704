// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {MultisigBase} from "./MultisigBase.sol";
import {MultisigAppAuth} from "../../contracts/MultisigAppAuth.sol";
import {IAppAuthMultisig} from "../../contracts/interfaces/IAppAuthMultisig.sol";
import {IAppAuthNotice} from "../../contracts/interfaces/IAppAuthNotice.sol";
import {IAppAuthPolicy} from "../../contracts/interfaces/IAppAuthPolicy.sol";
import {MultisigSignatures} from "../utils/MultisigSignatures.sol";
import {composeHashId} from "../utils/Defaults.sol";

/// @notice The signer set and the threshold: one in force at a time, changed only by the quorum and
/// only after the notice period (A6), never into a state that cannot act.
contract MultisigSignerSetTest is MultisigBase {
    using MultisigSignatures for IAppAuthMultisig;

    uint256 internal daveKey;
    address internal dave;
    bytes internal proposeV2;

    function setUp() public override {
        super.setUp();
        (dave, daveKey) = makeAddrAndKey("dave");
        proposeV2 = abi.encodeWithSignature("proposeComposeHash(bytes32)", HASH_V2);
    }

    // ------------------------------------------------------------------ construction

    function test_RevertWhen_ConstructedWithZeroOrDuplicateSigner() public {
        vm.expectRevert(abi.encodeWithSelector(IAppAuthMultisig.MultisigInvalidSigner.selector, address(0)));
        _deploy(_signers(alice, address(0), carol), 2);
        vm.expectRevert(abi.encodeWithSelector(IAppAuthMultisig.MultisigInvalidSigner.selector, alice));
        _deploy(_signers(alice, bob, alice), 2);
    }

    function test_RevertWhen_ConstructedWithThresholdOutOfRange() public {
        vm.expectRevert(abi.encodeWithSelector(IAppAuthMultisig.MultisigInvalidThreshold.selector, 0, 3));
        _deploy(_signers(alice, bob, carol), 0);
        vm.expectRevert(abi.encodeWithSelector(IAppAuthMultisig.MultisigInvalidThreshold.selector, 4, 3));
        _deploy(_signers(alice, bob, carol), 4);
        vm.expectRevert(abi.encodeWithSelector(IAppAuthMultisig.MultisigInvalidThreshold.selector, 1, 0));
        _deploy(new address[](0), 1);
    }

    function test_RevertWhen_ConstructedWithTooManySigners() public {
        address[] memory many = new address[](33);
        for (uint256 i; i < many.length; ++i) {
            many[i] = address(uint160(0x1000 + i));
        }
        vm.expectRevert(abi.encodeWithSelector(IAppAuthMultisig.MultisigTooManySigners.selector, 33, 32));
        _deploy(many, 2);
    }

    // ------------------------------------------------------------------ adding a signer

    function test_proposeAddSigner_WaitsNoticeThenNewSignerActivates() public {
        bytes32 value = app.signerChangeValue(dave, 3);
        bytes32 id = _propose(abi.encodeCall(app.proposeAddSigner, (dave, 3, "ipfs://rotation")));
        assertEq(id, _id(IAppAuthNotice.ChangeKind.SignerAdded, value));
        assertEq(app.activatesAt(id), block.timestamp + NOTICE);

        // During the notice period dave does not count, and the old threshold holds.
        assertFalse(app.isSigner(dave));
        bytes[] memory withDave = _sign(_keys(aliceKey, daveKey), proposeV2);
        uint256 nonce = app.nonce();
        vm.expectRevert(abi.encodeWithSelector(IAppAuthMultisig.MultisigNotSigner.selector, dave));
        app.execute(proposeV2, nonce, withDave);

        vm.warp(block.timestamp + NOTICE - 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAppAuthNotice.AppAuthNoticePeriodNotElapsed.selector, id, block.timestamp + 1
            )
        );
        vm.prank(dave);
        app.activate(id);

        vm.warp(block.timestamp + 1);
        vm.expectEmit(address(app));
        emit IAppAuthMultisig.SignerAdded(dave);
        vm.expectEmit(address(app));
        emit IAppAuthMultisig.ThresholdChanged(2, 3);
        vm.prank(dave);
        app.activate(id);
        assertTrue(app.isSigner(dave));
        assertEq(app.signers().length, 4);
        assertEq(app.threshold(), 3);
    }

    /// @dev A mistyped or dead address never joins: the addition takes effect only when it acts.
    function test_RevertWhen_SomeoneElseActivatesSignerAddition() public {
        bytes32 id = _propose(abi.encodeCall(app.proposeAddSigner, (dave, 2, "")));
        vm.warp(block.timestamp + NOTICE);
        vm.expectRevert(
            abi.encodeWithSelector(IAppAuthMultisig.MultisigNewSignerMustActivate.selector, dave, alice)
        );
        vm.prank(alice);
        app.activate(id);
        assertFalse(app.isSigner(dave));
    }

    function test_RevertWhen_ProposingInvalidSigner() public {
        _expectProposalRevert(
            abi.encodeCall(app.proposeAddSigner, (address(0), 2, "")),
            abi.encodeWithSelector(IAppAuthMultisig.MultisigInvalidSigner.selector, address(0))
        );
        _expectProposalRevert(
            abi.encodeCall(app.proposeAddSigner, (address(app), 2, "")),
            abi.encodeWithSelector(IAppAuthMultisig.MultisigInvalidSigner.selector, address(app))
        );
        _expectProposalRevert(
            abi.encodeCall(app.proposeAddSigner, (bob, 2, "")),
            abi.encodeWithSelector(
                IAppAuthPolicy.AppAuthNoOp.selector,
                uint8(IAppAuthNotice.ChangeKind.SignerAdded),
                app.signerChangeValue(bob, 2)
            )
        );
        _expectProposalRevert(
            abi.encodeCall(app.proposeAddSigner, (dave, 5, "")),
            abi.encodeWithSelector(IAppAuthMultisig.MultisigInvalidThreshold.selector, 5, 4)
        );
        _expectProposalRevert(
            abi.encodeCall(app.proposeAddSigner, (dave, 0, "")),
            abi.encodeWithSelector(IAppAuthMultisig.MultisigInvalidThreshold.selector, 0, 4)
        );
    }

    function test_RevertWhen_ThresholdDoesNotFitSignerChangeValue() public {
        vm.expectRevert(abi.encodeWithSelector(SafeCast.SafeCastOverflowedUintDowncast.selector, 96, 1 << 96));
        app.signerChangeValue(dave, 1 << 96);
    }

    // ------------------------------------------------------------------ removing a signer

    function test_proposeRemoveSigner_WaitsNoticeAndRemovedSignerStopsCounting() public {
        bytes32 id = _propose(abi.encodeCall(app.proposeRemoveSigner, (carol, 2, "")));

        // Until the change is effective carol still counts: control changes only after notice.
        vm.warp(block.timestamp + NOTICE - 1);
        _execute(_keys(aliceKey, carolKey), "");

        vm.warp(block.timestamp + 1);
        vm.expectEmit(address(app));
        emit IAppAuthMultisig.SignerRemoved(carol);
        vm.prank(stranger);
        app.activate(id);
        assertFalse(app.isSigner(carol));
        assertEq(app.signers().length, 2);
        assertEq(app.threshold(), 2);

        bytes[] memory withCarol = _sign(_keys(aliceKey, carolKey), proposeV2);
        uint256 nonce = app.nonce();
        vm.expectRevert(abi.encodeWithSelector(IAppAuthMultisig.MultisigNotSigner.selector, carol));
        app.execute(proposeV2, nonce, withCarol);
    }

    /// @dev An on-chain approval counts only while its signer is one.
    function test_RevertWhen_RemovedSignerApprovedOnChain() public {
        bytes32 id = _propose(abi.encodeCall(app.proposeRemoveSigner, (carol, 2, "")));
        uint256 nonce = app.nonce();
        vm.prank(carol);
        app.approve(keccak256(proposeV2), nonce);
        assertEq(app.approvalCount(keccak256(proposeV2), nonce), 1);

        vm.warp(block.timestamp + NOTICE);
        app.activate(id);
        assertEq(app.approvalCount(keccak256(proposeV2), nonce), 0);
        assertFalse(app.hasApproved(carol, keccak256(proposeV2), nonce), "removal voids the approval");

        // The removal also moved the nonce to a new epoch, so nothing approved for `nonce` can run.
        bytes[] memory aliceOnly = IAppAuthMultisig(address(app)).signAll(_keys(aliceKey), proposeV2, nonce);
        vm.expectRevert(
            abi.encodeWithSelector(IAppAuthMultisig.MultisigInvalidNonce.selector, nonce, 1 << 128)
        );
        app.execute(proposeV2, nonce, aliceOnly);
    }

    /// @dev Refused rather than combined implicitly: a removal that would leave M > N must name the
    /// threshold that holds afterwards.
    function test_RevertWhen_RemovalWouldLeaveThresholdAboveSigners() public {
        MultisigAppAuth strict = _deploy(_signers(alice, bob, carol), 3);
        app = strict;
        bytes memory data = abi.encodeCall(app.proposeRemoveSigner, (carol, 3, ""));
        bytes[] memory signatures = IAppAuthMultisig(address(app))
            .signAll(MultisigSignatures.keyList(aliceKey, bobKey, carolKey), data, 0);
        vm.expectRevert(abi.encodeWithSelector(IAppAuthMultisig.MultisigInvalidThreshold.selector, 3, 2));
        app.execute(data, 0, signatures);

        // Combined with the threshold after removal, the same removal is accepted.
        data = abi.encodeCall(app.proposeRemoveSigner, (carol, 2, ""));
        signatures = IAppAuthMultisig(address(app))
            .signAll(MultisigSignatures.keyList(aliceKey, bobKey, carolKey), data, 0);
        bytes32 id = abi.decode(app.execute(data, 0, signatures), (bytes32));
        vm.warp(block.timestamp + NOTICE);
        vm.expectEmit(address(app));
        emit IAppAuthMultisig.ThresholdChanged(3, 2);
        app.activate(id);
        assertEq(app.threshold(), 2);
        assertEq(app.signers().length, 2);
    }

    function test_RevertWhen_RemovingLastSigner() public {
        address[] memory one = new address[](1);
        one[0] = alice;
        app = _deploy(one, 1);
        bytes memory data = abi.encodeCall(app.proposeRemoveSigner, (alice, 1, ""));
        bytes[] memory signatures = IAppAuthMultisig(address(app)).signAll(_keys(aliceKey), data, 0);
        vm.expectRevert(abi.encodeWithSelector(IAppAuthMultisig.MultisigInvalidThreshold.selector, 1, 0));
        app.execute(data, 0, signatures);
        data = abi.encodeCall(app.proposeRemoveSigner, (alice, 0, ""));
        signatures = IAppAuthMultisig(address(app)).signAll(_keys(aliceKey), data, 0);
        vm.expectRevert(abi.encodeWithSelector(IAppAuthMultisig.MultisigInvalidThreshold.selector, 0, 0));
        app.execute(data, 0, signatures);
    }

    function test_RevertWhen_RemovingNonSigner() public {
        _expectProposalRevert(
            abi.encodeCall(app.proposeRemoveSigner, (dave, 2, "")),
            abi.encodeWithSelector(IAppAuthMultisig.MultisigNotSigner.selector, dave)
        );
    }

    /// @dev Two removals, each valid when proposed, cannot together leave M > N: the second is
    /// checked again when activated and refused; it stays pending until it expires or is cancelled.
    function test_RevertWhen_ChangeNoLongerValidAtActivation() public {
        bytes32 first = _propose(abi.encodeCall(app.proposeRemoveSigner, (carol, 2, "")));
        bytes32 second = _propose(abi.encodeCall(app.proposeRemoveSigner, (bob, 2, "")));
        vm.warp(block.timestamp + NOTICE);
        app.activate(first);
        vm.expectRevert(abi.encodeWithSelector(IAppAuthMultisig.MultisigInvalidThreshold.selector, 2, 1));
        app.activate(second);
        assertTrue(app.isSigner(bob));
        assertEq(app.activatesAt(second), block.timestamp);
    }

    // ------------------------------------------------------------------ threshold

    function test_proposeThreshold_WaitsNoticeThenApplies() public {
        bytes32 id = _propose(abi.encodeCall(app.proposeThreshold, (1, "")));
        assertEq(id, _id(IAppAuthNotice.ChangeKind.Threshold, bytes32(uint256(1))));

        // Still 2-of-3 during the notice period.
        bytes[] memory one = _sign(_keys(aliceKey), proposeV2);
        uint256 nonce = app.nonce();
        vm.expectRevert(abi.encodeWithSelector(IAppAuthMultisig.MultisigThresholdNotMet.selector, 1, 2));
        app.execute(proposeV2, nonce, one);

        vm.warp(block.timestamp + NOTICE - 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAppAuthNotice.AppAuthNoticePeriodNotElapsed.selector, id, block.timestamp + 1
            )
        );
        app.activate(id);
        vm.warp(block.timestamp + 1);
        vm.expectEmit(address(app));
        emit IAppAuthMultisig.ThresholdChanged(2, 1);
        app.activate(id);
        assertEq(app.threshold(), 1);
        _execute(_keys(aliceKey), proposeV2);
        assertEq(app.activatesAt(composeHashId(HASH_V2)), block.timestamp + NOTICE);
    }

    function test_proposeThreshold_RaisingAlsoWaits() public {
        bytes32 id = _propose(abi.encodeCall(app.proposeThreshold, (3, "")));
        assertEq(app.threshold(), 2);
        vm.warp(block.timestamp + NOTICE);
        app.activate(id);
        assertEq(app.threshold(), 3);
        bytes[] memory two = _sign(_keys(aliceKey, bobKey), proposeV2);
        uint256 nonce = app.nonce();
        vm.expectRevert(abi.encodeWithSelector(IAppAuthMultisig.MultisigThresholdNotMet.selector, 2, 3));
        app.execute(proposeV2, nonce, two);
    }

    function test_RevertWhen_ProposingThresholdOutOfRangeOrUnchanged() public {
        _expectProposalRevert(
            abi.encodeCall(app.proposeThreshold, (0, "")),
            abi.encodeWithSelector(IAppAuthMultisig.MultisigInvalidThreshold.selector, 0, 3)
        );
        _expectProposalRevert(
            abi.encodeCall(app.proposeThreshold, (4, "")),
            abi.encodeWithSelector(IAppAuthMultisig.MultisigInvalidThreshold.selector, 4, 3)
        );
        _expectProposalRevert(
            abi.encodeCall(app.proposeThreshold, (2, "")),
            abi.encodeWithSelector(
                IAppAuthPolicy.AppAuthNoOp.selector,
                uint8(IAppAuthNotice.ChangeKind.Threshold),
                bytes32(uint256(2))
            )
        );
    }

    function test_RevertWhen_ThresholdChangeExpired() public {
        bytes32 id = _propose(abi.encodeCall(app.proposeThreshold, (1, "")));
        uint256 expiresAt = block.timestamp + NOTICE + GRACE;
        vm.warp(expiresAt + 1);
        vm.expectRevert(abi.encodeWithSelector(IAppAuthNotice.AppAuthChangeExpired.selector, id, expiresAt));
        app.activate(id);
        assertEq(app.threshold(), 2);
    }

    // ------------------------------------------------------------------ A6: controller swap

    /// @dev Replacing the whole signer set takes one notice period per step, all visible as pending
    /// changes; the quorum in force can cancel any of them at once.
    function test_signerSwap_IsVisibleAndCancellable() public {
        bytes32 add = _propose(abi.encodeCall(app.proposeAddSigner, (dave, 2, "")));
        bytes32 remove = _propose(abi.encodeCall(app.proposeRemoveSigner, (alice, 2, "")));
        assertEq(app.pendingChangeCount(), 2);
        (, IAppAuthNotice.Change[] memory changes) = app.pendingChanges(0, 10);
        assertEq(uint8(changes[0].kind), uint8(IAppAuthNotice.ChangeKind.SignerAdded));
        assertEq(uint8(changes[1].kind), uint8(IAppAuthNotice.ChangeKind.SignerRemoved));

        _execute(_keys(bobKey, carolKey), abi.encodeCall(app.cancelProposal, (remove)));
        vm.warp(block.timestamp + NOTICE);
        vm.expectRevert(abi.encodeWithSelector(IAppAuthNotice.AppAuthChangeNotPending.selector, remove));
        app.activate(remove);
        assertTrue(app.isSigner(alice));
        vm.prank(dave);
        app.activate(add);
        assertTrue(app.isSigner(dave));
    }

    /// @dev A quorum that first shortens the notice period still waits the old one for it, and a
    /// signer change proposed before the shortening keeps its announced time.
    function test_shortenedNotice_DoesNotSpeedUpPendingSignerChange() public {
        bytes32 signerChange = _propose(abi.encodeCall(app.proposeThreshold, (1, "")));
        uint256 announced = app.activatesAt(signerChange);
        bytes32 shorten = _propose(abi.encodeCall(app.proposeNoticePeriod, (MIN_NOTICE, "")));
        assertEq(app.activatesAt(shorten), block.timestamp + NOTICE);
        vm.warp(block.timestamp + NOTICE);
        app.activate(shorten);
        assertEq(app.noticePeriod(), MIN_NOTICE);
        assertEq(app.activatesAt(signerChange), announced);
    }

    // ------------------------------------------------------------------ stale approvals

    /// @notice Threat-table row "re-added signer": carol approves a call for a later nonce, is removed,
    /// and is added back. Her approval was given as a member of a signer set that no longer exists; it
    /// must not count again.
    function test_RevertWhen_ReAddedSignerRevivesOldApprovals() public {
        uint256 later = app.nonce() + 2;
        vm.prank(carol);
        app.approve(keccak256(proposeV2), later);
        bytes memory carolSigned = IAppAuthMultisig(address(app)).sign(carolKey, proposeV2, later);

        bytes32 removal = _propose(abi.encodeCall(app.proposeRemoveSigner, (carol, 2, "")));
        vm.warp(block.timestamp + NOTICE);
        app.activate(removal);
        // The removal starts a new signer-set epoch: every nonce of the old one is behind.
        assertEq(app.nonce(), 1 << 128);
        assertFalse(app.hasApproved(carol, keccak256(proposeV2), later), "removal left the approval alive");
        bytes32 addition = _propose(abi.encodeCall(app.proposeAddSigner, (carol, 2, "")));
        vm.warp(block.timestamp + NOTICE);
        vm.prank(carol);
        app.activate(addition);
        assertTrue(app.isSigner(carol));

        // Neither the on-chain approval nor the signature counts again: the membership they were given
        // in is over, and their nonce can never be executed.
        assertFalse(app.hasApproved(carol, keccak256(proposeV2), later), "re-adding revived the approval");
        assertEq(app.approvalCount(keccak256(proposeV2), later), 0);
        bytes[] memory signatures = _sign(_keys(aliceKey), proposeV2);
        uint256 current = app.nonce();
        vm.expectRevert(abi.encodeWithSelector(IAppAuthMultisig.MultisigThresholdNotMet.selector, 1, 2));
        app.execute(proposeV2, current, signatures);
        bytes[] memory withCarol = new bytes[](2);
        (withCarol[0], withCarol[1]) = alice < carol
            ? (IAppAuthMultisig(address(app)).sign(aliceKey, proposeV2, later), carolSigned)
            : (carolSigned, IAppAuthMultisig(address(app)).sign(aliceKey, proposeV2, later));
        vm.expectRevert(
            abi.encodeWithSelector(IAppAuthMultisig.MultisigInvalidNonce.selector, later, current)
        );
        app.execute(proposeV2, later, withCarol);
    }

    /// @notice A re-added signer starts clean and approves afresh: its new approvals count and can be revoked.
    function test_approve_ReAddedSignerApprovesAfresh() public {
        bytes32 removal = _propose(abi.encodeCall(app.proposeRemoveSigner, (carol, 2, "")));
        vm.warp(block.timestamp + NOTICE);
        app.activate(removal);
        bytes32 addition = _propose(abi.encodeCall(app.proposeAddSigner, (carol, 2, "")));
        vm.warp(block.timestamp + NOTICE);
        vm.prank(carol);
        app.activate(addition);

        uint256 current = app.nonce();
        vm.prank(carol);
        app.approve(keccak256(proposeV2), current);
        assertTrue(app.hasApproved(carol, keccak256(proposeV2), current));
        assertEq(app.approvalCount(keccak256(proposeV2), current), 1);
        vm.prank(carol);
        app.revokeApproval(keccak256(proposeV2), current);
        assertEq(app.approvalCount(keccak256(proposeV2), current), 0);
    }

    /// @notice An on-chain approval can wait only a few nonces ahead, so none sits as a sleeper behind a
    /// long queue of later actions.
    function test_RevertWhen_ApprovingFarFutureNonce() public {
        uint256 current = app.nonce();
        uint256 far = current + app.MAX_NONCE_AHEAD() + 1;
        assertEq(far, current + 9);
        vm.prank(alice);
        vm.expectRevert(
            abi.encodeWithSelector(IAppAuthMultisig.MultisigNonceTooFarAhead.selector, far, far - 1)
        );
        app.approve(keccak256(proposeV2), far);

        // The furthest nonce allowed is accepted and counts once that nonce comes.
        vm.prank(alice);
        app.approve(keccak256(proposeV2), far - 1);
        assertTrue(app.hasApproved(alice, keccak256(proposeV2), far - 1));
    }

    // ------------------------------------------------------------------ helpers

    function _expectProposalRevert(bytes memory data, bytes memory error) internal {
        bytes[] memory signatures = _sign(_keys(aliceKey, bobKey), data);
        uint256 nonce = app.nonce();
        vm.expectRevert(error);
        app.execute(data, nonce, signatures);
        assertEq(app.nonce(), nonce);
    }
}
