// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Test} from "forge-std/Test.sol";
import {IVerifierAdapter} from "../../contracts/interfaces/IVerifierAdapter.sol";
import {INitroValidator} from "../../contracts/interfaces/external/INitroValidator.sol";
import {BaseNitroAdapter} from "../../contracts/verifiers/BaseNitroAdapter.sol";
import {MockNitroValidator} from "../mocks/MockNitroValidator.sol";
import {Evidence} from "./utils/Evidence.sol";

/// @notice The Nitro adapter reads Base's `Ptrs` into a synthetic COSE to-be-signed document.
contract BaseNitroAdapterTest is Test {
    bytes32 internal constant CHALLENGE = keccak256("challenge");

    MockNitroValidator internal nitro;
    BaseNitroAdapter internal adapter;
    bytes internal signature = Evidence.filled(96, "P-384 signature r || s");

    function setUp() public {
        nitro = new MockNitroValidator();
        adapter = new BaseNitroAdapter(address(nitro));
    }

    /// @dev Registers the document with the stand-in validator and returns the adapter's evidence.
    function _evidence(Evidence.NitroDoc memory doc) internal returns (bytes memory) {
        (bytes memory tbs, INitroValidator.Ptrs memory ptrs) = Evidence.nitroTbs(doc);
        nitro.register(tbs, ptrs);
        return abi.encode(tbs, signature);
    }

    function _malformed() internal view returns (bytes memory) {
        return abi.encodeWithSelector(IVerifierAdapter.VerifierMalformedOutput.selector, address(nitro));
    }

    function test_vendor_IsAwsNitro() public view {
        assertEq(adapter.vendor(), keccak256("aws-nitro"));
    }

    function test_verifierKind_IsDirect() public view {
        assertEq(adapter.verifier(), address(nitro));
        assertEq(uint8(adapter.verifierKind()), uint8(IVerifierAdapter.VerifierKind.Direct));
    }

    function test_verify_ParsesNonceAndPcrs() public {
        Evidence.NitroDoc memory doc = Evidence.nitroDoc(CHALLENGE);
        IVerifierAdapter.Attestation memory a = adapter.verify(_evidence(doc));
        assertEq(a.vendor, keccak256("aws-nitro"));
        assertEq(a.reportData, CHALLENGE);
        assertEq(a.measurement, keccak256(abi.encodePacked(doc.pcrs[0], doc.pcrs[1], doc.pcrs[2])));
        assertEq(uint8(a.tcbStatus), uint8(IVerifierAdapter.TcbStatus.UpToDate));
    }

    function test_verify_ChallengeIsFirst32BytesOfALongerNonce() public {
        Evidence.NitroDoc memory doc = Evidence.nitroDoc(CHALLENGE);
        doc.nonce = abi.encodePacked(CHALLENGE, keccak256("more"));
        assertEq(adapter.verify(_evidence(doc)).reportData, CHALLENGE);
    }

    function test_verify_MissingOrShortNonceCarriesNoChallenge() public {
        Evidence.NitroDoc memory doc = Evidence.nitroDoc(CHALLENGE);
        doc.nonce = "";
        assertEq(adapter.verify(_evidence(doc)).reportData, bytes32(0));
        doc.nonce = abi.encodePacked(bytes16(CHALLENGE));
        assertEq(adapter.verify(_evidence(doc)).reportData, bytes32(0));
    }

    function test_verify_ZeroPcr0IsDebug() public {
        Evidence.NitroDoc memory doc = Evidence.nitroDoc(CHALLENGE);
        doc.pcrs[0] = new bytes(48);
        assertEq(uint8(adapter.verify(_evidence(doc)).tcbStatus), uint8(IVerifierAdapter.TcbStatus.Debug));
    }

    function test_verify_RevertWhen_SignatureIsInvalid() public {
        (bytes memory tbs,) = Evidence.nitroTbs(Evidence.nitroDoc(CHALLENGE)); // never registered
        vm.expectRevert(
            abi.encodeWithSelector(
                IVerifierAdapter.VerifierCallFailed.selector,
                address(nitro),
                abi.encodeWithSignature("Error(string)", "invalid sig")
            )
        );
        adapter.verify(abi.encode(tbs, signature));
    }

    function test_verify_RevertWhen_FewerThanThreePcrs() public {
        Evidence.NitroDoc memory doc = Evidence.nitroDoc(CHALLENGE);
        bytes[] memory two = new bytes[](2);
        (two[0], two[1]) = (doc.pcrs[0], doc.pcrs[1]);
        doc.pcrs = two;
        bytes memory evidence = _evidence(doc);
        vm.expectRevert(_malformed());
        adapter.verify(evidence);
    }

    function test_verify_RevertWhen_PointersLeaveTheDocument() public {
        Evidence.NitroDoc memory doc = Evidence.nitroDoc(CHALLENGE);
        (bytes memory tbs, INitroValidator.Ptrs memory ptrs) = Evidence.nitroTbs(doc);
        INitroValidator.Ptrs memory bad = ptrs;
        bad.pcrs[1] = Evidence.element(0x40, tbs.length - 10, 48); // runs past the end
        nitro.register(tbs, bad);
        vm.expectRevert(_malformed());
        adapter.verify(abi.encode(tbs, signature));

        bad.pcrs[1] = Evidence.element(0x60, 20, 48); // a text string, not a byte string
        nitro.register(tbs, bad);
        vm.expectRevert(_malformed());
        adapter.verify(abi.encode(tbs, signature));
    }

    function test_verify_RevertWhen_VerifierAnswersGarbage() public {
        bytes memory evidence = _evidence(Evidence.nitroDoc(CHALLENGE));
        bytes[] memory answers = new bytes[](4);
        answers[0] = hex"";
        answers[1] = abi.encodePacked(uint256(0x20)); // head missing
        answers[2] = abi.encodePacked(uint256(0x20), new bytes(9 * 32)); // pcrs offset 0 points at itself
        answers[3] = abi.encodePacked(uint256(0x20), uint256(0), uint256(1), uint256(0), type(uint256).max);
        for (uint256 i; i < answers.length; ++i) {
            nitro.setRawAnswer(answers[i]);
            vm.expectRevert(_malformed());
            adapter.verify(evidence);
        }
        nitro.reset();
        assertEq(adapter.verify(evidence).reportData, CHALLENGE);
    }
}
