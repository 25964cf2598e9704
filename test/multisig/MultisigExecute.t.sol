// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Strings} from "@openzeppelin/contracts/utils/Strings.sol";
import {MultisigBase} from "./MultisigBase.sol";
import {MultisigAppAuth} from "../../contracts/MultisigAppAuth.sol";
import {IAppAuthMultisig} from "../../contracts/interfaces/IAppAuthMultisig.sol";
import {IAppAuthNotice} from "../../contracts/interfaces/IAppAuthNotice.sol";
import {IAppAuthPolicy} from "../../contracts/interfaces/IAppAuthPolicy.sol";
import {MultisigSignatures} from "../utils/MultisigSignatures.sol";
import {composeHashId} from "../utils/Defaults.sol";

/// @notice The approval scheme: what {execute} accepts, and every replay or forgery it refuses (A7).
contract MultisigExecuteTest is MultisigBase {
    using MultisigSignatures for IAppAuthMultisig;

    // secp256k1's group order: (r, n - s, v ^ 1) is the malleable twin of (r, s, v).
    uint256 internal constant SECP256K1_N =
        0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141;

    bytes internal proposeV2;

    function setUp() public override {
        super.setUp();
        proposeV2 = abi.encodeWithSignature("proposeComposeHash(bytes32)", HASH_V2);
    }

    // ------------------------------------------------------------------ the scheme

    function test_constructor_SetsSignersThresholdAndDomain() public view {
        assertEq(app.signers().length, 3);
        assertTrue(app.isSigner(alice) && app.isSigner(bob) && app.isSigner(carol));
        assertFalse(app.isSigner(stranger));
        assertEq(app.threshold(), 2);
        assertEq(app.nonce(), 0);
        (, string memory name, string memory version, uint256 chainId, address verifyingContract,,) =
            app.eip712Domain();
        assertEq(name, "AppAuthMultisig");
        assertEq(version, "1");
        assertEq(chainId, block.chainid);
        assertEq(verifyingContract, address(app));
        assertTrue(app.supportsInterface(type(IAppAuthMultisig).interfaceId));
    }

    /// @dev The digest matches an independent EIP-712 encoder (forge's), so wallets sign the same thing.
    function test_executeHash_MatchesEip712TypedData() public view {
        bytes32 expected = vm.eip712HashTypedData(
            string.concat(
                '{"types":{"EIP712Domain":[{"name":"name","type":"string"},{"name":"version","type":"string"},',
                '{"name":"chainId","type":"uint256"},{"name":"verifyingContract","type":"address"}],',
                '"Execute":[{"name":"data","type":"bytes"},{"name":"nonce","type":"uint256"}]},',
                '"primaryType":"Execute","domain":{"name":"AppAuthMultisig","version":"1","chainId":',
                vm.toString(block.chainid),
                ',"verifyingContract":"',
                vm.toString(address(app)),
                '"},"message":{"data":"',
                vm.toString(proposeV2),
                '","nonce":"7"}}'
            )
        );
        assertEq(app.executeHash(keccak256(proposeV2), 7), expected);
    }

    function test_execute_ProposesWithThresholdSignatures() public {
        vm.expectEmit(address(app));
        emit IAppAuthMultisig.Executed(
            0, app.executeHash(keccak256(proposeV2), 0), keccak256(proposeV2), submitter
        );
        bytes32 id = _propose(proposeV2);
        assertEq(id, composeHashId(HASH_V2));
        assertEq(app.activatesAt(composeHashId(HASH_V2)), block.timestamp + NOTICE);
        assertEq(app.nonce(), 1);
    }

    function test_execute_AcceptsMoreSignaturesThanThreshold() public {
        _execute(MultisigSignatures.keyList(aliceKey, bobKey, carolKey), proposeV2);
        assertEq(app.activatesAt(composeHashId(HASH_V2)), block.timestamp + NOTICE);
    }

    function test_execute_EmptyDataOnlyConsumesNonce() public {
        bytes[] memory staleApproval = _sign(_keys(aliceKey, bobKey), proposeV2);
        _execute(_keys(aliceKey, carolKey), "");
        assertEq(app.nonce(), 1);
        // Every approval collected for the burnt nonce is void.
        vm.expectRevert(abi.encodeWithSelector(IAppAuthMultisig.MultisigInvalidNonce.selector, 0, 1));
        app.execute(proposeV2, 0, staleApproval);
    }

    function test_RevertWhen_CallRevertsThenNonceIsKept() public {
        bytes memory noOp = abi.encodeWithSignature("proposeComposeHash(bytes32)", HASH_V1);
        bytes[] memory signatures = _sign(_keys(aliceKey, bobKey), noOp);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAppAuthPolicy.AppAuthNoOp.selector, uint8(IAppAuthNotice.ChangeKind.ComposeHash), HASH_V1
            )
        );
        app.execute(noOp, 0, signatures);
        assertEq(app.nonce(), 0);
    }

    function test_RevertWhen_SignerCallsControllerDirectly() public {
        vm.expectRevert(abi.encodeWithSelector(IAppAuthMultisig.MultisigUnauthorized.selector, alice));
        vm.prank(alice);
        app.proposeComposeHash(HASH_V2);
        vm.expectRevert(abi.encodeWithSelector(IAppAuthMultisig.MultisigUnauthorized.selector, alice));
        vm.prank(alice);
        app.removeComposeHash(HASH_V1);
    }

    // ------------------------------------------------------------------ on-chain approvals

    function test_approve_CountsWithSignatures() public {
        vm.expectEmit(address(app));
        emit IAppAuthMultisig.Approved(
            carol, app.executeHash(keccak256(proposeV2), 0), keccak256(proposeV2), 0
        );
        vm.prank(carol);
        app.approve(keccak256(proposeV2), 0);
        assertTrue(app.hasApproved(carol, keccak256(proposeV2), 0));
        assertEq(app.approvalCount(keccak256(proposeV2), 0), 1);

        _execute(_keys(aliceKey), proposeV2);
        assertEq(app.activatesAt(composeHashId(HASH_V2)), block.timestamp + NOTICE);
    }

    function test_approve_AloneMeetsThreshold() public {
        vm.prank(alice);
        app.approve(keccak256(proposeV2), 0);
        vm.prank(carol);
        app.approve(keccak256(proposeV2), 0);
        vm.prank(submitter);
        app.execute(proposeV2, 0, new bytes[](0));
        assertEq(app.activatesAt(composeHashId(HASH_V2)), block.timestamp + NOTICE);
    }

    /// @dev A signer who approved on-chain and also signed is one approval, not two.
    function test_RevertWhen_SameSignerApprovesTwoWays() public {
        vm.prank(alice);
        app.approve(keccak256(proposeV2), 0);
        bytes[] memory signatures = _sign(_keys(aliceKey), proposeV2);
        vm.expectRevert(abi.encodeWithSelector(IAppAuthMultisig.MultisigThresholdNotMet.selector, 1, 2));
        app.execute(proposeV2, 0, signatures);
    }

    function test_revokeApproval_StopsCounting() public {
        vm.startPrank(carol);
        app.approve(keccak256(proposeV2), 0);
        app.revokeApproval(keccak256(proposeV2), 0);
        vm.stopPrank();
        assertFalse(app.hasApproved(carol, keccak256(proposeV2), 0));
        bytes[] memory signatures = _sign(_keys(aliceKey), proposeV2);
        vm.expectRevert(abi.encodeWithSelector(IAppAuthMultisig.MultisigThresholdNotMet.selector, 1, 2));
        app.execute(proposeV2, 0, signatures);
    }

    function test_RevertWhen_NonSignerApproves() public {
        vm.expectRevert(abi.encodeWithSelector(IAppAuthMultisig.MultisigNotSigner.selector, stranger));
        vm.prank(stranger);
        app.approve(keccak256(proposeV2), 0);
    }

    function test_RevertWhen_ApprovingUsedNonce() public {
        _execute(_keys(aliceKey, bobKey), "");
        vm.expectRevert(abi.encodeWithSelector(IAppAuthMultisig.MultisigInvalidNonce.selector, 0, 1));
        vm.prank(carol);
        app.approve(keccak256(proposeV2), 0);
    }

    function test_RevertWhen_ApprovingTwice() public {
        vm.startPrank(carol);
        app.approve(keccak256(proposeV2), 0);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAppAuthMultisig.MultisigAlreadyApproved.selector,
                carol,
                app.executeHash(keccak256(proposeV2), 0)
            )
        );
        app.approve(keccak256(proposeV2), 0);
        vm.stopPrank();
    }

    function test_RevertWhen_RevokingNothing() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IAppAuthMultisig.MultisigNotApproved.selector, carol, app.executeHash(keccak256(proposeV2), 0)
            )
        );
        vm.prank(carol);
        app.revokeApproval(keccak256(proposeV2), 0);
    }

    /// @dev An on-chain approval binds the call: it does not count for other data at the same nonce.
    function test_RevertWhen_OnChainApprovalIsForOtherData() public {
        vm.prank(carol);
        app.approve(keccak256(proposeV2), 0);
        bytes memory other = abi.encodeWithSignature("removeComposeHash(bytes32)", HASH_V1);
        bytes[] memory signatures = _sign(_keys(aliceKey), other);
        vm.expectRevert(abi.encodeWithSelector(IAppAuthMultisig.MultisigThresholdNotMet.selector, 1, 2));
        app.execute(other, 0, signatures);
    }

    // ------------------------------------------------------------------ replay and forgery

    function test_RevertWhen_SignaturesReplayedOnAnotherChain() public {
        bytes[] memory signatures = _sign(_keys(aliceKey, bobKey), proposeV2);
        vm.chainId(block.chainid + 1);
        // Under the new chain id the digest differs, so alice's signature recovers a stranger.
        address recovered = _recover(app.executeHash(keccak256(proposeV2), 0), signatures[0]);
        assertTrue(recovered != alice && recovered != bob);
        vm.expectRevert(abi.encodeWithSelector(IAppAuthMultisig.MultisigNotSigner.selector, recovered));
        app.execute(proposeV2, 0, signatures);
    }

    function test_RevertWhen_SignaturesReplayedOnSecondDeployment() public {
        MultisigAppAuth twin = _deploy(_signers(alice, bob, carol), 2);
        bytes[] memory signatures = _sign(_keys(aliceKey, bobKey), proposeV2);
        address recovered = _recover(twin.executeHash(keccak256(proposeV2), 0), signatures[0]);
        vm.expectRevert(abi.encodeWithSelector(IAppAuthMultisig.MultisigNotSigner.selector, recovered));
        twin.execute(proposeV2, 0, signatures);
        assertEq(twin.activatesAt(composeHashId(HASH_V2)), 0);
    }

    function test_RevertWhen_NonceReused() public {
        bytes[] memory signatures = _sign(_keys(aliceKey, bobKey), proposeV2);
        app.execute(proposeV2, 0, signatures);
        vm.expectRevert(abi.encodeWithSelector(IAppAuthMultisig.MultisigInvalidNonce.selector, 0, 1));
        app.execute(proposeV2, 0, signatures);
    }

    function test_RevertWhen_SignaturesMovedToNextNonce() public {
        bytes[] memory signatures = _sign(_keys(aliceKey, bobKey), proposeV2);
        _execute(_keys(aliceKey, carolKey), "");
        address recovered = _recover(app.executeHash(keccak256(proposeV2), 1), signatures[0]);
        vm.expectRevert(abi.encodeWithSelector(IAppAuthMultisig.MultisigNotSigner.selector, recovered));
        app.execute(proposeV2, 1, signatures);
    }

    function test_RevertWhen_FutureNonce() public {
        bytes memory data = proposeV2;
        bytes[] memory signatures = IAppAuthMultisig(address(app)).signAll(_keys(aliceKey, bobKey), data, 1);
        vm.expectRevert(abi.encodeWithSelector(IAppAuthMultisig.MultisigInvalidNonce.selector, 1, 0));
        app.execute(data, 1, signatures);
    }

    function test_RevertWhen_SignaturesUsedForOtherData() public {
        bytes[] memory signatures = _sign(_keys(aliceKey, bobKey), proposeV2);
        bytes memory other = abi.encodeWithSignature("proposeAllowAnyDevice(string)", "");
        address recovered = _recover(app.executeHash(keccak256(other), 0), signatures[0]);
        vm.expectRevert(abi.encodeWithSelector(IAppAuthMultisig.MultisigNotSigner.selector, recovered));
        app.execute(other, 0, signatures);
    }

    function test_RevertWhen_SignerDuplicated() public {
        bytes memory signature = IAppAuthMultisig(address(app)).sign(aliceKey, proposeV2, 0);
        bytes[] memory signatures = new bytes[](2);
        (signatures[0], signatures[1]) = (signature, signature);
        vm.expectRevert(
            abi.encodeWithSelector(IAppAuthMultisig.MultisigSignersNotAscending.selector, 1, alice, alice)
        );
        app.execute(proposeV2, 0, signatures);
    }

    function test_RevertWhen_SignersUnsorted() public {
        bytes[] memory sorted = _sign(_keys(aliceKey, bobKey), proposeV2);
        bytes[] memory reversed = new bytes[](2);
        (reversed[0], reversed[1]) = (sorted[1], sorted[0]);
        (address low, address high) = alice < bob ? (alice, bob) : (bob, alice);
        vm.expectRevert(
            abi.encodeWithSelector(IAppAuthMultisig.MultisigSignersNotAscending.selector, 1, low, high)
        );
        app.execute(proposeV2, 0, reversed);
    }

    function test_RevertWhen_SignatureMalleable() public {
        bytes32 digest = app.executeHash(keccak256(proposeV2), 0);
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(aliceKey, digest);
        bytes32 highS = bytes32(SECP256K1_N - uint256(s));
        uint8 flippedV = v == 27 ? 28 : 27;
        // The twin is a valid signature for the raw precompile: only the low-s rule refuses it.
        assertEq(ecrecover(digest, flippedV, r, highS), alice);
        bytes[] memory signatures = new bytes[](2);
        signatures[0] = abi.encodePacked(r, highS, flippedV);
        signatures[1] = IAppAuthMultisig(address(app)).sign(bobKey, proposeV2, 0);
        if (bob < alice) (signatures[0], signatures[1]) = (signatures[1], signatures[0]);
        vm.expectRevert(
            abi.encodeWithSelector(IAppAuthMultisig.MultisigInvalidSignature.selector, bob < alice ? 1 : 0)
        );
        app.execute(proposeV2, 0, signatures);
    }

    function test_RevertWhen_SignatureRecoversToZeroAddress() public {
        bytes32 digest = app.executeHash(keccak256(proposeV2), 0);
        // r = 0 is no curve point: the precompile returns the zero address.
        bytes memory zero = abi.encodePacked(bytes32(0), bytes32(uint256(1)), uint8(27));
        assertEq(ecrecover(digest, 27, bytes32(0), bytes32(uint256(1))), address(0));
        bytes[] memory signatures = new bytes[](1);
        signatures[0] = zero;
        vm.expectRevert(abi.encodeWithSelector(IAppAuthMultisig.MultisigInvalidSignature.selector, 0));
        app.execute(proposeV2, 0, signatures);
    }

    function test_RevertWhen_SignatureHasWrongLengthOrV() public {
        bytes memory good = IAppAuthMultisig(address(app)).sign(aliceKey, proposeV2, 0);
        bytes[] memory signatures = new bytes[](1);
        signatures[0] = _slice(good, 64);
        vm.expectRevert(abi.encodeWithSelector(IAppAuthMultisig.MultisigInvalidSignature.selector, 0));
        app.execute(proposeV2, 0, signatures);

        good[64] = bytes1(uint8(29));
        signatures[0] = good;
        vm.expectRevert(abi.encodeWithSelector(IAppAuthMultisig.MultisigInvalidSignature.selector, 0));
        app.execute(proposeV2, 0, signatures);
    }

    function test_RevertWhen_NonSignerSigns() public {
        bytes[] memory signatures = _sign(_keys(aliceKey, strangerKey), proposeV2);
        vm.expectRevert(abi.encodeWithSelector(IAppAuthMultisig.MultisigNotSigner.selector, stranger));
        app.execute(proposeV2, 0, signatures);
    }

    function test_RevertWhen_ThresholdNotMet() public {
        bytes[] memory signatures = _sign(_keys(aliceKey), proposeV2);
        vm.expectRevert(abi.encodeWithSelector(IAppAuthMultisig.MultisigThresholdNotMet.selector, 1, 2));
        app.execute(proposeV2, 0, signatures);
        vm.expectRevert(abi.encodeWithSelector(IAppAuthMultisig.MultisigThresholdNotMet.selector, 0, 2));
        app.execute(proposeV2, 0, new bytes[](0));
        assertEq(app.activatesAt(composeHashId(HASH_V2)), 0);
    }

    /// @dev Whatever the key set, fewer than M approvals never execute, and M always do.
    function testFuzz_execute_NeedsExactlyThreshold(uint8 mask) public {
        uint256[3] memory all = [aliceKey, bobKey, carolKey];
        uint256 count;
        for (uint256 i; i < 3; ++i) {
            if (mask & (1 << i) != 0) ++count;
        }
        uint256[] memory keys = new uint256[](count);
        uint256 k;
        for (uint256 i; i < 3; ++i) {
            if (mask & (1 << i) != 0) keys[k++] = all[i];
        }
        bytes[] memory signatures = _sign(keys, proposeV2);
        if (count < 2) {
            vm.expectRevert(
                abi.encodeWithSelector(IAppAuthMultisig.MultisigThresholdNotMet.selector, count, 2)
            );
        }
        app.execute(proposeV2, 0, signatures);
        assertEq(app.nonce(), count < 2 ? 0 : 1, Strings.toString(count));
    }

    // ------------------------------------------------------------------ helpers

    function _recover(bytes32 digest, bytes memory signature) internal pure returns (address) {
        (bytes32 r, bytes32 s) = abi.decode(_slice(signature, 64), (bytes32, bytes32));
        return ecrecover(digest, uint8(signature[64]), r, s);
    }

    function _slice(bytes memory data, uint256 length) internal pure returns (bytes memory out) {
        out = new bytes(length);
        for (uint256 i; i < length; ++i) {
            out[i] = data[i];
        }
    }
}
