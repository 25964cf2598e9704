// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Test} from "forge-std/Test.sol";
import {IVerifierAdapter} from "../../contracts/interfaces/IVerifierAdapter.sol";
import {ISevSnpAttestation} from "../../contracts/interfaces/external/ISevSnpAttestation.sol";
import {AutomataSevSnpAdapter} from "../../contracts/verifiers/AutomataSevSnpAdapter.sol";
import {MockSevSnpAttestation} from "../mocks/MockSevSnpAttestation.sol";
import {Evidence} from "./utils/Evidence.sol";

/// @notice The SNP adapter reads Automata's journal and the SEV-SNP report layout, on synthetic reports.
contract AutomataSevSnpAdapterTest is Test {
    bytes32 internal constant CHALLENGE = keccak256("challenge");

    MockSevSnpAttestation internal snp;
    AutomataSevSnpAdapter internal adapter;

    function setUp() public {
        snp = new MockSevSnpAttestation();
        // The synthetic report's TCB is [4, 1, 22, 213]; the minimum is set to exactly that.
        adapter = new AutomataSevSnpAdapter(address(snp), 4, 1, 22, 213);
    }

    function _malformed() internal view returns (bytes memory) {
        return abi.encodeWithSelector(IVerifierAdapter.VerifierMalformedOutput.selector, address(snp));
    }

    function _journal(bytes memory rawReport, uint8 processorModel) internal view returns (bytes memory) {
        return abi.encode(
            ISevSnpAttestation.VerifierJournal({
                result: 0,
                timestamp: uint64(block.timestamp),
                processorModel: processorModel,
                rawReport: rawReport,
                certs: new bytes32[](0),
                certSerials: new uint160[](0),
                trustedCertsPrefixLen: 3
            })
        );
    }

    function _truncated(bytes memory data, uint256 length) internal pure returns (bytes memory out) {
        out = new bytes(length);
        for (uint256 i; i < length; ++i) {
            out[i] = data[i];
        }
    }

    function test_vendor_IsAmdSevSnp() public view {
        assertEq(adapter.vendor(), keccak256("amd-sev-snp"));
        (uint8 bootLoader, uint8 tee, uint8 snpFw, uint8 microcode) = adapter.minimumTcb();
        assertEq(abi.encode(bootLoader, tee, snpFw, microcode), abi.encode(4, 1, 22, 213));
    }

    function test_verifierKind_IsRouter() public view {
        // Automata's SNP verifier is owner-configured (ZK program and trusted certificates).
        assertEq(adapter.verifier(), address(snp));
        assertEq(uint8(adapter.verifierKind()), uint8(IVerifierAdapter.VerifierKind.Router));
    }

    function test_verify_ParsesAttestationReport() public {
        Evidence.SnpReport memory report = Evidence.snpReport(CHALLENGE);
        IVerifierAdapter.Attestation memory a = adapter.verify(Evidence.snpEvidence(report));
        assertEq(a.vendor, keccak256("amd-sev-snp"));
        assertEq(a.reportData, CHALLENGE);
        assertEq(a.measurement, keccak256(report.measurement));
        assertEq(uint8(a.tcbStatus), uint8(IVerifierAdapter.TcbStatus.UpToDate));
    }

    function test_verify_ReportedTcbBelowMinimumIsOutOfDate() public {
        for (uint256 component; component < 4; ++component) {
            Evidence.SnpReport memory report = Evidence.snpReport(CHALLENGE);
            report.reportedTcb[component] -= 1;
            assertEq(
                uint8(adapter.verify(Evidence.snpEvidence(report)).tcbStatus),
                uint8(IVerifierAdapter.TcbStatus.OutOfDate)
            );
        }
    }

    function test_verify_ReportedTcbAboveMinimumIsUpToDate() public {
        Evidence.SnpReport memory report = Evidence.snpReport(CHALLENGE);
        report.reportedTcb = [uint8(5), 2, 23, 214];
        assertEq(
            uint8(adapter.verify(Evidence.snpEvidence(report)).tcbStatus),
            uint8(IVerifierAdapter.TcbStatus.UpToDate)
        );
    }

    function test_verify_DebugPolicyIsDebug() public {
        Evidence.SnpReport memory report = Evidence.snpReport(CHALLENGE);
        report.debug = true;
        assertEq(
            uint8(adapter.verify(Evidence.snpEvidence(report)).tcbStatus),
            uint8(IVerifierAdapter.TcbStatus.Debug)
        );
    }

    function test_verify_RevertWhen_JournalResultIsNotSuccess() public {
        for (uint8 result = 1; result <= 3; ++result) {
            snp.setResult(result);
            vm.expectRevert(
                abi.encodeWithSelector(
                    IVerifierAdapter.VerifierRejected.selector, address(snp), abi.encode(uint256(result))
                )
            );
            adapter.verify(Evidence.snpEvidence(Evidence.snpReport(CHALLENGE)));
        }
    }

    function test_verify_RevertWhen_VerifierReverts() public {
        bytes memory evidence =
            abi.encode(_journal(Evidence.snpRawReport(Evidence.snpReport(CHALLENGE)), 1), uint8(1), "");
        vm.expectRevert(
            abi.encodeWithSelector(
                IVerifierAdapter.VerifierCallFailed.selector,
                address(snp),
                abi.encodeWithSignature("Error(string)", "invalid proof")
            )
        );
        adapter.verify(evidence);
    }

    function test_verify_RevertWhen_VerifierAnswersGarbage() public {
        bytes memory good = Evidence.snpRawReport(Evidence.snpReport(CHALLENGE));
        bytes memory v1 = Evidence.snpRawReport(Evidence.snpReport(CHALLENGE));
        v1[0] = 0x01;
        bytes[] memory answers = new bytes[](7);
        answers[0] = hex"";
        answers[1] = abi.encodePacked(uint256(0x20), uint256(9)); // result out of range, head cut short
        answers[2] = abi.encodePacked(type(uint256).max); // struct offset overflows
        answers[3] = _journal(good, 4); // a processor model whose TCB layout is unknown
        answers[4] = _journal(new bytes(0x2a0), 1); // report without its signature
        answers[5] = _journal(v1, 1); // version 1 reports are SEV, not SNP
        answers[6] = _truncated(_journal(good, 1), 0x200); // report cut short
        for (uint256 i; i < answers.length; ++i) {
            snp.setRawAnswer(answers[i]);
            vm.expectRevert(_malformed());
            adapter.verify(Evidence.snpEvidence(Evidence.snpReport(CHALLENGE)));
        }
        snp.setRawAnswer(_journal(good, 1));
        assertEq(adapter.verify(Evidence.snpEvidence(Evidence.snpReport(CHALLENGE))).reportData, CHALLENGE);
    }
}
